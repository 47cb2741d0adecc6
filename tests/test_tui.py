"""The review app driven like a translator would, through Textual's Pilot (its looks: test_tui_snapshots)."""

import asyncio

import pytest

from glossary import cli, store
from glossary.review import ReviewSession
from glossary.store import TermEntry

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.asyncio


@pytest.fixture(scope="module")
def translated(demo_package, tmp_path_factory):
    out = tmp_path_factory.mktemp("review") / "out"
    glossary = ROOT / "glossaries" / "seeds.de-en.tsv"
    assert cli.main(["translate", str(SEEDS), "-o", str(out), "--glossary", str(glossary), "--no-memory", "-q"]) == 0
    return out


@pytest.fixture
def glossary_copy(tmp_path):
    g = store.load(ROOT / "glossaries" / "seeds.de-en.tsv")
    if "raketentechnologie" not in g.by_source():
        g.entries.append(TermEntry("Raketentechnologie", "rocket technology", "candidate", frequency=3))
    path = tmp_path / "seeds.de-en.tsv"
    store.save(g, path)
    return path


def _app(glossary_copy, translated, tmp_path, engine_factory=None, **kwargs):
    from glossary.memory import TranslationMemory
    from tui.app import ReviewApp

    session = ReviewSession([str(SEEDS)], str(glossary_copy), str(translated))
    app = ReviewApp(session, engine_factory, TranslationMemory(tmp_path / "tm.sqlite"), **kwargs)
    app.notes = []
    real = app.notify
    app.notify = lambda message, **kw: (app.notes.append(str(message)), real(message, **kw))[1]
    return app


