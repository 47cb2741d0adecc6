"""What the views tell the app: the reviewer changed something, or wants to see a segment."""

from __future__ import annotations

from textual.message import Message


class Edited(Message):
    """The session changed (an entry, a translation, an undo): the app notifies, refreshes and re-checks."""

    def __init__(self, description: str, glossary: bool = True, refill: bool = False) -> None:
        super().__init__()
        self.description = description
        self.glossary = glossary  # the glossary changed: highlights and every finding may differ
        self.refill = refill  # changed from outside the Glossary view: its table must show it


class JumpTo(Message):
    """Show this segment in the Segments view (Enter on an entry or a finding)."""

    def __init__(self, segment: int) -> None:
        super().__init__()
        self.segment = segment
