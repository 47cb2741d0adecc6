"""PDF input: the text layer, rebuilt into headings, paragraphs and list items, written as Markdown or DOCX.

A PDF has no paragraphs, only positioned glyphs: pdfminer.six (MIT) groups them into text boxes
in reading order. From those: a running header or footer (the same text, numbers aside, in the top
or bottom tenth of most pages) and bare page numbers are dropped; a word hyphenated at a line end
is joined again (`Ha-` + `fen` → `Hafen`; `Ein-` + `und` keeps its hyphen); a box set larger than the
body text is a heading, its level by size; lines starting with a bullet or a number are list items.
Not kept: the page layout, fonts, columns' exact placement, images, and tables (their cells come
out as paragraphs). A PDF without a text layer (a scan) is refused: OCR is out of scope.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Sequence

from ..document import Document
from ..errors import InputError
from . import Format, register
from .blocks import Block, add_block, stream

MARGIN = 0.1  # top and bottom tenth of the page: where running headers, footers and page numbers sit
HEADING = 1.15  # a box this much larger than the body text is a heading
_PAGE_NUMBER = re.compile(r"^\s*(?:(?:Seite|S\.|Page)\s*)?[\divxlcIVXLC]+(?:\s*(?:/|von|of)\s*\d+)?\s*$")
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣∙\-–*]|\d{1,2}[.)])\s+")
_KEEP_HYPHEN = {"und", "oder", "bzw", "bis", "sowie", "als"}  # `Ein- und Ausgang`: the hyphen stands for a word


@dataclass
class _Box:
    page: int
    top: float  # share of the page height from the top edge (0 at the top)
    bottom: float
    lines: list[str]
    size: float  # the median size of its characters


@dataclass
class Paragraph:
    kind: str  # "heading", "paragraph" or "item"
    level: int  # a heading's level, 1 the largest
    block: Block


def _boxes(path: Path) -> tuple[list[_Box], int]:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine
    except ImportError:
        raise InputError(f"{path}: PDF support needs pdfminer.six; run ./setup.sh") from None
    boxes: list[_Box] = []
    pages = 0
    try:
        for number, page in enumerate(extract_pages(str(path), laparams=LAParams()), 1):
            pages = number
            height = page.height or 1
            for element in page:
                if not isinstance(element, LTTextContainer):
                    continue
                lines = [line for line in element if isinstance(line, LTTextLine)]
                sizes = [ch.size for line in lines for ch in line if isinstance(ch, LTChar) and ch.get_text().strip()]
                texts = [line.get_text().strip() for line in lines]
                if not sizes or not any(texts):
                    continue
                top, bottom = 1 - element.y1 / height, 1 - element.y0 / height
                boxes.append(_Box(number, top, bottom, [t for t in texts if t], median(sizes)))
    except InputError:
        raise
    except Exception as err:  # pdfminer raises its own kinds (PDFSyntaxError, PSEOF, PDFEncryptionError…)
        name = type(err).__name__
        if "Encrypt" in name or "Password" in name:
            raise InputError(f"{path}: the PDF is encrypted; save a copy without a password") from None
        raise InputError(f"{path}: damaged PDF ({name}); re-export it from its application") from None
    return boxes, pages


def _running(boxes: list[_Box], pages: int) -> set[int]:
    """Indices of boxes that are page furniture: running headers and footers, page numbers."""
    in_margin = [k for k, b in enumerate(boxes) if b.bottom <= MARGIN or b.top >= 1 - MARGIN]
    key = {k: re.sub(r"\d+", "#", " ".join(" ".join(boxes[k].lines).split())).lower() for k in in_margin}
    repeats = Counter(key.values())
    wanted = max(2, (pages + 1) // 2)
    return {
        k for k in in_margin
        if (pages > 1 and repeats[key[k]] >= wanted) or _PAGE_NUMBER.match(" ".join(boxes[k].lines))
    }  # fmt: skip


def _join(lines: list[str]) -> str:
    """The box's lines as one text: hyphenation at a line end undone, other line ends spaces."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif re.search(r"\w-$", text) and line[:1].islower():
            word = re.match(r"\w+", line)
            keep = word is not None and word.group().lower() in _KEEP_HYPHEN
            text = text + " " + line if keep else text[:-1] + line
        elif text.endswith(("-", "/")):
            text += line
        else:
            text += " " + line
    return text


