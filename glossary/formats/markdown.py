"""Markdown: code blocks, inline code, link targets, HTML tags and line markers stay untouched.

Inline syntax never reaches the model: links `[text](url)` and images `![alt](src)` are spans
whose text and alt text are translated, emphasis (`**`, `*`, `_`, `~~`) spans around the English
words, code spans, autolinks, inline HTML and URLs points copied whole (`markup`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..document import Document
from ..inline import Inline, MarkupBuilder, events, split_block
from ..segmentation import URL_RE
from ..textio import read_text
from . import Format, register

PROTECT_RE = re.compile(
    r"`[^`\n]+`"  # inline code
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # link target
    r"|<[^>\n]+>"  # autolinks and inline HTML
    r"|(?<!\w)#\w+"
    r"|\s*\|\s*"  # table cells
    r"|" + URL_RE.pattern,
    re.IGNORECASE,
)
_FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_MARKER_RE = re.compile(r"^(?:[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+))*[ \t]*")


def _split_markers(body: str) -> tuple[str, str, str]:
    """(line markers, text, trailing spaces and closing #s), in linear time whatever the line holds."""
    marker = _MARKER_RE.match(body).group()
    rest = body[len(marker) :]
    core = rest.rstrip()
    if "#" in marker and core.endswith("#"):
        bare = core.rstrip("#")
        if not bare or bare[-1] in " \t":
            core = bare.rstrip()
    return marker, core, rest[len(core) :]


_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_=]\s*){3,}$")


_REFERENCE_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S")  # [id]: url "title"
_HTML_BLOCK_RE = re.compile(r"^\s{0,3}<")
_ITEM_RE = re.compile(r"[-*+][ \t]|\d[.)][ \t]")


@dataclass
class _Line:
    number: int
    marker: str
    core: str
    trail: str  # trailing spaces (a hard break when two or more), closing #s, a break's backslash
    ending: str

    @property
    def hard_break(self) -> bool:
        return self.trail.startswith("\\") or self.trail.replace("\t", "  ").startswith("  ")


@dataclass
class _Block:
    """Lines of one paragraph wrapped in the source: translated as one text, written re-wrapped."""

    first: int  # index in doc.parts where the block's text starts
    last: int = 0
    width: int = 0
    prefix: str = ""  # what starts each continuation line: indentation, "> "
    indent: int = 0  # the first line's marker
    newline: str = "\n"
    original: str = ""  # the lines as the file has them, written back when nothing was translated


def _joins(block: list[_Line], line: _Line) -> bool:
    """Whether `line` continues the paragraph `block` (a lazy or indented continuation line)."""
    previous = block[-1]
    if previous.hard_break or "#" in previous.marker or _TABLE_RE.search(previous.core) or _TABLE_RE.search(line.core):
        return False
    if "#" in line.marker or _ITEM_RE.search(line.marker) or _HTML_BLOCK_RE.match(line.core):
        return False
    return line.marker.count(">") == block[0].marker.count(">")


