"""Inline markup kept out of the model's way and put back where the English words went.

A format reader turns a segment with markup (XLIFF <g>/<ph>, TMX <bpt>/<ept>, PO placeholders)
into plain text plus `Inline`s: spans (a tag pair around words) and points (an empty tag, a
placeholder). The model translates only the words. `place` then finds where each inline goes in the
English: a span's words found verbatim (names, numbers, URLs), else the English words that attend
to its German words under forced decoding (`Engine.align`), else the same relative position;
points go before the English of the German word that followed them. `events` turns placements
into open/close/point/text events a writer rebuilds its markup from, always well nested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Sequence

_WORDCHAR = re.compile(r"[\w’'-]")
_WORD = re.compile(r"[\w’'-]+")


@dataclass
class Inline:
    """Markup inside a segment; offsets are in the segment's plain text (`start == end` for a point)."""

    start: int
    end: int
    data: object  # what the writer needs: an element, a pair of elements, the literal placeholder
    point: bool = False
    spacing: tuple[bool, bool] | None = None  # a point's (space before, space after), when the text was trimmed


Alignment = tuple[list[str], list[str], list[list[float]]]  # source pieces, target pieces, attention


class MarkupBuilder:
    """Plain text and `Inline`s from a reader's stream of text, opening and closing markup and points.

    The one place tag pairs are matched (HTML, Markdown, SRT): a closer ends the innermost open span
    of its name; spans it crosses and spans never closed become points, their opener kept as it was
    (`unclosed` turns the opener's data into the point's data).
    """

    def __init__(self, unclosed=lambda data: data):
        self.parts: list[str] = []
        self.length = 0
        self.inlines: list[Inline] = []
        self._open: list[tuple[str, Inline]] = []
        self._unclosed = unclosed

    def text(self, value: str) -> None:
        self.parts.append(value)
        self.length += len(value)

    def point(self, data) -> None:
        self.inlines.append(Inline(self.length, self.length, data, point=True))

    def open(self, name: str, data) -> None:
        inline = Inline(self.length, self.length, [data, None])
        self.inlines.append(inline)
        self._open.append((name, inline))

    def open_since(self, name: str) -> int | None:
        """Where the innermost open span of this name started, or None."""
        return next((inline.start for n, inline in reversed(self._open) if n == name), None)

    def close(self, name: str, data) -> bool:
        """End the innermost open span of `name`; False (nothing changed) when there is none."""
        match = next((k for k in range(len(self._open) - 1, -1, -1) if self._open[k][0] == name), None)
        if match is None:
            return False
        for _, crossed in self._open[match + 1 :]:
            self._as_point(crossed)
        _, inline = self._open[match]
        inline.end, inline.data[1] = self.length, data
        del self._open[match:]
        return True

    def _as_point(self, inline: Inline) -> None:
        inline.point, inline.data = True, self._unclosed(inline.data[0])

    def finish(self) -> tuple[str, list[Inline]]:
        for _, unclosed in self._open:
            self._as_point(unclosed)
        self._open = []
        return "".join(self.parts), self.inlines


def piece_spans(pieces: Sequence[str], text: str) -> list[tuple[int, int] | None]:
    """Character span of each SentencePiece piece in `text` (None where normalisation hid it)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for piece in pieces:
        core = piece.replace("▁", " ").strip()
        if not core:
            spans.append(None)
            continue
        found = text.find(core, cursor)
        if found < 0 or found - cursor > 40:
            spans.append(None)
            continue
        spans.append((found, found + len(core)))
        cursor = found + len(core)
    return spans


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span to whole words."""
    while start > 0 and _WORDCHAR.match(text[start - 1]) and start < len(text) and _WORDCHAR.match(text[start]):
        start -= 1
    while end < len(text) and end > 0 and _WORDCHAR.match(text[end]) and _WORDCHAR.match(text[end - 1]):
        end += 1
    return start, end


