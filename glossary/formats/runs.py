"""Office Open XML paragraphs made of runs (DrawingML in PPTX, rich text in XLSX), and core properties.

A paragraph's runs are not translated one by one (a space in its own run would glue words
together): its text goes to the model whole, cut into sentences. The formatting most of the text
has is the paragraph's base; runs formatted otherwise (bold, a colour, a hyperlink, which DrawingML
keeps in the run's properties) are `Inline` spans rebuilt as runs around the aligned English.
Line breaks and fields (a slide number) are points, copied. Properties that are not formatting
(language, spell-check marks) do not split spans; German language tags become the target language.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from lxml import etree

from ..document import Document
from ..inline import Inline, MarkupBuilder
from .blocks import add_block, add_field, changed, set_field, stream

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
DC = "http://purl.org/dc/elements/1.1/"
CORE_FIELDS = (f"{{{DC}}}title", f"{{{DC}}}subject", f"{{{DC}}}description")


@dataclass(frozen=True)
class Runs:
    """How one vocabulary writes runs: namespace, the children that are points, attributes that are noise."""

    ns: str
    points: frozenset[str]
    noise: frozenset[str]
    preserve: bool  # mark <t> with xml:space="preserve" (SpreadsheetML), or not (DrawingML keeps spaces)

    def tag(self, name: str) -> str:
        return f"{{{self.ns}}}{name}"


@dataclass
class Paragraph:
    element: object
    replaced: list  # the children rebuilt from the English, in order
    base: object  # the run properties most of the text has (or None)


def _key(runs: Runs, rpr) -> bytes:
    if rpr is None:
        return b""
    clean = copy.deepcopy(rpr)
    for name in runs.noise:
        clean.attrib.pop(name, None)
    return etree.tostring(clean, method="c14n") if len(clean) or len(clean.attrib) else b""


def _run_text(runs: Runs, run) -> str:
    return "".join(t.text or "" for t in run.findall(runs.tag("t")))


def flatten(runs: Runs, p) -> tuple[str, list[Inline], Paragraph] | None:
    """The paragraph's text and markup; None when it holds no runs. A paragraph that is one bare
    <t> (an unformatted spreadsheet string) is its own single run."""
    run_tag = runs.tag("r")
    bare = p.find(runs.tag("t"))
    if bare is not None and p.find(run_tag) is None:
        return (bare.text or ""), [], Paragraph(p, [bare], None)
    replaced = [
        c for c in p if c.tag == run_tag or (isinstance(c.tag, str) and etree.QName(c).localname in runs.points)
    ]
    if not replaced:
        return None
    weights: Counter = Counter()
    for r in replaced:
        if r.tag == run_tag:
            weights[_key(runs, r.find(runs.tag("rPr")))] += len(_run_text(runs, r))
    base_key = weights.most_common(1)[0][0] if weights else b""
    base = next(
        (
            r.find(runs.tag("rPr"))
            for r in replaced
            if r.tag == run_tag and _key(runs, r.find(runs.tag("rPr"))) == base_key
        ),
        None,
    )
    built = MarkupBuilder()
    open_key = None
    for r in replaced:
        if r.tag != run_tag:
            built.point(r)
            continue
        rpr = r.find(runs.tag("rPr"))
        key = _key(runs, rpr)
        if key != open_key and open_key is not None:
            built.close("format", None)
            open_key = None
        if key != base_key and open_key is None:
            built.open("format", rpr)
            open_key = key
        built.text(_run_text(runs, r))
    if open_key is not None:
        built.close("format", None)
    text, inlines = built.finish()
    for inline in inlines:  # a span's data is its run properties, not MarkupBuilder's (opener, closer) pair
        if isinstance(inline.data, list):
            inline.data = inline.data[0]
    return text, inlines, Paragraph(p, replaced, base)


def rebuild(runs: Runs, paragraph: Paragraph, events) -> None:
    """Replace the paragraph's runs with runs of the English, formatted as the events say."""
    p = paragraph.element
    if len(paragraph.replaced) == 1 and paragraph.replaced[0].tag == runs.tag("t"):
        t = paragraph.replaced[0]
        t.text = "".join(value for kind, value in events if kind == "text")
        if runs.preserve:
            t.set(XML_SPACE, "preserve")
        return
    at = min((list(p).index(c) for c in paragraph.replaced if c.getparent() is p), default=len(p))
    for child in paragraph.replaced:
        if child.getparent() is p:
            p.remove(child)
    built = []
    formats = [paragraph.base]
    for kind, data in events:
        if kind == "text":
            if data:
                built.append(_new_run(runs, formats[-1], data))
        elif kind == "point":
            built.append(copy.deepcopy(data))
        elif kind == "open":
            formats.append(data)
        elif len(formats) > 1:
            formats.pop()
    for offset, element in enumerate(built):
        p.insert(at + offset, element)


def _new_run(runs: Runs, rpr, text: str):
    run = etree.Element(runs.tag("r"))
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    t = etree.SubElement(run, runs.tag("t"))
    t.text = text
    if runs.preserve and text != text.strip():
        t.set(XML_SPACE, "preserve")
    return run


CORE = "docProps/core.xml"


def read_package(doc: Document, runs: Runs, holders) -> None:
    """The paragraphs in `holders` ((member, element) pairs), then the core properties' title, subject and
    description, into `doc` and its payload's items: (member, Paragraph, Block) or (member, element, index)."""
    package, items = doc.payload[0], doc.payload[1]
    for member, holder in holders:
        found = flatten(runs, holder)
        if found is None:
            continue
        text, inlines, paragraph = found
        block = add_block(doc, text, inlines, holder.sourceline or 0)
        if block is not None:
            items.append((member, paragraph, block))
    if package.has(CORE):
        for el in package.xml(CORE).getroot().iter(*CORE_FIELDS):
            add_field(doc, items, CORE, el, line=0)


def write_package(doc: Document, runs: Runs, targets: Sequence[str], seen=None) -> set[str]:
    """Rebuild the paragraphs whose English differs, set German language marks to the target; the members
    changed. `seen(member, paragraph, block)` is called for each paragraph rebuilt (PPTX measures growth)."""
    package, items = doc.payload[0], doc.payload[1]
    touched: set[str] = set()
    for member, paragraph, what in items:
        if isinstance(what, int):
            if set_field(doc, targets, paragraph, what):
                touched.add(member)
            continue
        if not changed(what, doc, targets):
            continue
        if seen is not None:
            seen(member, paragraph, what)
        rebuild(runs, paragraph, list(stream(what, doc, targets)))
        for rpr in paragraph.element.iter(runs.tag("rPr"), runs.tag("endParaRPr"), runs.tag("defRPr")):
            if (rpr.get("lang") or "").lower().startswith("de"):
                rpr.set("lang", doc.target_lang)
        touched.add(member)
    if touched and package.has(CORE):
        for el in package.xml(CORE).getroot().iter(f"{{{DC}}}language"):
            if (el.text or "").lower().startswith("de"):
                el.text = doc.target_lang
                touched.add(CORE)
    return touched
