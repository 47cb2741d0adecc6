"""Word documents: every paragraph the reader sees, with its formatting and links rebuilt around the English.

Paragraphs come from the body, tables, text boxes, headers, footers, footnotes and endnotes; the
core properties (title, subject, keywords) are translated too. A paragraph's runs are
not translated one by one (a space in its own run would glue words together): the paragraph's
text goes to the model whole, and formatting that differs from the paragraph's usual one (bold,
italic, a colour) and hyperlinks are `Inline` spans, rebuilt as runs around the aligned English
words. Tabs, breaks, pictures and fields are points, copied. Runs inside tracked insertions, smart
tags, custom XML and content controls are text like any other (a content control is rebuilt around
its English); tracked changes are accepted in the English: deleted German is left out. Languages
marked German become the target language.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .. import safezip, xmlsafe
from ..document import Document
from ..errors import InputError
from ..inline import Inline, events
from . import Format, register

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_TEXT_PARTS = ("/header", "/footer", "/footnotes", "/endnotes")
_CORE = ("title", "subject", "keywords")


@dataclass
class _Paragraph:
    element: object  # w:p
    children: list  # the runs and hyperlinks we replace, in order
    base: object  # the rPr most of the text has (or None)


@dataclass
class _Payload:
    document: object
    paragraphs: list = field(default_factory=list)  # per segment: _Paragraph, or ("core", name)
    blob_parts: list = field(default_factory=list)  # (part, lxml root) of parts python-docx keeps as bytes


def _run_text(run) -> str | None:
    """Text of a run made only of text; None when it holds a tab, break, picture or field."""
    if run.tag != f"{W}r":
        return None
    parts = []
    for child in run:
        tag = child.tag
        if tag == f"{W}rPr":
            continue
        if tag == f"{W}t":
            parts.append(child.text or "")
        else:
            return None
    return "".join(parts)


def _key(rpr) -> bytes:
    if rpr is None:
        return b""
    from lxml import etree

    clean = copy.deepcopy(rpr)
    for noise in clean.findall(f"{W}lang") + clean.findall(f"{W}noProof") + clean.findall(f"{W}rFonts"):
        clean.remove(noise)
    return etree.tostring(clean, method="c14n") if len(clean) else b""


_TRANSPARENT = {f"{W}{t}" for t in ("ins", "moveTo", "smartTag", "customXml")}  # their runs are the text
_DELETED = {f"{W}del", f"{W}moveFrom"}  # tracked deletions: not the current text, left out of the English
_REPLACED = _TRANSPARENT | _DELETED | {f"{W}r", f"{W}hyperlink", f"{W}sdt", f"{W}fldSimple"}


_SPANS = (f"{W}hyperlink", f"{W}sdt")  # rebuilt around their English: one level, never nested


def _runs(container, link=None) -> list:
    """(run, hyperlink or content control around it) in reading order, through tracked insertions,
    smart tags and custom XML. A field, and a link or control that holds another link or control
    or no runs, is one run kept whole: its words never reach the model, and none are lost."""
    out = []
    for child in container:
        if child.tag in _TRANSPARENT:
            out.extend(_runs(child, link))
        elif child.tag in _SPANS:
            holder = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            nested = holder is None or any(d.tag in _SPANS for d in holder.iterdescendants())
            inner = [] if nested or link is not None else _runs(holder, child)
            out.extend(inner or [(child, link)])
        elif child.tag in (f"{W}r", f"{W}fldSimple"):
            out.append((child, link))
    return out


def _paragraph(p) -> tuple[str, list[Inline], _Paragraph] | None:
    children = [c for c in p if c.tag in _REPLACED]
    runs = _runs(p)
    if not runs:
        return None
    weights: Counter = Counter()
    for r, _ in runs:
        text = _run_text(r)
        if text:
            weights[_key(r.find(f"{W}rPr"))] += len(text)
    if not weights:
        return None
    base_key = weights.most_common(1)[0][0]
    base = next((r.find(f"{W}rPr") for r, _ in runs if _key(r.find(f"{W}rPr")) == base_key), None)
    plain: list[str] = []
    length = 0
    inlines: list[Inline] = []
    current_link, link_inline = None, None
    format_inline, format_key = None, None
    for r, link in runs:
        if link is not current_link:
            if format_inline is not None:
                format_inline, format_key = None, None
            if link_inline is not None:
                link_inline.end = length
            current_link = link
            link_inline = None
            if link is not None:
                shell = copy.deepcopy(link)
                holder = shell.find(f"{W}sdtContent") if shell.tag == f"{W}sdt" else shell
                for child in list(holder):
                    holder.remove(child)
                link_inline = Inline(length, length, ("link", shell))
                inlines.append(link_inline)
        text = _run_text(r)
        if text is None:
            inlines.append(Inline(length, length, ("keep", r), point=True))
            continue
        key = _key(r.find(f"{W}rPr"))
        if key != base_key:
            if format_key != key:
                format_inline = Inline(length, length, ("format", r.find(f"{W}rPr")))
                inlines.append(format_inline)
                format_key = key
            plain.append(text)
            length += len(text)
            format_inline.end = length
        else:
            format_inline, format_key = None, None
            plain.append(text)
            length += len(text)
        if link_inline is not None:
            link_inline.end = length
    text = "".join(plain)
    if not text.strip() or not any(ch.isalpha() for ch in text):
        return None
    # the model sees trimmed text: shift the markup with it
    lead = len(text) - len(text.lstrip())
    core = text.strip()
    for inline in inlines:
        inline.start = max(0, min(len(core), inline.start - lead))
        inline.end = max(inline.start, min(len(core), inline.end - lead))
    return core, inlines, _Paragraph(p, children, base)


def _roots(document, blob_parts: list) -> list:
    """The XML of the body and of every header, footer, footnote and endnote part."""
    roots = [document.element]
    seen = set()
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(_TEXT_PARTS):
            continue
        part = rel.target_part
        if id(part) in seen:
            continue
        seen.add(id(part))
        element = getattr(part, "element", None)
        if element is None:
            element = getattr(part, "_element", None)
        if element is None:  # python-docx keeps footnotes as bytes: parse them with the guarded parser
            root = xmlsafe.parse(part.blob, str(part.partname)).getroot()
            blob_parts.append((part, root))
            element = root
        roots.append(element)
    return roots


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
        payload = _Payload(document)
        roots = _roots(document, payload.blob_parts)
    except InputError:
        raise
    except Exception as err:  # python-docx raises many kinds for damaged packages
        raise InputError(f"{path}: damaged DOCX ({type(err).__name__}); open and re-save it in Word") from None
    doc = Document(path=str(path), format=".docx", payload=payload)
    n = 0
    for root in roots:
        for p in root.iter(f"{W}p"):
            n += 1
            found = _paragraph(p)
            if found is None:
                continue
            text, inlines, paragraph = found
            doc.add_segment(text, n)
            doc.segments[-1].inlines = inlines
            payload.paragraphs.append(paragraph)
    for name in _CORE:
        value = getattr(document.core_properties, name, "") or ""
        if value.strip() and any(ch.isalpha() for ch in value):
            doc.add_segment(value.strip(), 0)
            payload.paragraphs.append(("core", name))
    if not doc.segments:
        raise InputError(f"{path}: no text in this document")
    return doc


def _new_run(rpr, text: str):
    from lxml import etree

    run = etree.Element(f"{W}r")
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    t = etree.SubElement(run, f"{W}t")
    t.text = text
    t.set(XML_SPACE, "preserve")
    return run


def _rebuild(paragraph: _Paragraph, english: str, inlines: list[Inline], placed) -> None:
    p = paragraph.element
    at = min((list(p).index(c) for c in paragraph.children if c.getparent() is p), default=len(p))
    for child in paragraph.children:
        if child.getparent() is p:
            p.remove(child)
    built: list = []
    containers = [built]  # where new runs go: the paragraph, or an open hyperlink
    formats = [paragraph.base]
    for kind, value in events(english, inlines, placed):
        if kind == "text":
            if value:
                containers[-1].append(_new_run(formats[-1], value))
            continue
        what, data = value.data
        if kind == "point":
            containers[-1].append(data)  # the run itself (moved, not copied: a text box inside stays live)
        elif kind == "open" and what == "link":
            link = copy.deepcopy(data)
            containers[-1].append(link)
            containers.append(link.find(f"{W}sdtContent") if link.tag == f"{W}sdt" else link)
        elif kind == "open":
            formats.append(data)
        elif what == "link":
            if len(containers) > 1:
                containers.pop()
        elif len(formats) > 1:
            formats.pop()
    for offset, element in enumerate(built):
        p.insert(at + offset, element)


def _english_lang(root, target_lang: str) -> None:
    for lang in root.iter(f"{W}lang"):
        for attr in (f"{W}val", f"{W}eastAsia", f"{W}bidi"):
            if (lang.get(attr) or "").lower().startswith("de"):
                lang.set(attr, target_lang)


def write(doc: Document, targets: Sequence[str]) -> bytes:
    from lxml import etree

    payload: _Payload = doc.payload
    document = payload.document
    changed = False
    for paragraph, segment, text in zip(payload.paragraphs, doc.segments, targets):
        if text is None or text == segment.source:
            continue
        changed = True
        if isinstance(paragraph, tuple):
            setattr(document.core_properties, paragraph[1], text)
            continue
        english, placed = segment.placements(text) if segment.inlines else (text, [])
        _rebuild(paragraph, english, segment.inlines, placed)
        _english_lang(paragraph.element, doc.target_lang)
    if changed:
        styles = document.styles.element
        _english_lang(styles, doc.target_lang)
        if document.core_properties.language.lower().startswith("de") or not document.core_properties.language:
            document.core_properties.language = doc.target_lang
        for part, root in payload.blob_parts:
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


register(Format("docx", (".docx",), read, write))
