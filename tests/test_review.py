"""The review session behind the app: what it loads, edits, re-checks and saves (the screen is in test_tui)."""

import json
import os

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


def test_a_saved_edit_reaches_the_run_record_so_check_run_reads_it(project, capsys):
    src, out, glossary = project
    session = ReviewSession([str(src)], str(glossary), str(out))
    session.edit_translation(0, "Kim came to the cosmodrome.")
    session.save_translations()
    record = RunRecord.load(out)
    assert [(s.target, s.reviewed) for s in record.segments] == [
        ("Kim came to the cosmodrome.", True),
        ("The ruler was silent.", False),
    ]
    assert ReviewSession([str(src)], str(glossary), str(out)).segments[0].target == "Kim came to the cosmodrome."
    assert cli.main(["check", "--run", str(out), "--glossary", str(glossary), "--json"]) == 0
    assert "forbidden-term" not in capsys.readouterr().out  # the checker read the reviewer's English


def test_a_legacy_json_record_is_updated_as_json_lines(project):
    src, out, glossary = project
    legacy = out / "glossary-run.json"
    record = RunRecord.load(out)
    legacy.write_text(
        json.dumps({"signature": "s", "segments": [s.to_json() for s in record.segments]}), encoding="utf-8"
    )
    (out / RUN_RECORD).unlink()
    session = ReviewSession([str(src)], str(glossary), str(out))
    session.edit_translation(1, "The ruler said nothing.")
    session.save_translations()
    assert [s.target for s in RunRecord.load(out).segments] == ["Kim came to the spaceport.", "The ruler said nothing."]


def test_undo_takes_back_the_last_actions_newest_first(project):
    src, out, glossary = project
    session = ReviewSession([str(src)], str(glossary), str(out))
    entry = session.glossary.by_source()["machthaber"]
    session.set_status(entry, "approved")
    session.set_target(entry, "despot")
    session.add_forbidden(entry, "ruler")
    added = session.add_entry("Kosmodrom", "cosmodrome")
    session.edit_translation(1, "The despot was silent.")
    assert session.undo().description == "edited the translation of segment 2"
    assert session.segments[1].target == "The ruler was silent."
    assert session.undo().description == "added 'Kosmodrom' → 'cosmodrome'" and added not in session.glossary.entries
    assert session.undo().description.startswith("forbade") and entry.forbidden == []
    session.undo()
    session.undo()
    assert (entry.status, entry.target) == ("candidate", "ruler")
    assert session.undo() is None
    for i in range(30):
        session.set_target(entry, f"ruler {i}")
    assert sum(1 for _ in iter(session.undo, None)) >= 20 and entry.target == "ruler"


def test_a_check_started_before_an_edit_is_dropped_as_stale(project):
    src, out, glossary = project
    session = ReviewSession([str(src)], str(glossary), str(out))
    checked = session.compute_check()  # as the app's background worker does
    session.edit_translation(0, "Kim came to the cosmodrome.")
    assert not session.apply_check(checked)  # it still saw "spaceport": it must not bring the finding back
    assert session.segments[0].findings == []
    assert session.apply_check(session.compute_check())


def test_entries_filter_on_either_language_and_sort_findings_as_numbers(project):
    src, out, glossary = project
    session = ReviewSession([str(src)], str(glossary), str(out))
    session.check_all()
    assert [e.source for e in session.entries("cosmo")] == ["Weltraumbahnhof"]
    assert [e.source for e in session.entries("MACHT")] == ["Machthaber"]
    session._finding_counts.update({"Machthaber": 1000, "Weltraumbahnhof": 130})
    assert [e.source for e in session.entries(sort="findings")] == ["Machthaber", "Weltraumbahnhof"]


def test_a_killed_review_is_recovered_at_the_next_start(project):
    src, out, glossary = project
    session = ReviewSession([str(src)], str(glossary), str(out))
    session.set_status(session.glossary.by_source()["machthaber"], "approved")
    session.edit_translation(0, "Kim came to the cosmodrome.")
    mine = session.write_recovery()
    dead = mine.with_name(mine.name.replace(f"-{os.getpid()}", "-999999999"))  # as a killed process leaves it
    mine.rename(dead)
    colleague = store.load(glossary)
    colleague.entries.append(TermEntry("Kosmodrom", "cosmodrome", "approved"))
    store.save(colleague, glossary)

    again = open_session([str(src)], str(glossary), str(out))
    assert any("unsaved edits" in p for p in again.problems)
    assert again.segments[0].target == "Kim came to the cosmodrome." and again.dirty
    assert again.glossary.by_source()["machthaber"].status == "approved"
    assert again.changed_on_disk()  # so the app asks to merge: the colleague's entry is not lost
    again.save_glossary(merge=True)
    again.save_translations()
    again.discard_recovery()
    assert "kosmodrom" in store.load(glossary).by_source() and not dead.exists()
    assert open_session([str(src)], str(glossary), str(out)).problems == []


def test_a_reviewed_pdf_is_saved_to_its_markdown_translation(tmp_path, demo_package):
    from .pdfmaker import make_pdf, report_pages

    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "report.pdf").write_bytes(make_pdf(report_pages(), bold_size=14))
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q"]) == 0
    session = ReviewSession([str(src)], None, str(out))
    assert session.segments and all(s.target for s in session.segments)  # from the run record
    session.edit_translation(0, "The new harbour")
    assert session.save_translations() == [str(out / "report.md")]
    assert (out / "report.md").read_text(encoding="utf-8").startswith("# The new harbour\n")
    assert not (out / "report.pdf").exists()
