"""Finding glossary terms in German sources and their renderings in English targets.

German: token by token through a lemma index (Machthabers → Machthaber), multi-word entries
word by word (modifiers by their stem: des Kalten Krieges), variants by surface form, ß as ss, ä as ae,
hyphenated, open and closed spellings as one; never inside a longer word (Rat ≠ Sicherheitsrat)
unless the entry's `match` says `head` (then Kurzstreckenrakete matches Rakete). Cost grows
with the length of the text, not with the size of the glossary.
English: each target becomes a pattern that allows plural and possessive endings on its
words (cosmodromes, rulers, ruler's, heads of state).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from . import lexicon
from .lexicon import TOKEN_RE
from .store import TermEntry


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


_JOIN_GAP = re.compile(r"[ -]")


_FOLDED = str.maketrans({"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue"})


@functools.lru_cache(maxsize=300_000)
def _folded(word: str) -> str:
    """Old, Swiss and ASCII spelling meet the new: Bewußtsein, Strasse, Straße all compare with ss, Bürgermeister
    and Buergermeister with ue (the words are in lower case here)."""
    return word.translate(_FOLDED)


@functools.lru_cache(maxsize=300_000)
def _stem(word: str) -> str:
    """An adjective or participle before a noun, its ending dropped: Kalter, Kalten, kalte → kalt."""
    lowered = _folded(word.lower())
    return lexicon.adjective_stem(lowered) if len(lowered) > 4 else lowered


@functools.lru_cache(maxsize=300_000)
def _keys(word: str) -> tuple[str, ...]:
    """What a word can be matched as: its lower case and its lemma, folded (ß as ss, ä as ae); a word written with
    ae, oe, ue for umlauts also as the lemma of its umlaut spelling (des Buergermeisters: Bürgermeister)."""
    respelt = lexicon.standard_spelling(word, umlauts=True)  # (the word itself when it has no ae, oe, ue to respell)
    return tuple(dict.fromkeys((_folded(word.lower()), _folded(lexicon.key(word)), _folded(lexicon.key(respelt)))))


@functools.lru_cache(maxsize=300_000)
def _first_keys(word: str) -> tuple[str, ...]:
    """Where a running-text word may start an entry: its keys, and its stem for a multi-word one."""
    return tuple(dict.fromkeys(_keys(word) + (_stem(word),)))


@functools.lru_cache(maxsize=300_000)
def _noun_keys(word: str) -> tuple[str, ...]:
    """A noun's keys, and without a genitive -s/-es the lemmatizer does not know (des Tumors, Karzinoms)."""
    keys = _keys(word)
    if word[:1].isupper() and word.endswith("s") and len(word) > 4:
        lowered = keys[0]
        keys += tuple(k for k in (lowered[:-1], lowered[:-2] if lowered.endswith("es") else "") if k)
    return keys


def _joined(words: list[str]) -> str:
    """Hyphen, space and closed spellings as one: E-Mail-Adresse, E-Mail Adresse, Emailadresse."""
    return _folded("".join(words).lower().replace("-", ""))


@functools.lru_cache(maxsize=300_000)
def _piece(word: str) -> tuple[str, tuple[str, ...]]:
    """A running-text word as part of a joined spelling: as written, and as a last part (its noun keys)."""
    return _joined([word]), tuple(dict.fromkeys(k.replace("-", "") for k in _noun_keys(word)))


