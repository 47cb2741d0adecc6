"""XLIFF 1.2 and 2.x, and CAT tools' XLIFF (Trados .sdlxliff, memoQ .mqxliff): <source> in, <target> out.

A 1.2 unit cut into segments (`<seg-source>` with `<mrk mtype="seg">`, as Trados and memoQ write
it) is translated segment by segment into the target's matching `<mrk>`. A segment Trados has
locked, and every segment whose target has text (confirmed, approved, signed off, or a draft), is
human work and kept; ours are marked the tool's way (Trados `conf="Draft" origin="mt"`, memoQ
`mq:status="Pretranslated"`). Everything outside the targets is written back as read, under the
file's own XML declaration.

Inline elements (<g>, <x/>, <ph>, <pc>, <mrk>, <bpt>…) never reach the model: they are kept as
`Inline`s (see xmlinline.py) and put back around the aligned English words. Human targets
(translated, final, signed-off; XLIFF 2 translated/reviewed/final) and translate="no" units are
left exactly as they are; our targets are marked for review (needs-review-translation +
mt-suggestion, or XLIFF 2 state initial). Terms a unit carries in XLIFF 2's glossary module
(`<gls:glossary>`) are enforced in its segments like `--terms`; terms a file only marks
(`<mrk mtype="term">`, `<mrk type="term">`, ITS `its:term="yes"`) get one English in the whole file.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from lxml import etree

from ..document import Document
from ..errors import InputError
from ..xmlsafe import local, parse, serialize
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


SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
MQ = "MQXliff"


@dataclass
class _Unit:
    holder: object  # XLIFF 1.2 trans-unit, XLIFF 2 segment
    source: object  # the element holding the German: <source>, or a segment <mrk> of <seg-source>
    target: object | None  # the element for the English: <target>, or the same segment's <mrk> in it
    version: str
    keep: str
    mid: str | None = None  # a segment of <seg-source> (Trados, memoQ…): its mrk's id


def _mq(name: str) -> str:
    return f"{{{MQ}}}{name}"


def _seg_def(tu, mid: str):
    """Trados' record of a segment: <sdl:seg id=mid conf=… locked=…> in the unit's seg-defs."""
    defs = tu.find(f"{{{SDL}}}seg-defs")
    if defs is None:
        return None
    return next((seg for seg in defs.iter(f"{{{SDL}}}seg") if seg.get("id") == mid), None)


def _segment_marks(holder, ns: str) -> dict[str, object]:
    return {m.get("mid"): m for m in holder.iter(f"{ns}mrk") if m.get("mtype") == "seg" and m.get("mid") is not None}


def _units_12(tu, ns: str) -> list[_Unit]:
    """A trans-unit's units: one per segment mrk of its <seg-source>, else the unit itself."""
    source = tu.find(f"{ns}source")
    if source is None:
        return []
    target = tu.find(f"{ns}target")
    locked = _locked(tu) or tu.get(_mq("locked")) == "locked"
    seg_source = tu.find(f"{ns}seg-source")
    marks = _segment_marks(seg_source, ns) if seg_source is not None else {}
    if not marks:
        state = target.get("state", "") if target is not None else ""
        keep = "locked" if locked else ("translated" if _has_text(target) and state not in _REDO_STATES_1 else "")
        return [_Unit(tu, source, target, "1", keep)]
    targets = _segment_marks(target, ns) if target is not None else {}
    units = []
    for mid, mark in marks.items():
        english = targets.get(mid)
        seg_def = _seg_def(tu, mid)
        human = _has_text(english)  # confirmed, approved, signed off, or a draft someone wrote: all kept
        locked_here = locked or (seg_def is not None and seg_def.get("locked") == "true")
        units.append(_Unit(tu, mark, english, "1", "locked" if locked_here else ("translated" if human else ""), mid))
    return units


def read(path: Path) -> Document:
    data = Path(path).read_bytes()
    tree = parse(data, str(path))
    root = tree.getroot()
    if local(root.tag) != "xliff":
        raise InputError(f"{path}: root element is <{local(root.tag)}>, not <xliff>")
    version = root.get("version", "1.2")
    doc = Document(path=str(path), format=".xlf", payload=(tree, [], data))
    units: list[_Unit] = doc.payload[1]
    ns = root.tag[: -len("xliff")]
    if version.startswith("1"):
        for tu in root.iter(f"{ns}trans-unit"):
            units.extend(_units_12(tu, ns))
    else:
        for seg in root.iter(f"{ns}segment"):
            source = seg.find(f"{ns}source")
            if source is None:
                continue
            target = seg.find(f"{ns}target")
            state = seg.get("state", "")
            human = _has_text(target) and (state in _KEEP_STATES_2 or not state)
            keep = "locked" if _locked(seg) else ("translated" if human else "")
            units.append(_Unit(seg, source, target, "2", keep))
    for unit in units:
        text, inlines = flatten(unit.source)
        doc.add_segment(text, unit.source.sourceline or 0)
        segment = doc.segments[-1]
        segment.inlines, segment.keep = inlines, unit.keep
        if unit.version == "2":
            segment.terms = _glossary_module(unit.holder.getparent())
        given = {de for de, _ in segment.terms}
        segment.terms += [(de, "") for de in _marked_terms(unit.source) if de not in given]
        if _has_text(unit.target):
            segment.target = flatten(unit.target)[0]
    return doc


