"""SubRip subtitles: numbers, timings and line breaks untouched; each text line translated."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from ..document import Document
from ..errors import InputError
from ..textio import read_text
from . import Format, register
from .text import PROTECT_RE

_TIMING = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")
_TAG = re.compile(r"</?[biu]>|\{\\[^}]*\}|<font[^>]*>|</font>", re.IGNORECASE)


def read(path: Path) -> Document:
    decoded = read_text(path)
    doc = Document(path=str(path), format=".srt", encoding=decoded.encoding)
    lines = decoded.text.splitlines(keepends=True)
    if not any(_TIMING.match(l) for l in lines):
        raise InputError(f"{path}: no subtitle timings (00:00:01,000 --> 00:00:02,000) found; is this an SRT file?")
    state = "number"
    protect = re.compile(PROTECT_RE.pattern + "|" + _TAG.pattern, re.IGNORECASE)
    for n, line in enumerate(lines, start=1):
        body = line.rstrip("\r\n")
        if not body.strip():
            doc.add_literal(line)
            state = "number"
            continue
        if state == "number" and body.strip().lstrip("\ufeff").isdigit():
            doc.add_literal(line)
            state = "timing"
            continue
        if _TIMING.match(body):
            doc.add_literal(line)
            state = "text"
            continue
        lead = body[: len(body) - len(body.lstrip())]
        doc.add_literal(lead)
        doc.add_text(body.strip(), n, protect)
        doc.add_literal(body[len(body.rstrip()) :] + line[len(body) :])
    return doc


def write(doc: Document, targets: Sequence[str] | None) -> bytes:
    return doc.render(targets).encode(doc.encoding)


register(Format("srt", (".srt",), read, write))
