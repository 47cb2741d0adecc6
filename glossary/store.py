"""The glossary: TermEntry rows in a human-editable TSV, the project's source of truth."""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .errors import GlossaryFileError
from .textio import atomic_write_text, read_text

STATUSES = ("candidate", "approved", "rejected")
LIST_SEPARATOR = " | "

COLUMNS = (
    "source", "target", "status", "forbidden", "variants", "alternatives", "pos", "kind",
    "frequency", "documents", "score", "case_sensitive", "match", "note", "context", "evidence",
)  # fmt: skip
_LIST_FIELDS = {"forbidden", "variants", "alternatives", "context", "evidence"}
_INT_FIELDS = {"frequency", "documents"}


@dataclass
class TermEntry:
    """One German term and its English rendering, with what a reviewer needs to decide on it."""

    source: str  # German lemma (base form)
    target: str = ""  # approved or proposed English
    status: str = "candidate"
    forbidden: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # inflected German forms seen
    alternatives: list[str] = field(default_factory=list)
    pos: str = ""  # NOUN, PROPN, ADJ+NOUN, …
    kind: str = "term"  # term | name
    frequency: int = 0
    documents: int = 0
    score: float = 0.0
    case_sensitive: bool = False
    match: str = ""  # "head": also matches as the head of longer compounds (Rakete in Kurzstreckenrakete)
    note: str = ""
    context: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)  # "ding:0.8", "mt:0.6", "translit:0.7"
    line: int = 0  # line in the TSV it was read from; not written

    @property
    def approved(self) -> bool:
        return self.status == "approved"

    def forms(self) -> list[str]:
        """The German surface forms to look for: lemma first, then variants."""
        return list(dict.fromkeys([self.source, *self.variants]))

    def to_row(self) -> dict[str, str]:
        row = {}
        for name in COLUMNS:
            value = getattr(self, name)
            if name in _LIST_FIELDS:
                row[name] = LIST_SEPARATOR.join(v.replace("\t", " ").replace("\n", " ") for v in value)
            elif name == "score":
                row[name] = f"{value:.3f}" if value else ""
            elif name == "case_sensitive":
                row[name] = "yes" if value else ""
            elif name in _INT_FIELDS:
                row[name] = str(value) if value else ""
            else:
                row[name] = str(value).replace("\t", " ").replace("\n", " ")
        return row


@dataclass
class Glossary:
    entries: list[TermEntry] = field(default_factory=list)
    path: str = ""

    def approved(self) -> list[TermEntry]:
        return [e for e in self.entries if e.approved]

    def by_source(self) -> dict[str, TermEntry]:
        return {e.source.lower(): e for e in self.entries}

    def digest(self) -> str:
        """A short hash of the content, recorded in runs and reports (which glossary version was used)."""
        return hashlib.sha256(to_tsv(self).encode()).hexdigest()[:12]

    def conflicts(self) -> list[str]:
        """Errors that make enforcement ambiguous, each naming the TSV lines."""
        problems = []
        seen: dict[str, TermEntry] = {}
        for e in self.approved():
            key = e.source if e.case_sensitive else e.source.lower()
            other = seen.get(key)
            if other is not None and other.target.lower() != e.target.lower():
                problems.append(
                    f"{self.path}:{e.line}: '{e.source}' approved as '{e.target}' here and as '{other.target}' on line {other.line}"
                )
            seen.setdefault(key, e)
            if e.target and e.target.lower() in (f.lower() for f in e.forbidden):
                problems.append(f"{self.path}:{e.line}: '{e.source}': target '{e.target}' is also listed as forbidden")
        targets = {e.target.lower(): e for e in self.approved() if e.target}
        for e in self.approved():
            for f in e.forbidden:
                other = targets.get(f.lower())
                if other is not None and other.source.lower() == e.source.lower() and other is not e:
                    problems.append(
                        f"{self.path}:{e.line}: '{e.source}' forbids '{f}', which line {other.line} approves for the same term"
                    )
        return problems

    def check(self) -> "Glossary":
        problems = self.conflicts()
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise GlossaryFileError(problems[0] + more + "; fix the glossary and run again")
        return self


