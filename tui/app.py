"""`glossary review`: segments, glossary and findings side by side. Views show; `glossary.review` decides."""

from __future__ import annotations

import time

from rich.markup import escape
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, TabbedContent, TabPane

from glossary.errors import GlossaryError
from glossary.review import ReviewSession

from .messages import Edited, JumpTo
from .screens.findings import FindingsView
from .screens.glossary import GlossaryView
from .screens.modals import AskMerge, AskQuit, ErrorScreen, HelpScreen
from .screens.segments import SegmentsView

AUTOSAVE_SECONDS = 30  # a killed terminal loses at most this much work (the recovery file)
VIEWS = {"segments": "#segment-table", "glossary": "#entry-table", "findings": "#finding-table"}


class ReviewApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "glossary review"
    BINDINGS = [
        Binding("1", "show('segments')", "Segments", id="app.segments"),
        Binding("2", "show('glossary')", "Glossary", id="app.glossary"),
        Binding("3", "show('findings')", "Findings", id="app.findings"),
        Binding("slash", "filter", "Filter", key_display="/", id="app.filter"),
        Binding("u", "undo", "Undo", id="app.undo"),
        Binding("ctrl+s", "save", "Save", id="app.save"),
        Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, session: ReviewSession, engine_factory=None, memory=None, autosave: float = AUTOSAVE_SECONDS):
        super().__init__()
        self.session, self.engine_factory, self.memory = session, engine_factory, memory
        self.autosave_seconds = autosave
        self.failure: str | None = None  # the one line the CLI prints after an unexpected error
        self.first_paint: float | None = None  # monotonic time of the first refresh, for bench/tui_open.py
        self.debug_errors = False  # `--debug`: Textual's traceback instead of the error screen
        self._screen_up = False  # before the first screen is up, an error cannot show a screen either

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="segments"):
            with TabPane("Segments [1]", id="segments"):
                yield SegmentsView(self.session, self.engine_factory, id="segments-view")
            with TabPane("Glossary [2]", id="glossary"):
                yield GlossaryView(self.session, id="glossary-view")
            with TabPane("Findings [3]", id="findings"):
                yield FindingsView(self.session, id="findings-view")
        yield Footer(compact=True, show_command_palette=False)

    @property
    def segments(self) -> SegmentsView:
        return self.query_one(SegmentsView)

    @property
    def glossary(self) -> GlossaryView:
        return self.query_one(GlossaryView)

    @property
    def findings(self) -> FindingsView:
        return self.query_one(FindingsView)

    def on_mount(self) -> None:
        self.segments.table.focus()
        self.call_after_refresh(self._painted)
        self.set_interval(self.autosave_seconds, self.autosave)
        self._screen_up = True
        for problem in self.session.problems:
            self.notify(escape(problem), severity="error" if "unsaved edits" not in problem else "warning")
        self._show_dirty()

    def _painted(self) -> None:
        """After the first frame: the other rows, the highlights' index, the glossary and the checks."""
        self.first_paint = self.first_paint or time.monotonic()
        self.segments.add_remaining_rows()
        self.segments.show(self.segments.current)
        self.glossary.fill()
        self.recheck()

    # ------------------------------------------------------------ checks
    @work(thread=True, exclusive=True, group="check")
    def recheck(self) -> None:
        """Every finding, off the screen's thread; a result an edit overtook is dropped (a newer check runs)."""
        checked = self.session.compute_check()
        self.call_from_thread(self._checked, checked)

    def _checked(self, checked) -> None:
        if not self.session.apply_check(checked):
            return  # stale: the edit that made it so started another check
        self.findings.checking = False
        self.segments.refresh_findings()
        self.glossary.refresh_findings()
        self.findings.fill()

    # ------------------------------------------------------------ messages from the views
    @on(Edited)
    def _edited(self, event: Edited) -> None:
        self.notify(escape(f"{event.description} (u undoes)"))
        if event.refill:
            self.glossary.fill()
        self._after_change(event.glossary)

    def _after_change(self, glossary: bool) -> None:
        self._show_dirty()
        if glossary:
            self.segments.show(self.segments.current)  # highlights follow the glossary
        self.findings.checking = True
        self.recheck()

    def _show_dirty(self) -> None:
        self.sub_title = "unsaved changes" if self.session.dirty else ""

    @on(JumpTo)
    def _jump(self, event: JumpTo) -> None:
        self.query_one(TabbedContent).active = "segments"
        self.segments.go_to(event.segment)

    # ------------------------------------------------------------ actions
    def action_show(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        self.query_one(VIEWS[tab]).focus()

    def action_filter(self) -> None:
        self.query_one(TabbedContent).active = "glossary"
        self.glossary.focus_filter()

    def action_undo(self) -> None:
        change = self.session.undo()
        if change is None:
            self.notify("nothing to undo")
            return
        self.notify(escape(f"undone: {change.description}"))
        if change.segment is not None:
            self.segments.update_row(change.segment)
        else:
            self.glossary.fill()
        self.segments.show(self.segments.current)
        self._after_change(glossary=change.segment is None)

    def action_help(self) -> None:
        def keys(bindings) -> list[tuple[str, str]]:
            return [(self.get_key_display(b), b.description) for b in bindings if b.description]

        self.push_screen(
            HelpScreen(
                [
                    ("Everywhere", keys(self.BINDINGS) + [("tab", "Next field or table"), ("shift+tab", "Previous")]),
                    ("Segments [1]", keys(SegmentsView.BINDINGS) + [("↑ ↓", "Move; the detail shows it in full")]),
                    ("Glossary [2]", keys(GlossaryView.BINDINGS) + [("enter", "Show the entry's first segment")]),
                    ("Findings [3]", keys(FindingsView.BINDINGS) + [("enter", "Show the finding's segment")]),
                    ("Dialogs", [("enter", "Apply"), ("escape", "Cancel")]),
                ]
            )  # fmt: skip
        )

    def autosave(self) -> None:
        """Every few seconds: the unsaved edits to a recovery file (removed again once saved)."""
        try:
            self.session.write_recovery()
        except OSError as err:
            self.notify(escape(f"cannot write the recovery file: {err}"), severity="warning")

    def action_save(self, then_quit: bool = False) -> None:
        if self.session.glossary_path is not None and self.session.dirty_glossary and self.session.changed_on_disk():
            self.push_screen(AskMerge(), lambda answer: self._save(answer, then_quit))
        else:
            self._save("overwrite", then_quit)

    def _save(self, answer: str, then_quit: bool = False) -> bool:
        if answer == "cancel":
            self.notify("not saved")
            return False
        saved = []
        try:
            if self.session.glossary_path is not None and self.session.dirty_glossary:
                saved.append(self.session.save_glossary(merge=answer == "merge"))
            saved += self.session.save_translations(self.memory)
        except (GlossaryError, OSError) as err:
            self.notify(escape(str(err)), severity="error")
            return False
        self.session.discard_recovery()
        self._show_dirty()
        self.glossary.fill()
        self.notify(escape("saved " + ", ".join(saved)) if saved else "nothing to save")
        for conflict in self.session.merge_conflicts[:5]:
            self.notify(escape(f"changed by someone else too: {conflict}"), severity="warning", timeout=10)
        if then_quit:
            self.exit()
        return True

    async def action_quit(self) -> None:
        if not self.session.dirty:
            self.session.discard_recovery(own_only=True)
            self.exit()
            return
        what = [w for w, dirty in (("glossary", self.session.dirty_glossary),
                                   ("translations", self.session.dirty_translations)) if dirty]  # fmt: skip

        def answered(answer: str) -> None:
            if answer == "save":
                self.action_save(then_quit=True)
            elif answer == "discard":
                self.session.discard_recovery()
                self.exit()

        self.push_screen(AskQuit(" and ".join(what)), answered)

    # ------------------------------------------------------------ the unexpected
    def _handle_exception(self, error: Exception) -> None:
        """An unexpected error: keep the edits in the recovery file, offer to save, then exit non-zero.

        Textual's own handler (a traceback, then exit) is kept for `--debug` and for an error raised
        while this screen is up.
        """
        if self.failure is not None or self.debug_errors or not self._screen_up:
            self.failure = self.failure or f"unexpected {type(error).__name__}: {error}"
            return super()._handle_exception(error)
        self.failure = f"unexpected {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
        try:
            kept = self.session.write_recovery()
            note = f"Unsaved edits are kept in {kept}." if kept else "There were no unsaved edits."
            # from the app's own queue: the widget whose handler failed processes no more messages
            self.call_later(self.push_screen, ErrorScreen(self.failure, note), self._after_error)
        except Exception:
            return super()._handle_exception(error)

    def _after_error(self, answer: str) -> None:
        if answer == "save" and self.session.dirty:
            self._save("merge")
        self.exit(return_code=2)