def _word_start(text: str, at: int) -> int:
    at = max(0, min(at, len(text)))
    while at > 0 and _WORDCHAR.match(text[at - 1]) and at < len(text) and _WORDCHAR.match(text[at]):
        at -= 1
    return at


class _Aligner:
    """Source character ranges to target character ranges: each target piece linked to the source piece it
    attends to most (forced decoding). English articles attend to their noun; `_drop_article` trims them."""

    def __init__(self, source: str, target: str, alignment: Alignment | None):
        self.links: list[tuple[tuple[int, int], tuple[int, int]]] = []  # (source span, target span)
        if not alignment:
            return
        src_pieces, tgt_pieces, attention = alignment
        src_spans, tgt_spans = piece_spans(src_pieces, source), piece_spans(tgt_pieces, target)
        for t, row in enumerate(attention[: len(tgt_pieces)]):
            row = row[: len(src_spans)]
            if tgt_spans[t] is None or not row:
                continue
            s = max(range(len(row)), key=lambda k: row[k])
            if src_spans[s] is not None:
                self.links.append((src_spans[s], tgt_spans[t]))

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        hits = [t for s, t in self.links if s[0] < end and s[1] > start]
        if not hits:
            return None
        return min(a for a, _ in hits), max(b for _, b in hits)

    def before(self, at: int) -> int | None:
        """Target position for a point at source offset `at`: before the English of the next German word."""
        later = [(s[0], t[0]) for s, t in self.links if s[0] >= at]
        if not later:
            return None
        first = min(s for s, _ in later)
        return min(t for s, t in later if s == first)


_GERMAN_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines".split())
_ENGLISH_ARTICLES = frozenset("a an the".split())


def _drop_article(words: str, target: str, a: int, b: int) -> int:
    """English articles attend to their noun: keep `a`/`the` out of a span whose German had no article."""
    first = words.split()[0].lower() if words.split() else ""
    if first in _GERMAN_ARTICLES:
        return a
    head = target[a:b].split(" ", 1)
    if len(head) == 2 and head[0].lower() in _ENGLISH_ARTICLES:
        return a + len(head[0]) + 1
    return a


def place(
    source: str, target: str, inlines: Sequence[Inline], alignment: Alignment | None = None
) -> list[tuple[int, int]]:
    """Where each inline goes in `target`: spans well nested as in the source, points between words."""
    aligner = _Aligner(source, target, alignment)
    src_len = max(1, len(source.rstrip()))
    tgt_end = len(target.rstrip())
    core_end = len(target.rstrip().rstrip('.!?…:;"”»)'))
    placed: list[tuple[int, int]] = []
    for inline in inlines:
        if inline.point:
            if inline.start == 0 or not source[: inline.start].strip():
                at = 0
            elif not source[inline.start :].strip():
                at = tgt_end
            elif not source[inline.start :].strip('.!?…:;"”») '):
                at = core_end  # before the final punctuation, as in the German
            else:
                found = aligner.before(inline.start)
                at = _word_start(target, found if found is not None else round(inline.start / src_len * tgt_end))
            placed.append((at, at))
            continue
        words = source[inline.start : inline.end].strip()
        if inline.start == 0 and inline.end >= src_len:  # the whole segment: the whole English, punctuation the
            placed.append((0, tgt_end))  # model added included (a link that is a list item's only content)
            continue
        span = None
        if (
            words
            and len(target.lower()) == len(target)
            and target.lower().count(words.lower()) == 1
            and (len(words) > 2 or not words.isalpha())
        ):
            at = target.lower().find(words.lower())
            span = (at, at + len(words))
        if span is None:
            span = aligner.span(inline.start, inline.end)
        proportional = (round(inline.start / src_len * core_end), round(inline.end / src_len * core_end))
        a, b = _fit(words, target, span or proportional)
        if a == b and words and span is not None:  # aligned to punctuation or nothing: by position instead
            a, b = _fit(words, target, proportional)
        placed.append((a, b))
    return _nest(inlines, placed, target)


