"""Segment-level terms, the way terminology test sets and CAT tools hand them over: one JSON list per
line of the German text (the WMT terminology task's format), `[{"de": "Tumor", "en": "tumour"}, …]`.
Each segment is enforced, and scored, with its own entries on top of the glossary."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import InputError
from .store import TermEntry
from .textio import read_text

SegmentTerms = list[list[TermEntry]]  # per line of the source: the entries that apply there


def load(path: Path) -> SegmentTerms:
    """Read a terms file; a one-line InputError naming file:line for anything else."""
    path = Path(path)
    lines = read_text(path).text.splitlines()
    terms: SegmentTerms = []
    for number, line in enumerate(lines, start=1):
        hint = f'{path}:{number}: expected a JSON list of {{"de": …, "en": …}}'
        if not line.strip():
            terms.append([])
            continue
        try:
            items = json.loads(line)
        except ValueError:
            raise InputError(f"{hint} (broken JSON); one list per line of the source") from None
        if isinstance(items, dict):
            items = [items]
        if not isinstance(items, list) or not all(_is_pair(item) for item in items):
            raise InputError(hint)
        terms.append([TermEntry(item["de"].strip(), item["en"].strip(), "approved") for item in items])
    return terms


def _is_pair(item) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("de"), str)
        and isinstance(item.get("en"), str)
        and bool(item["de"].strip())
        and bool(item["en"].strip())
    )


def check_lines(terms: SegmentTerms, last_line: int, name: str) -> None:
    """Terms for lines the text does not have mean the two files are not line-aligned."""
    beyond = [n for n in range(last_line + 1, len(terms) + 1) if terms[n - 1]]
    if beyond:
        raise InputError(
            f"{name}: the terms file has terms for line {beyond[0]}, but the text ends at line {last_line}; "
            "give one JSON list per line of the source"
        )


def check_document(terms: SegmentTerms, doc) -> None:
    """`check_lines` for a document read: its last segment's line is where its text ends."""
    check_lines(terms, max((s.line for s in doc.segments), default=0), doc.path)


def for_line(terms: SegmentTerms | None, line: int) -> list[tuple[str, str]]:
    """A segment's own entries, by the source line it is on, as plain data to travel with a chunk."""
    if not terms or not 0 < line <= len(terms):
        return []
    return pairs(terms[line - 1])


def digest(terms: SegmentTerms) -> str:
    """What a run's manifest records, so other terms translate the file again."""
    import hashlib

    text = json.dumps([pairs(t) for t in terms], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def pairs(entries: list[TermEntry]) -> list[tuple[str, str]]:
    """As plain data, to travel with a chunk to a worker."""
    return [(e.source, e.target) for e in entries]


def entries(pairs: list[tuple[str, str]]) -> list[TermEntry]:
    return [TermEntry(de, en, "approved") for de, en in pairs]