async def _ready(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def _approve(app, pilot, term: str) -> None:
    """`/`, type the term into the filter, Enter (to the table), approve the entry with `a`."""
    await pilot.press("slash", *term, "enter", "a")
    await pilot.pause()


async def test_segments_view_highlights_terms_and_moves(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        table = app.query_one("#segment-table")
        assert table.row_count == len(app.session.segments) == 214
        assert str(table.get_cell_at((0, 3))) == app.session.segments[0].target  # the English column
        source = app.query_one("#source")
        assert {(h.term, h.kind) for h in source.highlights} >= {
            ("Weltraumbahnhof", "approved"),
            ("Wostotschny", "approved"),
        }
        assert any(span.style.underline for span in source.rich.spans)
        target = app.query_one("#target")
        assert any(h.term == "Weltraumbahnhof" for h in target.highlights)  # the enforced target is highlighted too
        await pilot.press("down", "down")
        assert table.cursor_row == app.segments.current == 2
        assert str(source.rich) == app.session.segments[2].source


async def test_glossary_approve_edit_forbid_and_save(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        await _approve(app, pilot, "Raketentechnologie")
        assert [e.source for e in app.glossary.shown] == ["Raketentechnologie"]
        assert app.glossary.shown[0].status == "approved"
        assert "approved 'Raketentechnologie' (u undoes)" in app.notes
        await pilot.press("e", "ctrl+u", *"missile technology", "enter")
        await pilot.press("f", *"rocket science", "enter")
        await pilot.pause()
        entry = app.glossary.shown[0]
        assert (entry.target, entry.forbidden) == ("missile technology", ["rocket science"])
        await pilot.press("n")
        await pilot.press(*"Präsidialamtssprecher", "enter", *"presidential spokesman", "enter")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.sub_title == ""  # nothing unsaved any more
    saved = {e.source: e for e in store.load(glossary_copy).entries}
    assert saved["Raketentechnologie"].status == "approved"
    assert saved["Raketentechnologie"].target == "missile technology"
    assert saved["Raketentechnologie"].forbidden == ["rocket science"]
    assert saved["Präsidialamtssprecher"].target == "presidential spokesman"
    assert saved["Machthaber"].forbidden == ["power holder", "powerholder"]  # untouched entries survive


async def test_typing_in_the_filter_never_changes_an_entry(glossary_copy, translated, tmp_path):
    """`a`, `r`, `e`, `n`, `f`, `c`, `s`, `u` and digits are letters of the word while the filter has the keys."""
    app = _app(glossary_copy, translated, tmp_path)
    before = store.load(glossary_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        await pilot.press("slash", *"raketen", "backspace", "backspace", *"n", *"sucre", *"2", "3", "1")
        await pilot.pause()
        assert app.query_one("#filter").value == "raketnsucre231"
        assert app.query_one("#filter").has_focus and app.screen is app.screen_stack[0]
        assert not app.session.history and not app.session.dirty
        await pilot.press("escape")  # leaves the filter: letters are commands again
        assert app.glossary.table.has_focus
    assert [(e.source, e.status, e.target) for e in store.load(glossary_copy).entries] == [
        (e.source, e.status, e.target) for e in before.entries
    ]


async def test_undo_takes_back_an_approval_and_an_edit(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        await _approve(app, pilot, "Raketentechnologie")
        await pilot.press("r")  # reject: no second key, but undoable
        entry = app.glossary.shown[0]
        assert entry.status == "rejected"
        await pilot.press("u")
        assert entry.status == "approved" and "undone: rejected 'Raketentechnologie'" in app.notes
        await pilot.press("u")
        assert entry.status == "candidate"
        await pilot.press("1", "e", "ctrl+u", *"Something else", "enter")
        await pilot.pause()
        assert app.session.segments[0].target == "Something else"
        await pilot.press("u")
        await pilot.pause()
        original = app.session.segments[0].target
        assert original != "Something else" and str(app.query_one("#segment-table").get_cell_at((0, 3))) == original
        await pilot.press("u")
        assert app.notes[-1] == "nothing to undo"


async def test_edit_translation_is_rechecked_saved_and_recorded(glossary_copy, translated, tmp_path):
    from glossary.memory import TranslationMemory
    from glossary.runrecord import RunRecord

    app = _app(glossary_copy, translated, tmp_path)
    out_file = translated / "000_90e9f7cadb1bc539.txt"
    german = app.session.segments[0].source
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert type(app.screen).__name__ == "EditTranslation"
        assert str(app.screen.query_one("#editor-source").rich) == german  # the whole sentence, not 70 characters
        await pilot.press("ctrl+u", *"Putin receives Kim at the spaceport Vostochny", "enter")
        await pilot.pause()
        findings = app.session.segments[0].findings
        assert [f.rule for f in findings] == ["forbidden-term"]
        assert "spaceport" in str(app.query_one("#segment-findings").content)
        assert any(h.kind == "forbidden" for h in app.query_one("#target").highlights)
        assert str(app.query_one("#segment-table").get_cell_at((0, 1))) == "1"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert out_file.read_text(encoding="utf-8").splitlines()[0] == "Putin receives Kim at the spaceport Vostochny"
    recorded = {(s.file, s.index): s for s in RunRecord.load(translated).segments}
    first = recorded[(app.session.segments[0].file, 0)]
    assert (first.target, first.reviewed) == ("Putin receives Kim at the spaceport Vostochny", True)
    memory = TranslationMemory(tmp_path / "tm.sqlite")
    assert memory.lookup("reviewed", "human", [german])


async def test_findings_are_checked_again_after_an_approval(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        assert not any(f.term == "Russland" for f in app.findings.rows)  # a candidate is not enforced
        await _approve(app, pilot, "Russland")
        await _ready(app, pilot)
        assert any(f.term == "Russland" for f in app.findings.rows)
        assert app.session.findings_for(app.glossary.shown[0]) > 0
        assert not app.findings.checking


async def test_quit_with_unsaved_changes_asks(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    before = glossary_copy.read_bytes()
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        await _approve(app, pilot, "Raketentechnologie")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert type(app.screen).__name__ == "AskQuit"
        shown = " ".join(str(w.render()) for w in app.screen.query(".keys"))
        assert "[s] save and quit" in shown and "[d] discard" in shown  # the keys as keys, not eaten as markup
        await pilot.press("c")  # back to work
        await pilot.pause()
        assert app.is_running and type(app.screen).__name__ != "AskQuit"
        await pilot.press("ctrl+q", "d")  # discard
        await pilot.pause()
    assert not app.is_running and glossary_copy.read_bytes() == before

    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        await _approve(app, pilot, "Raketentechnologie")
        await pilot.press("ctrl+q", "s")  # save and quit
        await pilot.pause()
    assert store.load(glossary_copy).by_source()["raketentechnologie"].status == "approved"


async def test_an_unexpected_error_offers_to_save_and_exits_2(glossary_copy, translated, tmp_path, monkeypatch):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        await _approve(app, pilot, "Raketentechnologie")

        def broken(i):
            raise RuntimeError("a bug in the highlighter")

        monkeypatch.setattr(app.session, "source_highlights", broken)
        await pilot.press("1")
        table = app.segments.table  # ↓ fails inside the table's handler, as a bug would: it handles nothing more
        table.call_later(table.action_cursor_down)
        for _ in range(100):  # so wait for the error screen by looking, not through the Pilot
            await asyncio.sleep(0.05)
            if type(app.screen).__name__ == "ErrorScreen" and app.screen.query("#error-message"):
                break  # pushed and composed (on a busy machine the second comes a little later)
        assert type(app.screen).__name__ == "ErrorScreen"
        assert "RuntimeError: a bug in the highlighter" in str(app.screen.query_one("#error-message").content)
        recovery = app.session.recovery_path()
        assert recovery.exists()  # the edits are safe before the reviewer answers
        await pilot.press("s")
        await pilot.pause()
    assert app.return_code == 2 and app.failure.startswith("unexpected RuntimeError")
    assert store.load(glossary_copy).by_source()["raketentechnologie"].status == "approved"
    assert not recovery.exists()


async def test_unsaved_edits_are_autosaved_to_a_recovery_file(glossary_copy, translated, tmp_path):
    import json

    app = _app(glossary_copy, translated, tmp_path, autosave=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        recovery = app.session.recovery_path()
        await _approve(app, pilot, "Raketentechnologie")
        await pilot.pause(0.3)
        saved = json.loads(recovery.read_text(encoding="utf-8"))
        assert {e["source"]: e["status"] for e in saved["glossary"]}["Raketentechnologie"] == "approved"
        await pilot.press("ctrl+s")
        await pilot.pause(0.3)
        assert not recovery.exists()


async def test_t_translates_the_segment_again_with_a_notice(glossary_copy, translated, tmp_path, engine):
    app = _app(glossary_copy, translated, tmp_path, engine_factory=lambda: engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        await pilot.press("e", "ctrl+u", *"Something else", "enter", "t")
        await pilot.pause()
        assert "translating segment 1…" in app.notes
        await _ready(app, pilot)
        assert app.session.segments[0].target == app.session.translate_segment(0, engine) != "Something else"
        assert "translated the translation of segment 1 (u undoes)" in app.notes


async def test_findings_view_jumps_and_help_shows_keys_by_view(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        await pilot.press("3")
        table = app.query_one("#finding-table")
        assert table.row_count == sum(len(s.findings) for s in app.session.segments) > 0
        numbers = [int(f.term) for f in app.findings.rows if f.rule == "number" and f.term.isdigit()]
        assert numbers == sorted(numbers)  # 130 before 1000
        await pilot.press("down", "enter")
        await pilot.pause()
        from textual.widgets import TabbedContent

        assert app.query_one(TabbedContent).active == "segments"
        assert app.query_one("#segment-table").cursor_row == app.findings.rows[1].segment
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        help_text = str(app.screen.query_one("#help-text").content)
        for shown in ("Segments [1]", "Glossary [2]", "Findings [3]", "Approve", "tab", "escape", "/", "Undo", "?"):
            assert shown in help_text
        assert "question_mark" not in help_text and "slash" not in help_text
        await pilot.press("escape")
        await pilot.press("t")  # no model given to the app: a clear message, no crash
        await pilot.pause()
        assert type(app.screen).__name__ != "HelpScreen"
        assert any("no German→English model" in note for note in app.notes)


async def test_text_that_looks_like_markup_is_shown_as_it_is(tmp_path):
    """`[/Anm. d. Red.]` in German and brackets in the glossary are text, never Rich markup (it crashed)."""
    from tui.app import ReviewApp

    doc = tmp_path / "notiz.txt"
    doc.write_text(
        "Der Machthaber sprach [/Anm. d. Red.] lange.\nEin Satz mit [bold]Klammern[/bold].\n", encoding="utf-8"
    )
    glossary = tmp_path / "g.tsv"
    g = store.Glossary([TermEntry("Machthaber", "ruler [/x]", "approved", note="[red]not a style[/red]")])
    store.save(g, glossary)
    app = ReviewApp(ReviewSession([str(doc)], str(glossary), None))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.query_one("#segment-table")
        assert "[/Anm. d. Red.]" in str(table.get_cell_at((0, 2)))
        await pilot.press("2")
        await pilot.pause()
        detail = str(app.query_one("#entry-detail").render())
        assert "ruler [/x]" in detail and "[approved]" in detail and "[red]not a style[/red]" in detail
    assert app.return_code in (0, None) and app.failure is None


async def test_save_merges_when_the_file_changed_on_disk(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        await _approve(app, pilot, "Raketentechnologie")
        other = store.load(glossary_copy)  # meanwhile another editor adds an entry
        other.entries.append(TermEntry("Gegenoffensive", "counteroffensive", "approved"))
        store.save(other, glossary_copy)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "AskMerge"
        assert "[m] merge" in str(app.screen.query_one(".keys").render())
        await pilot.press("m")
        await pilot.pause()
    saved = {e.source: e for e in store.load(glossary_copy).entries}
    assert saved["Gegenoffensive"].target == "counteroffensive"  # their change stays
    assert saved["Raketentechnologie"].status == "approved"  # ours too


async def test_an_entry_added_from_the_segments_view_shows_in_the_glossary(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        await pilot.press("n", *"Gipfeltreffen", "enter", *"summit", "enter", "2")
        await pilot.pause()
        assert "Gipfeltreffen" in [e.source for e in app.glossary.shown]
        assert "added 'Gipfeltreffen' → 'summit' (u undoes)" in app.notes
