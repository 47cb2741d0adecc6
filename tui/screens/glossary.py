"""Glossary: every entry with its status, target, frequency and findings; filter, sort, approve, edit."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import DataTable, Input, Static

from glossary.review import SORTS, ReviewSession
from glossary.store import TermEntry

from ..messages import Edited, JumpTo
from ..widgets.cells import cell, number
from .modals import AskEntry, AskText
from .table_view import TableView


class GlossaryView(TableView):
    TABLE_ID = "entry-table"
    COLUMNS = {
        "lemma": ("lemma", 24), "target": ("target", 24), "status": ("status", 9), "freq": ("freq", 5),
        "docs": ("docs", 4), "findings": ("findings", 8), "score": ("score", 5),
    }  # fmt: skip
    FLEXIBLE = ("lemma", "target")
    BINDINGS = [
        Binding("a", "status('approved')", "Approve", id="glossary.approve"),
        Binding("r", "status('rejected')", "Reject", id="glossary.reject"),
        Binding("c", "status('candidate')", "Candidate", id="glossary.candidate"),
        Binding("e", "edit", "Edit target", id="glossary.edit"),
        Binding("f", "forbid", "Forbid variant", id="glossary.forbid"),
        Binding("n", "new_entry", "New entry", id="glossary.new_entry"),
        Binding("s", "sort", "Sort", id="glossary.sort"),
        Binding("escape", "leave_filter", "Leave filter", id="glossary.leave_filter"),
    ]
    sort: reactive[str] = reactive("score", init=False)
    wanted: reactive[str] = reactive("", init=False)

    def __init__(self, session: ReviewSession, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session = session
        self.shown: list[TermEntry] = []

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ filter: part of a German term or its English", id="filter")
        yield self.new_table()
        yield Static(id="entry-detail")

    def on_mount(self) -> None:
        self.add_columns()

    # ------------------------------------------------------------ rows
    def fill(self) -> None:
        """All rows again (filter, sort, an added or undone entry); the cursor stays on its entry."""
        keep = self.current()
        self.shown = self.session.entries(self.wanted, self.sort)
        self.table.clear()
        self.table.add_rows(self._row(e) for e in self.shown)
        if self.shown:
            row = next((n for n, e in enumerate(self.shown) if e is keep), 0)
            self.table.move_cursor(row=row)
        self.show(self.table.cursor_row)

    def _row(self, e: TermEntry):
        return (
            cell(e.source), cell(e.target), cell(e.status), number(e.frequency), number(e.documents),
            number(self.session.findings_for(e)), cell(f"{e.score:.2f}" if e.score else "", "right"),
        )  # fmt: skip

    def update_entry(self, entry: TermEntry) -> None:
        """One changed entry in place: an approval does not redraw 5,000 rows."""
        for n, e in enumerate(self.shown):
            if e is entry:
                for column, value in enumerate(self._row(e)):
                    self.table.update_cell_at((n, column), value)
        self.show(self.table.cursor_row)

    def refresh_findings(self) -> None:
        column = list(self.COLUMNS).index("findings")
        for n, e in enumerate(self.shown):
            self.update_changed(n, column, number(self.session.findings_for(e)))
        self.show(self.table.cursor_row)

    def watch_sort(self) -> None:
        self.app.notify(f"sorted by {self.sort}")
        self.fill()

    def watch_wanted(self) -> None:
        self.fill()

    def current(self) -> TermEntry | None:
        if not self.shown:
            return None
        return self.shown[max(0, min(self.table.cursor_row, len(self.shown) - 1))]

    def show(self, row: int) -> None:
        detail = self.query_one("#entry-detail", Static)
        if not self.shown:
            detail.update(Text("no entries" + (f" match '{self.wanted}'" if self.wanted else "")))
            return
        e = self.shown[max(0, min(row, len(self.shown) - 1))]
        occurrences = self.session.occurrences(e)
        lines = [
            f"{e.source} → {e.target or '—'}  [{e.status}]",
            f"forbidden: {', '.join(e.forbidden) or '—'}    alternatives: {', '.join(e.alternatives) or '—'}",
            f"variants: {', '.join(e.variants) or '—'}",
            f"evidence: {', '.join(e.evidence) or '—'}    note: {e.note or '—'}",
            f"in {len(occurrences)} segments (Enter shows the first)",
        ]
        lines += [f"  {self.session.segments[i].source}" for i in occurrences[:3]]
        detail.update(Text("\n".join(lines), no_wrap=True, overflow="ellipsis"))

    # ------------------------------------------------------------ events
    @on(DataTable.RowHighlighted, "#entry-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show(event.cursor_row)

    @on(DataTable.RowSelected, "#entry-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        entry = self.current()
        occurrences = self.session.occurrences(entry) if entry else []
        if occurrences:
            self.post_message(JumpTo(occurrences[0]))
        elif entry is not None:
            self.app.notify(f"'{entry.source}' occurs in none of the segments")

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        self.wanted = event.value

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.table.focus()

    # ------------------------------------------------------------ commands
    def check_action(self, action: str, parameters) -> bool | None:
        """Letters are commands only on the table; in the filter they are the word being typed."""
        if action == "leave_filter":
            return self.query_one("#filter", Input).has_focus
        if action in ("status", "edit", "forbid", "new_entry", "sort"):
            return self.table.has_focus
        return True

    def focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_leave_filter(self) -> None:
        self.table.focus()

    def _edited(self, entry: TermEntry | None, before: int) -> None:
        """After a session call: refresh what changed and tell the app (nothing, if nothing changed)."""
        if len(self.session.history) == before:
            return
        if entry is not None and entry in self.shown:
            self.update_entry(entry)
        else:
            self.fill()
        self.post_message(Edited(self.session.history[-1].description))

    def action_status(self, status: str) -> None:
        entry = self.current()
        if entry is None:
            return
        if entry.status == status:
            self.app.notify(f"'{entry.source}' is already {status}")
            return
        before = len(self.session.history)
        self.session.set_status(entry, status)
        self._edited(entry, before)

    def action_edit(self) -> None:
        entry = self.current()
        if entry is None:
            return

        def done(text: str | None) -> None:
            if text is not None:
                before = len(self.session.history)
                self.session.set_target(entry, text)
                self._edited(entry, before)

        self.app.push_screen(AskText(f"English target for '{entry.source}'", entry.target), done)

    def action_forbid(self) -> None:
        entry = self.current()
        if entry is None:
            return

        def done(text: str | None) -> None:
            if text:
                before = len(self.session.history)
                self.session.add_forbidden(entry, text)
                self._edited(entry, before)

        self.app.push_screen(AskText(f"Forbidden English for '{entry.source}'", "", "e.g. spaceport"), done)

    def action_new_entry(self) -> None:
        def done(answer) -> None:
            if answer is not None:
                before = len(self.session.history)
                entry = self.session.add_entry(*answer)
                self._edited(entry if entry in self.shown else None, before)

        self.app.push_screen(AskEntry(), done)

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