class SourceMatcher:
    """All entries of a glossary, indexed by the keys of their first word (lower case, lemma, ß as ss, ä as ae,
    adjective stem) and by their joined spelling. Inflected multi-word terms match in any form (des
    Kalten Krieges for Kalter Krieg); never inside a longer word (Rat ≠ Sicherheitsrat) unless the
    entry's `match` says `head` (then Kurzstreckenrakete matches Rakete)."""

    def __init__(self, entries: Iterable[TermEntry]):
        self.by_first: dict[str, list[tuple[tuple[frozenset[str], ...], TermEntry]]] = {}
        self.joined: dict[str, TermEntry] = {}
        self.joined_starts: set[str] = set()  # the joints of those spellings: where open text may split them
        self.heads: list[tuple[str, TermEntry]] = []
        for entry in entries:
            for form in entry.forms():
                words = TOKEN_RE.findall(form)
                if not words:
                    continue
                # each word: the set of keys a running-text word may show; modifiers also by their stem
                pattern = tuple(
                    frozenset(_keys(w) + ((_stem(w),) if k < len(words) - 1 else ())) for k, w in enumerate(words)
                )
                for first in pattern[0]:
                    self.by_first.setdefault(first, []).append((pattern, entry))
                if len(words) > 1 or "-" in words[0]:  # only spellings that can be written another way
                    for last in _keys(words[-1]):
                        self.joined.setdefault(_joined(words[:-1]) + last.replace("-", ""), entry)
                    parts = [p for w in words for p in w.split("-")]
                    self.joined_starts.update(_joined(parts[:k]) for k in range(1, len(parts)))
            if entry.match == "head":
                self.heads.append((entry.source.lower(), entry))
        for first, options in self.by_first.items():
            unique = {(id(entry), pattern): (pattern, entry) for pattern, entry in options}
            # longest entry first: "ballistische Rakete" before "Rakete"
            self.by_first[first] = sorted(unique.values(), key=lambda kv: -len(kv[0]))

    def find(self, text: str) -> list[tuple[TermEntry, Span]]:
        # read as the words' patterns read it (a soft hyphen is no break: Bundes\u00adregierung), spans in the text
        plain = lexicon.plain_hyphens(text)
        # (where soft hyphens were dropped, each plain position's place in the text; none to map where none were)
        at = [k for k, c in enumerate(text) if c != "\u00ad"] if len(plain) != len(text) else None
        tokens = list(TOKEN_RE.finditer(plain))
        found: list[tuple[TermEntry, Span]] = []
        i = 0
        while i < len(tokens):
            hit = self._match_at(plain, tokens, i)
            if hit is None:
                i += 1
                continue
            entry, length = hit
            start, end = tokens[i].start(), tokens[i + length - 1].end()
            if at is not None:
                start, end = at[start], at[end - 1] + 1
            found.append((entry, Span(start, end, text[start:end])))
            i += length
        return found

    def _match_at(self, text, tokens, i):
        word = tokens[i].group()
        for first in _first_keys(word):
            for pattern, entry in self.by_first.get(first, ()):
                n = len(pattern)
                if i + n > len(tokens):
                    continue
                if all(self._word_ok(pattern[k], tokens[i + k].group(), k == n - 1) for k in range(n)) and (
                    self._case_ok(entry, tokens[i : i + n])
                ):
                    return entry, n
        if self.joined:
            hit = self._joined_at(text, tokens, i)
            if hit is not None:
                return hit
        if not self.heads:
            return None
        lowered, lemma = word.lower(), lexicon.key(word)
        for head, entry in self.heads:
            if len(lowered) > len(head) + 2 and (lowered.endswith(head) or lemma.endswith(head)):
                return entry, 1
        return None

    @staticmethod
    def _word_ok(keys: frozenset[str], word: str, last: bool) -> bool:
        if last:
            return any(k in keys for k in _noun_keys(word))
        return any(k in keys for k in _keys(word)) or _stem(word) in keys

    def _joined_at(self, text, tokens, i):
        """The entry written closed, hyphenated or open in the text (up to three words, split at its joints)."""
        prefix, endings = _piece(tokens[i].group())
        for ending in endings:
            entry = self.joined.get(ending)
            if entry is not None and self._case_ok(entry, tokens[i : i + 1]):
                return entry, 1
        for k in (i + 1, i + 2):
            if prefix not in self.joined_starts or k >= len(tokens):
                return None
            if not _JOIN_GAP.fullmatch(text[tokens[k - 1].end() : tokens[k].start()]):
                return None
            piece, endings = _piece(tokens[k].group())
            for ending in endings:
                entry = self.joined.get(prefix + ending)
                if entry is not None and self._case_ok(entry, tokens[i : k + 1]):
                    return entry, k - i + 1
            prefix += piece
        return None

    @staticmethod
    def _case_ok(entry: TermEntry, tokens) -> bool:
        if not entry.case_sensitive:
            return True
        surface = " ".join(t.group() for t in tokens)
        return any(surface == f or surface.startswith(f.split()[0]) for f in entry.forms())


