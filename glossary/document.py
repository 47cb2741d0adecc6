"""The seam between file formats and everything else: a Document is segments plus a skeleton."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from .segmentation import PROTECT_HINT, URL_RE, sentence_spans

_LETTER_RE = re.compile(r"[^\W\d_]")


@dataclass
class Segment:
    """One translatable sentence. `line` is 1-based in the source file, for findings and review."""

    index: int
    source: str
    line: int = 0
    target: str | None = None
    near_url: bool = False  # shares its line with a URL: link lists, sharing buttons, web chrome
    inlines: list = field(default_factory=list)  # inline.Inline markup, kept out of `source`
    keep: str = ""  # "translated": a human translation the run keeps; "locked": translate="no"
    placed: list | None = None  # where the inlines go in `target` (inline.place), when computed
    placed_for: str | None = None  # the target text `placed` was computed for
    original: str | None = None  # the source as the file has it, placeholders included (PO), for checks
    terms: list[tuple[str, str]] = field(default_factory=list)  # (German, English) the file gives for it (XLIFF 2 gls)

    def placements(self, target: str) -> tuple[str, list]:
        """(target, inline positions in it): aligned if computed for this text, else by position; spaces
        around points restored as the German had them."""
        from .inline import place, respace

        placed = (
            self.placed
            if self.placed is not None and self.placed_for == target
            else place(self.source, target, self.inlines)
        )
        return respace(self.source, target, self.inlines, placed)


@dataclass
class SegmentPair:
    """A German segment and its English translation, with where it came from."""

    file: str
    index: int
    source: str
    target: str
    line: int = 0


@dataclass
class Document:
    """Segments plus the literal text around them, so a writer changes only the translated text."""

    path: str
    format: str
    encoding: str = "utf-8"
    parts: list[str | int] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    payload: object = field(default=None, repr=False)  # a format's parsed file (XML tree, PO catalog, DOCX)
    target_lang: str = "en"  # BCP 47 tag the writer labels English with (--target-lang, e.g. en-GB)
    write_as: str = ""  # a converted format's output suffix (a PDF written as .md or .docx)
    notices: list[str] = field(default_factory=list)  # what the writer saw a user should check (text that may not fit)

    def render(self, targets: Sequence[str] | None = None) -> str:
        """The document with each segment replaced by its target (or source when none is given)."""
        if targets is None:
            targets = [s.target if s.target is not None else s.source for s in self.segments]
        if len(targets) != len(self.segments):
            raise ValueError(f"{self.path}: {len(targets)} targets for {len(self.segments)} segments")
        return "".join(p if isinstance(p, str) else targets[p] for p in self.parts)

    # Building, used by the format readers.
    def add_literal(self, text: str) -> None:
        if not text:
            return
        if self.parts and isinstance(self.parts[-1], str) and self.parts[-1]:
            self.parts[-1] += text
        else:
            self.parts.append(text)

    def add_segment(self, source: str, line: int) -> None:
        segment = Segment(index=len(self.segments), source=source, line=line)
        self.segments.append(segment)
        self.parts.append(segment.index)

    def add_text(self, text: str, line: int, protect: re.Pattern[str] = URL_RE) -> None:
        """Split running text into sentences; spans matched by `protect` (URLs, code) stay literal."""
        if not PROTECT_HINT.search(text):
            self._add_sentences(text, line)
            return
        pos = 0
        first = len(self.segments)
        has_url = False
        for match in protect.finditer(text):
            self._add_sentences(text[pos : match.start()], line)
            self.add_literal(match.group())
            has_url = has_url or bool(URL_RE.fullmatch(match.group()))
            pos = match.end()
        self._add_sentences(text[pos:], line)
        if has_url:
            for segment in self.segments[first:]:
                segment.near_url = True

    def _add_sentences(self, text: str, line: int) -> None:
        pos = 0
        for start, end in sentence_spans(text):
            self.add_literal(text[pos:start])
            sentence = text[start:end]
            if _LETTER_RE.search(sentence):
                self.add_segment(sentence, line)
            else:
                self.add_literal(sentence)
            pos = end
        self.add_literal(text[pos:])
