"""A text view with glossary terms highlighted; colours come from the .tcss component classes."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class TermText(Static):
    COMPONENT_CLASSES = {"term--approved", "term--candidate", "term--forbidden", "term--rejected"}

    def show(self, text: str, highlights) -> None:
        self.highlights = list(highlights)
        rich = Text(text or "—")
        for h in self.highlights:
            rich.stylize(self.get_component_rich_style(f"term--{h.kind}"), h.start, h.end)
        self.rich = rich
        self.update(rich, layout=False)  # a fixed height: no layout pass per move
