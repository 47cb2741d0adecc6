"""Batch translation at corpus scale: chunks, resume after kill -9 and Ctrl-C, the memory filled batch by
batch, and the same output on a Dask LocalCluster, with a worker killed mid-run. All with the real model."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from glossary import cli
from glossary.manifest import MANIFEST
from glossary.runrecord import RunRecord

from .conftest import MTDATA, ROOT

MADE = {MANIFEST, "glossary-run.jsonl"}


def _corpus(folder: Path, files: int, lines: int = 3, year: int = 2018) -> Path:
    """Small news documents, as a documentation tree has them: many files, a few sentences each."""
    text = (MTDATA / "newstest" / f"newstest{year}.de").read_text(encoding="utf-8").splitlines()
    for i in range(files):
        sub = folder / f"part{i % 4}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"doc{i:04d}.txt").write_text("\n".join(text[i * lines : (i + 1) * lines]) + "\n", encoding="utf-8")
    return folder


def _outputs(outdir: Path) -> dict[str, bytes]:
    return {
        p.relative_to(outdir).as_posix(): p.read_bytes()
        for p in sorted(outdir.rglob("*"))
        if p.is_file() and p.name not in MADE and not p.name.endswith(("-wal", "-shm"))
    }


def _rows(outdir: Path) -> int:
    try:
        with sqlite3.connect(f"file:{outdir / MANIFEST}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM outputs").fetchone()[0]
    except sqlite3.Error:
        return 0


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


def _start(src: Path, out: Path, memory: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "glossary", "translate", str(src), "-o", str(out), "--memory", str(memory),
         "--chunk-tokens", "300", "--json", "-q", *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
    )  # fmt: skip


def _wait_for_rows(proc: subprocess.Popen, out: Path, rows: int, limit: float = 120) -> None:
    end = time.monotonic() + limit
    while _rows(out) < rows:
        assert proc.poll() is None, f"the run ended before {rows} files were done: {proc.stderr.read()}"
        assert time.monotonic() < end
        time.sleep(0.05)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, demo_package):
    """200 files and their translation by one uninterrupted run, to compare every other run with."""
    base = tmp_path_factory.mktemp("scale")
    src = _corpus(base / "in", 200)
    reference = base / "reference"
    assert cli.main(["translate", str(src), "-o", str(reference), "--no-memory", "-q"]) == 0
    return src, _outputs(reference), _targets(reference)


def _targets(outdir: Path) -> dict[tuple[str, int], str]:
    return {(Path(s.output).relative_to(outdir).as_posix(), s.index): s.target for s in RunRecord.load(outdir).segments}


def test_kill_9_at_any_point_then_rerun_gives_the_same_files_translating_only_the_rest(corpus, tmp_path):
    src, reference, record = corpus
    out, memory = tmp_path / "out", tmp_path / "tm.sqlite"
    for rows in (0, 40, 120):  # while loading the model, a fifth of the way, most of the way
        proc = _start(src, out, memory)
        if rows:
            _wait_for_rows(proc, out, rows)
        else:
            time.sleep(1.0)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
    done_before = _rows(out)
    assert 120 <= done_before < 200
    assert _integrity(out / MANIFEST) == "ok" and _integrity(memory) == "ok"
    proc = _start(src, out, memory)
    stdout, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 0, stderr
    report = json.loads(stdout)
    assert report["skipped"] == done_before  # what was done is not done again
    redone = [f for f in report["files"] if not f["skipped"]]
    assert len(redone) == 200 - done_before and all(f["output"] for f in redone)
    assert report["sentences"] == sum(f["segments"] for f in redone)
    assert _outputs(out) == reference  # byte for byte
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert _integrity(out / MANIFEST) == "ok" and _integrity(memory) == "ok" and _rows(out) == 200
    assert _targets(out) == record  # every sentence once, however often its file was begun


def test_ctrl_c_stops_with_130_complete_files_and_the_next_run_resumes(corpus, tmp_path):
    src, reference, _ = corpus
    out, memory = tmp_path / "out", tmp_path / "tm.sqlite"
    proc = _start(src, out, memory)
    _wait_for_rows(proc, out, 30)
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=30)
    assert time.monotonic() - sent < 5
    assert proc.returncode == 130, stderr
    report = json.loads(stdout)
    assert report["interrupted"] and "Traceback" not in stderr
    written = _outputs(out)
    assert 30 <= len(written) < 200
    assert all(reference[name] == data for name, data in written.items())  # complete files only
    proc = _start(src, out, memory)
    stdout, _ = proc.communicate(timeout=600)
    assert proc.returncode == 0 and json.loads(stdout)["skipped"] >= len(written)
    assert _outputs(out) == reference


def test_ctrl_c_striking_while_an_output_is_written_leaves_no_temp_file(demo_package, tmp_path, monkeypatch):
    """The CI once caught SIGINT between the temp file's creation and the cleanup that knows its name."""
    import tempfile

    src = _corpus(tmp_path / "in", 6, lines=1)
    real, calls = tempfile.mkstemp, []

    def mkstemp(*args, **kwargs):
        made = real(*args, **kwargs)
        calls.append(made)
        if len(calls) == 4:  # the probe, then outputs: the third output's temp exists, then Ctrl-C
            raise KeyboardInterrupt
        return made

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    out = tmp_path / "out"
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q", "--chunk-tokens", "1"]) == 130
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert len(_outputs(out)) == 2


