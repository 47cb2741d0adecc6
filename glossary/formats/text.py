"""Plain text: every line keeps its indentation and line ending; URLs and hashtags stay as they are."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from ..document import Document
from ..segmentation import URL_RE
from ..textio import decode_bytes, read_text
from . import Format, register

PROTECT_RE = re.compile(URL_RE.pattern + r"|(?<!\w)#\w+|\s\|\s|^\|\s|\s\|$", re.IGNORECASE)


def read_lines_into(doc: Document, text: str, protect: re.Pattern[str] = PROTECT_RE) -> None:
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
        ending = line[len(body) :]
        core = body.strip()
        if core:
            start = body.index(core[0])
            lead, trail = body[:start], body[start + len(core) :]
        else:
            lead, trail = body, ""
        doc.add_literal(lead)
        doc.add_text(core, number, protect)
        doc.add_literal(trail + ending)


def read_string(text: str, name: str = "<stdin>", encoding: str = "utf-8") -> Document:
    doc = Document(path=name, format=".txt", encoding=encoding)
    read_lines_into(doc, text)
    return doc


def read(path: Path) -> Document:
    decoded = read_text(path)
    return read_string(decoded.text, str(path), decoded.encoding)


def read_bytes(data: bytes, name: str) -> Document:
    decoded = decode_bytes(data, name)
    return read_string(decoded.text, name, decoded.encoding)


def write(doc: Document, targets: Sequence[str]) -> bytes:
    return doc.render(targets).encode(doc.encoding)


register(Format("text", (".txt",), read, write))
