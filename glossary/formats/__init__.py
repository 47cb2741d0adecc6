"""Format registry: one reader/writer pair per format, picked by file extension."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

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
    # `pieces(path, chars)`: a big file as consecutive documents of about `chars` characters, so it is
    # translated in bounded memory; the output is their renderings joined (text formats only).
    pieces: Callable[[Path, int], Iterator[Document]] | None = None
    # A format read but not written back (PDF): the suffixes its translation can be written as, the default first.
    converts: tuple[str, ...] = ()
    options: frozenset[str] = frozenset()  # keyword options its reader takes (xlsx: translate_sheet_names)


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


def output_name(path: Path, convert_to: str = "") -> Path:
    """The name a translation is written under: the input's, or for a converted format (PDF) the
    suffix asked for (`.md`, `.docx`) or its default."""
    fmt = REGISTRY.get(Path(path).suffix.lower())
    if fmt is None or not fmt.converts:
        return Path(path)
    suffix = "." + convert_to.lower().lstrip(".") if convert_to else fmt.converts[0]
    return Path(path).with_suffix(suffix if suffix in fmt.converts else fmt.converts[0])


def output_in(folder: Path, relative: Path) -> Path:
    """Where a run put the translation of `relative` in `folder`: the same name, or for a converted format
    (PDF) whichever of its output suffixes is there (the default when none is)."""
    fmt = REGISTRY.get(Path(relative).suffix.lower())
    if fmt is None or not fmt.converts:
        return Path(folder) / relative
    found = [Path(folder) / Path(relative).with_suffix(suffix) for suffix in fmt.converts]
    return next((p for p in found if p.exists()), found[0])


def read_document(path: Path, **options) -> Document:
    """The document, read with the options its format takes (others are ignored: they are for other formats)."""
    fmt = format_for(path)
    return fmt.read(Path(path), **{k: v for k, v in options.items() if k in fmt.options and v})


def render_document(doc: Document, targets: Sequence[str] | None = None) -> bytes:
    fmt = REGISTRY[doc.format]
    if targets is None and not fmt.bilingual:
        targets = [s.target if s.target is not None else s.source for s in doc.segments]
    return fmt.write(doc, targets)


def write_document(doc: Document, path: Path, targets: Sequence[str] | None = None) -> None:
    atomic_write_bytes(Path(path), render_document(doc, targets))


def collect_inputs(
    inputs: Sequence[str], outdir: Path | None = None
) -> tuple[list[tuple[Path, Path]], list[tuple[str, str]]]:
    """(file, its path relative to the input it came from) for each input, folders walked for supported
    files (hidden ones and OUTDIR skipped); and (input, one-line error) for inputs that give nothing."""
    found: list[tuple[Path, Path]] = []
    problems: list[tuple[str, str]] = []
    skip = outdir.resolve() if outdir is not None and outdir.exists() else None
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and is_supported(p) and not p.name.startswith("."))
            files = [p for p in files if skip is None or skip not in p.resolve().parents]
            if not files:
                problems.append((str(path), f"{path}: no supported documents in this folder"))
            found.extend((p, p.relative_to(path)) for p in files)
        elif path.is_file():
            found.append((path, Path(path.name)))
        else:
            problems.append((str(path), f"{path}: no such file or folder"))
    return found, problems


def read_documents(inputs: Sequence[str]) -> tuple[list[tuple[Document, Path]], list[str]]:
    """(document, path relative to its input) for every readable input; the rest as one-line errors."""
    from ..errors import GlossaryError

    pairs, problems = collect_inputs(inputs)
    errors = [message for _, message in problems]
    docs = []
    for path, relative in pairs:
        try:
            docs.append((read_document(path), relative))
        except GlossaryError as err:
            errors.append(str(err))
    return docs, errors


def is_bilingual(path: Path) -> bool:
    fmt = REGISTRY.get(Path(path).suffix.lower())
    return bool(fmt and fmt.bilingual)


from . import docx, epub, html, markdown, odf, pdf, po, pptx, srt, text, tmx, xliff, xlsx  # noqa: E402,F401  (registration)
