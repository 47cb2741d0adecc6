"""HTML: tags, attributes, comments, scripts and styles untouched; text between tags translated.

A tag scanner rather than a tree: what is not text is copied byte for byte, so inline markup
(<b>, <a href>) stays around the words it wrapped and an identity round trip is exact. Entities
are decoded for translation and re-encoded on the way out.
"""
from __future__ import annotations

import html as html_lib
import re
from pathlib import Path
from typing import Sequence

from ..document import Document
from ..errors import InputError
from ..textio import read_text
from . import Format, register

_TOKEN = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<![^>]*>|<\?.*?\?>|</?[A-Za-z][^>]*>", re.DOTALL)
_RAW = {"script", "style", "code", "pre", "textarea", "kbd", "samp", "var", "template"}
_NAME = re.compile(r"</?\s*([A-Za-z][\w:-]*)")
_LETTER = re.compile(r"[^\W\d_]")


def read(path: Path) -> Document:
    decoded = read_text(path)
    text = decoded.text
    if not re.search(r"<[A-Za-z!/]", text):
        raise InputError(f"{path}: no HTML tags found; translate it as .txt instead")
    doc = Document(path=str(path), format=".html", encoding=decoded.encoding)
    raw_stack: list[str] = []
    originals: dict[int, str] = {}
    pos = 0
    for m in _TOKEN.finditer(text):
        _text_chunk(doc, text, pos, m.start(), raw_stack, originals)
        tag = m.group()
        doc.add_literal(tag)
        name = _NAME.match(tag)
        if name and not tag.startswith("<!") and not tag.endswith("/>"):
            lower = name.group(1).lower()
            if tag.startswith("</"):
                if raw_stack and raw_stack[-1] == lower:
                    raw_stack.pop()
            elif lower in _RAW:
                raw_stack.append(lower)
        pos = m.end()
    _text_chunk(doc, text, pos, len(text), raw_stack, originals)
    doc.payload = originals
    return doc


def _text_chunk(doc: Document, text: str, start: int, end: int, raw_stack, originals) -> None:
    chunk = text[start:end]
    if not chunk:
        return
    if raw_stack or not _LETTER.search(chunk):
        doc.add_literal(chunk)
        return
    line = text.count("\n", 0, start) + 1
    lead = chunk[: len(chunk) - len(chunk.lstrip())]
    trail = chunk[len(chunk.rstrip()) :]
    core = chunk.strip()
    doc.add_literal(lead)
    doc.parts.append("")  # a boundary, so the chunk's parts start at a known index
    first_part, first_segment = len(doc.parts), len(doc.segments)
    doc.add_text(html_lib.unescape(core), line)
    # where the chunk's parts end and the raw text to restore when none of its segments changed
    originals[first_part] = (len(doc.parts), range(first_segment, len(doc.segments)), core)
    doc.add_literal(trail)


def write(doc: Document, targets: Sequence[str]) -> bytes:
    chunks = doc.payload or {}
    out = []
    k = 0
    while k < len(doc.parts):
        if k in chunks:
            end, segments, raw = chunks[k]
            if all(targets[i] == doc.segments[i].source for i in segments):
                out.append(raw)  # unchanged text keeps its exact bytes (&nbsp;, &amp;, line breaks)
                k = end
                continue
        part = doc.parts[k]
        if isinstance(part, str):
            out.append(part if k not in chunks and not _inside(k, chunks) else html_lib.escape(part, quote=False))
        else:
            out.append(html_lib.escape(targets[part], quote=False))
        k += 1
    return "".join(out).encode(doc.encoding)


def _inside(k: int, chunks) -> bool:
    return any(start <= k < end for start, (end, _, _) in chunks.items())


register(Format("html", (".html", ".htm", ".xhtml"), read, write))
