"""TMX 1.4b as a document: the German <tuv> of each <tu> in, an English <tuv> added where none exists.

Inline codes (<bpt>/<ept>, <ph>, <it>, <hi>) stay out of the model and are rebuilt around the
aligned English words (xmlinline.py). An existing English <tuv> is human work and is kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from lxml import etree

from ..document import Document
from ..errors import InputError
from ..xmlsafe import parse
from . import Format, register
from .xmlinline import build, flatten

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _lang(tuv) -> str:
    return (tuv.get(XML_LANG) or tuv.get("lang") or "").lower()


def read(path: Path) -> Document:
    tree = parse(Path(path).read_bytes(), str(path))
    root = tree.getroot()
    if root.tag != "tmx":
        raise InputError(f"{path}: root element is <{root.tag}>, not <tmx>")
    header = root.find("header")
    srclang = (header.get("srclang") if header is not None else "") or "de"
    if srclang == "*all*":
        srclang = "de"
    doc = Document(path=str(path), format=".tmx", payload=(tree, []))
    for tu in root.iter("tu"):
        tuvs = tu.findall("tuv")
        source = next((t for t in tuvs if _lang(t).split("-")[0] == srclang.lower().split("-")[0]), None)
        if source is None or source.find("seg") is None:
            continue
        target = next((t for t in tuvs if _lang(t).split("-")[0] == "en"), None)
        doc.payload[1].append((tu, source, target))
        text, inlines = flatten(source.find("seg"))
        doc.add_segment(text, tu.sourceline or 0)
        segment = doc.segments[-1]
        segment.inlines = inlines
        if target is not None and target.find("seg") is not None and "".join(target.find("seg").itertext()).strip():
            segment.target = flatten(target.find("seg"))[0]
            segment.keep = "translated"  # an English <tuv> someone made: never replaced without --overwrite-existing
    return doc


def write(doc: Document, targets: Sequence[str] | None) -> bytes:
    tree, units = doc.payload
    if targets is not None:
        for (tu, source, target), segment, text in zip(units, doc.segments, targets):
            if segment.keep or text is None:
                continue
            if target is None:
                target = etree.Element("tuv", {XML_LANG: doc.target_lang})
                source.addnext(target)
                target.tail = source.tail
            seg = target.find("seg")
            if seg is None:
                seg = etree.SubElement(target, "seg")
            english, placed = segment.placements(text)
            build(seg, english, segment.inlines, placed)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


register(Format("tmx", (".tmx",), read, write, bilingual=True))
