"""PowerPoint (.pptx): every text frame of every slide, speaker notes and SmartArt text.

Shapes, placeholders, tables and grouped shapes all keep their text in DrawingML paragraphs
(`a:p`), read and rebuilt with their runs and formatting by runs.py; SmartArt keeps its text in
the diagram's data part (and a drawing cache PowerPoint shows until it redraws), both translated.
The presentation's title, subject and description are translated too. English is usually longer
than the German: a text box that neither shrinks its text (`normAutofit`) nor grows (`spAutoFit`)
and whose text grew by more than a tenth gets a warning naming the slide and the shape.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Sequence

from lxml import etree

from ..document import Document
from ..errors import InputError
from . import Format, register
from .package import open_package
from .runs import Runs, read_package, write_package

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
DRAWING = Runs(
    A,
    points=frozenset({"br", "fld"}),
    noise=frozenset({"lang", "altLang", "dirty", "err", "noProof", "smtClean", "smtId", "bmk"}),
    preserve=False,
)
_PARTS = re.compile(r"ppt/(slides/slide|notesSlides/notesSlide|diagrams/data|diagrams/drawing)(\d+)\.xml$")
_KIND = {
    "slides/slide": "slide",
    "notesSlides/notesSlide": "notes",
    "diagrams/data": "SmartArt",
    "diagrams/drawing": "SmartArt",
}
_GROWTH = 1.1  # English this much longer than the German may no longer fit a fixed text box


def _parts(names: list[str]) -> list[str]:
    found = [(m.group(1), int(m.group(2)), name) for name in names if (m := _PARTS.match(name))]
    order = list(_KIND)
    return [name for kind, n, name in sorted(found, key=lambda f: (f[1], order.index(f[0])))]


def read(path: Path) -> Document:
    path = Path(path)
    package = open_package(path, "PPTX file")
    if not package.has("ppt/presentation.xml"):
        raise InputError(f"{path}: not a PowerPoint presentation (no ppt/presentation.xml); re-save it as .pptx")
    doc = Document(path=str(path), format=".pptx", payload=(package, []))
    holders = (
        (member, p) for member in _parts(package.names()) for p in package.xml(member).getroot().iter(f"{{{A}}}p")
    )
    read_package(doc, DRAWING, holders)
    if not doc.segments:
        raise InputError(f"{path}: no text in this presentation")
    return doc


def _frame(p):
    """The text body a paragraph belongs to, and the shape holding it (None in a table cell)."""
    body = p.getparent()
    shape = body.getparent() if body is not None else None
    return body, (shape if shape is not None and shape.tag == f"{{{P}}}sp" else None)


_FIT = {"normAutofit": True, "spAutoFit": True, "noAutofit": False}
REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _related(package, member: str, kind: str) -> str | None:
    """The part `member` points to by a relationship of this kind (slideLayout, slideMaster)."""
    folder, name = posixpath.split(member)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if not package.has(rels):
        return None
    for rel in package.xml(rels).getroot().iter(f"{{{REL}}}Relationship"):
        if rel.get("Type", "").endswith("/" + kind) and rel.get("TargetMode") != "External":
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
            return target if package.has(target) else None
    return None


def _own_fit(shape) -> bool | None:
    body_pr = shape.find(f"{{{P}}}txBody/{{{A}}}bodyPr")
    for child in body_pr if body_pr is not None else ():
        if isinstance(child.tag, str) and etree.QName(child).localname in _FIT:
            return _FIT[etree.QName(child).localname]
    return None


def _placeholder_kind(ph) -> str:
    """A placeholder's kind as layouts and masters match it: a centred title is a title, a subtitle a body."""
    kind = ph.get("type", "body")
    return {"ctrTitle": "title", "subTitle": "body"}.get(kind, kind)


def _fits(package, member: str, shape) -> bool:
    """Whether the text box shrinks its text or grows: its own setting, else its placeholder's on the
    slide layout, else on the master (where PowerPoint's titles and bodies usually shrink)."""
    fit = _own_fit(shape)
    ph = shape.find(f"{{{P}}}nvSpPr/{{{P}}}nvPr/{{{P}}}ph")
    part = member
    while fit is None and ph is not None:
        part = _related(package, part, "slideLayout") or _related(package, part, "slideMaster")
        if part is None:
            return False
        for other in package.xml(part).getroot().iter(f"{{{P}}}sp"):
            other_ph = other.find(f"{{{P}}}nvSpPr/{{{P}}}nvPr/{{{P}}}ph")
            if other_ph is None:
                continue
            same_idx = ph.get("idx") is not None and other_ph.get("idx") == ph.get("idx")
            if same_idx or _placeholder_kind(other_ph) == _placeholder_kind(ph):
                fit = _own_fit(other)
                break
    return bool(fit)


def _overflow_warning(doc: Document, member: str, shape, before: int, after: int) -> str | None:
    if after <= before * _GROWTH or after - before < 8 or not member.startswith("ppt/slides/"):
        return None
    if _fits(doc.payload[0], member, shape):
        return None
    name = shape.find(f"{{{P}}}nvSpPr/{{{P}}}cNvPr")
    label = name.get("name", "") if name is not None else ""
    slide = re.sub(r"\D", "", posixpath.basename(member))
    return (
        f"{doc.path}: slide {slide}, '{label}': the English is {round(100 * (after - before) / max(1, before))}% "
        "longer and the text box neither shrinks text nor grows; check that it fits"
    )


def write(doc: Document, targets: Sequence[str]) -> bytes:
    growth: dict[int, list] = {}  # shape → [member, shape, German characters, English characters]

    def seen(member: str, paragraph, block) -> None:
        _, shape = _frame(paragraph.element)
        if shape is not None:
            entry = growth.setdefault(id(shape), [member, shape, 0, 0])
            entry[2] += sum(len(doc.segments[i].source) for i in block.parts if isinstance(i, int))
            entry[3] += sum(len(targets[i] or "") for i in block.parts if isinstance(i, int))

    touched = write_package(doc, DRAWING, targets, seen)
    for member, shape, before, after in growth.values():
        warning = _overflow_warning(doc, member, shape, before, after)
        if warning:
            doc.notices.append(warning)
    return doc.payload[0].save(touched)


register(Format("pptx", (".pptx",), read, write))
