"""Bilingual input for the checker: aligned source/target files and folders, or a translation run record."""

from __future__ import annotations

from pathlib import Path

from .document import SegmentPair
from .errors import InputError
from .formats import is_bilingual, is_supported
from .textio import read_text


def _blocks(text: str, by: str) -> list[tuple[int, str]]:
    """(first line number, text) of every non-empty line, or of every blank-line-separated paragraph."""
    lines = text.splitlines()
    if by == "line":
        return [(n, line.strip()) for n, line in enumerate(lines, start=1) if line.strip()]
    blocks, current, start = [], [], 0
    for n, line in enumerate(lines + [""], start=1):
        if line.strip():
            if not current:
                start = n
            current.append(line.strip())
        elif current:
            blocks.append((start, " ".join(current)))
            current = []
    return blocks


def pair_files(source: Path, target: Path, name: str | None = None) -> list[SegmentPair]:
    """Line-aligned if both have as many non-empty lines, else paragraph-aligned, else an error."""
    src, tgt = read_text(source).text, read_text(target).text
    for by in ("line", "paragraph"):
        a, b = _blocks(src, by), _blocks(tgt, by)
        if len(a) == len(b):
            return [SegmentPair(name or str(target), i, s, t, n) for i, ((n, s), (_, t)) in enumerate(zip(a, b))]
    raise InputError(
        f"{target}: cannot align with {source} ({len(_blocks(src, 'line'))} vs {len(_blocks(tgt, 'line'))} lines, "
        f"{len(_blocks(src, 'paragraph'))} vs {len(_blocks(tgt, 'paragraph'))} paragraphs); give line-aligned files"
    )


def pairs_from_bilingual(path: Path) -> list[SegmentPair]:
    """PO, XLIFF and TMX hold both sides: pair each source with the target the file already has."""
    from .formats import read_document

    doc = read_document(Path(path))
    return [
        SegmentPair(str(path), s.index, s.original or s.source, s.target or "", s.line)
        for s in doc.segments
        if s.target
    ]


def pair_bilingual(source: Path, target: Path) -> list[SegmentPair]:
    """`check SRC.po OUT.po`: the German of the first file against the English the second holds, unit by unit."""
    from .formats import read_document

    src, out = read_document(source), read_document(target)
    by_source: dict[str, list] = {}
    for s in out.segments:
        by_source.setdefault(s.original or s.source, []).append(s)
    pairs = []
    for s in src.segments:
        key = s.original or s.source
        same = by_source.get(key)
        if not same:
            continue
        t = same.pop(0)
        if t.target:
            pairs.append(SegmentPair(str(target), s.index, key, t.target, t.line))
    return pairs


def pair_paths(source: Path, target: Path) -> tuple[list[SegmentPair], list[str]]:
    """Files pair with files; folders pair their documents by relative path. Unpaired files are reported."""
    source, target = Path(source), Path(target)
    if source.is_file() and target.is_file():
        if is_bilingual(source) and is_bilingual(target):
            return pair_bilingual(source, target), []
        return pair_files(source, target), []
    if source.is_dir() and target.is_dir():
        pairs, problems = [], []
        for src in sorted(p for p in source.rglob("*") if p.is_file() and is_supported(p)):
            tgt = target / src.relative_to(source)
            if not tgt.is_file():
                problems.append(f"{tgt}: no translation of {src}")
                continue
            try:
                pairs.extend(pair_bilingual(src, tgt) if is_bilingual(src) else pair_files(src, tgt))
            except InputError as err:
                problems.append(str(err))
        if not pairs and not problems:
            problems.append(f"{source}: no supported documents to check")
        return pairs, problems
    missing = source if not source.exists() else target
    if not missing.exists():
        raise InputError(f"{missing}: no such file or folder")
    raise InputError(f"{source} and {target}: give two files or two folders")
