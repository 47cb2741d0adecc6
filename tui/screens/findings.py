"""Findings: every problem the checker found, by term or by document; the full message of the one in focus."""

from __future__ import annotations

import os

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import DataTable, Label, Static

from glossary.check import Finding
from glossary.review import ReviewSession

from ..messages import JumpTo
from ..widgets.cells import cell
from .table_view import TableView


def _shown_path(path: str) -> str:
    """Relative to where the reviewer started the app, as they typed it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive
        return path


class FindingsView(TableView):
    TABLE_ID = "finding-table"
    COLUMNS = {
        key: (key, width)
        for key, width in (("severity", 8), ("rule", 14), ("term", 14), ("where", 18), ("message", 30))
    }
    FLEXIBLE = ("message",)
    BINDINGS = [Binding("g", "group", "Group by term/document", id="findings.group")]
    group: reactive[str] = reactive("term", init=False)
    checking: reactive[bool] = reactive(True)

    def __init__(self, session: ReviewSession, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session = session
        self.rows: list[Finding] = []

    def compose(self) -> ComposeResult:
        yield Label(id="findings-state")
        yield self.new_table()
        yield Static(id="finding-detail")

    def on_mount(self) -> None:
        self.add_columns()

    def fill(self) -> None:
        self.rows = self.session.all_findings(self.group)
        row = self.table.cursor_row
        self.table.clear()
        self.table.add_rows(
            (
                cell(f.severity),
                cell(f.rule),
                cell(f.term),
                cell(f"{f.file.rsplit('/', 1)[-1]}:{f.line}"),
                cell(f.message),
            )
            for f in self.rows
        )
        if self.rows:
            self.table.move_cursor(row=min(row, len(self.rows) - 1))
        self.show(self.table.cursor_row)
        self.watch_checking(self.checking)

    def watch_group(self) -> None:
        self.fill()

    def watch_checking(self, checking: bool) -> None:
        state = "checking…" if checking else f"{len(self.rows)} findings, by {self.group}"
        self.query_one("#findings-state", Label).update(state)

    def show(self, row: int) -> None:
        detail = self.query_one("#finding-detail", Static)
        if not self.rows:
            detail.update("no findings")
            return
        f = self.rows[max(0, min(row, len(self.rows) - 1))]
        seg = self.session.segments[f.segment]
        lines = [
            f"{f.severity} · {f.rule} · {_shown_path(f.file)}:{f.line}",
            f.message + (f" → {f.suggestion}" if f.suggestion else ""),
            f"German:  {seg.source}",
            f"English: {seg.target}",
        ]
        detail.update(Text("\n".join(lines)))

    @on(DataTable.RowHighlighted, "#finding-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show(event.cursor_row)

    @on(DataTable.RowSelected, "#finding-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        if self.rows:
            self.post_message(JumpTo(self.rows[event.cursor_row].segment))

    def action_group(self) -> None:
        self.group = "document" if self.group == "term" else "term"
