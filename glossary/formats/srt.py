"""SubRip subtitles: numbers and timings untouched; each cue translated whole and wrapped again.

A cue's lines are one sentence cut for the screen, so they are joined before translation (the
model never sees half a sentence) and the English is re-wrapped: at most 42 characters a line,
two lines where it fits, balanced. A dialogue cue (lines starting with "-") is one segment per
speaker, each back on its own dashed line. Formatting tags (<i>, <b>, <font>, {\\an8}) and URLs
are inline markup, never shown to the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..document import Document, Segment
from ..errors import InputError
from ..inline import Inline, MarkupBuilder, events
from ..segmentation import URL_RE
from ..textio import read_text
from . import Format, register

_TIMING = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")
_TAG = re.compile(r"</?[biu]>|\{\\[^}]*\}|<font[^>]*>|</font>", re.IGNORECASE)
_MARKUP = re.compile(_TAG.pattern + "|" + URL_RE.pattern, re.IGNORECASE)
_DASH = re.compile(r"^([-–—]\s*)")
_LETTER = re.compile(r"[^\W\d_]")
LINE_WIDTH = 42
MAX_LINES = 2


@dataclass
class _Cue:
    head: str  # number and timing lines, as read
    raw: str  # the text lines, as read
    turns: list = field(default_factory=list)  # (dash prefix, segment index | None, literal text)
    tail: str = ""  # blank lines after the cue
    newline: str = "\n"


def _markup(text: str) -> tuple[str, list[Inline]]:
    built = MarkupBuilder()
    pos = 0
    for m in _MARKUP.finditer(text):
        built.text(text[pos : m.start()])
        pos = m.end()
        tag = m.group()
        name = re.match(r"</?(\w+)", tag)
        paired = name is not None and name.group(1).lower() in ("i", "b", "u", "font")
        if paired and not tag.startswith("</"):
            built.open(name.group(1).lower(), tag)
        elif not (paired and built.close(name.group(1).lower(), tag)):
            built.point(tag)
    built.text(text[pos:])
    return built.finish()


def read(path: Path) -> Document:
    decoded = read_text(path)
    lines = decoded.text.splitlines(keepends=True)
    if not any(_TIMING.match(line) for line in lines):
        raise InputError(f"{path}: no subtitle timings (00:00:01,000 --> 00:00:02,000) found; is this an SRT file?")
    doc = Document(path=str(path), format=".srt", encoding=decoded.encoding, payload=[])
    cues: list = doc.payload
    k = 0
    lead = []
    while k < len(lines) and not _TIMING.match(lines[k]):
        k += 1
    if k:  # anything before the first timing: its cue number (and a BOM)
        start = k - 1 if lines[k - 1].strip().lstrip("\ufeff").isdigit() else k
        lead, k = lines[:start], start
    if lead:
        cues.append("".join(lead))
    while k < len(lines):
        head = []
        while k < len(lines) and not _TIMING.match(lines[k]):
            head.append(lines[k])
            k += 1
        if k >= len(lines):
            cues.append("".join(head))
            break
        head.append(lines[k])
        k += 1
        body = []
        while k < len(lines) and lines[k].strip():
            if _TIMING.match(lines[k]) and body and body[-1].strip().isdigit():  # a cue without a blank line before
                k -= 1
                body.pop()
                break
            body.append(lines[k])
            k += 1
        tail = []
        while k < len(lines) and not lines[k].strip():
            tail.append(lines[k])
            k += 1
        first = body[0] if body else head[-1]
        cue = _Cue("".join(head), "".join(body), tail="".join(tail), newline="\r\n" if first.endswith("\r\n") else "\n")
        _turns(doc, cue, [b.rstrip("\r\n") for b in body], doc_line=k - len(tail) - len(body) + 1)
        cues.append(cue)
    return doc


def _turns(doc: Document, cue: _Cue, body: list[str], doc_line: int) -> None:
    """One segment per speaker (dialogue) or one for the whole cue."""
    groups: list[tuple[str, list[str]]] = []
    dialogue = len(body) > 1 and sum(bool(_DASH.match(b.strip())) for b in body) >= 2
    for line in body:
        line = line.strip()
        dash = _DASH.match(line) if dialogue else None
        if dash or not groups:
            groups.append((dash.group(1) if dash else "", [line[dash.end() :] if dash else line]))
        else:
            groups[-1][1].append(line)
    for prefix, parts in groups:
        text, inlines = _markup(" ".join(p for p in parts if p))
        if not _LETTER.search(text):
            cue.turns.append((prefix, None, " ".join(parts)))
            continue
        stripped = text.strip()
        shift = len(text) - len(text.lstrip())
        segment = Segment(index=len(doc.segments), source=stripped, line=doc_line)

        def spacing(i):  # a point's spaces before and after, as the German had them
            return (i.start > 0 and text[i.start - 1].isspace(), i.start < len(text) and text[i.start].isspace())

        segment.inlines = [
            Inline(max(0, i.start - shift), max(0, i.end - shift), i.data, i.point, spacing(i) if i.point else None)
            for i in inlines
        ]
        for i in segment.inlines:
            i.start, i.end = min(i.start, len(stripped)), min(i.end, len(stripped))
        doc.segments.append(segment)
        doc.parts.append(segment.index)
        cue.turns.append((prefix, segment.index, ""))


def wrap(text: str, width: int = LINE_WIDTH, max_lines: int = MAX_LINES) -> list[str]:
    """Subtitle lines: as few as the width allows (at least two where needed), balanced, broken at spaces."""
    words = text.split()
    if not words:
        return [""]
    n = max(1, -(-len(" ".join(words)) // width))
    while True:
        lines = _balanced(words, n)
        if all(len(line) <= width for line in lines) or n >= len(words):
            return lines
        n += 1


def _balanced(words: list[str], n: int) -> list[str]:
    """`words` in `n` lines of nearly equal length (greedy on the ideal length, then the rest)."""
    total = len(" ".join(words))
    ideal = total / n
    lines, current = [], []
    for w in words:
        candidate = " ".join(current + [w])
        if (
            current
            and len(lines) < n - 1
            and len(candidate) > ideal
            and abs(len(candidate) - ideal) > abs(len(" ".join(current)) - ideal)
        ):
            lines.append(" ".join(current))
            current = [w]
        else:
            current.append(w)
    lines.append(" ".join(current))
    return lines


def _english(segment: Segment, target: str) -> str:
    if not segment.inlines:
        return target
    english, placed = segment.placements(target)
    out = []
    for kind, value in events(english, segment.inlines, placed):
        if kind == "text":
            out.append(value)
        elif isinstance(value.data, list):
            out.append(value.data[0] if kind == "open" else value.data[1])
        else:
            out.append(value.data)
    return "".join(out)


def _visible(line: str) -> int:
    return len(_TAG.sub("", line))


def write(doc: Document, targets: Sequence[str] | None) -> bytes:
    if targets is None:
        targets = [s.source for s in doc.segments]
    out = []
    for cue in doc.payload:
        if isinstance(cue, str):
            out.append(cue)
            continue
        out.append(cue.head)
        indices = [t[1] for t in cue.turns if t[1] is not None]
        if all(targets[i] == doc.segments[i].source for i in indices):
            out.append(cue.raw)
        else:
            lines = []
            for prefix, index, literal in cue.turns:
                text = literal if index is None else _english(doc.segments[index], targets[index])
                if prefix:
                    lines.append(prefix + text)  # one dashed line per speaker
                else:
                    lines.extend(_wrap_markup(text))
            out.append(cue.newline.join(lines) + cue.newline)
        out.append(cue.tail)
    return "".join(out).encode(doc.encoding)


def _wrap_markup(text: str) -> list[str]:
    """Wrap by visible width; tags stay glued to their words."""
    groups: list[str] = []
    pending = ""
    for token in text.split():
        if not _TAG.sub("", token):
            pending += token + " "  # a tag alone ({\an8}): travels with the next word
            continue
        groups.append(pending + token)
        pending = ""
    if pending:
        if groups:
            groups[-1] += " " + pending.strip()
        else:
            return [text]
    visible = [_TAG.sub("", g).replace(" ", "\u00a0") if " " in _TAG.sub("", g) else _TAG.sub("", g) for g in groups]
    lines = wrap(" ".join(visible))
    out, k = [], 0
    for line in lines:
        count = len(line.split())
        out.append(" ".join(groups[k : k + count]))
        k += count
    if k < len(groups):
        out[-1] += " " + " ".join(groups[k:])
    return out


register(Format("srt", (".srt",), read, write))
