"""XLIFF 1.2 and 2.x: <source> in, <target> out, inline tags kept.

Inline elements (<g>, <x/>, <ph>, <pc>, <mrk>, <bpt>…) become numbered placeholders ⟦1⟧ in the
segment text; on the way out each placeholder is replaced by a copy of its element, and any the
translation dropped are appended, so no tag is lost.
"""
from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Sequence

from lxml import etree

from ..document import Document
from ..errors import InputError
from ..xmlsafe import local, parse
from . import Format, register

_TOKEN = re.compile(r"⟦(/?)(\d+)⟧")
_PAIRED = {"g", "pc", "mrk", "sub", "sm"}


def _flatten(source) -> tuple[str, list]:
    """Text of a <source>: empty inline elements become ⟦n⟧, paired ones ⟦n⟧inner text⟦/n⟧."""
    inline: list = []

    def walk(el) -> str:
        parts = [el.text or ""]
        for child in el:
            inline.append(child)
            n = len(inline)
            if local(child.tag) in _PAIRED or len(child) or (child.text or "").strip():
                parts.append(f"⟦{n}⟧{walk(child)}⟦/{n}⟧")
            else:
                parts.append(f"⟦{n}⟧")
            parts.append(child.tail or "")
        return "".join(parts)

    return walk(source), inline


def _fill(target, text: str, inline: list) -> None:
    """Rebuild inline elements from the placeholders in a translation; ones it dropped are appended."""
    for child in list(target):
        target.remove(child)
    target.text = ""
    used: set[int] = set()
    stack = [target]
    pos = 0

    def add_text(el, value: str) -> None:
        if len(el):
            el[-1].tail = (el[-1].tail or "") + value
        else:
            el.text = (el.text or "") + value

    for m in _TOKEN.finditer(text):
        add_text(stack[-1], text[pos : m.start()])
        pos = m.end()
        closing, n = m.group(1) == "/", int(m.group(2))
        if closing:
            if len(stack) > 1 and stack[-1].get("_n") == str(n):
                del stack[-1].attrib["_n"]
                stack.pop()
            continue
        if not 1 <= n <= len(inline) or n in used:
            continue
        used.add(n)
        clone = copy.deepcopy(inline[n - 1])
        for grandchild in list(clone):
            clone.remove(grandchild)
        clone.text, clone.tail = None, None
        stack[-1].append(clone)
        if local(clone.tag) in _PAIRED or len(inline[n - 1]) or (inline[n - 1].text or "").strip():
            clone.set("_n", str(n))
            stack.append(clone)
    add_text(stack[-1], text[pos:])
    for el in target.iter():
        el.attrib.pop("_n", None)
    for n, el in enumerate(inline, start=1):
        if n not in used and local(el.getparent().tag) == "source":  # a top-level tag the translation dropped
            clone = copy.deepcopy(el)
            clone.tail = None
            target.append(clone)


def read(path: Path) -> Document:
    tree = parse(Path(path).read_bytes(), str(path))
    root = tree.getroot()
    if local(root.tag) != "xliff":
        raise InputError(f"{path}: root element is <{local(root.tag)}>, not <xliff>")
    version = root.get("version", "1.2")
    doc = Document(path=str(path), format=".xlf", payload=(tree, []))
    units = doc.payload[1]
    ns = root.tag[: -len("xliff")]
    if version.startswith("1"):
        for tu in root.iter(f"{ns}trans-unit"):
            source = tu.find(f"{ns}source")
            if source is None:
                continue
            target = tu.find(f"{ns}target")
            units.append((tu, source, target, "1"))
    else:
        for seg in root.iter(f"{ns}segment"):
            source = seg.find(f"{ns}source")
            if source is None:
                continue
            units.append((seg, source, seg.find(f"{ns}target"), "2"))
    for holder, source, target, _ in units:
        text, _ = _flatten(source)
        doc.add_segment(text, source.sourceline or 0)
        if target is not None and "".join(target.itertext()).strip():
            doc.segments[-1].target = _flatten(target)[0]
    return doc


def write(doc: Document, targets: Sequence[str] | None) -> bytes:
    tree, units = doc.payload
    if targets is not None:
        for (holder, source, target, version), text in zip(units, targets):
            ns = source.tag[: -len("source")]
            if target is None:
                target = etree.Element(f"{ns}target")
                source.addnext(target)
                target.tail = source.tail
            _fill(target, text, _flatten(source)[1])
            if version == "1":
                target.set("state", "translated")
            else:
                holder.set("state", "translated")
        root = tree.getroot()
        if root.get("version", "1.2").startswith("1"):
            for file_el in root.iter(f"{root.tag[: -len('xliff')]}file"):
                file_el.set("target-language", file_el.get("target-language") or "en")
        elif not root.get("trgLang"):
            root.set("trgLang", "en")
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


register(Format("xliff", (".xlf", ".xliff"), read, write, bilingual=True))
