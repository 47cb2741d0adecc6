"""The review app driven like a translator would, through Textual's Pilot."""

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


def _app(glossary_copy, translated, tmp_path):
    from glossary.memory import TranslationMemory
    from tui.app import ReviewApp

    session = ReviewSession([str(SEEDS)], str(glossary_copy), str(translated))
    return ReviewApp(session, None, TranslationMemory(tmp_path / "tm.sqlite"))


async def _approve(app, pilot, term: str) -> None:
    """Glossary tab, type the term into the filter, approve the entry with `a`."""
    await pilot.press("2")
    app.query_one("#filter").focus()
    await pilot.press(*term)
    await pilot.pause()
    app.query_one("#entry-table").focus()
    await pilot.press("a")


async def test_segments_view_highlights_terms_and_moves(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.query_one("#segment-table")
        assert table.row_count == len(app.session.segments) == 214
        source = app.query_one("#source")
        assert {(h.term, h.kind) for h in source.highlights} >= {
            ("Weltraumbahnhof", "approved"),
            ("Wostotschny", "approved"),
        }
        assert any(span.style.underline for span in source.rich.spans)
        target = app.query_one("#target")
        assert any(h.term == "Weltraumbahnhof" for h in target.highlights)  # the enforced target is highlighted too
        await pilot.press("down", "down")
        assert table.cursor_row == 2
        assert str(source.rich) == app.session.segments[2].source


async def test_glossary_approve_edit_forbid_and_save(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await _approve(app, pilot, "Raketentechnologie")
        assert [e.source for e in app.visible_entries] == ["Raketentechnologie"]
        assert app.visible_entries[0].status == "approved"
        await pilot.press("e", "ctrl+u", *"missile technology", "enter")
        await pilot.press("f", *"rocket science", "enter")
        await pilot.pause()
        entry = app.visible_entries[0]
        assert (entry.target, entry.forbidden) == ("missile technology", ["rocket science"])
        await pilot.press("n")
        await pilot.press(*"Präsidialamtssprecher", "enter", *"presidential spokesman", "enter")
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = {e.source: e for e in store.load(glossary_copy).entries}
    assert saved["Raketentechnologie"].status == "approved"
    assert saved["Raketentechnologie"].target == "missile technology"
    assert saved["Raketentechnologie"].forbidden == ["rocket science"]
    assert saved["Präsidialamtssprecher"].target == "presidential spokesman"
    assert saved["Machthaber"].forbidden == ["power holder", "powerholder"]  # untouched entries survive


async def test_edit_translation_is_rechecked_and_saved(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    out_file = translated / "000_90e9f7cadb1bc539.txt"
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("e", "ctrl+u", *"Putin receives Kim at the spaceport Vostochny", "enter")
        await pilot.pause()
        findings = app.session.segments[0].findings
        assert [f.rule for f in findings] == ["forbidden-term"]
        assert "spaceport" in str(app.query_one("#segment-findings").content)
        assert any(h.kind == "forbidden" for h in app.query_one("#target").highlights)
        assert app.query_one("#segment-table").get_cell_at((0, 0)) == "1"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert out_file.read_text(encoding="utf-8").splitlines()[0] == "Putin receives Kim at the spaceport Vostochny"
    from glossary.memory import TranslationMemory

    memory = TranslationMemory(tmp_path / "tm.sqlite")
    assert memory.lookup("reviewed", "human", ["Putin empfängt Kim am Weltraumbahnhof Wostotschny"])


async def test_save_merges_when_the_file_changed_on_disk(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await _approve(app, pilot, "Raketentechnologie")
        # meanwhile another editor adds an entry
        other = store.load(glossary_copy)
        other.entries.append(TermEntry("Gegenoffensive", "counteroffensive", "approved"))
        store.save(other, glossary_copy)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "AskMerge"
        await pilot.press("m")
        await pilot.pause()
    saved = {e.source: e for e in store.load(glossary_copy).entries}
    assert saved["Gegenoffensive"].target == "counteroffensive"  # their change stays
    assert saved["Raketentechnologie"].status == "approved"  # ours too


async def test_findings_view_jumps_and_help_opens(glossary_copy, translated, tmp_path):
    app = _app(glossary_copy, translated, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("3")
        table = app.query_one("#finding-table")
        assert table.row_count == sum(len(s.findings) for s in app.session.segments) > 0
        await pilot.press("down", "enter")
        await pilot.pause()
        from textual.widgets import TabbedContent

        assert app.query_one(TabbedContent).active == "segments"
        assert app.query_one("#segment-table").cursor_row == app.finding_rows[1].segment
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        assert "Approve" in str(app.screen.query_one("#help-text").content)
        await pilot.press("escape")
        await pilot.press("t")  # no model given to the app: a clear message, no crash
        await pilot.pause()
        assert type(app.screen).__name__ != "HelpScreen"


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
        assert "[/Anm. d. Red.]" in str(table.get_cell_at((0, 3)))
        await pilot.press("2")
        await pilot.pause()
        detail = str(app.query_one("#entry-detail").render())
        assert "ruler [/x]" in detail and "[approved]" in detail and "[red]not a style[/red]" in detail
    assert app.return_code in (0, None)
