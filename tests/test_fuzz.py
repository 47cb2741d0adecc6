"""Mutants of small, realistic files through every reader: a clean error or a result, never a crash.

CI runs FUZZ_MUTANTS (default 150) mutants per reader, seeded, so a failure reproduces; run with
FUZZ_MUTANTS=3000 for a longer campaign.
"""

import io
import os
import random
import struct
import zipfile

import pytest

from glossary import store
from glossary.errors import GlossaryError
from glossary.exchange import import_glossary
from glossary.formats import read_document, render_document

from .conftest import ROOT
from .officefiles import MAKERS, seed_bytes

MUTANTS = int(os.environ.get("FUZZ_MUTANTS", "150"))
FIX = ROOT / "tests" / "fixtures"


def _docx_seed() -> bytes:
    import docx

    d = docx.Document()
    p = d.add_paragraph("Der ")
    p.add_run("Machthaber").bold = True
    p.add_run(" kam nach Wladiwostok.")
    d.add_table(rows=1, cols=1).rows[0].cells[0].text = "Der Kreml schwieg."
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


SEEDS = {
    ".txt": "Der Machthaber kam. Er sah https://example.org an.\n\nZweiter Absatz.\n".encode(),
    ".md": "# Titel\n\nDer **Machthaber** kam [nach Moskau](https://x.org).\n\n- Punkt `code`\n\n```\nx = 1\n```\n".encode(),
    ".html": (FIX / "formats" / "seeds.html").read_bytes(),
    ".srt": (FIX / "formats" / "seeds.srt").read_bytes(),
    ".po": (FIX / "formats" / "seeds.po").read_bytes(),
    ".xlf": (FIX / "formats" / "seeds12.xlf").read_bytes(),
    ".sdlxliff": (FIX / "cat" / "report.docx.sdlxliff").read_bytes(),
    ".mqxliff": (FIX / "cat" / "report.mqxliff").read_bytes(),
    ".tmx": (FIX / "formats" / "seeds.tmx").read_bytes(),
    ".tbx": (FIX / "tbx" / "memoq.tbx").read_bytes(),
    ".csv": 'de,en,status,note\nMachthaber,ruler,approved,"a, b"\nKreml,Kremlin,candidate,\n'.encode(),
    ".tsv": "source\ttarget\tstatus\tforbidden\nMachthaber\truler\tapproved\tleader | boss\n".encode(),
    ".json": b'[{"source": "Machthaber", "target": "ruler", "status": "approved", "forbidden": ["leader"]}]',
}


def _mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(10)
        at = rng.randrange(len(data) + 1) if data else 0
        if kind == 0 and data:  # byte flips
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif kind == 1:  # truncation
            data = data[:at]
        elif kind == 2:  # NULs and control characters
            data[at:at] = bytes(rng.choice([0, 1, 7, 0x1B, 0x7F]) for _ in range(rng.randint(1, 5)))
        elif kind == 3:  # another encoding
            try:
                data = bytearray(
                    data.decode("utf-8").encode(rng.choice(["utf-16", "latin-1", "cp1252", "utf-32"]), "replace")
                )
            except UnicodeDecodeError:
                data = bytearray(data[::-1])
        elif kind == 4 and b"<" in data:  # delete or duplicate a tag
            starts = [i for i, b in enumerate(data) if b == ord("<")]
            s = rng.choice(starts)
            e = data.find(b">", s) + 1 or len(data)
            data[s:e] = b"" if rng.random() < 0.5 else data[s:e] * rng.randint(2, 50)
        elif kind == 5:  # deep nesting
            opener, closer = rng.choice(
                [(b"<g>", b"</g>"), (b"[", b"]"), (b"**", b"**"), (b"<b>", b"</b>"), (b"{", b"}")]
            )
            n = rng.choice([50, 500, 5000])
            data[at:at] = opener * n + b"x" + closer * n
        elif kind == 6:  # huge attribute or cell
            data[at:at] = b' a="' + b"x" * rng.choice([1000, 100_000, 300_000]) + b'"'
        elif kind == 7:  # line endings
            data = bytearray(bytes(data).replace(b"\n", rng.choice([b"\r", b"\r\n", b"\n\n", b""])))
        elif kind == 8 and data:  # duplicate a slice
            e = min(len(data), at + rng.randint(1, 200))
            data[e:e] = data[at:e]
        else:  # random bytes
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    return bytes(data)


ZIPPED = {".docx", ".odt", ".odp", ".ods", ".pptx", ".xlsx", ".epub"}


def _seed(ext: str, folder) -> bytes:
    if ext == ".docx":
        return _docx_seed()
    if ext in MAKERS:
        return seed_bytes(ext, folder)
    return SEEDS[ext]


