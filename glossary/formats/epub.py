"""E-books (.epub 2 and 3): the XHTML chapters through the HTML reader and writer, so inline
markup is kept as in any web page, plus the table of contents (toc.ncx; nav.xhtml is a chapter
like the others) and the package's title, subject and description; `dc:language` becomes the
target language. The container stays valid: `mimetype` first and stored, every other member
in its place, untouched ones byte for byte.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Sequence

from ..document import Document
from ..errors import GlossaryError, InputError
from ..textio import decode_bytes
from . import Format, register
from . import html as html_format
from .blocks import add_field, set_field
from .package import open_package

CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
OPF = "http://www.idpf.org/2007/opf"
NCX = "http://www.daisy.org/z3986/2005/ncx/"
DC = "http://purl.org/dc/elements/1.1/"
_XHTML = {"application/xhtml+xml", "text/html"}
_METADATA = (f"{{{DC}}}title", f"{{{DC}}}subject", f"{{{DC}}}description")


def _package_document(package) -> str:
    root = package.xml("META-INF/container.xml").getroot()
    rootfile = root.find(f".//{{{CONTAINER}}}rootfile")
    name = rootfile.get("full-path", "") if rootfile is not None else ""
    if not package.has(name):
        raise InputError(f"{package.path}: damaged EPUB: the package document '{name}' is missing; re-export the book")
    return name


def _chapters(package, opf: str) -> tuple[list[str], list[str]]:
    """(XHTML members in reading order, NCX members) from the package document's manifest and spine."""
    root = package.xml(opf).getroot()
    folder = posixpath.dirname(opf)
    items = {}
    for item in root.iter(f"{{{OPF}}}item"):
        href = posixpath.normpath(posixpath.join(folder, item.get("href", "")))
        items[item.get("id")] = (href, item.get("media-type", ""))
    spine = [items[ref.get("idref")][0] for ref in root.iter(f"{{{OPF}}}itemref") if ref.get("idref") in items]
    xhtml = [href for href, kind in items.values() if kind in _XHTML and package.has(href)]
    ordered = list(dict.fromkeys([h for h in spine if h in xhtml] + xhtml))
    ncx = [href for href, kind in items.values() if kind == "application/x-dtbncx+xml" and package.has(href)]
    return ordered, ncx


def read(path: Path) -> Document:
    path = Path(path)
    package = open_package(path, "EPUB file")
    if package.data.get("mimetype", b"").strip() != b"application/epub+zip":
        raise InputError(f"{path}: not an EPUB (no 'application/epub+zip' mimetype); re-export the book")
    opf = _package_document(package)
    chapters, ncx = _chapters(package, opf)
    doc = Document(path=str(path), format=".epub", payload=(package, opf, []))
    parts = doc.payload[2]  # (member, html Document, first segment) or (member, element, segment index)
    for member in chapters:
        try:
            decoded = decode_bytes(package.data[member], f"{path}: {member}")
            chapter = html_format.from_text(f"{path}: {member}", decoded.text, decoded.encoding)
        except GlossaryError:
            continue  # a chapter without markup or text: left as it is
        parts.append((member, chapter, len(doc.segments)))
        for segment in chapter.segments:
            segment.index = len(doc.segments)  # the book's numbering; the chapter keeps its own order
            doc.segments.append(segment)
    for member in ncx:
        for label in package.xml(member).getroot().iter(f"{{{NCX}}}text"):
            add_field(doc, parts, member, label)
    for field in package.xml(opf).getroot().iter(*_METADATA):
        add_field(doc, parts, opf, field)
    if not doc.segments:
        raise InputError(f"{path}: no text in this book")
    return doc


def write(doc: Document, targets: Sequence[str]) -> bytes:
    package, opf, parts = doc.payload
    touched: set[str] = set()
    for member, what, first in parts:
        if isinstance(what, Document):
            mine = [t if t is not None else s.source for t, s in zip(targets[first:], what.segments)]
            if mine != [s.source for s in what.segments]:
                what.target_lang = doc.target_lang
                package.data[member] = html_format.write(what, mine)  # the chapter's bytes, replaced whole
                touched.add(member)
        elif set_field(doc, targets, what, first):
            touched.add(member)
    if touched:
        for language in package.xml(opf).getroot().iter(f"{{{DC}}}language"):
            if (language.text or "").strip().lower().startswith("de"):
                language.text = doc.target_lang
                touched.add(opf)
    return package.save(touched)


register(Format("epub", (".epub",), read, write))