def test_a_changed_input_or_force_is_translated_again(demo_package, tmp_path, capsys):
    small = _corpus(tmp_path / "in", 6)
    out = tmp_path / "out"
    args = ["translate", str(small), "-o", str(out), "--no-memory", "--json", "-q"]
    assert cli.main(args) == 0
    capsys.readouterr()
    changed = small / "part1" / "doc0001.txt"
    changed.write_text("Ein Hund läuft durch den Schnee.\n", encoding="utf-8")
    (out / "part2" / "doc0002.txt").unlink()  # an output deleted by hand is made again
    assert cli.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["skipped"] == 4 and {Path(f["source"]).name for f in report["files"] if not f["skipped"]} == {
        "doc0001.txt",
        "doc0002.txt",
    }
    assert "dog" in (out / "part1" / "doc0001.txt").read_text(encoding="utf-8").lower()
    assert cli.main([*args, "--force"]) == 0
    assert json.loads(capsys.readouterr().out)["skipped"] == 0
    assert cli.main([*args, "--target-lang", "en-GB"]) == 0  # an option that changes the output
    assert json.loads(capsys.readouterr().out)["skipped"] == 0


def test_chunk_size_never_changes_the_output(demo_package, tmp_path):
    """A file split across many chunks, human translations and inline markup included, comes out as in one."""
    fixtures = ROOT / "tests" / "fixtures" / "translators"
    outputs = []
    for tokens in ("20", "100000"):
        out = tmp_path / f"out{tokens}"
        code = cli.main(["translate", str(fixtures), "-o", str(out), "--no-memory", "-q", "--chunk-tokens", tokens])
        assert code == 0
        outputs.append(_outputs(out))
    assert outputs[0] == outputs[1] and len(outputs[0]) >= 5


def test_the_memory_is_written_batch_by_batch(demo_package):
    """A crash loses at most the batches in flight: each batch is its own transaction."""
    from glossary.engine import DecodingSettings, Engine

    class Recording:
        def __init__(self):
            self.stores: list[list] = []

        def lookup(self, model, settings, sources):
            return {}

        def store(self, model, settings, pairs):
            self.stores.append(list(pairs))

    memory = Recording()
    engine = Engine(demo_package, DecodingSettings(batch_tokens=16), memory=memory)
    sentences = ["Ein Hund.", "Zwei Katzen schlafen.", "Ein Mann fährt mit dem Fahrrad durch die Stadt."] * 2
    sentences += [f"Das Kind Nummer {i} spielt im Garten." for i in range(6)]
    engine.translate(sentences)
    assert len(memory.stores) >= 4 and sum(len(s) for s in memory.stores) == len(set(sentences))


