"""Approved glossary targets in every translation, forbidden variants in none.

Method: translate normally, then repair. For each approved entry found in a German sentence
(lemma-aware, see matching.py) we look for an approved target in the English; if none is
there, we replace, in this order, a forbidden variant, a known alternative, or the German
word left untranslated; failing those, the English words the model aligned with the German
term. The alignment comes from the model's own cross-attention (CTranslate2
`return_attention`), decoded with the same settings, so the hypothesis is the one we are
repairing. It works with any Argos/CTranslate2 model; a better model needs fewer repairs.
Plural German forms (Weltraumbahnhöfe) get plural English (cosmodromes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from .lexicon import pluralize, zipf_en
from .matching import SourceMatcher, Span, approved_targets, find_english, find_with, targets_for
from .store import Glossary, TermEntry

_GERMAN_PLURAL = re.compile(r"(?:en|e|n|er|innen)$")


@dataclass
class Applied:
    """One approved entry in one sentence: where it was in German, where its target is in English."""

    term: str
    target: str
    source_span: tuple[int, int]
    target_span: tuple[int, int] | None
    method: str  # present | forbidden | alternative | untranslated | aligned


@dataclass
class EnforcedSentence:
    source: str
    raw: str  # the model's translation
    target: str  # after enforcement
    applied: list[Applied] = field(default_factory=list)


def german_plural(surface: str, entry: TermEntry) -> bool:
    if entry.kind == "name" or surface.lower() == entry.source.lower():
        return False
    last = surface.split()[-1]
    return bool(_GERMAN_PLURAL.search(last)) and not last.endswith("s")


def _cased(text: str, start: int, end: int, new: str) -> str:
    """A replacement at the start of a sentence starts with a capital, as the words it replaces did."""
    if (
        text[start:end][:1].isupper()
        and new[:1].islower()
        and (start == 0 or text[:start].rstrip().endswith((".", "!", "?", '"', "“")))
    ):
        return new[:1].upper() + new[1:]
    return new


def _replace(text: str, span: Span, new: str) -> str:
    return text[: span.start] + _cased(text, span.start, span.end, new) + text[span.end :]


class Enforcer:
    def __init__(self, glossary: Glossary | None, engine=None, redecode: bool = True):
        """`glossary` None: only segment-level terms (`--terms`) are enforced; `redecode`: let the model
        finish a sentence after a term put in by alignment, when it likes that better than the splice."""
        self.glossary = glossary or Glossary([])
        self.matcher = SourceMatcher(self.glossary.approved())
        self.engine = engine
        self.redecode = redecode
        self._found: dict[tuple, list] = {}

    def with_terms(self, sources: Sequence[str], extra: Sequence[Sequence[TermEntry]] | None = None) -> set[str]:
        """The sentences holding an entry: the ones whose attention the first decoding should keep."""
        self._found = {}
        return {s for i, s in enumerate(sources) if self._find(s, extra[i] if extra else ())}

    def _find(self, source: str, extra: Sequence[TermEntry]) -> list:
        """The entries in a sentence, found once for `with_terms` and `enforce` of the same chunk."""
        key = (source, tuple((e.source, e.target) for e in extra))
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = find_with(self.matcher, source, extra)
        return found

    def enforce(
        self,
        sources: Sequence[str],
        targets: Sequence[str],
        extra: Sequence[Sequence[TermEntry]] | None = None,
        attention: dict[str, tuple] | None = None,
    ) -> list[EnforcedSentence]:
        """Repair each translation; all decisions are made on the raw text, then applied at once.
        `extra`: each sentence's own entries on top of the glossary (segment-level terms);
        `attention`: source → (pieces, hypothesis pieces, attention) kept from the decoding that made
        `targets` (Engine.translate's `attend`); the others are aligned by forced decoding."""
        self._attention = attention or {}
        matches = [self._find(s, extra[i] if extra else ()) for i, s in enumerate(sources)]
        self._found = {}  # the chunk is done: its matches go
        plans: list[list[tuple[TermEntry, Span, tuple[int, int] | None, str, str]]] = []
        pending: list[tuple[int, int]] = []  # (sentence, match) needing alignment
        for i, (source, raw) in enumerate(zip(sources, targets)):
            plan = []
            for k, (entry, span) in enumerate(matches[i]):
                taken = [p[2] for p in plan if p[2]]
                choice = self._present(entry, span, raw, taken) or self._cheap(entry, span, raw, taken)
                if choice is None:
                    pending.append((i, k))
                    plan.append((entry, span, None, "", "aligned"))
                else:
                    plan.append((entry, span, *choice))
            plans.append(plan)
        if pending:
            self._align(sources, targets, plans, pending)
        results = []
        for source, raw, plan in zip(sources, targets, plans):
            result = _apply(source, raw, plan)
            self._remove_forbidden(result)
            results.append(result)
        if self.engine is not None and self.redecode:
            self._redecode(results)
        return results

    def _redecode(self, results: list[EnforcedSentence]) -> None:
        """Where a term was put in place of the words aligned with it, let the model finish the sentence after
        the term (constrained decoding) and keep whichever of repair and re-decoding it scores higher."""
        todo = []
        for i, result in enumerate(results):
            aligned = [a for a in result.applied if a.method == "aligned" and a.target_span]
            end = max((a.target_span[1] for a in aligned), default=0)
            if aligned and result.target[end:].strip(_CLOSING):  # a term that ends the sentence has nothing to finish
                todo.append((i, result.target[:end]))
        if not todo:
            return
        # an ending about as long as the repair's: a model that rambles on (off its domain) is cut short
        lengths = [len(self.engine.tokenizer.encode(results[i].target)) + 8 for i, _ in todo]
        endings = self.engine.complete([(results[i].source, start) for i, start in todo], lengths)
        chosen = []
        for (i, start), text in zip(todo, endings):
            if (
                text
                and text != results[i].target
                and text.startswith(start)
                and not text[len(start) : len(start) + 1].isalnum()  # the term not glued to a next piece
                and not self._forbidden_in(results[i], text)
            ):
                spans = _spans_in(results[i], text, len(start))
                if spans is not None:
                    chosen.append((i, text, spans))
        scores = self.engine.score([(results[i].source, e) for i, text, _ in chosen for e in (results[i].target, text)])
        for k, (i, text, spans) in enumerate(chosen):
            repaired, redecoded = scores[2 * k], scores[2 * k + 1]
            if repaired is None or redecoded is None or redecoded <= repaired:
                continue
            result = results[i]
            result.target = text
            for applied, span in zip(result.applied, spans):
                applied.target_span = span
                if applied.method == "aligned":
                    applied.method = "redecoded"

    def _desired(self, entry: TermEntry, surface: str, replaced: str = "") -> str:
        target = approved_targets(entry)[0]
        english_plural = (
            replaced.lower().endswith("s") and not replaced.lower().endswith("ss") and zipf_en(replaced.lower()) >= 3.0
        )
        if entry.kind != "name" and (german_plural(surface, entry) or english_plural):
            return pluralize(target)
        return target

    def _present(self, entry, span, raw, taken):
        for target in targets_for(entry, span.text):  # (Putin alone is rightly Putin alone)
            for found in find_english(target, raw, entry.case_sensitive):
                if not _overlaps((found.start, found.end), taken):
                    return (found.start, found.end), found.text, "present"
        return None

    def _cheap(self, entry, span, raw, taken):
        for method, candidates in (
            ("forbidden", entry.forbidden),
            ("alternative", entry.alternatives),
            ("untranslated", entry.forms()),
        ):
            for candidate in candidates:
                for found in find_english(candidate, raw):
                    if not _overlaps((found.start, found.end), taken):
                        return (found.start, found.end), self._desired(entry, span.text, found.text), method
        return None

    def _align(self, sources, targets, plans, pending) -> None:
        alignments = {sources[i]: self._attention[sources[i]] for i, _ in pending if sources[i] in self._attention}
        pairs = list(dict.fromkeys((sources[i], targets[i]) for i, _ in pending if sources[i] not in alignments))
        if pairs and self.engine is not None:
            # forced decoding of the hypothesis we repair: cheaper than decoding the sentence again
            alignments.update({source: found for (source, _), found in zip(pairs, self.engine.align(pairs))})
        for i, k in pending:
            entry, span, _, _, _ = plans[i][k]
            raw = targets[i]
            taken = [p[2] for p in plans[i] if p[2]]
            chosen = None
            if alignments.get(sources[i]) is not None:
                chosen = _aligned_words(sources[i], span, raw, *alignments[sources[i]], taken=taken)
            if chosen is None:
                chosen = _proportional_word(sources[i], span, raw, taken)
            # the aligned word says nothing reliable about number: only the German form decides
            plans[i][k] = (entry, span, chosen, self._desired(entry, span.text), "aligned")

    def _forbidden_in(self, result: EnforcedSentence, text: str) -> bool:
        return any(find_english(f, text) for entry, _ in self.matcher.find(result.source) for f in entry.forbidden)

    def _remove_forbidden(self, result: EnforcedSentence) -> None:
        for entry, span in self.matcher.find(result.source):
            for forbidden in entry.forbidden:
                for found in reversed(find_english(forbidden, result.target)):
                    desired = self._desired(entry, span.text, found.text)
                    result.target = _replace(result.target, found, desired)


def _spans_in(result: EnforcedSentence, text: str, kept: int) -> list[tuple[int, int]] | None:
    """Where each applied target is in a re-decoded `text` whose first `kept` characters are the repair's;
    None if one went missing (the re-decoding then loses)."""
    spans = []
    for applied in result.applied:
        span = applied.target_span
        if span is not None and span[1] <= kept:
            spans.append(span)
            continue
        found = [f for f in find_english(applied.target, text) if f.start >= kept or span is None]
        if not found:
            return None
        spans.append((found[0].start, found[0].end))
    return spans


def _overlaps(span, taken) -> bool:
    return any(t[0] < span[1] and span[0] < t[1] for t in taken if t)


def _apply(source, raw, plan) -> EnforcedSentence:
    """Build the repaired sentence left to right, recording where each target ended up."""
    result = EnforcedSentence(source, raw, raw)
    edits = sorted(
        ((span, entry, src, new, method) for entry, src, span, new, method in plan if span is not None),
        key=lambda e: (e[0][0], e[0][1]),
    )
    out, cursor = [], 0
    for (start, end), entry, src, new, method in edits:
        if start < cursor:
            continue  # two terms claimed one place: keep the first
        out.append(raw[cursor:start])
        position = sum(len(p) for p in out)
        if method == "present":
            new = raw[start:end]
        elif start == end and start > 0 and not raw[start - 1].isspace():
            out.append(" ")
            position += 1
        else:
            new = _cased(raw, start, end, new)
        out.append(new)
        result.applied.append(Applied(entry.source, new, (src.start, src.end), (position, position + len(new)), method))
        cursor = end
    out.append(raw[cursor:])
    result.target = "".join(out)
    return result


_WORD = re.compile(r"[\w’'-]+")
_CLOSING = ' .!?"”»)'  # what may follow the last word of a sentence


def _words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text)]


