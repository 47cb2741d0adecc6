"""Markdown: code blocks, inline code, link targets, HTML tags and line markers stay untouched."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from ..document import Document
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
        doc.add_text(core, number, PROTECT_RE)
        doc.add_literal(trail + ending)
    return doc


def write(doc: Document, targets: Sequence[str]) -> bytes:
    return doc.render(targets).encode(doc.encoding)


register(Format("markdown", (".md", ".markdown"), read, write))
