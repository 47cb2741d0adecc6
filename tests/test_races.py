"""Two writers at once lose nothing: glossary saves merge three ways under a lock; the memory waits."""

import multiprocessing
import threading

from glossary import store
from glossary.review import ReviewSession

ROUNDS = 100
START = "source\ttarget\tstatus\n" + "".join(f"Term{i}\tterm{i}\tcandidate\n" for i in range(6))


def _session(doc, glossary):
    return ReviewSession([str(doc)], str(glossary), None)


def _race(*actions):
    barrier = threading.Barrier(len(actions))
    errors = []

    def run(action):
        barrier.wait()
        try:
            action()
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=run, args=(a,)) for a in actions]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def test_two_review_sessions_saving_lose_nothing(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Term1 und Term2.\n", encoding="utf-8")
    path = tmp_path / "g.tsv"
    lost = 0
    for n in range(ROUNDS):
        path.write_text(START, encoding="utf-8")
        a, b = _session(doc, path), _session(doc, path)
        ea, eb = a.glossary.by_source()["term1"], b.glossary.by_source()["term4"]
        a.set_target(ea, f"approved-a{n}")
        ea.status = "approved"
        b.set_target(eb, f"edited-b{n}")
        b.add_entry(f"Neu{n}", "new", "approved")
        _race(a.save_glossary, b.save_glossary)
        final = store.load(path).by_source()
        ok = (
            final["term1"].target == f"approved-a{n}" and final["term1"].status == "approved"
            and final["term4"].target == f"edited-b{n}" and f"neu{n}" in final and len(final) == 7
        )  # fmt: skip
        lost += not ok
    assert lost == 0, f"{lost} of {ROUNDS} rounds lost an update"


def test_review_save_against_extract_into_the_same_file(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Term1 und Term2.\n", encoding="utf-8")
    path = tmp_path / "g.tsv"
    lost = 0
    for n in range(ROUNDS):
        path.write_text(START, encoding="utf-8")
        session = _session(doc, path)
        entry = session.glossary.by_source()["term2"]
        session.set_target(entry, f"reviewed{n}")
        entry.status = "approved"
        extracted = [store.TermEntry(f"Term{i}", f"proposal{i}", frequency=n) for i in range(3)] + [
            store.TermEntry(f"Extra{n}", "x")
        ]
        _race(session.save_glossary, lambda: store.add_to_file(path, extracted))
        final = store.load(path).by_source()
        lost += not (
            final["term2"].target == f"reviewed{n}" and final["term2"].status == "approved" and f"extra{n}" in final
        )
    assert lost == 0, f"{lost} of {ROUNDS} rounds lost the review"


def test_a_true_conflict_is_reported_and_ours_kept(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Term1.\n", encoding="utf-8")
    path = tmp_path / "g.tsv"
    path.write_text(START, encoding="utf-8")
    a, b = _session(doc, path), _session(doc, path)
    a.set_target(a.glossary.by_source()["term1"], "theirs")
    a.save_glossary()
    b.set_target(b.glossary.by_source()["term1"], "ours")
    b.save_glossary()
    assert store.load(path).by_source()["term1"].target == "ours"
    assert b.merge_conflicts and "theirs" in b.merge_conflicts[0] and "ours" in b.merge_conflicts[0]


def _fill_memory(path, tag, barrier):
    from glossary.memory import TranslationMemory

    barrier.wait()
    memory = TranslationMemory(path)
    for k in range(6):
        memory.store("model", "settings", [(f"{tag}-{k}-{i}", "x") for i in range(10)])
    memory.close()


def test_two_runs_creating_one_translation_memory(tmp_path):
    from glossary.memory import TranslationMemory

    context = multiprocessing.get_context("fork")
    for n in range(20):
        path = tmp_path / f"memory{n}.sqlite"
        barrier = context.Barrier(2)
        workers = [context.Process(target=_fill_memory, args=(path, tag, barrier)) for tag in "ab"]
        for w in workers:
            w.start()
        for w in workers:
            w.join(120)
        assert [w.exitcode for w in workers] == [0, 0], f"round {n}"
        assert len(TranslationMemory(path)) == 120