def _split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def from_tsv(text: str, path: str = "<glossary>") -> Glossary:
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    if not rows:
        raise GlossaryFileError(f"{path}: empty glossary; it needs a header line starting with 'source'")
    header = [h.strip().lower() for h in rows[0]]
    if not header or header[0] != "source" or "target" not in header:
        raise GlossaryFileError(f"{path}:1: header must start with 'source' and name a 'target' column (got {rows[0][:3]})")
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise GlossaryFileError(f"{path}:1: unknown column(s) {', '.join(unknown)}; known: {', '.join(COLUMNS)}")
    entries = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row) or row[0].startswith("#"):
            continue
        if len(row) > len(header):
            raise GlossaryFileError(f"{path}:{number}: {len(row)} cells for {len(header)} columns (a stray tab?)")
        values = dict(zip(header, row))
        entry = TermEntry(source=values["source"].strip(), line=number)
        if not entry.source:
            raise GlossaryFileError(f"{path}:{number}: empty source term")
        for name, raw in values.items():
            raw = raw.strip()
            if name == "source" or not raw:
                continue
            if name in _LIST_FIELDS:
                setattr(entry, name, _split_list(raw))
            elif name in _INT_FIELDS:
                try:
                    setattr(entry, name, int(raw))
                except ValueError:
                    raise GlossaryFileError(f"{path}:{number}: {name} must be a whole number, not '{raw}'") from None
            elif name == "score":
                try:
                    entry.score = float(raw)
                except ValueError:
                    raise GlossaryFileError(f"{path}:{number}: score must be a number, not '{raw}'") from None
            elif name == "case_sensitive":
                entry.case_sensitive = raw.lower() in ("yes", "true", "1", "y")
            elif name == "status":
                if raw.lower() not in STATUSES:
                    raise GlossaryFileError(f"{path}:{number}: status '{raw}' is not one of {', '.join(STATUSES)}")
                entry.status = raw.lower()
            else:
                setattr(entry, name, raw)
        entries.append(entry)
    return Glossary(entries, path)


def to_tsv(glossary: Glossary | Iterable[TermEntry]) -> str:
    entries = glossary.entries if isinstance(glossary, Glossary) else list(glossary)
    out = io.StringIO()
    out.write("\t".join(COLUMNS) + "\n")
    for e in entries:
        row = e.to_row()
        out.write("\t".join(row[c] for c in COLUMNS) + "\n")
    return out.getvalue()


def load(path: Path | str) -> Glossary:
    decoded = read_text(Path(path))
    return from_tsv(decoded.text.lstrip("\ufeff"), str(path))


def save(glossary: Glossary, path: Path | str) -> None:
    atomic_write_text(Path(path), to_tsv(glossary))


def merge(existing: Glossary, extracted: Iterable[TermEntry]) -> Glossary:
    """New candidates join; entries already reviewed keep their status, target and notes."""
    known: dict[str, TermEntry] = {}
    for e in existing.entries:
        for form in e.forms():
            known.setdefault(form.lower(), e)
    merged = list(existing.entries)
    for entry in extracted:
        old = next((known[f.lower()] for f in entry.forms() if f.lower() in known), None)
        if old is None:
            merged.append(entry)
            for form in entry.forms():
                known.setdefault(form.lower(), entry)
            continue
        if old.status == "candidate" and not old.target:
            old.target, old.alternatives = entry.target, entry.alternatives
        old.variants = [v for v in dict.fromkeys(old.variants + entry.forms()) if v != old.source]
        old.frequency, old.documents, old.score = entry.frequency, entry.documents, entry.score
        old.context = old.context or entry.context
        old.evidence = old.evidence or entry.evidence
        old.pos = old.pos or entry.pos
    return Glossary(merged, existing.path)