GLOSSARY_MODULE = "urn:oasis:names:tc:xliff:glossary:2.0"
ITS = "http://www.w3.org/2005/11/its"


def _marked_terms(source) -> list[str]:
    """Terms the file marks without an English (XLIFF 1.2 `<mrk mtype="term">`, XLIFF 2 `<mrk type="term">`,
    ITS `its:term="yes"`): each is rendered one way in the whole file (see pipeline.fill_marked_terms)."""
    found = []
    for el in source.iter():
        if not isinstance(el.tag, str):
            continue
        marked = (local(el.tag) == "mrk" and "term" in (el.get("mtype"), el.get("type"))) or el.get(
            f"{{{ITS}}}term"
        ) == "yes"
        text = " ".join("".join(el.itertext()).split()) if marked else ""
        if text and any(ch.isalpha() for ch in text):
            found.append(text)
    return list(dict.fromkeys(found))


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


def _segment_target(unit: _Unit, ns: str):
    """The target mrk of a <seg-source> segment, made when missing: a <target> shaped like the
    seg-source (its segments emptied), or the one mrk added to a target that lacks it."""
    tu = unit.holder
    target = tu.find(f"{ns}target")
    if target is None:
        seg_source = tu.find(f"{ns}seg-source")
        target = copy.deepcopy(seg_source)
        target.tag = f"{ns}target"
        for mark in _segment_marks(target, ns).values():
            for child in list(mark):
                mark.remove(child)
            mark.text = None
        source = tu.find(f"{ns}source")
        seg_source.addnext(target)
        target.tail = source.tail
    mark = _segment_marks(target, ns).get(unit.mid)
    if mark is None:
        mark = etree.SubElement(target, f"{ns}mrk", mtype="seg", mid=unit.mid)
    return mark


def _mark_machine(unit: _Unit) -> None:
    """Say in the CAT tool's own terms that the segment is machine output for review."""
    tu = unit.holder
    if unit.mid is not None:
        seg_def = _seg_def(tu, unit.mid)
        defs = tu.find(f"{{{SDL}}}seg-defs")
        if seg_def is None and defs is not None:
            seg_def = etree.SubElement(defs, f"{{{SDL}}}seg", id=unit.mid)
        if seg_def is not None:
            seg_def.set("conf", "Draft")
            seg_def.set("origin", "mt")
            seg_def.set("origin-system", "glossary")
    if tu.get(_mq("status")) is not None:
        tu.set(_mq("status"), "Pretranslated")


def write(doc: Document, targets: Sequence[str] | None) -> bytes:
    """Targets for the units we translated; human targets and translate="no" units stay as they were."""
    tree, units, original = doc.payload
    if targets is not None:
        wrote = False
        for unit, segment, text in zip(units, doc.segments, targets):
            if segment.keep or text is None:
                continue
            ns = unit.holder.tag[: -len("trans-unit" if unit.version == "1" else "segment")]
            target = unit.target
            if unit.mid is not None:
                target = unit.target = _segment_target(unit, ns) if target is None else target
            elif target is None:
                target = unit.target = etree.Element(f"{ns}target")
                unit.source.addnext(target)
                target.tail = unit.source.tail
            english, placed = segment.placements(text)
            build(target, english, segment.inlines, placed)
            wrote = True
            if unit.version == "2":
                unit.holder.set("state", "initial")
                _note(unit.holder, ns)
            elif unit.mid is None:  # machine output: a reviewer's job, as translators' tools expect
                target.set("state", "needs-review-translation")
                target.set("state-qualifier", "mt-suggestion")
            if unit.version == "1":
                _mark_machine(unit)
        root = tree.getroot()
        if wrote and root.get("version", "1.2").startswith("1"):
            for file_el in root.iter(f"{root.tag[: -len('xliff')]}file"):
                file_el.set("target-language", file_el.get("target-language") or doc.target_lang)
        elif wrote and not root.get("trgLang"):
            root.set("trgLang", doc.target_lang)
    return serialize(tree, original)


register(Format("xliff", (".xlf", ".xliff", ".sdlxliff", ".mqxliff"), read, write, bilingual=True))
