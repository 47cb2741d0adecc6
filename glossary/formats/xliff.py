"""XLIFF 1.2 and 2.x: <source> in, <target> out, inline tags kept.

Inline elements (<g>, <x/>, <ph>, <pc>, <mrk>, <bpt>…) never reach the model: they are kept as
`Inline`s (see xmlinline.py) and put back around the aligned English words. Human targets
(translated, final, signed-off; XLIFF 2 translated/reviewed/final) and translate="no" units are
left exactly as they are; our targets are marked for review (needs-review-translation +
mt-suggestion, or XLIFF 2 state initial). Terms a unit carries in XLIFF 2's glossary module
(`<gls:glossary>`) are enforced in its segments like `--terms`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from lxml import etree

from ..document import Document
from ..errors import InputError
from ..xmlsafe import local, parse
from . import Format, register
from .xmlinline import build, flatten

_KEEP_STATES_1 = {"translated", "signed-off", "final"}  # human work (needs-review-* is kept too when it has text)
_REDO_STATES_1 = {"new", "needs-translation"}
_KEEP_STATES_2 = {"translated", "reviewed", "final"}


def _locked(el) -> bool:
    """translate="no" on the unit or any ancestor."""
    while el is not None:
        if el.get("translate") == "no":
            return True
        el = el.getparent()
    return False


def _has_text(target) -> bool:
    return target is not None and bool("".join(target.itertext()).strip())


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
            state = target.get("state", "") if target is not None else ""
            keep = (
                "locked" if _locked(tu) else ("translated" if _has_text(target) and state not in _REDO_STATES_1 else "")
            )
            units.append((tu, source, target, "1", keep))
    else:
        for seg in root.iter(f"{ns}segment"):
            source = seg.find(f"{ns}source")
            if source is None:
                continue
            target = seg.find(f"{ns}target")
            state = seg.get("state", "")
            human = _has_text(target) and (state in _KEEP_STATES_2 or not state)
            keep = "locked" if _locked(seg) else ("translated" if human else "")
            units.append((seg, source, target, "2", keep))
    for holder, source, target, version, keep in units:
        text, inlines = flatten(source)
        doc.add_segment(text, source.sourceline or 0)
        segment = doc.segments[-1]
        segment.inlines, segment.keep = inlines, keep
        if version == "2":
            segment.terms = _glossary_module(holder.getparent())
        if _has_text(target):
            segment.target = flatten(target)[0]
    return doc


GLOSSARY_MODULE = "urn:oasis:names:tc:xliff:glossary:2.0"


def _glossary_module(unit) -> list[tuple[str, str]]:
    """XLIFF 2's glossary module in a unit: `<gls:glossEntry><gls:term>…</gls:term><gls:translation>…`,
    the terms a CAT tool or client hands over with the text; enforced like `--terms`."""
    if unit is None:
        return []
    pairs = []
    for entry in unit.iter(f"{{{GLOSSARY_MODULE}}}glossEntry"):
        term = entry.find(f"{{{GLOSSARY_MODULE}}}term")
        german = " ".join("".join(term.itertext()).split()) if term is not None else ""
        for translation in entry.findall(f"{{{GLOSSARY_MODULE}}}translation"):
            english = " ".join("".join(translation.itertext()).split())
            if german and english:
                pairs.append((german, english))
                break  # the first translation is the one to use
    return pairs


def _note(segment, ns: str) -> None:
    """XLIFF 2: say on the unit that its target is machine output for review (once)."""
    unit = segment.getparent()
    if unit is None:
        return
    notes = unit.find(f"{ns}notes")
    if notes is None:
        notes = etree.Element(f"{ns}notes")
        # after the modules' elements (gls:glossary, mda:metadata…), before the core ones, as the schema wants
        core = next((i for i, child in enumerate(unit) if isinstance(child.tag, str) and child.tag.startswith(ns)), 0)
        unit.insert(core, notes)
        notes.tail = segment.getprevious().tail if segment.getprevious() is not None else unit.text
    if not any(n.get("category") == "glossary" for n in notes.findall(f"{ns}note")):
        note = etree.SubElement(notes, f"{ns}note", category="glossary")
        note.text = "machine translation by glossary; review before use"


def write(doc: Document, targets: Sequence[str] | None) -> bytes:
    """Targets for the units we translated; human targets and translate="no" units stay as they were."""
    tree, units = doc.payload
    if targets is not None:
        wrote = False
        for (holder, source, target, version, _), segment, text in zip(units, doc.segments, targets):
            if segment.keep or text is None:
                continue
            ns = source.tag[: -len("source")]
            if target is None:
                target = etree.Element(f"{ns}target")
                source.addnext(target)
                target.tail = source.tail
            english, placed = segment.placements(text)
            build(target, english, segment.inlines, placed)
            wrote = True
            if version == "1":  # machine output: a reviewer's job, as translators' tools expect
                target.set("state", "needs-review-translation")
                target.set("state-qualifier", "mt-suggestion")
            else:
                holder.set("state", "initial")
                _note(holder, ns)
        root = tree.getroot()
        if wrote and root.get("version", "1.2").startswith("1"):
            for file_el in root.iter(f"{root.tag[: -len('xliff')]}file"):
                file_el.set("target-language", file_el.get("target-language") or doc.target_lang)
        elif wrote and not root.get("trgLang"):
            root.set("trgLang", doc.target_lang)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


register(Format("xliff", (".xlf", ".xliff"), read, write, bilingual=True))
