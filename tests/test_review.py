"""The review session behind the app: what it loads, edits, re-checks and saves (the screen is in test_tui)."""

import pytest

from glossary import cli, store
from glossary.errors import GlossaryError
from glossary.memory import TranslationMemory
from glossary.review import ReviewSession, open_session
from glossary.runrecord import RUN_RECORD, RecordedSegment, RunRecord
from glossary.store import Glossary, TermEntry


@pytest.fixture
def project(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "a.txt").write_text("Kim kam zum Weltraumbahnhof.\nDer Machthaber schwieg.\n", encoding="utf-8")
    (out / "a.txt").write_text("Kim came to the spaceport.\nThe ruler was silent.\n", encoding="utf-8")
    targets = ["Kim came to the spaceport.", "The ruler was silent."]
    sources = ["Kim kam zum Weltraumbahnhof.", "Der Machthaber schwieg."]
    RunRecord("s", "", [
        RecordedSegment(str(src / "a.txt"), str(out / "a.txt"), i, i + 1, s, t, t) for i, (s, t) in enumerate(zip(sources, targets))
    ]).save(out / RUN_RECORD)  # fmt: skip
    glossary = tmp_path / "g.tsv"
    store.save(Glossary([TermEntry("Weltraumbahnhof", "cosmodrome", "approved", forbidden=["spaceport"]),
                         TermEntry("Machthaber", "ruler", "candidate")]), glossary)  # fmt: skip
    return src, out, glossary


def test_loads_translations_from_the_run_record_and_finds_problems(project):
    src, out, glossary = project
    session = ReviewSession([str(src)], str(glossary), str(out))
    assert [s.target for s in session.segments] == ["Kim came to the spaceport.", "The ruler was silent."]
    session.check_all()
    assert [f.rule for f in session.recheck(0)] == ["forbidden-term"]
    assert session.edit_translation(0, "Kim came to the cosmodrome.") == []  # fixed, re-checked at once
    assert session.dirty_translations


def test_saved_translations_reach_the_output_file_and_the_memory(project, tmp_path):
    src, out, glossary = project
    session = ReviewSession([str(src)], str(glossary), str(out))
    session.edit_translation(0, "Kim came to the cosmodrome.")
    memory = TranslationMemory(tmp_path / "tm.sqlite")
    assert session.save_translations(memory) == [str(out / "a.txt")]
    assert (out / "a.txt").read_text(encoding="utf-8").splitlines() == [
        "Kim came to the cosmodrome.",
        "The ruler was silent.",
    ]
    assert memory.lookup("reviewed", "human", ["Kim kam zum Weltraumbahnhof."])
    assert not session.dirty_translations


def test_saving_the_glossary_keeps_a_colleagues_approval(project):
    src, out, glossary = project
    session = ReviewSession([str(src)], str(glossary), str(out))
    colleague = store.load(glossary)
    colleague.entries.append(TermEntry("Kosmodrom", "cosmodrome", "approved"))
    store.save(colleague, glossary)
    machthaber = session.glossary.by_source()["machthaber"]
    session.set_status(machthaber, "approved")
    session.save_glossary()
    final = store.load(glossary).by_source()
    assert final["machthaber"].status == "approved" and final["kosmodrom"].status == "approved"
    assert not session.merge_conflicts and not session.dirty_glossary


def test_open_session_stops_before_the_screen_on_bad_input(project, tmp_path):
    src, out, glossary = project
    glossary.write_text("source\ttarget\tstatus\nRat\tcouncil\tapproved\nRat\tboard\tapproved\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="approved as 'board'"):
        open_session([str(src)], str(glossary), str(out))
    with pytest.raises(GlossaryError, match="no readable documents to review"):
        open_session([str(tmp_path / "missing")], None, None)


def test_an_error_inside_the_app_is_not_a_success(tmp_path, monkeypatch):
    """`glossary review` exits 2 when the app ended with an unexpected error (it used to exit 0)."""
    from textual.app import App

    from tui.app import ReviewApp

    doc = tmp_path / "a.txt"
    doc.write_text("Ein Hund läuft.\n", encoding="utf-8")

    def broken(self):
        raise RuntimeError("a bug in the app")

    monkeypatch.setattr(ReviewApp, "on_mount", broken)
    monkeypatch.setattr(ReviewApp, "run", lambda self, **k: App.run(self, headless=True))
    assert cli.main(["review", str(doc), "--memory", str(tmp_path / "tm.sqlite")]) == 2