def _docx_mutant(seed: bytes, rng: random.Random) -> bytes:
    """The zip itself damaged, or inside a valid zip one XML member damaged or missing."""
    if rng.random() < 0.4:
        return _mutate(seed, rng)
    src = zipfile.ZipFile(io.BytesIO(seed))
    victim = rng.choice([i.filename for i in src.infolist() if i.filename.endswith((".xml", ".rels", ".opf"))])
    drop = rng.random() < 0.2
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            if info.filename == victim and drop:
                continue
            data = src.read(info)
            zf.writestr(info.filename, _mutate(data, rng) if info.filename == victim else data)
    return out.getvalue()


@pytest.mark.parametrize("ext", sorted(ZIPPED - {".docx"}))
@pytest.mark.parametrize("attack", ["bomb", "symlink", "slip", "encrypted"])
def test_hostile_packages_are_refused_in_one_line(tmp_path, ext, attack):
    from glossary.errors import InputError

    seed = zipfile.ZipFile(io.BytesIO(_seed(ext, tmp_path)))
    path = tmp_path / f"hostile{ext}"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in seed.infolist():
            zf.writestr(info, seed.read(info))
        if attack == "bomb":
            zf.writestr("content/bomb.xml", b"<a>" + b" " * (300 * 1024**2) + b"</a>")
        elif attack == "symlink":
            link = zipfile.ZipInfo("content/link.xml")
            link.external_attr = 0o120777 << 16
            zf.writestr(link, "/etc/passwd")
        elif attack == "slip":
            zf.writestr("../../evil.xml", b"<a/>")
        else:
            zf.writestr("content/secret.xml", b"<a/>")
    if attack == "encrypted":  # zipfile will not write the flag: set it in the last central directory entry
        data = bytearray(path.read_bytes())
        struct.pack_into("<H", data, data.rindex(b"PK\x01\x02") + 8, 1)
        path.write_bytes(bytes(data))
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message and path.name in message
    assert {"bomb": "bomb", "symlink": "symbolic link", "slip": "zip slip", "encrypted": "encrypted"}[attack] in message


def _read(path):
    if path.suffix in (".tbx", ".csv", ".json"):
        return import_glossary(path).glossary
    if path.suffix == ".tsv":
        return store.load(path)
    doc = read_document(path)
    render_document(doc, [s.source for s in doc.segments])  # the writer must cope with what the reader took
    return doc


@pytest.mark.parametrize("ext", sorted([*SEEDS, *ZIPPED, ".pdf"]))
def test_mutants_give_clean_errors_or_results(tmp_path, ext):
    rng = random.Random(f"fuzz{ext}")
    seed = _seed(ext, tmp_path)
    path = tmp_path / f"mutant{ext}"
    crashes = []
    for n in range(MUTANTS):
        data = _docx_mutant(seed, rng) if ext in ZIPPED else _mutate(seed, rng)
        path.write_bytes(data)
        try:
            _read(path)
        except GlossaryError as err:
            assert "\n" not in str(err), (n, str(err))
        except Exception as err:  # noqa: BLE001 - what we are hunting
            crashes.append(f"mutant {n}: {type(err).__name__}: {str(err)[:120]}")
    assert not crashes, f"{len(crashes)} of {MUTANTS} crashed; first: {crashes[:3]}"


PATHOLOGICAL = {
    "spaces": "Der Hund" + " " * 200_000 + "läuft.",
    "no spaces": "Der " + "x" * 200_000 + " Ende. Und so weiter. Noch ein Satz.",
    "dots": "Ende" + "." * 100_000 + " Neu.",
    "at signs": "a" * 100_000 + "@" + "b" * 100_000,
    "commas": "Wort, " * 30_000,
}


@pytest.mark.parametrize("ext", [".txt", ".md", ".html", ".srt", ".po"])
@pytest.mark.parametrize("kind", sorted(PATHOLOGICAL))
def test_pathological_lines_are_read_in_linear_time(tmp_path, ext, kind):
    """A hang here means a regular expression went quadratic (a 200 KB line once took 40 s)."""
    import signal

    line = PATHOLOGICAL[kind]
    wrap = {
        ".html": f"<p>{line}</p>", ".srt": f"1\n00:00:01,000 --> 00:00:02,000\n{line}\n",
        ".po": f'msgid "{line}"\nmsgstr ""\n', ".md": f"# {line}\n\n{line}\n",
    }.get(ext, line)  # fmt: skip
    path = tmp_path / f"long{ext}"
    path.write_text(wrap, encoding="utf-8")

    def too_slow(*_):
        raise TimeoutError(f"reading a {kind} line of {len(line):,} characters took over 20 s")

    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(20)
    try:
        _read(path)
    except GlossaryError:
        pass
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
