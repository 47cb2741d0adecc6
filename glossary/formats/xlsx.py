"""Excel workbooks (.xlsx): the text of every sheet's string cells and the comments.

Text cells keep their words in the shared-string table (plain or rich text with runs) or inline
in the sheet; both are translated, rich text with its runs rebuilt by runs.py. Numbers, dates,
booleans and formulas are not strings there and stay as they are, and so do styles, merged cells,
charts and every part we do not change. Sheet names are not translated: formulas and other
files refer to sheets by name. The workbook's title, subject and description are translated.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

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


def read(path: Path) -> Document:
    path = Path(path)
    package = open_package(path, "XLSX file")
    if not package.has("xl/workbook.xml"):
        raise InputError(f"{path}: not an Excel workbook (no xl/workbook.xml); re-save it as .xlsx")
    doc = Document(path=str(path), format=".xlsx", payload=(package, []))
    read_package(doc, CELLS, _strings(package))
    if not doc.segments:
        raise InputError(f"{path}: no text cells in this workbook")
    return doc


def write(doc: Document, targets: Sequence[str]) -> bytes:
    return doc.payload[0].save(write_package(doc, CELLS, targets))


register(Format("xlsx", (".xlsx",), read, write))