def read(path: Path) -> Document:
    decoded = read_text(path)
    doc = Document(path=str(path), format=".md", encoding=decoded.encoding)
    doc.payload = []
    fence: str | None = None
    front_matter = False
    previous_blank = True
    block: list[_Line] = []
    for number, line in enumerate(decoded.text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
        ending = line[len(body) :]
        if number == 1 and body.strip() == "---":
            front_matter = True
        if front_matter:
            doc.add_literal(line)
            if number > 1 and body.strip() in ("---", "..."):
                front_matter = False
            continue
        opener = _FENCE_RE.match(body)
        if fence is not None:
            doc.add_literal(line)
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
            continue
        indented_code = previous_blank and (body.startswith("    ") or body.startswith("\t")) and body.strip()
        literal = opener or indented_code or _RULE_RE.match(body) or not body.strip() or _REFERENCE_RE.match(body)
        previous_blank = not body.strip() or bool(indented_code)
        if literal:
            _add_block(doc, block)
            block = []
            fence = opener.group(1) if opener else None
            doc.add_literal(line)
            continue
        marker, core, trail = _split_markers(body)
        if core.endswith("\\") and not core.endswith("\\\\") and not trail.strip():
            core, trail = core[:-1], "\\" + trail
        current = _Line(number, marker, core, trail, ending)
        if block and not _joins(block, current):
            _add_block(doc, block)
            block = []
        block.append(current)
    _add_block(doc, block)
    return doc


def _add_block(doc: Document, lines: list[_Line]) -> None:
    if not lines:
        return
    first = lines[0]
    doc.add_literal(first.marker)
    if len(lines) == 1:
        if _TABLE_RE.search(first.core):
            doc.add_text(first.core, first.number, PROTECT_RE)  # table cells: each cell its own text
        else:
            _add_prose(doc, first.core, first.number)
        doc.add_literal(first.trail + first.ending)
        return
    doc.parts.append("")  # a boundary add_literal does not merge across: the block's parts start here
    block = _Block(first=len(doc.parts))
    whole = [line.marker + line.core + line.trail + line.ending for line in lines]
    block.original = "".join(whole)[len(first.marker) : -len(lines[-1].trail + lines[-1].ending) or None]
    block.width = max(60, *(len(line.marker + line.core) for line in lines))  # a short last line is no wrap width
    block.prefix, block.indent, block.newline = lines[1].marker, len(first.marker), first.ending
    _add_prose(doc, " ".join(line.core.strip() for line in lines), first.number)
    block.last = len(doc.parts)
    doc.parts.append("")
    doc.payload.append(block)
    doc.add_literal(lines[-1].trail + lines[-1].ending)


_TABLE_RE = re.compile(r"^\||\s\|\s|\|$")
_INLINE_RE = re.compile(
    r"(?P<code>`+)[^`].*?(?P=code)"  # code span: kept whole
    r"|(?P<image>!\[)(?=[^\[\]]*\]\()"  # an image whose alt text is translated
    r"|(?P<open>\[)(?=[^\[\]]*\](?:\(|\[))"  # a link's text
    r"|(?P<close>\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|\]\[[^\]]*\])"  # its target
    r"|(?P<emph>\*\*|__|~~|\*|(?<![\w])_|_(?![\w]))"  # emphasis delimiters
    r"|(?P<tag><[A-Za-z/!][^<>\n]*>)"  # autolinks and inline HTML
    r"|(?P<url>" + URL_RE.pattern + r")"
    r"|(?P<hashtag>(?<!\w)#\w+)",
    re.IGNORECASE,
)


def markup(text: str) -> tuple[str, list[Inline]]:
    """Prose without Markdown syntax, and the syntax as Inlines (links and emphasis as spans)."""
    # a lone delimiter stays a literal character (escaped when it moves, see _code)
    built = MarkupBuilder(unclosed=lambda token: ("literal", token))
    pos = 0
    for match in _INLINE_RE.finditer(text):
        built.text(text[pos : match.start()])
        pos = match.end()
        kind, token = match.lastgroup, match.group()
        if kind in ("image", "open"):
            built.open("[", token)
        elif kind == "close" and built.close("[", token):
            pass
        elif kind == "emph":
            start = built.open_since(token)
            if start is None or built.length <= start or not built.close(token, token):
                built.open(token, token)
        else:
            built.point(token)
    built.text(text[pos:])
    return built.finish()


def _add_prose(doc: Document, core: str, number: int) -> None:
    text, inlines = markup(core)
    for part in split_block(text, inlines):
        if part[0] == "gap":
            doc.add_literal(part[1])
        elif part[0] == "mark":
            _, data, kind = part
            if isinstance(data, tuple):
                data = data[1]
            doc.add_literal(data if isinstance(data, str) else (data[0] if kind == "open" else data[1]))
        else:
            doc.add_segment(part[1], number)
            doc.segments[-1].inlines = part[2]


def _code(kind: str, inline: Inline, moved: bool = True) -> str:
    data = inline.data
    if isinstance(data, tuple):  # a lone *, _ or [: escaped once it may stand somewhere new (a line start)
        return "".join("\\" + ch for ch in data[1]) if moved else data[1]
    if isinstance(data, list):
        return data[0] if kind == "open" else data[1]
    return data if kind == "point" else ""


def _render(segment, target: str) -> str:
    if not segment.inlines:
        return target
    moved = target != segment.source
    if not moved:  # untouched: the markup exactly where it was
        english, placed = target, [(i.start, i.end) for i in segment.inlines]
    else:
        english, placed = segment.placements(target)
    return "".join(
        value if kind == "text" else _code(kind, value, moved)
        for kind, value in events(english, segment.inlines, placed)
    )


def write(doc: Document, targets: Sequence[str]) -> bytes:
    rendered = [_render(s, t) for s, t in zip(doc.segments, targets)]
    parts = [p if isinstance(p, str) else rendered[p] for p in doc.parts]
    for block in doc.payload or ():
        span = doc.parts[block.first : block.last]
        untouched = all(targets[p] == doc.segments[p].source for p in span if isinstance(p, int))
        text = block.original if untouched else _wrap("".join(parts[block.first : block.last]), block)
        parts[block.first : block.last] = [text] + [""] * (len(span) - 1)
    return "".join(parts).encode(doc.encoding)


_UNBREAKABLE_RE = re.compile(r"`+[^`]*?`+|\]\([^)]*\)|<[^<>\n]*>")
# what must not start a line, or the paragraph would become a heading, list, quote, table, rule or code
_RISKY_START_RE = re.compile(
    r"(?:[-*+](?:\s|$)|#{1,6}(?:\s|$)|>|\d{1,9}[.)](?:\s|$)|[=\-_*]{3}|\||`{3}|~{3}|<|\[[^\]]*\]:)"
)


def _wrap(text: str, block: _Block) -> str:
    """The English paragraph re-wrapped to the width the source was wrapped at, breaking only at
    spaces outside code, link targets and tags, and never before what would start a new block."""
    protected = [m.span() for m in _UNBREAKABLE_RE.finditer(text)]
    words: list[str] = []
    start = 0
    for match in re.finditer(r"[ \t]+", text):
        if any(a < match.start() < b for a, b in protected):
            continue
        words.append(text[start : match.start()])
        start = match.end()
    words.append(text[start:])
    words = [w for w in words if w]
    lines: list[str] = []
    current = ""
    for word in words:
        room = block.width - (len(block.prefix) if lines else block.indent)
        if current and len(current) + 1 + len(word) > room and not _RISKY_START_RE.match(word):
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return (block.newline + block.prefix).join(lines)


register(Format("markdown", (".md", ".markdown"), read, write))
