"""The review session behind `glossary review`: segments, translations, glossary and findings, with saving.

Everything the Textual app does goes through here, so it can be tested and scripted without a screen.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections import Counter, deque
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from . import store
from .check import Checker, Finding
from .document import Document, SegmentPair
from .errors import GlossaryError
from .formats import output_in, read_document, read_documents, render_document
from .matching import SourceMatcher, find_english
from .runrecord import RUN_RECORD, RecordWriter, RunRecord, record_path
from .store import Glossary, TermEntry
from .textio import atomic_write_bytes, process_alive

SORTS = ("score", "lemma", "status", "findings")
UNDO_DEPTH = 50  # actions `undo` can take back, newest first


@dataclass
class ReviewSegment:
    doc: int
    segment: int
    file: str
    line: int
    source: str
    target: str
    findings: list[Finding] = field(default_factory=list)
    edited: bool = False


def natural_order(text: str) -> tuple:
    """A sort key that reads numbers as numbers: 130 before 1000, doc2 before doc10."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in _PARTS.findall(text.lower()))


_PARTS = re.compile(r"\d+|\D+")


@dataclass
class Checked:
    """Findings computed off the screen's thread; `generation` tells whether an edit made them stale."""

    generation: int
    findings: list[list[Finding]]
    counts: Counter
    occurrences: dict[str, list[int]]


@dataclass
class Change:
    """One undoable action: what the reviewer did, and how to take it back."""

    description: str
    undo: Callable[[], None]
    segment: int | None = None  # the segment whose English it changed, if any


@dataclass
class Highlight:
    start: int
    end: int
    kind: str  # approved | candidate | forbidden | rejected
    term: str


