"""Excel workbooks (.xlsx): the text of every sheet's string cells and the comments.

Text cells keep their words in the shared-string table (plain or rich text with runs) or inline
in the sheet; both are translated, rich text with its runs rebuilt by runs.py. Numbers, dates,
booleans and formulas are not strings there and stay as they are, and so do styles, merged cells,
charts and every part we do not change. The workbook's title, subject and description are
translated. Sheet names only when asked (`translate_sheet_names`): a sheet renamed is renamed
wherever the workbook names it (formulas, defined names, charts, data validation, conditional
formats, pivot sources, hyperlinks, the document's list of parts), as Excel does when you rename one.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from lxml import etree

from ..document import Document
from ..errors import InputError
from . import Format, register
from .package import open_package
from .runs import Runs, read_package, write_package

S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CELLS = Runs(S, points=frozenset(), noise=frozenset(), preserve=True)
_SHEETS = re.compile(r"xl/worksheets/sheet(\d+)\.xml$")
_COMMENTS = re.compile(
    r"xl/(?:comments/)?comments?(\d+)\.xml$"
)  # Excel: xl/comments1.xml; others: xl/comments/comment1.xml


def _number(pattern: re.Pattern[str], names: list[str]) -> list[str]:
    return sorted((n for n in names if pattern.match(n)), key=lambda n: int(pattern.match(n).group(1)))


def _strings(package) -> list[tuple[str, object]]:
    """(member, the element holding one text: <si>, an inline <is>, a comment's <text>) in order."""
    found = []
    if package.has("xl/sharedStrings.xml"):
        found += [
            ("xl/sharedStrings.xml", si) for si in package.xml("xl/sharedStrings.xml").getroot().iter(f"{{{S}}}si")
        ]
    for member in _number(_SHEETS, package.names()):
        root = package.xml(member).getroot()
        found += [(member, c.find(f"{{{S}}}is")) for c in root.iter(f"{{{S}}}c") if c.get("t") == "inlineStr"]
    for member in _number(_COMMENTS, package.names()):
        found += [(member, text) for text in package.xml(member).getroot().iter(f"{{{S}}}text")]
    return [(member, el) for member, el in found if el is not None]


WORKBOOK = "xl/workbook.xml"
_FORMULAS = {"f", "formula", "formula1", "formula2", "definedName"}  # elements holding formulas (x14's xm:f too)
_REFERENCE = re.compile(r"""("(?:[^"]|"")*")|'((?:[^']|'')+)'!|(?<![\w.\]'])([^\W\d][\w.]*)!""")
_NOT_IN_NAMES = re.compile(r"[\[\]:*?/\\]")


def read(path: Path, translate_sheet_names: bool = False) -> Document:
    path = Path(path)
    package = open_package(path, "XLSX file")
    if not package.has(WORKBOOK):
        raise InputError(f"{path}: not an Excel workbook (no xl/workbook.xml); re-save it as .xlsx")
    doc = Document(path=str(path), format=".xlsx", payload=(package, [], []))
    read_package(doc, CELLS, _strings(package))
    if translate_sheet_names:
        for sheet in package.xml(WORKBOOK).getroot().iter(f"{{{S}}}sheet"):
            name = sheet.get("name", "")
            if any(ch.isalpha() for ch in name):
                doc.add_segment(name, sheet.sourceline or 0)
                doc.payload[2].append((sheet, len(doc.segments) - 1))
    if not doc.segments:
        raise InputError(f"{path}: no text cells in this workbook")
    return doc


def sheet_name(english: str, taken: set[str]) -> str | None:
    """A name Excel accepts: no []:*?/\\, no quote at either end, at most 31 characters, unique."""
    name = " ".join(_NOT_IN_NAMES.sub(" ", english).split()).strip("'")[:31].strip(" '")
    if not name:
        return None
    candidate, n = name, 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate, n = name[: 31 - len(suffix)].rstrip() + suffix, n + 1
    return candidate


def renamed(formula: str, renames: dict[str, str]) -> str:
    """The formula with references to renamed sheets (`Bericht!A1`, `'Alte Kosten'!B2`) naming the new
    sheet; string literals and other workbooks' sheets (`[1]Bericht!A1`) left alone."""
    lower = {old.lower(): new for old, new in renames.items()}

    def one(match: re.Match) -> str:
        if match.group(1) is not None:
            return match.group()
        old = match.group(2).replace("''", "'") if match.group(2) is not None else match.group(3)
        new = lower.get(old.lower())
        return match.group() if new is None else "'" + new.replace("'", "''") + "'!"

    return _REFERENCE.sub(one, formula)


def _rename_sheets(doc: Document, targets: Sequence[str]) -> set[str]:
    package, _, sheets = doc.payload
    taken = {el.get("name", "").lower() for el, _ in sheets}
    renames: dict[str, str] = {}
    for el, index in sheets:
        old = el.get("name", "")
        new = sheet_name(targets[index] or "", taken - {old.lower()})
        if new and new != old:
            taken.discard(old.lower())
            taken.add(new.lower())
            renames[old] = new
            el.set("name", new)
    if not renames:
        return set()
    touched = {WORKBOOK}
    for member in package.names():
        if not member.endswith(".xml") or not (member.startswith("xl/") or member == "docProps/app.xml"):
            continue
        changed = False
        for el in package.xml(member).getroot().iter():
            if not isinstance(el.tag, str):
                continue
            tag = etree.QName(el).localname
            if tag in _FORMULAS and el.text and "!" in el.text:
                new_text = renamed(el.text, renames)
                changed |= new_text != el.text
                el.text = new_text
            elif tag == "lpstr" and el.text in renames:  # docProps/app.xml: the list of sheet titles
                el.text, changed = renames[el.text], True
            for attr in ("sheet", "location"):  # pivot sources; hyperlinks into the workbook
                value = el.get(attr)
                if value and (value in renames or "!" in value):
                    new_value = renames.get(value) or renamed(value, renames)
                    changed |= new_value != value
                    el.set(attr, new_value)
        if changed:
            touched.add(member)
    return touched


def write(doc: Document, targets: Sequence[str]) -> bytes:
    touched = write_package(doc, CELLS, targets) | _rename_sheets(doc, targets)
    return doc.payload[0].save(touched)


register(Format("xlsx", (".xlsx",), read, write, options=frozenset({"translate_sheet_names"})))