def _proportional_word(source: str, span: Span, target: str, taken=()) -> tuple[int, int]:
    """Last resort: the free English word nearest the same relative position, or the end."""
    words = [w for w in _words(target) if not _overlaps(w, taken)]
    if not words:
        end = len(target.rstrip(' .!?"”»'))
        return (end, end)
    where = (span.start + span.end) / 2 / max(1, len(source)) * len(target)
    return min(words, key=lambda w: abs((w[0] + w[1]) / 2 - where))


def _aligned_words(source, span, target, src_pieces, tgt_pieces, attention, taken=()):
    """The English words whose pieces attend most to the German term's pieces."""
    if not attention or not tgt_pieces:
        return None
    offsets, pos = [], 0
    flat = "".join(p.replace("▁", " ") for p in src_pieces)
    shift = flat.find(source[: max(1, min(20, len(source)))].strip()[:10]) if source.strip() else 0
    for piece in src_pieces:
        text = piece.replace("▁", " ")
        offsets.append((pos - max(shift, 0), pos - max(shift, 0) + len(text)))
        pos += len(text)
    src_ids = [k for k, (a, b) in enumerate(offsets) if a < span.end and b > span.start]
    if not src_ids:
        return None
    scores = [sum(row[k] for k in src_ids if k < len(row)) for row in attention[: len(tgt_pieces)]]
    # group target pieces into words, as the detokenizer does
    word_of, words, current = [], [], -1
    for piece in tgt_pieces:
        if piece.startswith("▁") or current < 0:
            current += 1
            words.append("")
        words[current] += piece.replace("▁", "")
        word_of.append(current)
    word_scores = [0.0] * len(words)
    for k, s in enumerate(scores):
        word_scores[word_of[k]] = max(word_scores[word_of[k]], s)
    # locate the words in the detokenized target
    spans, cursor = [], 0
    for w in words:
        core = _WORD.search(w)
        if core is None:
            spans.append(None)
            continue
        found = target.find(core.group(), cursor)
        if found < 0:
            return None
        spans.append((found, found + len(core.group())))
        cursor = found + len(core.group())
    free = [w for w in range(len(words)) if spans[w] is not None and not _overlaps(spans[w], taken)]
    if not free:
        return None
    best = max(free, key=lambda w: word_scores[w])
    chosen = [best]
    for direction in (-1, 1):
        w = best + direction
        while w in free and word_scores[w] >= 0.6 * word_scores[best]:
            chosen.append(w)
            w += direction
    lo, hi = min(chosen), max(chosen)
    return (spans[lo][0], spans[hi][1])
