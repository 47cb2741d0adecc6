"""The glossary: TermEntry rows in a human-editable TSV, the project's source of truth."""

from __future__ import annotations

import csv
import hashlib
import io
import re
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
MAX_CELL = 65_536  # characters in one glossary cell; more is a broken file, not a term
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
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

    def targets(self) -> list[str]:
        """The English renderings in the target cell: '|' separates the alternatives an entry allows."""
        return _split_list(self.target)

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
                    f"{self.path}:{e.line}: '{e.source}' approved as '{e.target}' here and as "
                    f"'{other.target}' on line {other.line}"
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
                        f"{self.path}:{e.line}: '{e.source}' forbids '{f}', which line {other.line} "
                        "approves for the same term"
                    )
        return problems

    def check(self) -> "Glossary":
        problems = self.conflicts()
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise GlossaryFileError(problems[0] + more + "; fix the glossary and run again")
        return self


def read_rows(text: str, path: str, delimiter: str = "\t", quoting: int = csv.QUOTE_NONE) -> list[list[str]]:
    """Every row of a glossary table, whatever its line endings (LF, CRLF, old Mac CR), with cells capped.

    The one place glossary CSV/TSV is split into cells: csv errors become one line naming the row.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL + 1))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quoting=quoting)
    rows = []
    try:
        for row in reader:
            for cell in row:
                if len(cell) > MAX_CELL:
                    raise GlossaryFileError(
                        f"{path}:{reader.line_num}: a cell of {len(cell):,} characters (at most "
                        f"{MAX_CELL:,}); is this a glossary?"
                    )
            rows.append(row)
    except csv.Error as err:
        message = str(err)
        if "field larger than field limit" in message:
            message = f"a cell longer than {MAX_CELL:,} characters; is this a glossary?"
        raise GlossaryFileError(f"{path}:{reader.line_num}: {message}") from None
    return rows


def check_text(entries: Iterable[TermEntry], path: str) -> None:
    """Refuse control characters when a glossary is read, not later when it is exported."""
    for e in entries:
        for name, value in e.to_row().items():
            found = _CONTROL_RE.search(value)
            if found:
                where = f"{path}:{e.line}" if e.line else path
                raise GlossaryFileError(
                    f"{where}: '{e.source[:40]}': control character U+{ord(found.group()):04X} in {name}; remove it"
                )


def _split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def from_tsv(text: str, path: str = "<glossary>") -> Glossary:
    rows = read_rows(text, path)
    if not rows:
        raise GlossaryFileError(f"{path}: empty glossary; it needs a header line starting with 'source'")
    header = [h.strip().lower() for h in rows[0]]
    if not header or header[0] != "source" or "target" not in header:
        raise GlossaryFileError(
            f"{path}:1: header must start with 'source' and name a 'target' column (got {rows[0][:3]})"
        )
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
    check_text(entries, path)
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


# ------------------------------------------------------------------ writers that never lose an update
@dataclass
class SaveResult:
    """What `save_merged` wrote: the merged glossary and the true conflicts (ours was kept in each)."""

    glossary: Glossary
    conflicts: list[str] = field(default_factory=list)
    merged: bool = False  # ours was merged with what was on disk (changed by someone else, or already there)


def _keyed(glossary: Glossary | None) -> dict[tuple[str, int], TermEntry]:
    """Entries by (source, occurrence): a source listed twice stays two entries."""
    keyed: dict[tuple[str, int], TermEntry] = {}
    seen: dict[str, int] = {}
    for e in glossary.entries if glossary is not None else []:
        n = seen.get(e.source, 0)
        seen[e.source] = n + 1
        keyed[(e.source, n)] = e
    return keyed


def _same(a: TermEntry | None, b: TermEntry | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.to_row() == b.to_row()


def merge3(base: Glossary | None, ours: Glossary, theirs: Glossary) -> tuple[Glossary, list[str]]:
    """Apply our changes since `base` onto `theirs`, field by field, as `git merge` does for lines.

    A field changed on one side only takes that side's value; changed on both sides to different
    values is a conflict: ours is kept and the conflict reported. An entry one side deleted and the
    other changed is kept (nothing reviewed is lost).
    """
    import copy

    b, o, t = _keyed(base), _keyed(ours), _keyed(theirs)
    order = list(t) + [k for k in o if k not in t]
    entries, conflicts = [], []
    for key in order:
        be, oe, te = b.get(key), o.get(key), t.get(key)
        if _same(oe, be):
            chosen = te  # we did not touch it: theirs as it is now (or gone, if they deleted it)
        elif _same(te, be):
            chosen = oe  # they did not touch it: our version (or gone, if we deleted it)
        elif oe is None or te is None:
            chosen = oe or te  # deleted on one side, changed on the other: keep the change
            conflicts.append(f"'{key[0]}': deleted on one side and changed on the other; kept the changed entry")
        else:
            chosen = copy.deepcopy(te)
            base_row = (be or TermEntry(source=key[0])).to_row()
            ours_row, theirs_row = oe.to_row(), te.to_row()
            for name in COLUMNS:
                if ours_row[name] == theirs_row[name] or ours_row[name] == base_row[name]:
                    continue
                setattr(chosen, name, copy.deepcopy(getattr(oe, name)))
                if theirs_row[name] != base_row[name]:
                    conflicts.append(
                        f"'{key[0]}': {name} is '{ours_row[name]}' here but '{theirs_row[name]}' in the "
                        f"file; kept '{ours_row[name]}'"
                    )
        if chosen is not None:
            entries.append(chosen)
    return Glossary(entries, theirs.path or ours.path), conflicts


def lock_for(path: Path | str):
    """The OS lock every writer of one glossary file holds for read-merge-write (a hidden file beside it)."""
    from filelock import FileLock

    path = Path(path)
    return FileLock(str(path.with_name(f".{path.name}.lock")), timeout=120)


def save_merged(ours: Glossary, path: Path | str, base: Glossary | None, refuse_conflicts: bool = False) -> SaveResult:
    """Write our glossary to `path` without losing what others wrote there since we loaded `base`.

    Under the file's lock: read what is on disk now, three-way merge, write atomically. With no file
    on disk, ours is written as it is.
    """
    path = Path(path)
    with lock_for(path):
        if not path.exists():
            save(ours, path)
            return SaveResult(ours)
        theirs = load(path)
        if base is not None and theirs.digest() == base.digest():
            merged, conflicts, changed = ours, [], False
        else:
            merged, conflicts = merge3(base, ours, theirs)
            changed = True
        merged.path = str(path)
        problems = merged.conflicts() if refuse_conflicts else []
        if problems:
            raise GlossaryFileError(problems[0] + "; fix it before saving")
        save(merged, path)
    return SaveResult(merged, conflicts, changed)


def add_to_file(path: Path | str, new: Iterable[TermEntry], overwrite: bool = False) -> SaveResult:
    """`import`/`extract -o`: new entries into a glossary file; reviewed work there is kept (see `merge`).

    The file is read under its lock at the moment of writing, not when the (long) extraction
    started, so a review session saving meanwhile loses nothing.
    """
    path = Path(path)
    with lock_for(path):
        existed = path.exists() and not overwrite
        glossary = merge(load(path), new) if existed else Glossary(list(new))
        glossary.path = str(path)
        problems = glossary.conflicts()
        if problems:
            raise GlossaryFileError(problems[0] + "; nothing written")
        save(glossary, path)
    return SaveResult(glossary, merged=existed)
