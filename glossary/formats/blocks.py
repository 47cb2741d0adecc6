"""A paragraph of a structured document (OpenDocument, PPTX, XLSX, EPUB) as sentences for the model.

Readers flatten a paragraph into plain text and `Inline` markup; `add_block` cuts it into sentences
no markup pair crosses (inline.split_block) and adds them to the document; `stream` gives the
paragraph back as text and markup events with each sentence's English in place, for the format's
builder to turn into elements.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from ..document import Document, Segment
from ..inline import Inline, events, split_block


@dataclass
class Block:
    """("gap", text) | ("mark", data, kind) | a segment index, in the paragraph's order."""

    parts: list


def add_block(doc: Document, text: str, inlines: list[Inline], line: int) -> Block | None:
    """The paragraph's sentences added to `doc`; None when it has no words to translate."""
    if not any(ch.isalpha() for ch in text):
        return None
    parts: list = []
    for part in split_block(text, inlines):
        if part[0] == "sentence":
            segment = Segment(index=len(doc.segments), source=part[1], line=line)
            segment.inlines = part[2]
            doc.segments.append(segment)
            parts.append(segment.index)
        else:
            parts.append(part)
    return Block(parts) if any(isinstance(p, int) for p in parts) else None


def add_field(doc: Document, items: list, member: str, element, line: int | None = None) -> None:
    """An element holding only words (a title, a label) as one segment, recorded as (member, element,
    segment index) for `set_field`; an empty one or one with markup inside is left alone."""
    text = (element.text or "").strip()
    if len(element) == 0 and any(ch.isalpha() for ch in text):
        doc.add_segment(text, element.sourceline or 0 if line is None else line)
        items.append((member, element, len(doc.segments) - 1))


def set_field(doc: Document, targets: Sequence[str | None], element, index: int) -> bool:
    """The English into an `add_field` element; True when it changed."""
    target = targets[index]
    if target is None or target == doc.segments[index].source:
        return False
    element.text = target
    return True


def changed(block: Block, doc: Document, targets: Sequence[str | None]) -> bool:
    return any(
        isinstance(p, int) and targets[p] is not None and targets[p] != doc.segments[p].source for p in block.parts
    )


def stream(block: Block, doc: Document, targets: Sequence[str | None]) -> Iterator[tuple[str, object]]:
    """("text", str) / ("open" | "close" | "point", markup data), the English in the German's place."""
    for part in block.parts:
        if isinstance(part, int):
            segment = doc.segments[part]
            target = targets[part] if targets[part] is not None else segment.source
            english, placed = segment.placements(target) if segment.inlines else (target, [])
            for kind, value in events(english, segment.inlines, placed):
                yield kind, value if kind == "text" else value.data
        elif part[0] == "gap":
            yield "text", part[1]
        else:
            yield part[2], part[1]
