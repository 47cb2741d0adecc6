"""Work on every core: forked workers give what one process gives, in order, and nothing is lost when one dies."""

import os

import pytest

from glossary import workers
from glossary.ding import DEFAULT_PATH, Dictionary
from glossary.formats import read_document
from glossary.terms import candidates, extract

from .conftest import SEEDS, seed_files

forks = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


@forks
def test_results_come_back_in_order_from_other_processes():
    """The first item is done here (it loads what the workers then share), the rest on two forked workers."""
    parent = os.getpid()
    found = list(workers.fork_map(lambda n: (n * n, os.getpid()), range(12), 2))
    assert [square for square, _ in found] == [n * n for n in range(12)]
    assert found[0][1] == parent and parent not in {pid for _, pid in found[1:]}


@forks
def test_a_worker_that_dies_loses_nothing():
    """A worker killed (out of memory) leaves its items to this process: every result still comes back."""
    parent = os.getpid()

    def task(n):
        if os.getpid() != parent and n == 3:
            os._exit(1)
        return n + 100

    assert list(workers.fork_map(task, range(8), 2)) == [n + 100 for n in range(8)]


@forks
def test_a_forked_worker_reads_the_dictionary_on_its_own_connection():
    """An SQLite connection must not cross a fork: the child opens its own and still finds words."""
    assert DEFAULT_PATH.exists(), "the Ding dictionary (Debian trans-de-en) is installed by setup.sh"
    dictionary = Dictionary.load()
    inherited = dictionary._db
    pid = os.fork()
    if pid == 0:  # the child: report by exit code only
        ok = dictionary._db is not inherited and dictionary.senses("Machthaber")[0].english[0] == "ruler"
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert dictionary._db is inherited and dictionary.senses("Machthaber")


@forks
def test_extraction_on_two_workers_gives_the_entries_of_one_process(monkeypatch, tmp_path):
    """Chunks of segments read and candidates proposed for in two processes: the same glossary, entry for
    entry (forms, counts, contexts, proposals, scores), as reading everything in one."""
    docs = [read_document(p) for p in seed_files()]
    one = extract(docs, workers=1)
    monkeypatch.setattr(candidates, "CHUNK", 25)
    monkeypatch.setattr("glossary.terms.PROPOSE_CHUNK", 60)
    monkeypatch.setattr("glossary.terms.READ_CHUNK", 70)  # (each candidate's look-ups on the workers too)
    pids = tmp_path / "pids"
    read = candidates.Collector.part

    def part(self, segments):
        with pids.open("a") as f:
            f.write(f"{os.getpid()}\n")
        return read(self, segments)

    monkeypatch.setattr(candidates.Collector, "part", part)
    two = extract(docs, workers=2)
    readers = pids.read_text().split()
    assert readers[0] == str(os.getpid()) and readers[0] not in readers[1:] and len(readers) > 3
    assert two == one and len(one) > 200


@forks
def test_the_lemmas_a_worker_looked_up_come_back_with_its_findings(monkeypatch):
    """What a collecting worker lemmatized, its parent knows after it (the steps after reading ask for most of
    those words again, and the workers forked for them start with what the parent knows)."""
    from glossary import lexicon
    from glossary.formats.text import read_string

    mark = lexicon.lemma_mark()
    assert lexicon.lemma("Zwiebelkuchenfabriken") == "Zwiebelkuchenfabrik"
    assert lexicon.lemmas_since(mark) == {"Zwiebelkuchenfabriken": "Zwiebelkuchenfabrik"}
    monkeypatch.setattr(candidates, "FIRST_CHUNK", 1)
    monkeypatch.setattr(candidates, "CHUNK", 2)
    lines = ["Das Wetter war gut."] + [f"Die Quarkbällchenbäckereien in Ort {n} haben geöffnet." for n in range(8)]
    asked = []
    monkeypatch.setattr(lexicon, "_lemma", lambda word, real=lexicon._lemma: asked.append(word) or real(word))
    candidates.collect([read_string("\n".join(lines), "a.txt")], Dictionary.load(), workers=2)
    assert "Quarkbällchenbäckereien" not in asked  # (read by the workers only)
    assert lexicon.lemma("Quarkbällchenbäckereien") == "Quarkbällchenbäckerei"
    assert "Quarkbällchenbäckereien" not in asked


def test_extraction_pauses_the_cycle_collector_and_restores_it(monkeypatch):
    """Term extraction builds millions of objects and no cycles: the collector is paused while it runs (and in
    the workers it forks), and back as it was after, also when the run fails."""
    import gc

    import glossary.terms

    seen = []

    def collect(*args):
        seen.append(gc.isenabled())
        raise KeyboardInterrupt

    monkeypatch.setattr(glossary.terms, "collect", collect)
    assert gc.isenabled()
    with pytest.raises(KeyboardInterrupt):
        extract([read_document(seed_files()[0])], workers=1)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        with workers.without_cycle_collection():
            pass
        assert not gc.isenabled()  # (a caller's own pause is left alone)
    finally:
        gc.enable()


@forks
def test_extract_workers_option_gives_the_same_list(capsys):
    """`glossary extract --workers 2` on the seeds (below the size where it is automatic) prints the list one
    process prints; a bad value is a usage error."""
    from glossary import cli

    assert cli.main(["extract", str(SEEDS), "--workers", "2", "-q"]) == 0
    two = capsys.readouterr().out
    assert cli.main(["extract", str(SEEDS), "--workers", "1", "-q"]) == 0
    assert capsys.readouterr().out == two and two.count("\n") > 200
    with pytest.raises(SystemExit) as exit:
        cli.main(["extract", str(SEEDS), "--workers", "0"])
    assert exit.value.code == 2 and "at least 1" in capsys.readouterr().err


@forks
def test_a_run_stopped_early_does_not_finish_the_rest(tmp_path):
    """Interrupted (Ctrl-C, an error in the caller), the chunks not begun are dropped, not waited for."""
    import time

    def task(n):
        (tmp_path / str(n)).touch()
        time.sleep(0.1)
        return n

    results = workers.fork_map(task, range(40), 2)
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    results.close()
    assert len(list(tmp_path.iterdir())) < 20


def test_no_more_workers_than_the_available_memory_holds(monkeypatch):
    """Eight cores and 2.5 GB available: two workers, not eight the system would kill; unknown memory: the cores."""
    monkeypatch.setattr(workers, "cores", lambda: 8)
    monkeypatch.setattr(workers, "_available_mb", lambda: 2500)
    assert workers.default_workers() == 2
    monkeypatch.setattr(workers, "_available_mb", lambda: 500)
    assert workers.default_workers() == 1
    monkeypatch.setattr(workers, "_available_mb", lambda: 64_000)
    assert workers.default_workers() == 8
    monkeypatch.setattr(workers, "_available_mb", lambda: None)
    assert workers.default_workers() == 8
    monkeypatch.undo()
    assert 1 <= workers.default_workers() <= workers.cores()
