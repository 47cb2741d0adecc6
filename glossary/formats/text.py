"""Plain text: every line keeps its indentation and line ending; URLs and hashtags stay as they are."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, Sequence

from ..document import Document
from ..segmentation import URL_RE
from ..textio import decode_bytes, encoding_of, file_blocks, read_text
from . import Format, register

PROTECT_RE = re.compile(URL_RE.pattern + r"|(?<!\w)#\w+|\s\|\s|^\|\s|\s\|$", re.IGNORECASE)


def read_lines_into(doc: Document, text: str, protect: re.Pattern[str] = PROTECT_RE, first_line: int = 1) -> int:
    """Segments and literals of `text`, whose first line is `first_line`; returns the next line's number."""
    number = first_line - 1
    for number, line in enumerate(text.splitlines(keepends=True), start=first_line):
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
    return number + 1


def read_string(text: str, name: str = "<stdin>", encoding: str = "utf-8") -> Document:
    doc = Document(path=name, format=".txt", encoding=encoding)
    read_lines_into(doc, text)
    return doc


def read(path: Path) -> Document:
    decoded = read_text(path)
    return read_string(decoded.text, str(path), decoded.encoding)


def read_pieces(path: Path, chars: int) -> Iterator[Document]:
    """The file as documents of whole lines, about `chars` characters each, read as they are needed:
    a 50 MB file never sits in memory. Line numbers run on from piece to piece."""
    encoding = encoding_of(file_blocks(path), str(path))
    with open(path, encoding=encoding, newline="") as handle:  # newline="": line endings kept as they are
        lines: list[str] = []
        size, first_line = 0, 1
        for line in handle:
            lines.append(line)
            size += len(line)
            if size >= chars:
                doc = Document(path=str(path), format=".txt", encoding=encoding)
                first_line = read_lines_into(doc, "".join(lines), first_line=first_line)
                yield doc
                lines, size = [], 0
        doc = Document(path=str(path), format=".txt", encoding=encoding)
        read_lines_into(doc, "".join(lines), first_line=first_line)
        yield doc


def read_bytes(data: bytes, name: str) -> Document:
    decoded = decode_bytes(data, name)
    return read_string(decoded.text, name, decoded.encoding)


def write(doc: Document, targets: Sequence[str]) -> bytes:
    return doc.render(targets).encode(doc.encoding)


register(Format("text", (".txt",), read, write, pieces=read_pieces))
