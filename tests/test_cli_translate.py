import subprocess
import sys

from glossary import cli

from .conftest import ROOT, SEEDS, seed_files


def test_translate_seeds_folder_keeps_structure(demo_package, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["translate", str(SEEDS), "-o", str(out), "--memory", str(tmp_path / "tm.sqlite")]) == 0
    made = ["glossary-manifest.sqlite", "glossary-run.jsonl"]
    assert sorted(p.name for p in out.iterdir()) == sorted([p.name for p in seed_files()] + made)
    from glossary.runrecord import RunRecord

    record = RunRecord.load(out)
    assert record.signature.startswith("model:") and len(record.segments) == 214
    assert record.segments[0].source == "Putin empfängt Kim am Weltraumbahnhof Wostotschny"
    summary = capsys.readouterr().err
    assert "5 file(s)" in summary and "model:translate-de_en-demo#" in summary
    for src in seed_files():
        german = src.read_text(encoding="utf-8").splitlines()
        english = (out / src.name).read_text(encoding="utf-8").splitlines()
        assert len(english) == len(german)
        for g, e in zip(german, english):
            assert (g.strip() == "") == (e.strip() == "")
    first = (out / seed_files()[0].name).read_text(encoding="utf-8")
    assert "Weltraumbahnhof" not in first and "Machthaber" not in first
    welt = (out / "003_215b88d7212f079c.txt").read_text(encoding="utf-8")
    assert "https://www.youtube.com/c/WELTDoku" in welt and "#ukraine #putin #weltnachrichtensender" in welt
    # a second run into another folder comes from memory
    capsys.readouterr()
    assert (
        cli.main(["translate", str(SEEDS), "-o", str(tmp_path / "again"), "--memory", str(tmp_path / "tm.sqlite")]) == 0
    )
    assert " 0 translated" in capsys.readouterr().err


def test_bad_files_are_reported_and_the_rest_translated(demo_package, tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Ein Hund läuft durch den Schnee.\n", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 10)
    (src / "latin.txt").write_bytes("Grüße aus Köln\x81\x8d\x01".encode("latin-1"))
    out = tmp_path / "out"
    code = cli.main(["translate", str(src), str(tmp_path / "missing.txt"), "-o", str(out), "--no-memory", "-q"])
    assert code == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 4
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("binary.txt: binary file" in e for e in errors)
    assert any("latin.txt: not UTF-8" in e for e in errors)
    assert any("missing.txt: no such file" in e for e in errors)
    assert sorted(p.name for p in out.iterdir()) == ["glossary-manifest.sqlite", "glossary-run.jsonl", "good.txt"]
    assert "dog" in (out / "good.txt").read_text(encoding="utf-8").lower()


def test_stdin_to_stdout(demo_package):
    run = subprocess.run(
        [sys.executable, "-m", "glossary", "translate", "-", "--no-memory"],
        input="Zwei Männer spielen Fußball.\n\nEin Hund läuft durch den Schnee.\n".encode(),
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.decode().split("\n")
    assert len(lines) == 4 and lines[1] == "" and lines[3] == ""
    assert "soccer" in lines[0].lower() and "dog" in lines[2].lower()
    assert "model:translate-de_en-demo" in run.stderr.decode() and "|glossary:" in run.stderr.decode()  # what made it


def test_output_never_overwrites_input(demo_package, tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("Ein Mann liest.\n", encoding="utf-8")
    assert cli.main(["translate", str(src), "-o", str(tmp_path), "--no-memory", "-q"]) == 1
    assert "overwrite the input" in capsys.readouterr().err
    assert src.read_text(encoding="utf-8") == "Ein Mann liest.\n"


def test_cli_start_needs_no_heavy_imports():
    """`glossary --help` stays instant: the engine's libraries load only when a command needs them."""
    code = (
        "import sys; from glossary import cli; cli.build_parser().format_help(); "
        "heavy = {'ctranslate2', 'argostranslate', 'torch', 'stanza', 'spacy', 'textual', 'sentencepiece', "
        "'lxml', 'docx', 'urllib.request', 'glossary.formats', 'dask', 'distributed'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.stdout.strip() == "[]", run.stderr


def test_the_help_names_every_document_format():
    from glossary.cli.common import DOCUMENT_KINDS
    from glossary.formats import REGISTRY

    kinds = set(DOCUMENT_KINDS.split(", "))
    for fmt in set(REGISTRY.values()):
        assert any(ext.lstrip(".") in kinds for ext in fmt.extensions), f"{fmt.name} is missing from DOCUMENT_KINDS"


def _commands(parser, prefix="glossary"):
    """(name, parser, its one-line help) of every command and sub-command."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, child in action.choices.items():
                yield f"{prefix} {name}", child, helps.get(name)
                yield from _commands(child, f"{prefix} {name}")


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = list(_commands(cli.build_parser()))
    assert len(commands) >= 11
    for name, parser, line in commands:
        assert line and parser.description, f"`{name}` has no help line or description"
        undocumented = [a.option_strings or a.dest for a in parser._actions if a.help is None]
        assert not undocumented, f"`{name}`: options without help: {undocumented}"
        if name.count(" ") == 1:
            assert name in readme, f"`{name}` is not documented in README.md"
