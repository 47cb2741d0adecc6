"""OpenDocument text, presentations and spreadsheets (.odt, .odp, .ods): the XML inside the zip.

Every paragraph and heading is read: body, lists, tables, frames and text boxes, slides and their
speaker notes, footnotes, comments, and the page headers and footers in styles.xml; in a
spreadsheet only cells holding text (numbers, dates and formulas' values stay). Spans and links
(`text:span`, `text:a`) are markup put back around the English words; tabs, line breaks, notes,
frames and fields are points, copied. Tracked deletions stay German (they are not the current text).
The title, subject, description and keywords in meta.xml are translated; languages marked German
become the target language. Members we do not change keep their bytes, `mimetype` stays first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..document import Document
from ..errors import InputError
from . import Format, register
from .blocks import Block, add_block, add_field, changed, set_field, stream
from .package import open_package
from .xmlinline import fill, flatten

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
DC = "http://purl.org/dc/elements/1.1/"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"

_PARAGRAPHS = (f"{{{TEXT}}}p", f"{{{TEXT}}}h")
_WRAPPERS = frozenset({"span", "a", "meta"})
_SPACES = frozenset({"s"})
_PAGE_TEXT = {
    f"{{{STYLE}}}{n}" for n in ("header", "footer", "header-left", "footer-left", "header-first", "footer-first")
}
_META_TEXT = (f"{{{DC}}}title", f"{{{DC}}}subject", f"{{{DC}}}description", f"{{{META}}}keyword")
_LANGUAGE = ((f"{{{FO}}}language", f"{{{FO}}}country"),
             (f"{{{STYLE}}}language-asian", f"{{{STYLE}}}country-asian"),
             (f"{{{STYLE}}}language-complex", f"{{{STYLE}}}country-complex"))  # fmt: skip


def _wanted(p, member: str) -> bool:
    """Current text a reader sees: not a tracked deletion, not a number cell's shown value."""
    in_page_text = False
    for ancestor in p.iterancestors():
        tag = ancestor.tag
        if tag == f"{{{TEXT}}}tracked-changes":
            return False
        if tag == f"{{{TABLE}}}table-cell" and ancestor.get(f"{{{OFFICE}}}value-type", "string") != "string":
            return False
        in_page_text = in_page_text or tag in _PAGE_TEXT
    return member == "content.xml" or in_page_text


def read(path: Path) -> Document:
    path = Path(path)
    package = open_package(path, "OpenDocument file")
    mimetype = package.data.get("mimetype", b"").decode("ascii", "replace")
    if not mimetype.startswith("application/vnd.oasis.opendocument"):
        raise InputError(f"{path}: not an OpenDocument file (no OpenDocument mimetype); re-save it as ODF")
    doc = Document(path=str(path), format=path.suffix.lower(), payload=(package, []))
    items = doc.payload[1]  # (member, element, Block | the segment index of a meta.xml field), in order
    for member in ("content.xml", "styles.xml"):
        if member == "styles.xml" and not package.has(member):
            continue
        root = package.xml(member).getroot()
        for p in root.iter(*_PARAGRAPHS):
            if not _wanted(p, member):
                continue
            text, inlines = flatten(p, _WRAPPERS, _SPACES)
            block = add_block(doc, text, inlines, p.sourceline or 0)
            if block is not None:
                items.append((member, p, block))
    if package.has("meta.xml"):
        for el in package.xml("meta.xml").getroot().iter(*_META_TEXT):
            add_field(doc, items, "meta.xml", el)
    if not doc.segments:
        raise InputError(f"{path}: no text in this document")
    return doc


def _english(root, target_lang: str) -> bool:
    """Languages marked German become the target language; True when something changed."""
    language, _, country = target_lang.partition("-")
    found = False
    for el in root.iter():
        for lang_attr, country_attr in _LANGUAGE:
            if (el.get(lang_attr) or "").lower() == "de":
                el.set(lang_attr, language)
                if country:
                    el.set(country_attr, country.upper())
                elif el.get(country_attr) is not None:
                    del el.attrib[country_attr]
                found = True
        if el.tag == f"{{{DC}}}language" and (el.text or "").lower().startswith("de"):
            el.text = target_lang
            found = True
    return found


def write(doc: Document, targets: Sequence[str]) -> bytes:
    package, items = doc.payload
    touched: set[str] = set()
    for member, element, what in reversed(items):  # inner paragraphs (notes, frames) before their holders
        if isinstance(what, Block):
            if changed(what, doc, targets):
                fill(element, stream(what, doc, targets))
                touched.add(member)
        elif set_field(doc, targets, element, what):
            touched.add(member)
    if touched:
        for member in ("content.xml", "styles.xml", "meta.xml"):
            if package.has(member) and _english(package.xml(member).getroot(), doc.target_lang):
                touched.add(member)
    return package.save(touched)


register(Format("opendocument", (".odt", ".odp", ".ods"), read, write))