def _fit(words: str, target: str, span: tuple[int, int]) -> tuple[int, int]:
    """A rough target span made whole words, with the article left out and punctuation trimmed as in the German."""
    a, b = _widen(target, span[0], max(span))
    a = _drop_article(words, target, a, b)
    if words and words[-1].isalnum():  # the German span ends in a word: so does the English one
        while b > a and not target[b - 1].isalnum():
            b -= 1
    if words and words[0].isalnum():
        while a < b and not target[a].isalnum():
            a += 1
    return a, b


def _nest(inlines: Sequence[Inline], placed: list[tuple[int, int]], target: str) -> list[tuple[int, int]]:
    """Make the target spans nest exactly as the source spans do (children inside parents, siblings apart).

    A span that had words in the German and lost them to a sibling gets the nearest free English word,
    so a link never ends up empty."""
    length = len(target)
    out = [(max(0, min(a, length)), max(0, min(b, length))) for a, b in placed]
    out = [(a, max(a, b)) for a, b in out]
    order = sorted(range(len(inlines)), key=lambda k: (inlines[k].start, -inlines[k].end, k))
    stack: list[int] = []  # enclosing source spans
    last_end: dict[int, int] = {}  # per parent: where the previous sibling ended in the target
    taken: dict[int, list[int]] = {}  # per parent: the siblings placed so far
    for k in order:
        inline = inlines[k]
        while stack and not (
            inlines[stack[-1]].start <= inline.start and inline.end <= inlines[stack[-1]].end and stack[-1] != k
        ):
            stack.pop()
        parent = stack[-1] if stack else -1
        lo, hi = out[parent] if parent >= 0 else (0, length)
        lo = max(lo, last_end.get(parent, lo))
        a, b = out[k]
        a = min(max(a, lo), hi)
        b = min(max(b, a), hi)
        if a == b and not inline.point and inline.end > inline.start:
            word = _WORD.search(target, a, hi)
            if word is None:  # nothing free after it: the last free word before it
                word = next(reversed(list(_WORD.finditer(target, lo, a))), None)
            if word is None:  # every word after the siblings' taken: a word no sibling holds, wherever it is
                parent_lo = out[parent][0] if parent >= 0 else 0
                held = [out[j] for j in taken.get(parent, [])]
                free = [
                    w
                    for w in _WORD.finditer(target, parent_lo, hi)
                    if all(w.end() <= x or w.start() >= y for x, y in held)
                ]
                word = min(free, key=lambda w: abs(w.start() - a), default=None)
            if word is not None:
                a, b = word.span()
        out[k] = (a, b)
        taken.setdefault(parent, []).append(k)
        last_end[parent] = max(b, last_end.get(parent, b))
        if not inline.point:
            stack.append(k)
    return out


def events(target: str, inlines: Sequence[Inline], placed: Sequence[tuple[int, int]]) -> Iterator[tuple[str, object]]:
    """("text", str) / ("open", Inline) / ("close", Inline) / ("point", Inline) in document order."""
    marks: list[tuple[int, int, int, int, str]] = []  # (position, rank, order, k, kind)
    for k, (inline, (a, b)) in enumerate(zip(inlines, placed)):
        if inline.point or a == b:
            marks.append((a, 1, k, k, "point" if inline.point else "empty"))
        else:
            marks.append((a, 2, -b, k, "open"))  # outermost (furthest end) first
            marks.append((b, 0, -a, -k, "close"))  # innermost (latest start) first
    # at one position: closes first, then points and empty spans, then opens
    marks.sort()
    pos = 0
    for at, _, _, k, kind in marks:
        if at > pos:
            yield "text", target[pos:at]
            pos = at
        inline = inlines[abs(k)]
        if kind == "empty":
            yield "open", inline
            yield "close", inline
        else:
            yield kind, inline
    if pos < len(target):
        yield "text", target[pos:]