class ReviewSession:
    def __init__(self, inputs: Sequence[str], glossary_path: str | None, translations: str | None):
        read, self.problems = read_documents(inputs)
        self.documents: list[Document] = [doc for doc, _ in read]
        self.outputs: list[Path | None] = [
            output_in(Path(translations), relative) if translations else None for _, relative in read
        ]
        for doc, out in zip(self.documents, self.outputs):
            doc.write_as = (
                out.suffix.lower() if out is not None and out.suffix.lower() != Path(doc.path).suffix.lower() else ""
            )
        self.glossary_path = Path(glossary_path) if glossary_path else None
        self.glossary = (
            store.load(self.glossary_path)
            if self.glossary_path and self.glossary_path.exists()
            else Glossary([], str(glossary_path or ""))
        )
        self._disk_stamp = self._stamp()
        self._base = copy.deepcopy(self.glossary)  # what we loaded: saving applies only our changes since
        self.merge_conflicts: list[str] = []
        self.segments: list[ReviewSegment] = []
        self.inputs = [str(i) for i in inputs]
        self.translations = Path(translations) if translations else None
        record = self._record(translations)
        for d, (doc, out) in enumerate(zip(self.documents, self.outputs)):
            targets = self._targets(doc, out, record)
            for seg, target in zip(doc.segments, targets):
                self.segments.append(ReviewSegment(d, seg.index, doc.path, seg.line, seg.source, target))
        self.dirty_glossary = False
        self.dirty_translations = False
        self.generation = 0  # counts edits: a background check started before the latest one is stale
        self.history: deque[Change] = deque(maxlen=UNDO_DEPTH)
        self._recovered: list[Path] = []
        self._finding_counts: Counter = Counter()
        self._occurrences: dict[str, list[int]] | None = None
        self._rebuild_matchers()

    @property
    def dirty(self) -> bool:
        return self.dirty_glossary or self.dirty_translations

    # ------------------------------------------------------------ loading
    @staticmethod
    def _record(translations) -> dict:
        """The run's English by (file, index); without a record the output files are read instead."""
        path = record_path(Path(translations)) if translations else None
        return RunRecord.load(path).targets() if path is not None and path.is_file() else {}

    @staticmethod
    def _targets(doc: Document, out: Path | None, record) -> list[str]:
        if record:
            found = [record.get((doc.path, s.index)) for s in doc.segments]
            if all(t is not None for t in found):
                return found
        if out is not None and out.is_file():
            try:
                translated = read_document(out)
            except GlossaryError:
                translated = None
            if translated is not None and len(translated.segments) == len(doc.segments):
                return [s.source for s in translated.segments]
        return ["" for _ in doc.segments]

    def _stamp(self):
        if self.glossary_path and self.glossary_path.exists():
            st = self.glossary_path.stat()
            return (st.st_mtime_ns, st.st_size)
        return None

    def _rebuild_matchers(self) -> None:
        """Indexes are built on first use (not while the screen opens) and dropped when the glossary changes."""
        self._checker: Checker | None = None
        self._by_status: dict[str, SourceMatcher] | None = None

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            self._checker = Checker(self.glossary)
        return self._checker

    @property
    def by_status(self) -> dict[str, SourceMatcher]:
        """The checker's own matchers serve the highlights too: each glossary is indexed once."""
        if self._by_status is None:
            self._by_status = {
                "approved": self.checker.approved,
                "candidate": self.checker.candidates,
                "rejected": SourceMatcher(e for e in self.glossary.entries if e.status == "rejected"),
            }
        return self._by_status

    # ------------------------------------------------------------ checks and highlights
    def check_all(self) -> None:
        """Findings for every segment, and the index of where each entry occurs (built in the same pass)."""
        self.apply_check(self.compute_check())

    def compute_check(self) -> Checked:
        """The whole check, safe to run in a thread: it reads the session and changes nothing."""
        generation, checker, by_status = self.generation, self.checker, self.by_status
        pairs = [self.pair(i) for i in range(len(self.segments))]
        report = checker.check(pairs)
        findings: list[list[Finding]] = [[] for _ in self.segments]
        for f in report.findings:
            findings[f.segment].append(f)
        index: dict[str, list[int]] = {}
        for i, seg in enumerate(self.segments):
            for matcher in by_status.values():
                for entry, _ in matcher.find(seg.source):
                    index.setdefault(entry.source, []).append(i)
        return Checked(generation, findings, Counter(f.term for f in report.findings), index)

    def apply_check(self, checked: Checked) -> bool:
        """Take a check's findings unless an edit came after it started (then False: check again)."""
        if checked.generation != self.generation:
            return False
        for seg, found in zip(self.segments, checked.findings):
            seg.findings = found
        self._finding_counts = checked.counts
        self._occurrences = checked.occurrences
        return True

    def all_findings(self, group: str = "term") -> list[Finding]:
        """Every finding, by term (then rule) or by document (then line)."""
        found = [f for s in self.segments for f in s.findings]
        if group == "term":
            return sorted(found, key=lambda f: (natural_order(f.term), f.rule, f.segment))
        return sorted(found, key=lambda f: (natural_order(f.file), f.line, f.segment))

    def entries(self, wanted: str = "", sort: str = "score") -> list[TermEntry]:
        """The glossary as the reviewer asked to see it: filtered on German or English, then sorted."""
        wanted = wanted.strip().lower()
        found = [
            e for e in self.glossary.entries if not wanted or wanted in e.source.lower() or wanted in e.target.lower()
        ]
        key = {
            "score": lambda e: -e.score,
            "lemma": lambda e: e.source.lower(),
            "status": lambda e: (e.status, e.source.lower()),
            "findings": lambda e: (-self.findings_for(e), e.source.lower()),
        }[sort]
        return sorted(found, key=key)

    def pair(self, i: int) -> SegmentPair:
        s = self.segments[i]
        return SegmentPair(s.file, i, s.source, s.target, s.line)

    def recheck(self, i: int) -> list[Finding]:
        report = self.checker.check([self.pair(i)])
        findings = [f for f in report.findings if f.rule != "inconsistent"]
        self._finding_counts.subtract(f.term for f in self.segments[i].findings)
        self._finding_counts.update(f.term for f in findings)
        self.segments[i].findings = findings
        return findings

    def source_highlights(self, i: int) -> list[Highlight]:
        text = self.segments[i].source
        out = []
        for status, matcher in self.by_status.items():
            for entry, span in matcher.find(text):
                out.append(Highlight(span.start, span.end, status, entry.source))
        return sorted(out, key=lambda h: h.start)

    def target_highlights(self, i: int) -> list[Highlight]:
        seg = self.segments[i]
        out = []
        for status in ("approved", "candidate"):
            for entry, _ in self.by_status[status].find(seg.source):
                for target in entry.targets():
                    for span in find_english(target.strip(), seg.target, entry.case_sensitive):
                        out.append(Highlight(span.start, span.end, status, entry.source))
                for forbidden in entry.forbidden:
                    for span in find_english(forbidden, seg.target):
                        out.append(Highlight(span.start, span.end, "forbidden", entry.source))
        return sorted(out, key=lambda h: h.start)

    def occurrences(self, entry: TermEntry) -> list[int]:
        if self._occurrences is not None and entry.source in self._occurrences:
            return self._occurrences[entry.source]
        matcher = SourceMatcher([entry])
        found = [i for i, s in enumerate(self.segments) if matcher.find(s.source)]
        if self._occurrences is not None:
            self._occurrences[entry.source] = found
        return found

    def findings_for(self, entry: TermEntry) -> int:
        return self._finding_counts.get(entry.source, 0)

    # ------------------------------------------------------------ edits
    def edit_translation(self, i: int, text: str, how: str = "edited") -> list[Finding]:
        seg = self.segments[i]
        if text != seg.target:
            before, was_edited = seg.target, seg.edited

            def undo() -> None:
                seg.target, seg.edited = before, was_edited
                self.dirty_translations = True
                self.generation += 1
                self.recheck(i)

            seg.target, seg.edited = text, True
            self.dirty_translations = True
            self.generation += 1
            self.history.append(Change(f"{how} the translation of segment {i + 1}", undo, i))
        return self.recheck(i)

    def translate_segment(self, i: int, engine) -> str:
        """The model's English for one segment, through the pipeline `glossary translate` uses
        (glossary enforced, ALL-CAPS handled), so a re-translation matches a batch run."""
        from . import pipeline
        from .enforce import Enforcer

        work = pipeline.Work([self.segments[i].source])
        return pipeline.run(work, engine, Enforcer(self.glossary, engine)).targets[0]

    def _changed(self) -> None:
        self.dirty_glossary = True
        self.generation += 1
        self._occurrences = {} if self._occurrences is not None else None  # recomputed per entry on demand
        self._rebuild_matchers()

    def _edit_entry(self, entry: TermEntry, description: str, edit: Callable[[], None]) -> None:
        """Change one entry so that `undo` can put every field back."""
        before = copy.deepcopy(entry)

        def undo() -> None:
            entry.__dict__.update(copy.deepcopy(before).__dict__)
            self._changed()

        edit()
        self._changed()
        self.history.append(Change(description, undo))

    def set_status(self, entry: TermEntry, status: str) -> None:
        if entry.status != status:
            self._edit_entry(entry, f"{status} '{entry.source}'", lambda: setattr(entry, "status", status))

    def set_target(self, entry: TermEntry, target: str) -> None:
        target = target.strip()
        if target != entry.target:
            self._edit_entry(entry, f"'{entry.source}' → '{target}'", lambda: setattr(entry, "target", target))

    def add_forbidden(self, entry: TermEntry, variant: str) -> None:
        variant = variant.strip()
        if variant and variant not in entry.forbidden:
            forbid = lambda: entry.forbidden.append(variant)
            self._edit_entry(entry, f"forbade '{variant}' for '{entry.source}'", forbid)

    def add_entry(self, source: str, target: str, status: str = "candidate") -> TermEntry:
        source = source.strip()
        existing = self.glossary.by_source().get(source.lower())
        if existing is not None:  # the term is already there: the new target replaces its proposal
            if target.strip():
                self.set_target(existing, target)
            return existing
        entry = TermEntry(source=source, target=target.strip(), status=status)

        def undo() -> None:
            self.glossary.entries.remove(entry)
            self._changed()

        self.glossary.entries.append(entry)
        self._changed()
        self.history.append(Change(f"added '{source}' → '{entry.target}'", undo))
        return entry

    def undo(self) -> Change | None:
        """Take back the latest action and return it; None when there is nothing left to undo."""
        if not self.history:
            return None
        change = self.history.pop()
        change.undo()
        return change

    # ------------------------------------------------------------ saving
    def changed_on_disk(self) -> bool:
        return self._stamp() != self._disk_stamp

    def save_glossary(self, merge: bool = True) -> str:
        """Write atomically under the file's lock; with `merge`, a three-way merge against what we loaded.

        Only our own changes since loading are applied to the file as it is now, so a colleague's
        approvals saved meanwhile stay; a field both of us changed keeps ours and is reported in
        `self.merge_conflicts`.
        """
        if self.glossary_path is None:
            raise GlossaryError("no glossary file was given (--glossary FILE); nothing to save")
        problems = self.glossary.conflicts()
        if problems:
            raise GlossaryError(problems[0] + "; fix it before saving")
        if merge:
            result = store.save_merged(self.glossary, self.glossary_path, self._base, refuse_conflicts=True)
        else:
            with store.lock_for(self.glossary_path):
                store.save(self.glossary, self.glossary_path)
            result = store.SaveResult(self.glossary)
        self.merge_conflicts = result.conflicts
        if result.glossary is not self.glossary:
            self.glossary = result.glossary
            self._rebuild_matchers()
        self._base = copy.deepcopy(self.glossary)
        self._disk_stamp = self._stamp()
        self.dirty_glossary = False
        return str(self.glossary_path)

    def save_translations(self, memory=None) -> list[str]:
        """Edited translations go, together, to the output files, the run record and (as reviewed pairs)
        the translation memory, so `glossary check --run` and a later export read what the reviewer wrote."""
        record_file = record_path(self.translations) if self.translations else None
        record = RunRecord.load(record_file) if record_file is not None and record_file.is_file() else None
        rows = {(r.file, r.index): r for r in record.segments} if record else {}
        updated: list[tuple[str, str, list]] = []
        written = []
        for d, (doc, out) in enumerate(zip(self.documents, self.outputs)):
            segs = [s for s in self.segments if s.doc == d]
            if out is None or not any(s.edited for s in segs):
                continue
            targets = [s.target or doc.segments[s.segment].source for s in segs]
            atomic_write_bytes(out, render_document(doc, targets))
            written.append(str(out))
            recorded = [rows.get((s.file, s.segment)) for s in segs]
            if recorded and all(recorded):
                block = [
                    replace(r, target=t, reviewed=r.reviewed or s.edited) for r, s, t in zip(recorded, segs, targets)
                ]
                updated.append((recorded[0].file, recorded[0].output, block))
        if record is not None and updated:
            self._update_record(record, record_file, updated)
        if memory is not None:
            memory.store("reviewed", "human", [(s.source, s.target) for s in self.segments if s.edited])
        for s in self.segments:
            s.edited = False
        self.dirty_translations = False
        return written

    @staticmethod
    def _update_record(record: RunRecord, path: Path, blocks: list[tuple[str, str, list]]) -> None:
        """Append the edited files' blocks (they supersede the translator's); a legacy JSON record is
        first written out whole as JSON Lines beside it, which readers then prefer."""
        if path.name != RUN_RECORD:
            path = path.with_name(RUN_RECORD)
            record.save(path)
        writer = RecordWriter(path, record.signature, record.glossary)
        try:
            for block in blocks:
                writer.add_file(*block)
        finally:
            writer.close()

    # ------------------------------------------------------------ recovery
    def _recovery_stem(self) -> Path | None:
        if self.glossary_path is not None:
            return self.glossary_path.with_name(f"{self.glossary_path.name}.recovery")
        if self.translations is not None:
            return self.translations / "glossary-review.recovery"
        return None

    def recovery_path(self) -> Path | None:
        """This process's recovery file: beside the glossary (else in the translations folder)."""
        stem = self._recovery_stem()
        return stem.with_name(f"{stem.name}-{os.getpid()}.json") if stem is not None else None

    def write_recovery(self) -> Path | None:
        """Autosave: the unsaved edits, so a killed terminal loses at most the time since the last call."""
        path = self.recovery_path()
        if path is None or not self.dirty:
            self.discard_recovery(own_only=True)
            return None
        data = {
            "inputs": self.inputs,
            "glossary_stamp": list(self._disk_stamp) if self._disk_stamp else None,
            "glossary": [asdict(e) for e in self.glossary.entries] if self.dirty_glossary else None,
            "base": [asdict(e) for e in self._base.entries] if self.dirty_glossary else None,
            "translations": [[s.file, s.segment, s.target] for s in self.segments if s.edited],
        }
        atomic_write_bytes(path, json.dumps(data, ensure_ascii=False).encode())
        return path

    def _recovery_files(self) -> list[Path]:
        """Recovery files of sessions that ended without saving (their process is gone)."""
        stem = self._recovery_stem()
        if stem is None or not stem.parent.is_dir():
            return []
        found = []
        for path in sorted(stem.parent.glob(f"{stem.name}-*.json")):
            pid = path.stem.rsplit("-", 1)[-1]
            if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
                found.append(path)
        return found

    def recover(self) -> list[str]:
        """Bring back the unsaved edits of a session that was killed; the files they came from."""
        recovered = []
        for path in self._recovery_files():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("inputs") != self.inputs:
                    continue
                self._apply_recovery(data)
            except (OSError, ValueError, TypeError, KeyError):
                continue  # a recovery file we cannot read is left where it is, for a human to look at
            recovered.append(str(path))
            self._recovered.append(path)
        return recovered

    def _apply_recovery(self, data: dict) -> None:
        if data.get("glossary") is not None:
            self.glossary = Glossary([TermEntry(**e) for e in data["glossary"]], self.glossary.path)
            self._base = Glossary([TermEntry(**e) for e in data["base"]], self.glossary.path)
            stamp = data.get("glossary_stamp")
            self._disk_stamp = tuple(stamp) if stamp else None  # so saving merges with what changed since
            self._changed()
        where = {(s.file, s.segment): s for s in self.segments}
        for file, index, target in data.get("translations", []):
            seg = where.get((file, index))
            if seg is not None:
                seg.target, seg.edited = target, True
                self.dirty_translations = True
        self.generation += 1

    def discard_recovery(self, own_only: bool = False) -> None:
        """After a save (or a deliberate discard) the recovery files have done their job."""
        paths = [self.recovery_path()] + ([] if own_only else self._recovered)
        for path in paths:
            if path is not None:
                path.unlink(missing_ok=True)
        if not own_only:
            self._recovered = []


def open_session(inputs: Sequence[str], glossary_path: str | None, translations: str | None) -> ReviewSession:
    """A session for `glossary review`: a glossary with conflicts, or no readable document, stops here
    with one line, before the screen opens."""
    session = ReviewSession(inputs, glossary_path, translations)
    session.glossary.check()  # the file as loaded once, by the session
    for path in session.recover():
        session.problems.append(f"{path}: the unsaved edits of a review that ended without saving are back (ctrl+s)")
    if not session.segments:
        raise GlossaryError(
            "no readable documents to review" + (f" ({session.problems[0]})" if session.problems else "")
        )
    return session
