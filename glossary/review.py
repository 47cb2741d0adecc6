"""The review session behind `glossary review`: segments, translations, glossary and findings, with saving.

Everything the Textual app does goes through here, so it can be tested and scripted without a screen.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from . import store
from .check import Checker, Finding
from .document import Document, SegmentPair
from .errors import GlossaryError
from .formats import read_document, read_documents, render_document
from .matching import SourceMatcher, find_english
from .runrecord import RunRecord, record_path
from .store import Glossary, TermEntry
from .textio import atomic_write_bytes


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
            Path(translations) / relative if translations else None for _, relative in read
        ]
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
        record = self._record(translations)
        for d, (doc, out) in enumerate(zip(self.documents, self.outputs)):
            targets = self._targets(doc, out, record)
            for seg, target in zip(doc.segments, targets):
                self.segments.append(ReviewSegment(d, seg.index, doc.path, seg.line, seg.source, target))
        self.dirty_glossary = False
        self.dirty_translations = False
        self._finding_counts: Counter = Counter()
        self._occurrences: dict[str, list[int]] | None = None
        self._rebuild_matchers()

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
        pairs = [self.pair(i) for i in range(len(self.segments))]
        report = self.checker.check(pairs)
        for s in self.segments:
            s.findings = []
        for f in report.findings:
            self.segments[f.segment].findings.append(f)
        self._finding_counts = Counter(f.term for f in report.findings)
        index: dict[str, list[int]] = {}
        for i, seg in enumerate(self.segments):
            for matcher in self.by_status.values():
                for entry, _ in matcher.find(seg.source):
                    index.setdefault(entry.source, []).append(i)
        self._occurrences = index

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
    def edit_translation(self, i: int, text: str) -> list[Finding]:
        seg = self.segments[i]
        if text != seg.target:
            seg.target, seg.edited = text, True
            self.dirty_translations = True
        return self.recheck(i)

    def _changed(self) -> None:
        self.dirty_glossary = True
        self._occurrences = {} if self._occurrences is not None else None  # recomputed per entry on demand
        self._rebuild_matchers()

    def set_status(self, entry: TermEntry, status: str) -> None:
        entry.status = status
        self._changed()

    def set_target(self, entry: TermEntry, target: str) -> None:
        entry.target = target.strip()
        self._changed()

    def add_forbidden(self, entry: TermEntry, variant: str) -> None:
        variant = variant.strip()
        if variant and variant not in entry.forbidden:
            entry.forbidden.append(variant)
            self._changed()

    def add_entry(self, source: str, target: str, status: str = "candidate") -> TermEntry:
        source = source.strip()
        existing = self.glossary.by_source().get(source.lower())
        if existing is not None:  # the term is already there: the new target replaces its proposal
            if target.strip() and target.strip() != existing.target:
                existing.target = target.strip()
                self._changed()
            return existing
        entry = TermEntry(source=source, target=target.strip(), status=status)
        self.glossary.entries.append(entry)
        self._changed()
        return entry

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
        """Edited translations go to the output files and, as reviewed pairs, to the translation memory."""
        written = []
        for d, (doc, out) in enumerate(zip(self.documents, self.outputs)):
            segs = [s for s in self.segments if s.doc == d]
            if out is None or not any(s.edited for s in segs):
                continue
            targets = [s.target or doc.segments[s.segment].source for s in segs]
            atomic_write_bytes(out, render_document(doc, targets))
            written.append(str(out))
        if memory is not None:
            memory.store("reviewed", "human", [(s.source, s.target) for s in self.segments if s.edited])
        for s in self.segments:
            s.edited = False
        self.dirty_translations = False
        return written


def open_session(inputs: Sequence[str], glossary_path: str | None, translations: str | None) -> ReviewSession:
    """A session for `glossary review`: a glossary with conflicts, or no readable document, stops here
    with one line, before the screen opens."""
    session = ReviewSession(inputs, glossary_path, translations)
    session.glossary.check()  # the file as loaded once, by the session
    if not session.segments:
        raise GlossaryError(
            "no readable documents to review" + (f" ({session.problems[0]})" if session.problems else "")
        )
    return session