def test_a_two_megabyte_line_without_punctuation_is_split_to_fit_the_model(engine):
    words = (MTDATA / "newstest" / "newstest2019.de").read_text(encoding="utf-8").split()
    line = " ".join(w.strip(".,;:!?") for w in words * 4)[:2_000_000]
    parts = engine.split_long(line)
    assert len(parts) > 1000 and all(engine.fits(p) for p in parts)
    assert " ".join(parts).split() == line.split()  # nothing lost or doubled


@pytest.fixture
def big_text(tmp_path, monkeypatch, demo_package):
    """A "big" text file (UTF-16, CRLF, indented and blank lines) beside a small one, with the streaming
    threshold lowered so it is read, translated and written in about 20 pieces."""
    from glossary import translate

    news = (MTDATA / "newstest" / "newstest2017.de").read_text(encoding="utf-8").splitlines()
    text = "".join(("  " + line + "  \r\n\r\n") if i % 9 == 0 else line + "\r\n" for i, line in enumerate(news[:100]))
    src = tmp_path / "in"
    src.mkdir()
    (src / "big.txt").write_bytes(text.encode("utf-16"))
    (src / "small.txt").write_text("\n".join(news[100:104]) + "\n", encoding="utf-8")
    whole = tmp_path / "whole"
    assert cli.main(["translate", str(src), "-o", str(whole), "--no-memory", "-q"]) == 0
    monkeypatch.setattr(translate, "STREAM_BYTES", 2000)
    monkeypatch.setattr(translate, "PIECE_CHARS", 600)
    return src, _outputs(whole), _records(whole)


def _records(outdir: Path) -> list[tuple]:
    return sorted(
        (Path(s.output).name, s.index, s.line, s.source, s.raw, s.target) for s in RunRecord.load(outdir).segments
    )


def test_a_big_text_file_is_read_translated_and_written_in_pieces_with_the_same_output(big_text, tmp_path, monkeypatch):
    from dataclasses import replace

    from glossary import formats, pipeline

    src, reference, records = big_text
    text_format = formats.REGISTRY[".txt"]
    read, pieces_read_at_first_sentence = [], []

    def counted(path, chars):
        for doc in text_format.pieces(path, chars):
            read.append(doc)
            yield doc

    monkeypatch.setitem(formats.REGISTRY, ".txt", replace(text_format, pieces=counted))
    real_run = pipeline.run

    def watching(work, *args, **kwargs):
        if not pieces_read_at_first_sentence:
            pieces_read_at_first_sentence.append(len(read))
        return real_run(work, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run", watching)
    out = tmp_path / "out"
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q", "--chunk-tokens", "100"]) == 0
    assert len(read) >= 15
    assert pieces_read_at_first_sentence == [2]  # read as needed (one ahead), not all first
    assert _outputs(out) == reference  # byte for byte: one BOM, every line ending and indent
    assert _records(out) == records  # numbered file-wide, lines counted on from piece to piece


def test_pieces_back_out_of_order_are_written_in_order(big_text, tmp_path, demo_package):
    """A cluster returns chunks as they finish: the last first, here, and the file is still the same."""
    from glossary import translate
    from glossary.engine import Engine

    src, reference, records = big_text
    engine = Engine(demo_package, memory=None)

    class Backwards(translate.InProcess):
        def map(self, chunks, sentences):
            yield from reversed(list(super().map(chunks, sentences)))

    run = translate.translate_paths([str(src)], tmp_path / "out", engine, runner=Backwards(engine), chunk_tokens=100)
    assert not run.failed and _outputs(tmp_path / "out") == reference and _records(tmp_path / "out") == records


def test_ctrl_c_inside_a_big_file_leaves_no_part_of_it_and_the_rerun_completes_it(big_text, tmp_path, demo_package):
    from glossary import translate

    src, reference, records = big_text
    out, chunks = tmp_path / "out", []

    def progress(files, work):
        def advance(files=0, sentences=0, work=0):
            if sentences:
                chunks.append(sentences)
                if len(chunks) == 8:  # about half of the big file is translated
                    raise KeyboardInterrupt

        return advance

    from glossary.engine import Engine

    engine = Engine(demo_package, memory=None)
    run = translate.translate_paths([str(src)], out, engine, progress, chunk_tokens=100)
    assert run.interrupted and "big.txt" not in _outputs(out)
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]  # the half-written spool is gone
    assert RunRecord.load(out).segments == [] or {Path(s.output).name for s in RunRecord.load(out).segments} == {
        "small.txt"
    }  # the big file's segment lines written so far do not count without its closing line
    run = translate.translate_paths([str(src)], out, engine, chunk_tokens=100)
    assert not run.failed and _outputs(out) == reference and _records(out) == records


