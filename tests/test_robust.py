"""Broken input and bad usage end as one line and a meaningful exit code, never a traceback."""

import errno
import json
import os
import subprocess
import sys

import pytest

from glossary import cli, store
from glossary.errors import GlossaryFileError

GOOD_TSV = "source\ttarget\tstatus\nMachthaber\truler\tapproved\n"


def _one_line(capsys, *words):
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1, captured.err
    assert "Traceback" not in captured.err
    for word in words:
        assert word in err[0], err
    return err[0]


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n"])
def test_csv_with_any_line_ending_imports(tmp_path, capsys, ending):
    src = tmp_path / "g.csv"
    src.write_bytes(ending.join(["de,en,status", "Machthaber,ruler,approved", "Kreml,Kremlin,approved", ""]).encode())
    out = tmp_path / "g.tsv"
    assert cli.main(["import", str(src), "-o", str(out)]) == 0
    assert [(e.source, e.target) for e in store.load(out).entries] == [("Machthaber", "ruler"), ("Kreml", "Kremlin")]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_huge_cell_is_one_line_naming_the_row(tmp_path, capsys, fmt):
    sep = "," if fmt == "csv" else "\t"
    header = "de,en" if fmt == "csv" else "source\ttarget"
    src = tmp_path / f"g.{fmt}"
    src.write_text(f"{header}\nMachthaber{sep}ruler\nKreml{sep}{'x' * 200_000}\n", encoding="utf-8")
    assert cli.main(["import", str(src), "-o", str(tmp_path / "out.tsv")]) == 1
    _one_line(capsys, f"{src}:3:", "characters")
    assert not (tmp_path / "out.tsv").exists()