def find_with(matcher: SourceMatcher, text: str, extra: Sequence[TermEntry] = ()) -> list[tuple[TermEntry, Span]]:
    """The glossary's terms in `text` and a segment's own entries (`--terms`), which win where both match."""
    if not extra:
        return matcher.find(text)
    own = SourceMatcher(extra).find(text)
    rest = [(e, s) for e, s in matcher.find(text) if not any(s.start < o.end and o.start < s.end for _, o in own)]
    return sorted(own + rest, key=lambda found: found[1].start)


def _word_pattern(word: str) -> str:
    # (an apostrophe is either one: children’s hospital, as the dictionary writes it, is children's hospital too)
    base = re.sub(r"['’]", "['’]", re.escape(word))
    if re.fullmatch(r"[A-Za-z]+", word):
        if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
            base = re.escape(word[:-1]) + r"(?:y|ies)"
        elif word.endswith("f"):
            base = re.escape(word[:-1]) + r"(?:f|ves)"
        elif word.endswith("man"):
            base = re.escape(word[:-3]) + r"m[ae]n"
        else:
            base += r"(?:e?s)?"
        base += r"(?:'s|’s|'|’)?"
    return base


@functools.lru_cache(maxsize=100_000)
def english_pattern(term: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """A regex for an English term with its inflections: cosmodrome(s), ruler's, heads of state."""
    words = term.split()
    body = r"[\s-]+".join(_word_pattern(w) for w in words)
    return re.compile(r"(?<![\w-])" + body + r"(?![\w])", 0 if case_sensitive else re.IGNORECASE)


def find_english(term: str, text: str, case_sensitive: bool = False) -> list[Span]:
    first = term.split()[0] if term.split() else term
    stem = first[: max(1, len(first) - 3)].lower()  # no inflection changes more than the last three letters
    if stem not in text.lower():  # most terms are not in most sentences: no pattern built for them
        return []
    return [Span(m.start(), m.end(), m.group()) for m in english_pattern(term, case_sensitive).finditer(text)]


def approved_targets(entry: TermEntry) -> list[str]:
    """An approved entry may allow several renderings separated by '|' in its target cell."""
    return entry.targets()


def targets_for(entry: TermEntry, seen: str) -> list[str]:
    """The renderings that translate what the source has here: the approved ones, and for a name seen in part
    (Putin, Putins for Wladimir Putin; Kim for Kim Jong Un) the same part of its English, for a surname
    alone is rightly translated by the surname alone."""
    targets = approved_targets(entry)
    words, part = entry.source.split(), seen.split()
    if not 0 < len(part) < len(words) or not _a_name(entry, words, targets):
        return targets
    at = []
    for word in part:
        word = _folded(word.lower())
        where = [k for k, w in enumerate(words) if word in (_folded(w.lower()), _folded(w.lower()) + "s")]
        if not where:
            return targets
        at.append(where[0])
    parts = [" ".join(t.split()[k] for k in at) for t in targets if len(t.split()) == len(words)]
    return list(dict.fromkeys([*targets, *parts]))


def _a_name(entry: TermEntry, words: list[str], targets: list[str]) -> bool:
    """An entry of kind name, or one whose German and English words are all capitalised (a curated file)."""
    if entry.kind == "name":
        return True
    return all(w[:1].isupper() for w in words) and all(w[:1].isupper() for t in targets for w in t.split())