def _across_pages(body: list[_Box]) -> list[_Box]:
    """A paragraph a page break cut in two is one again: the page's last box ends mid-sentence and the
    next page's first box, set in the same size, goes on in lower case."""
    out: list[_Box] = []
    for box in body:
        last = out[-1] if out else None
        if (
            last is not None
            and box.page == last.page + 1
            and abs(box.size - last.size) < 0.5
            and not re.search(r"[.!?:;\"“”»«)]$", last.lines[-1])
            and box.lines[0][:1].islower()
        ):
            last.lines.extend(box.lines)
            continue
        out.append(box)
    return out


def read(path: Path) -> Document:
    path = Path(path)
    with open(path, "rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF"):
            raise InputError(f"{path}: not a PDF file (no %PDF header)")
    boxes, pages = _boxes(path)
    if not boxes:
        raise InputError(f"{path}: no text layer (a scanned PDF?); OCR is out of scope: run OCR (e.g. ocrmypdf) first")
    furniture = _running(boxes, pages)
    body = _across_pages([b for k, b in enumerate(boxes) if k not in furniture])
    weights: Counter = Counter()
    for b in body:
        weights[round(b.size, 1)] += sum(len(line) for line in b.lines)
    body_size = weights.most_common(1)[0][0] if weights else 0
    heading_sizes = sorted({round(b.size, 1) for b in body if b.size >= body_size * HEADING}, reverse=True)
    doc = Document(path=str(path), format=".pdf", payload=[])
    for b in body:
        if round(b.size, 1) in heading_sizes and len(b.lines) <= 3:
            _add(doc, "heading", min(6, heading_sizes.index(round(b.size, 1)) + 1), _join(b.lines), b.page)
        elif _BULLET.match(b.lines[0]):
            items: list[list[str]] = []
            for line in b.lines:
                if _BULLET.match(line) or not items:
                    items.append([_BULLET.sub("", line)])
                else:
                    items[-1].append(line)
            for item in items:
                _add(doc, "item", 0, _join(item), b.page)
        else:
            _add(doc, "paragraph", 0, _join(b.lines), b.page)
    if not doc.segments:
        raise InputError(f"{path}: no text in this PDF")
    return doc


def _add(doc: Document, kind: str, level: int, text: str, page: int) -> None:
    block = add_block(doc, text, [], page)  # a segment's line is its page
    if block is not None:
        doc.payload.append(Paragraph(kind, level, block))


def _texts(doc: Document, targets: Sequence[str]):
    for paragraph in doc.payload:
        yield paragraph, "".join(value for kind, value in stream(paragraph.block, doc, targets) if kind == "text")


def _markdown(doc: Document, targets: Sequence[str]) -> bytes:
    out = []
    for paragraph, text in _texts(doc, targets):
        text = re.sub(r"^([#>+-]|\d+\.)(\s)", r"\\\1\2", text)  # text that would read as Markdown markup
        if paragraph.kind == "heading":
            out.append("#" * paragraph.level + " " + text)
        elif paragraph.kind == "item":
            out.append("- " + text)
        else:
            out.append(text)
    joined = ""
    for k, line in enumerate(out):
        tight = k and line.startswith("- ") and out[k - 1].startswith("- ")
        joined += ("\n" if tight else "\n\n" if k else "") + line
    return (joined + "\n").encode("utf-8")


def _docx(doc: Document, targets: Sequence[str]) -> bytes:
    import docx

    word = docx.Document()
    word.core_properties.language = doc.target_lang
    for paragraph, text in _texts(doc, targets):
        if paragraph.kind == "heading":
            word.add_heading(text, level=paragraph.level)
        elif paragraph.kind == "item":
            word.add_paragraph(text, style="List Bullet")
        else:
            word.add_paragraph(text)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def write(doc: Document, targets: Sequence[str]) -> bytes:
    return _docx(doc, targets) if doc.write_as == ".docx" else _markdown(doc, targets)


register(Format("pdf", (".pdf",), read, write, converts=(".md", ".docx")))
