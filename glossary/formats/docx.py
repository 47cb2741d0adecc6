"""Word documents through python-docx: paragraphs (body and tables) translated, run formatting kept.

A paragraph is translated whole; the English is spread over the paragraph's runs in proportion
to the German text each run held, so bold stays roughly on its words and every run keeps its style.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Sequence

from ..document import Document
from .. import safezip, xmlsafe
from ..errors import InputError
from . import Format, register


def _paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def read(path: Path) -> Document:
    try:
        import docx
    except ImportError:
        raise InputError(f"{path}: DOCX support needs python-docx; run ./setup.sh") from None
    path = Path(path)
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}: not a DOCX file (not a zip archive)")
    with safezip.open_zip(path, safezip.DOCUMENT, InputError, "DOCX file") as zf:
        for info in zf.infolist():  # python-docx parses these itself: refuse entity tricks first
            if info.filename.endswith((".xml", ".rels")):
                xmlsafe.check_bytes(safezip.read_member(zf, info, str(path)), f"{path}: {info.filename}")
    try:
        document = docx.Document(str(path))
    except Exception as err:  # python-docx raises many kinds for damaged packages
        raise InputError(f"{path}: damaged DOCX ({type(err).__name__}); open and re-save it in Word") from None
    paragraphs = []
    doc = Document(path=str(path), format=".docx", payload=(document, paragraphs))
    for n, paragraph in enumerate(_paragraphs(document), start=1):
        text = paragraph.text
        if text.strip() and any(ch.isalpha() for ch in text):
            paragraphs.append(paragraph)
            doc.add_segment(text, n)
    if not doc.segments:
        raise InputError(f"{path}: no text in this document")
    return doc


def _spread(runs, text: str) -> None:
    lengths = [len(r.text) for r in runs]
    total = sum(lengths) or 1
    words = text.split(" ")
    pieces, cursor = [], 0
    for k, length in enumerate(lengths):
        if k == len(lengths) - 1:
            take = len(words) - cursor
        else:
            take = round(len(words) * length / total)
        chunk = words[cursor : cursor + take]
        cursor += take
        pieces.append(" ".join(chunk))
    for k, (run, piece) in enumerate(zip(runs, pieces)):
        needs_space = k > 0 and piece and pieces[k - 1] and not pieces[k - 1].endswith(" ")
        run.text = (" " if needs_space else "") + piece


def write(doc: Document, targets: Sequence[str]) -> bytes:
    document, paragraphs = doc.payload
    for paragraph, text, segment in zip(paragraphs, targets, doc.segments):
        if text == segment.source:
            continue
        runs = [r for r in paragraph.runs if r.text]
        if not runs:
            continue
        _spread(runs, text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


register(Format("docx", (".docx",), read, write))
