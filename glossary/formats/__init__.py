"""Format registry: one reader/writer pair per format, picked by file extension."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from ..document import Document
from ..errors import InputError
from ..textio import atomic_write_bytes


@dataclass(frozen=True)
class Format:
    """`write(doc, targets)`: targets None means "as read" (bilingual formats keep their own targets)."""

    name: str
    extensions: tuple[str, ...]
    read: Callable[[Path], Document]
    write: Callable[[Document, Sequence[str] | None], bytes]
    bilingual: bool = False  # the file holds source and target (PO, XLIFF, TMX)


REGISTRY: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    for ext in fmt.extensions:
        REGISTRY[ext] = fmt
    return fmt


def format_for(path: Path) -> Format:
    ext = Path(path).suffix.lower()
    try:
        return REGISTRY[ext]
    except KeyError:
        known = " ".join(sorted(REGISTRY))
        raise InputError(f"{path}: unsupported file type '{ext or '(none)'}'; supported: {known}") from None


def is_supported(path: Path) -> bool:
    return Path(path).suffix.lower() in REGISTRY


def read_document(path: Path) -> Document:
    return format_for(path).read(Path(path))


def render_document(doc: Document, targets: Sequence[str] | None = None) -> bytes:
    fmt = REGISTRY[doc.format]
    if targets is None and not fmt.bilingual:
        targets = [s.target if s.target is not None else s.source for s in doc.segments]
    return fmt.write(doc, targets)


def write_document(doc: Document, path: Path, targets: Sequence[str] | None = None) -> None:
    atomic_write_bytes(Path(path), render_document(doc, targets))


def is_bilingual(path: Path) -> bool:
    fmt = REGISTRY.get(Path(path).suffix.lower())
    return bool(fmt and fmt.bilingual)


from . import docx, html, markdown, po, srt, text, tmx, xliff  # noqa: E402,F401  (registration)
