"""Small dialogs that return their answer with dismiss()."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, TextArea

from ..widgets.term_text import TermText


class AskText(ModalScreen[str | None]):
    """One line of text; Enter answers, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="modal.cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = ""):
        super().__init__()
        self.title_text, self.value, self.placeholder = title, value, placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text))  # it quotes German and glossary text: never markup
            yield Input(value=self.value, placeholder=self.placeholder, id="answer")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class AskEntry(ModalScreen[tuple[str, str] | None]):
    """A new glossary entry: German term, then English target."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="modal.cancel")]

    def __init__(self, source: str = ""):
        super().__init__()
        self.source = source

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("New glossary entry (Enter in the last field adds it)")
            yield Input(value=self.source, placeholder="German term (lemma)", id="source")
            yield Input(placeholder="English target", id="target")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "source":
            self.query_one("#target", Input).focus()
            return
        source = self.query_one("#source", Input).value.strip()
        if source:
            self.dismiss((source, event.value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)


class Choose(ModalScreen[str]):
    """A question answered with one key: the subclass's bindings call `answer`, `KEYS` names them."""

    KEYS = ""
    DIALOG = "dialog"

    def question(self) -> ComposeResult:
        yield from ()

    def compose(self) -> ComposeResult:
        with Vertical(classes=self.DIALOG):
            yield from self.question()
            yield Static(Text(self.KEYS), classes="keys")  # `[s]` is a key to press, not markup

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)


class AskMerge(Choose):
    """The glossary changed on disk since it was opened."""

    BINDINGS = [
        Binding("m", "answer('merge')", "Merge", id="merge.merge"),
        Binding("o", "answer('overwrite')", "Overwrite", id="merge.overwrite"),
        Binding("escape,c", "answer('cancel')", "Cancel", id="merge.cancel"),
    ]
    KEYS = "[m] merge (your edits win, other changes stay)   [o] overwrite   [c] cancel"

    def question(self) -> ComposeResult:
        yield Label("The glossary file changed on disk since you opened it.")


class EditTranslation(ModalScreen[str | None]):
    """The whole German sentence, its terms highlighted, over a multi-line editor of its English."""

    BINDINGS = [
        Binding("enter", "apply", "Apply", priority=True, id="editor.apply"),
        Binding("escape", "cancel", "Cancel", id="editor.cancel"),
    ]

    def __init__(self, source: str, highlights, target: str):
        super().__init__()
        self.source, self.highlights, self.target = source, highlights, target

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog editor"):
            yield Label("German", classes="heading")
            yield TermText(id="editor-source")
            yield Label("English (Enter applies, Escape cancels; u undoes later)", classes="heading")
            yield TextArea(self.target, id="editor-target", soft_wrap=True, show_line_numbers=False)

    def on_mount(self) -> None:
        self.query_one("#editor-source", TermText).show(self.source, self.highlights)
        area = self.query_one("#editor-target", TextArea)
        area.move_cursor(area.document.end)
        area.focus()

    def action_apply(self) -> None:
        self.dismiss(" ".join(self.query_one("#editor-target", TextArea).text.split()))

    def action_cancel(self) -> None:
        self.dismiss(None)


class AskQuit(Choose):
    """Quit with unsaved changes: save, discard or stay."""

    BINDINGS = [
        Binding("s", "answer('save')", "Save and quit", id="quit.save"),
        Binding("d", "answer('discard')", "Discard and quit", id="quit.discard"),
        Binding("escape,c", "answer('cancel')", "Cancel", id="quit.cancel"),
    ]
    KEYS = "[s] save and quit   [d] discard and quit   [c] / Escape: back to work"

    def __init__(self, what: str):
        super().__init__()
        self.what = what

    def question(self) -> ComposeResult:
        yield Label(Text(f"Unsaved changes: {self.what}."))


class ErrorScreen(Choose):
    """An unexpected error: say what, where the unsaved edits are, and offer to save before leaving."""

    BINDINGS = [
        Binding("s", "answer('save')", "Save and quit", id="error.save"),
        Binding("q,escape", "answer('quit')", "Quit", id="error.quit"),
    ]
    KEYS = "[s] save and quit   [q] quit (the recovery file stays for the next start)"
    DIALOG = "dialog error"

    def __init__(self, message: str, kept: str):
        super().__init__()
        self.message, self.kept = message, kept

    def question(self) -> ComposeResult:
        yield Label("The review app hit an unexpected error", classes="heading")
        yield Static(Text(self.message), id="error-message")
        yield Static(Text(self.kept))


class HelpScreen(ModalScreen[None]):
    """The keys, grouped by the view they act in."""

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close", id="help.close")]

    def __init__(self, groups: list[tuple[str, list[tuple[str, str]]]]):
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        lines: list[str] = []
        for title, keys in self.groups:
            lines += [title] + [f"  {key:>10}  {description}" for key, description in keys] + [""]
        with Vertical(classes="dialog help"):
            yield Label("Keys", classes="heading")
            yield Static(Text("\n".join(lines).rstrip()), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)
