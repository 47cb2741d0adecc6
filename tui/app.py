"""`glossary review`: segments, glossary and findings side by side. Screens show; `glossary.review` decides."""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Input, Label, Static, TabbedContent, TabPane

from glossary.errors import GlossaryError
from glossary.review import ReviewSession

from .screens.modals import AskEntry, AskMerge, AskText, HelpScreen
from .widgets.tables import EntryTable, FindingTable, SegmentTable
from .widgets.term_text import TermText

SORTS = ("score", "lemma", "status", "findings")


def plain(*cells: str) -> tuple[Text, ...]:
    """Document and glossary text as it is: `[/Anm. d. Red.]` is German, not Rich markup."""
    return tuple(Text(cell) for cell in cells)


FIRST_ROWS = 200


class ReviewApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "glossary review"
    BINDINGS = [
        Binding("1", "show('segments')", "Segments", id="app.segments"),
        Binding("2", "show('glossary')", "Glossary", id="app.glossary"),
        Binding("3", "show('findings')", "Findings", id="app.findings"),
        Binding("ctrl+s", "save", "Save", id="app.save"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, session: ReviewSession, engine_factory=None, memory=None):
        super().__init__()
        self.session = session
        self.engine_factory = engine_factory
        self.memory = memory
        self.sort = "score"
        self.group = "term"
        self.visible_entries: list = []
        self.finding_rows: list = []
        self.first_paint: float | None = None  # monotonic time of the first refresh, for bench/tui_open.py

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="segments"):
            with TabPane("Segments [1]", id="segments"):
                with Horizontal():
                    yield SegmentTable(id="segment-table", cursor_type="row", zebra_stripes=True)
                    with Vertical(id="segment-detail"):
                        yield Label("German", classes="heading")
                        yield TermText(id="source")
                        yield Label("English", classes="heading")
                        yield TermText(id="target")
                        yield Label("Findings", classes="heading")
                        yield Static(id="segment-findings")
            with TabPane("Glossary [2]", id="glossary"):
                yield Input(placeholder="type to filter terms…", id="filter")
                with Horizontal():
                    yield EntryTable(id="entry-table", cursor_type="row", zebra_stripes=True)
                    yield Static(id="entry-detail")
            with TabPane("Findings [3]", id="findings"):
                yield FindingTable(id="finding-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    # ------------------------------------------------------------ filling
    def on_mount(self) -> None:
        table = self.query_one("#segment-table", SegmentTable)
        table.add_columns("!", "#", "where", "German")
        # the first screenful now, the rest right after the first paint
        table.add_rows(self._segment_row(i) for i in range(min(FIRST_ROWS, len(self.session.segments))))
        self.query_one("#entry-table", EntryTable).add_columns(
            "lemma", "target", "status", "freq", "docs", "score", "findings"
        )
        self.query_one("#finding-table", FindingTable).add_columns("id", "severity", "rule", "term", "where", "message")
        table.focus()
        self.call_after_refresh(self._painted)
        self.call_after_refresh(self.fill_entries)  # the glossary tab is not on the first screen
        for problem in self.session.problems:
            self.notify(escape(problem), severity="error")

    def _painted(self) -> None:
        import time

        self.first_paint = self.first_paint or time.monotonic()
        table = self.query_one("#segment-table", SegmentTable)
        table.add_rows(self._segment_row(i) for i in range(table.row_count, len(self.session.segments)))
        self.show_segment(table.cursor_row)  # highlights need the glossary index: built now, not before the first paint
        self.check_everything()  # after the first paint: the checks must not hold up the first screen

    @work(thread=True, exclusive=True, group="check")
    def check_everything(self) -> None:
        """All findings, in the background: the first screen appears before the checks finish."""
        self.session.check_all()
        self.call_from_thread(self.refresh_findings)

    def refresh_findings(self) -> None:
        table = self.query_one("#segment-table", SegmentTable)
        for i, seg in enumerate(self.session.segments):
            if seg.findings:
                table.update_cell_at((i, 0), str(len(seg.findings)))
        self.fill_entries()
        self.fill_findings()
        self.show_segment(table.cursor_row)

    def _segment_row(self, i: int):
        seg = self.session.segments[i]
        return plain(
            str(len(seg.findings)) if seg.findings else "",
            str(i + 1),
            f"{seg.file.rsplit('/', 1)[-1][:8]}:{seg.line}",
            seg.source[:48],
        )

    def fill_entries(self) -> None:
        table = self.query_one("#entry-table", EntryTable)
        wanted = self.query_one("#filter", Input).value.strip().lower()
        entries = [
            e
            for e in self.session.glossary.entries
            if not wanted or wanted in e.source.lower() or wanted in e.target.lower()
        ]
        counts = {e.source: self.session.findings_for(e) for e in entries}
        key = {
            "score": lambda e: -e.score,
            "lemma": lambda e: e.source.lower(),
            "status": lambda e: (e.status, e.source.lower()),
            "findings": lambda e: -counts[e.source],
        }[self.sort]
        entries.sort(key=key)
        row = table.cursor_row
        table.clear()
        table.add_rows(
            plain(
                e.source,
                e.target,
                e.status,
                str(e.frequency or ""),
                str(e.documents or ""),
                f"{e.score:.2f}" if e.score else "",
                str(counts[e.source] or ""),
            )
            for e in entries
        )
        self.visible_entries = entries
        if entries:
            table.move_cursor(row=min(row, len(entries) - 1))
            self.show_entry(table.cursor_row)

    def fill_findings(self) -> None:
        table = self.query_one("#finding-table", FindingTable)
        findings = [f for s in self.session.segments for f in s.findings]
        if self.group == "term":
            findings.sort(key=lambda f: (f.term.lower(), f.rule, f.segment))
        else:
            findings.sort(key=lambda f: (f.file, f.line, f.segment))
        table.clear()
        table.add_rows(
            plain(f.id, f.severity, f.rule, f.term, f"{f.file.rsplit('/', 1)[-1]}:{f.line}", f.message)
            for f in findings
        )
        self.finding_rows = findings

    # ------------------------------------------------------------ showing
    def show_segment(self, i: int) -> None:
        if not self.session.segments:
            return
        i = max(0, min(i, len(self.session.segments) - 1))
        seg = self.session.segments[i]
        self.query_one("#source", TermText).show(seg.source, self.session.source_highlights(i))
        self.query_one("#target", TermText).show(seg.target, self.session.target_highlights(i))
        lines = [f"{f.severity}: {f.message}" + (f" → {f.suggestion}" if f.suggestion else "") for f in seg.findings]
        self.query_one("#segment-findings", Static).update(Text("\n".join(lines) or "no findings"))

    def show_entry(self, row: int) -> None:
        if not self.visible_entries:
            self.query_one("#entry-detail", Static).update("")
            return
        e = self.visible_entries[max(0, min(row, len(self.visible_entries) - 1))]
        occurrences = self.session.occurrences(e)
        lines = [
            f"{e.source} → {e.target or '—'}  [{e.status}]",
            f"variants: {', '.join(e.variants) or '—'}",
            f"alternatives: {', '.join(e.alternatives) or '—'}",
            f"forbidden: {', '.join(e.forbidden) or '—'}",
            f"evidence: {', '.join(e.evidence) or '—'}",
            f"note: {e.note or '—'}",
            f"occurrences: {len(occurrences)} (Enter jumps to the first)",
        ]
        lines += [
            f"  {self.session.segments[i].file.rsplit('/', 1)[-1]}:{self.session.segments[i].line}  "
            f"{self.session.segments[i].source[:70]}"
            for i in occurrences[:8]
        ]
        self.query_one("#entry-detail", Static).update(Text("\n".join(lines)))

    def current_segment(self) -> int:
        return self.query_one("#segment-table", SegmentTable).cursor_row

    def current_entry(self):
        if not self.visible_entries:
            return None
        return self.visible_entries[self.query_one("#entry-table", EntryTable).cursor_row]

    # ------------------------------------------------------------ events
    def on_data_table_row_highlighted(self, event) -> None:
        if event.data_table.id == "segment-table":
            self.show_segment(event.cursor_row)
        elif event.data_table.id == "entry-table":
            self.show_entry(event.cursor_row)

    def on_data_table_row_selected(self, event) -> None:
        if event.data_table.id == "entry-table" and self.visible_entries:
            occurrences = self.session.occurrences(self.visible_entries[event.cursor_row])
            if occurrences:
                self.jump_to(occurrences[0])
        elif event.data_table.id == "finding-table" and self.finding_rows:
            self.jump_to(self.finding_rows[event.cursor_row].segment)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.fill_entries()

    def jump_to(self, i: int) -> None:
        self.action_show("segments")
        table = self.query_one("#segment-table", SegmentTable)
        table.move_cursor(row=i)
        table.focus()
        self.show_segment(i)

    # ------------------------------------------------------------ actions
    def action_show(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        target = {"segments": "#segment-table", "glossary": "#entry-table", "findings": "#finding-table"}[tab]
        self.query_one(target).focus()

    def action_help(self) -> None:
        lines = []
        for widget in (self, SegmentTable, EntryTable, FindingTable):
            for b in widget.BINDINGS:
                lines.append(f"{b.key:>14}  {b.description}")
        lines.append(f"{'enter':>14}  Jump from an entry or finding to its segment")
        self.push_screen(HelpScreen(lines))

    def action_edit_translation(self) -> None:
        i = self.current_segment()
        seg = self.session.segments[i]

        def done(text: str | None) -> None:
            if text is None:
                return
            self.session.edit_translation(i, text)
            self.query_one("#segment-table", SegmentTable).update_cell_at(
                (i, 0), str(len(seg.findings)) if seg.findings else ""
            )
            self.show_segment(i)

        self.push_screen(AskText(f"English for: {seg.source[:70]}", seg.target), done)

    def action_translate_segment(self) -> None:
        if self.engine_factory is None:
            self.notify("no German→English model installed: glossary models install translate-de_en", severity="error")
            return
        self.translate_segment(self.current_segment())

    @work(thread=True, exclusive=True, group="translate")
    def translate_segment(self, i: int) -> None:
        try:
            engine = self.engine_factory()
        except GlossaryError as err:
            self.call_from_thread(self.notify, str(err), severity="error")
            return
        from glossary.enforce import Enforcer

        source = self.session.segments[i].source
        raw = engine.translate([source])
        text = Enforcer(self.session.glossary, engine).enforce([source], raw)[0].target

        def apply() -> None:
            self.session.edit_translation(i, text)
            self.show_segment(self.current_segment())

        self.call_from_thread(apply)

    def action_new_entry(self) -> None:
        def done(answer) -> None:
            if answer is None:
                return
            entry = self.session.add_entry(*answer)
            self.fill_entries()
            self.show_segment(self.current_segment())
            self.notify(escape(f"added '{entry.source}' → '{entry.target}' ({entry.status})"))

        self.push_screen(AskEntry(), done)

    def action_set_status(self, status: str) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.session.set_status(entry, status)
            self.fill_entries()
            self.show_segment(self.current_segment())

    def action_edit_target(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return

        def done(text: str | None) -> None:
            if text is not None:
                self.session.set_target(entry, text)
                self.fill_entries()

        self.push_screen(AskText(f"English target for '{entry.source}'", entry.target), done)

    def action_add_forbidden(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return

        def done(text: str | None) -> None:
            if text:
                self.session.add_forbidden(entry, text)
                self.fill_entries()

        self.push_screen(AskText(f"Forbidden English variant for '{entry.source}'", "", "e.g. spaceport"), done)

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.notify(f"sorted by {self.sort}")
        self.fill_entries()

    def action_group_findings(self) -> None:
        self.group = "document" if self.group == "term" else "term"
        self.fill_findings()

    def action_save(self) -> None:
        if self.session.glossary_path is not None and self.session.changed_on_disk():
            self.push_screen(AskMerge(), lambda answer: self._save(answer))
        else:
            self._save("overwrite")

    def _save(self, answer: str) -> None:
        if answer == "cancel":
            self.notify("not saved")
            return
        saved = []
        try:
            if self.session.glossary_path is not None:
                saved.append(self.session.save_glossary(merge=answer == "merge"))
            saved += self.session.save_translations(self.memory)
        except (GlossaryError, OSError) as err:
            self.notify(escape(str(err)), severity="error")
            return
        self.fill_entries()
        self.notify(escape("saved " + ", ".join(saved)) if saved else "nothing to save")
        for conflict in self.session.merge_conflicts[:5]:
            self.notify(escape(f"changed by someone else too: {conflict}"), severity="warning", timeout=10)
