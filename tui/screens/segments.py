"""Segments: every sentence with its English; the selected one in full, terms highlighted, with findings."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Label, Static

from glossary.errors import GlossaryError
from glossary.review import ReviewSession

from ..messages import Edited
from ..widgets.cells import cell, number
from ..widgets.term_text import TermText
from .modals import AskEntry, EditTranslation
from .table_view import TableView

FIRST_ROWS = 200  # the first screenful is painted before the other rows are added


class SegmentsView(TableView):
    TABLE_ID = "segment-table"
    COLUMNS = {"n": ("#", 5), "findings": ("!", 3), "de": ("German", 30), "en": ("English", 30)}
    FLEXIBLE = ("de", "en")
    BINDINGS = [
        Binding("e", "edit", "Edit translation", id="segments.edit"),
        Binding("t", "translate", "Translate again", id="segments.translate"),
        Binding("n", "new_entry", "New entry", id="segments.new_entry"),
    ]
    current: reactive[int] = reactive(0, init=False)

    def __init__(self, session: ReviewSession, engine_factory=None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session, self.engine_factory, self._engine = session, engine_factory, None

    def compose(self) -> ComposeResult:
        yield self.new_table()
        with Vertical(id="segment-detail"):
            yield Label(id="segment-where", classes="heading")
            yield TermText(id="source")
            yield Label("English", classes="heading")
            yield TermText(id="target")
            yield Static(id="segment-findings")

    def on_mount(self) -> None:
        self.add_columns()
        self.table.add_rows(self._row(i) for i in range(min(FIRST_ROWS, len(self.session.segments))))
        self.watch(self.table, "cursor_coordinate", self._moved, init=False)

    def add_remaining_rows(self) -> None:
        self.table.add_rows(self._row(i) for i in range(self.table.row_count, len(self.session.segments)))

    def _row(self, i: int):
        seg = self.session.segments[i]
        return number(i + 1), number(len(seg.findings)), cell(seg.source), cell(seg.target)

    def update_row(self, i: int) -> None:
        if i < self.table.row_count:
            _, findings, _, english = self._row(i)
            self.table.update_cell_at((i, 1), findings)
            self.table.update_cell_at((i, 3), english)

    def refresh_findings(self) -> None:
        """After a full check: the findings column of every row, and the detail pane."""
        for i in range(self.table.row_count):
            self.update_changed(i, 1, number(len(self.session.segments[i].findings)))
        self.show(self.current)

    # ------------------------------------------------------------ the selected segment
    def _moved(self, coordinate) -> None:
        """Watches the table's cursor directly: the detail repaints in the same frame as the row."""
        self.current = coordinate.row

    def watch_current(self, i: int) -> None:
        self.show(i)

    def show(self, i: int) -> None:
        if not self.session.segments:
            return
        i = max(0, min(i, len(self.session.segments) - 1))
        seg = self.session.segments[i]
        # fixed heights (app.tcss): the panes repaint without a layout pass on every move
        where = f"German — {seg.file.rsplit('/', 1)[-1]}:{seg.line}"
        self.query_one("#segment-where", Label).update(where, layout=False)
        self.query_one("#source", TermText).show(seg.source, self.session.source_highlights(i))
        self.query_one("#target", TermText).show(seg.target, self.session.target_highlights(i))
        lines = [f"{f.severity}: {f.message}" + (f" → {f.suggestion}" if f.suggestion else "") for f in seg.findings]
        self.query_one("#segment-findings", Static).update(Text("\n".join(lines) or "no findings"), layout=False)

    def go_to(self, i: int) -> None:
        self.table.move_cursor(row=i)
        self.table.focus()
        self.current = i
        self.show(i)

    # ------------------------------------------------------------ commands
    def check_action(self, action: str, parameters) -> bool | None:
        """Letter commands act on the table the reviewer is looking at, never while a field has the keys."""
        if action in ("edit", "translate", "new_entry"):
            return self.table.has_focus
        return True

    def action_edit(self) -> None:
        i = self.current
        seg = self.session.segments[i]

        def done(text: str | None) -> None:
            if text is not None and text != seg.target:
                self.session.edit_translation(i, text)
                self._changed(i)

        self.app.push_screen(EditTranslation(seg.source, self.session.source_highlights(i), seg.target), done)

    def _changed(self, i: int) -> None:
        self.update_row(i)
        self.show(i)
        self.post_message(Edited(self.session.history[-1].description, glossary=False))

    def action_translate(self) -> None:
        if self.engine_factory is None:
            self.app.notify(
                "no German→English model installed: glossary models install translate-de_en", severity="error"
            )
            return
        self.app.notify(f"translating segment {self.current + 1}…", timeout=3)
        self.translate(self.current)

    @work(thread=True, exclusive=True, group="translate")
    def translate(self, i: int) -> None:
        try:
            self._engine = self._engine or self.engine_factory()
            text = self.session.translate_segment(i, self._engine)
        except GlossaryError as err:
            self.app.call_from_thread(self.app.notify, str(err), severity="error")
            return

        def apply() -> None:
            if text == self.session.segments[i].target:
                self.app.notify(f"segment {i + 1}: the model gives the same English")
                return
            self.session.edit_translation(i, text, how="translated")
            self._changed(i)

        self.app.call_from_thread(apply)

    def action_new_entry(self) -> None:
        def done(answer) -> None:
            if answer is not None:
                before = len(self.session.history)
                self.session.add_entry(*answer)
                if len(self.session.history) > before:
                    self.post_message(Edited(self.session.history[-1].description, refill=True))

        self.app.push_screen(AskEntry(), done)
