"""Small dialogs that return their answer with dismiss()."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static


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


class AskMerge(ModalScreen[str]):
    """The glossary changed on disk since it was opened."""

    BINDINGS = [
        Binding("m", "answer('merge')", "Merge", id="merge.merge"),
        Binding("o", "answer('overwrite')", "Overwrite", id="merge.overwrite"),
        Binding("escape,c", "answer('cancel')", "Cancel", id="merge.cancel"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("The glossary file changed on disk since you opened it.")
            yield Static("[m] merge (your edits win, other changes stay)   [o] overwrite   [c] cancel")

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "close", "Close", id="help.close")]

    def __init__(self, lines: list[str]):
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog help"):
            yield Label("Keys")
            yield Static("\n".join(self.lines), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)