def respace(
    source: str, target: str, inlines: Sequence[Inline], placed: Sequence[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]]:
    """Spaces around points as the German had them: `Sie <x/> hier` → `Click <x/> here`, not `<x/>here`."""
    placed = list(placed)
    for k, inline in enumerate(inlines):
        if not inline.point:
            continue
        at = placed[k][0]
        if inline.spacing is not None:
            src_before, src_after = inline.spacing
        else:
            src_before = inline.start > 0 and source[inline.start - 1].isspace()
            src_after = inline.start < len(source) and source[inline.start].isspace()
        inserts = []
        if src_before and 0 < at <= len(target) and not target[at - 1].isspace():
            inserts.append("before")
        if src_after and at < len(target) and not target[at].isspace():
            inserts.append("after")
        for where in inserts:
            at = placed[k][0]
            target = target[:at] + " " + target[at:]
            for j, (a, b) in enumerate(placed):
                moves_at = where == "before" and j == k or (j != k and not inlines[j].point)
                a2 = a + 1 if a > at or (a == at and moves_at and (j == k or a != b)) else a
                b2 = b + 1 if b > at or (b == at and j == k and where == "before") else b
                placed[j] = (a2, max(a2, b2))
    return target, placed


def split_block(text: str, inlines: Sequence[Inline]) -> list[tuple]:
    """A block (paragraph, cue) cut into sentences that no tag pair crosses, for the model.

    Returns, in order: ("gap", text) between sentences, ("mark", data, kind) for markup standing
    outside every sentence (kind open/close/point), and ("sentence", text, inlines) with the
    sentence's own markup, offsets relative to it.
    """
    from .segmentation import sentence_spans

    spans = [list(s) for s in sentence_spans(text)] if any(ch.isalpha() for ch in text) else []

    def covers(inline: Inline, a: int, b: int) -> bool:
        return inline.start < b and inline.end > a and bool(text[max(inline.start, a) : min(inline.end, b)].strip())

    for inline in inlines:
        if inline.point:
            continue
        hit = [k for k, (a, b) in enumerate(spans) if covers(inline, a, b)]
        if len(hit) > 1:
            spans[hit[0]][1] = spans[hit[-1]][1]
            del spans[hit[0] + 1 : hit[-1] + 1]
    owner: dict[int, int] = {}
    for n, inline in enumerate(inlines):
        for k, (a, b) in enumerate(spans):
            if (inline.point and a <= inline.start < b) or (not inline.point and covers(inline, a, b)):
                owner[n] = k
                break
    marks: list[tuple[int, int, object, str]] = []  # markup outside every sentence: (position, order, data, kind)
    for n, inline in enumerate(inlines):
        if n in owner:
            continue
        if inline.point:
            marks.append((inline.start, n, inline.data, "point"))
        else:
            marks.append((inline.start, n, inline.data, "open"))
            marks.append((inline.end, len(inlines) + n if inline.end > inline.start else n, inline.data, "close"))
    marks.sort(key=lambda m: (m[0], m[1]))
    out: list[tuple] = []

    def gap(start: int, end: int, inclusive: bool) -> None:
        pos = start
        while marks and (marks[0][0] < end or (inclusive and marks[0][0] == end)):
            at, _, data, kind = marks.pop(0)
            if at > pos:
                out.append(("gap", text[pos:at]))
                pos = at
            out.append(("mark", data, kind))
        if end > pos:
            out.append(("gap", text[pos:end]))

    pos = 0
    for k, (a, b) in enumerate(spans):
        gap(pos, a, True)
        own = [
            Inline(max(i.start, a) - a, max(max(i.start, a), min(i.end, b)) - a, i.data, i.point, i.spacing)
            for n, i in enumerate(inlines) if owner.get(n) == k
        ]  # fmt: skip
        out.append(("sentence", text[a:b], own))
        pos = b
    gap(pos, len(text), True)
    return out
