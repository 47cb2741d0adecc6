"""Markdown: code blocks, inline code, link targets, HTML tags and line markers stay untouched.

Inline syntax never reaches the model: links `[text](url)` and images `![alt](src)` are spans
whose text and alt text are translated, emphasis (`**`, `*`, `_`, `~~`) spans around the English
words, code spans, autolinks, inline HTML and URLs points copied whole (`markup`).
"""
from __future__ import annotations

import re
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


def read(path: Path) -> Document:
    decoded = read_text(path)
    doc = Document(path=str(path), format=".md", encoding=decoded.encoding)
    fence: str | None = None
    front_matter = False
    previous_blank = True
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
        if opener:
            fence = opener.group(1)
            doc.add_literal(line)
            continue
        indented_code = previous_blank and (body.startswith("    ") or body.startswith("\t")) and body.strip()
        previous_blank = not body.strip()
        if indented_code or _RULE_RE.match(body) or not body.strip():
            doc.add_literal(line)
            previous_blank = previous_blank or bool(indented_code)
            continue
        marker, core, trail = _split_markers(body)
        doc.add_literal(marker)
        if _TABLE_RE.search(core):
            doc.add_text(core, number, PROTECT_RE)  # table cells: each cell its own text
        else:
            _add_prose(doc, core, number)
        doc.add_literal(trail + ending)
    return doc


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
    return "".join(value if kind == "text" else _code(kind, value, moved) for kind, value in events(english, segment.inlines, placed))


def write(doc: Document, targets: Sequence[str]) -> bytes:
    rendered = [_render(s, t) for s, t in zip(doc.segments, targets)]
    return doc.render(rendered).encode(doc.encoding)


register(Format("markdown", (".md", ".markdown"), read, write))