def test_on_a_dask_local_cluster_the_output_is_the_same_even_when_a_worker_dies(corpus, tmp_path, demo_package):
    """Two worker processes, each with the model loaded once; one is killed mid-run and the run completes."""
    from glossary import translate
    from glossary.cluster import DaskRunner
    from glossary.engine import Engine

    src, reference, _ = corpus
    engine = Engine(demo_package, memory=None)
    runner = DaskRunner(engine, workers=2)
    try:
        pids = runner.client.run(os.getpid)
        assert len(pids) == 2
        killed: list[int] = []

        def progress(files, work):
            def advance(files=0, sentences=0, work=0):
                if files and not killed:  # the first file is back: chunks are in flight on both workers
                    killed.append(next(iter(pids.values())))
                    os.kill(killed[0], signal.SIGKILL)

            return advance

        run = translate.translate_paths([str(src)], tmp_path / "out", engine, progress, chunk_tokens=300, runner=runner)
        assert killed and not run.failed and run.sentences == sum(f.segments for f in run.files)
        assert _outputs(tmp_path / "out") == reference
        assert killed[0] not in runner.client.run(os.getpid).values()  # the nanny started a new worker
    finally:
        runner.close()


def test_the_glossary_is_enforced_on_dask_workers_as_in_process(demo_package, tmp_path):
    from glossary import store, translate
    from glossary.cluster import DaskRunner
    from glossary.engine import Engine

    glossary = store.load(ROOT / "glossaries" / "seeds.de-en.tsv").check()
    engine = Engine(demo_package, memory=None)
    here = translate.translate_paths([str(ROOT / "seeds")], tmp_path / "here", engine, glossary=glossary)
    runner = DaskRunner(engine, glossary, workers=1)
    try:
        there = translate.translate_paths(
            [str(ROOT / "seeds")], tmp_path / "there", engine, glossary=glossary, runner=runner
        )
    finally:
        runner.close()
    assert _outputs(tmp_path / "here") == _outputs(tmp_path / "there")
    applied = [a for s in RunRecord.load(tmp_path / "there").segments for a in s.applied]
    assert len(applied) > 100 and here.sentences == there.sentences


def test_the_default_run_never_imports_dask(demo_package, tmp_path):
    """Without --workers/--scheduler the in-process engine runs, with no Dask import and its start-up cost."""
    src = tmp_path / "a.txt"
    src.write_text("Ein Hund läuft.\n", encoding="utf-8")
    code = (
        "import sys; from glossary import cli; "
        f"code = cli.main(['translate', {str(src)!r}, '-o', {str(tmp_path / 'out')!r}, '--no-memory', '-q']); "
        "print(code, sorted({'dask', 'distributed'} & set(sys.modules)))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.stdout.strip() == "0 []", run.stderr


def test_cluster_options_are_checked_before_any_work(tmp_path, capsys):
    from glossary import translate
    from glossary.cli import translate as command

    assert command.DEFAULT_CHUNK_TOKENS == translate.DEFAULT_CHUNK_TOKENS  # the help shows the library's default
    src = tmp_path / "a.txt"
    src.write_text("Ein Hund läuft.\n", encoding="utf-8")
    assert cli.main(["translate", "-", "--workers", "2"]) == 2
    assert cli.main(["translate", str(src), "-o", str(tmp_path / "b.txt"), "--workers", "2"]) == 2
    assert cli.main(["translate", str(src), "-o", str(tmp_path / "out"), "--workers", "2", "--scheduler", "x"]) == 2
    with pytest.raises(SystemExit) as stop:  # argparse: usage error, exit 2
        cli.main(["translate", str(src), "-o", str(tmp_path / "out"), "--workers", "0"])
    assert stop.value.code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len([line for line in lines if "error" in line]) == 4 and "Traceback" not in "".join(lines)