def test_huge_cell_in_a_glossary_given_to_translate(tmp_path, capsys):
    bad = tmp_path / "g.tsv"
    bad.write_text(GOOD_TSV + "Kreml\t" + "y" * 140_000 + "\tapproved\n", encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text("Der Kreml.\n", encoding="utf-8")
    assert cli.main(["translate", str(src), "-o", str(tmp_path / "out"), "--glossary", str(bad)]) == 1
    _one_line(capsys, f"{bad}:3:")


def test_deeply_nested_json_is_one_line(tmp_path, capsys):
    src = tmp_path / "g.json"
    src.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    assert cli.main(["import", str(src), "-o", str(tmp_path / "out.tsv")]) == 1
    _one_line(capsys, "g.json", "nested too deeply")


@pytest.mark.parametrize(
    "name, data",
    [
        ("g.csv", "de,en\nMacht\x01haber,ruler\n"),
        ("g.json", json.dumps([{"source": "Kreml", "target": "Kreml\x7fin"}])),
    ],
)
def test_control_characters_are_refused_at_import_not_at_export(tmp_path, capsys, name, data):
    src = tmp_path / name
    src.write_text(data, encoding="utf-8")
    assert cli.main(["import", str(src), "-o", str(tmp_path / "out.tsv")]) == 1
    _one_line(capsys, name, "control character")
    with pytest.raises(GlossaryFileError, match=r"g.tsv:2: .*U\+0001"):
        store.from_tsv("source\ttarget\nA\x01\tb\n", "g.tsv")


@pytest.mark.parametrize("name", ["a.tmx", "a.tbx"])
def test_nul_in_xml_is_one_line(tmp_path, capsys, name):
    src = tmp_path / name
    src.write_bytes(
        b'<?xml version="1.0"?><tmx version="1.4"><body><tu><tuv xml:lang="de"><seg>Der\x00Hund</seg></tuv></tu></body></tmx>'
    )
    if name.endswith(".tbx"):
        assert cli.main(["import", str(src), "-o", str(tmp_path / "g.tsv")]) == 1
    else:
        assert cli.main(["check", str(src)]) == 1
    _one_line(capsys, name)


def test_usage_errors_are_exit_2(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Ein Hund.\n", encoding="utf-8")
    for bad in (["--beam-size", "0"], ["--threads", "-1"], ["--batch-tokens", "x"]):
        with pytest.raises(SystemExit) as exit:
            cli.main(["translate", str(src), "-o", str(tmp_path / "out"), *bad])
        assert exit.value.code == 2
        assert bad[0] in capsys.readouterr().err
    assert cli.main(["translate", str(src), "-o", str(src)]) == 2
    _one_line(capsys, "input folder is also the output folder")
    afile = tmp_path / "file.txt"
    afile.write_text("x", encoding="utf-8")
    assert cli.main(["translate", str(src), "-o", str(afile)]) == 2
    _one_line(capsys, str(afile), "existing file")
    assert afile.read_text() == "x"


def test_stdin_to_a_folder_is_refused(tmp_path, capsys, monkeypatch, demo_package):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Ein Hund.\n")))
    assert cli.main(["translate", "-", "-o", str(tmp_path)]) == 2
    _one_line(capsys, str(tmp_path), "is a folder")


@pytest.mark.parametrize("kind", ["text file", "folder"])
def test_memory_that_is_not_a_database(tmp_path, capsys, kind, demo_package):
    memory = tmp_path / "memory.sqlite"
    if kind == "folder":
        memory.mkdir()
    else:
        memory.write_text("not a database at all\n" * 100)
    src = tmp_path / "a.txt"
    src.write_text("Ein Hund.\n", encoding="utf-8")
    assert cli.main(["translate", str(src), "-o", str(tmp_path / "out"), "--memory", str(memory), "-q"]) == 1
    _one_line(capsys, str(memory))


def test_read_only_output_folder_is_one_line_before_any_work(tmp_path, capsys, monkeypatch, demo_package):
    import tempfile

    from glossary import engine as engine_module

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", kwargs.get("dir"))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    monkeypatch.setattr(
        engine_module.Engine, "translate", lambda *a, **k: pytest.fail("translated before checking the output")
    )
    src = tmp_path / "a.txt"
    src.write_text("Ein Hund.\n", encoding="utf-8")
    assert cli.main(["translate", str(src), "-o", str(tmp_path / "out"), "--no-memory"]) == 1
    _one_line(capsys, "out", "cannot write the output folder", "Read-only")


def test_disk_full_on_the_run_record_still_reports_every_file(tmp_path, capsys, monkeypatch, demo_package):
    from glossary import runrecord

    def full(self, text):
        raise OSError(errno.ENOSPC, "No space left on device", str(self.path))

    monkeypatch.setattr(runrecord.RecordWriter, "_write", full)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Ein Hund.\n", encoding="utf-8")
    (src / "b.po").write_bytes(b"\x00\x01binary")
    assert cli.main(["translate", str(src), "-o", str(tmp_path / "out"), "--no-memory", "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "b.po" in err[0] and "No space left" in err[1] and "glossary-run.jsonl" in err[1]
    assert (tmp_path / "out" / "a.txt").is_file()


def test_unexpected_errors_are_one_line_and_debug_shows_the_traceback(tmp_path, capsys, monkeypatch):
    from glossary.exchange import tabular

    monkeypatch.setattr(tabular, "read", lambda *a: 1 / 0)
    src = tmp_path / "g.csv"
    src.write_text("de,en\nA,b\n", encoding="utf-8")
    assert cli.main(["import", str(src), "-o", str(tmp_path / "g.tsv")]) == 1
    _one_line(capsys, "ZeroDivisionError", "--debug")
    with pytest.raises(ZeroDivisionError):
        cli.main(["import", str(src), "-o", str(tmp_path / "g.tsv"), "--debug"])


def test_a_rerun_removes_temp_files_of_a_killed_run(tmp_path, demo_package):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    ).stdout.strip()
    stale = out / f".a.txt.{dead}.k3j2.tmp"
    stale.write_text("half")
    live = out / f".b.txt.{os.getpid()}.zz.tmp"  # our own process: a live writer, left alone
    live.write_text("busy")
    src = tmp_path / "a.txt"
    src.write_text("Ein Hund.\n", encoding="utf-8")
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q"]) == 0
    assert not stale.exists() and live.exists()
