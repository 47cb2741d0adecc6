"""TMX 1.4b as a document: the German <tuv> of each <tu> in, an English <tuv> written or replaced."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from lxml import etree

from ..document import Document
from ..errors import InputError
from ..xmlsafe import parse
from . import Format, register

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
        target = next((t for t in tuvs if _lang(t).startswith("en")), None)
        doc.payload[1].append((tu, source, target))
        doc.add_segment("".join(source.find("seg").itertext()), tu.sourceline or 0)
        if target is not None and target.find("seg") is not None:
            doc.segments[-1].target = "".join(target.find("seg").itertext())
    return doc


def write(doc: Document, targets: Sequence[str] | None) -> bytes:
    tree, units = doc.payload
    if targets is not None:
        for (tu, source, target), text in zip(units, targets):
            if target is None:
                target = etree.SubElement(tu, "tuv", {XML_LANG: "en"})
                source_tail = source.tail
                target.tail = tu[-2].tail if len(tu) > 1 else None
                source.tail = source_tail
            seg = target.find("seg")
            if seg is None:
                seg = etree.SubElement(target, "seg")
            for child in list(seg):
                seg.remove(child)
            seg.text = text
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


register(Format("tmx", (".tmx",), read, write, bilingual=True))
