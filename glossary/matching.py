"""Finding glossary terms in German sources and their renderings in English targets.

German: token by token through a lemma index (Machthabers → Machthaber), multi-word entries
by lemma sequence, variants by surface form; never inside a longer word (Rat ≠ Sicherheitsrat)
unless the entry's `match` says `head` (then Kurzstreckenrakete matches Rakete). Cost grows
with the length of the text, not with the size of the glossary.
English: each target becomes a pattern that allows plural and possessive endings on its
words (cosmodromes, rulers, ruler's, heads of state).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

from . import lexicon
from .lexicon import TOKEN_RE
from .store import TermEntry


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


class SourceMatcher:
    """All entries of a glossary, indexed by the lemma and the surface forms of their first word."""

    def __init__(self, entries: Iterable[TermEntry]):
        self.by_first: dict[str, list[tuple[tuple[str, ...], TermEntry]]] = {}
        self.heads: list[tuple[str, TermEntry]] = []
        for entry in entries:
            keys = set()
            for form in entry.forms():
                words = TOKEN_RE.findall(form)
                if not words:
                    continue
                keys.add(tuple(w.lower() for w in words))
                keys.add(tuple(lexicon.key(w) for w in words))
            for key in keys:
                self.by_first.setdefault(key[0], []).append((key, entry))
            if entry.match == "head":
                self.heads.append((entry.source.lower(), entry))
        for options in self.by_first.values():
            options.sort(key=lambda kv: -len(kv[0]))  # longest entry first: "ballistische Rakete" before "Rakete"

    def find(self, text: str) -> list[tuple[TermEntry, Span]]:
        tokens = list(TOKEN_RE.finditer(text))
        found: list[tuple[TermEntry, Span]] = []
        i = 0
        while i < len(tokens):
            hit = self._match_at(tokens, i)
            if hit is None:
                i += 1
                continue
            entry, length = hit
            start, end = tokens[i].start(), tokens[i + length - 1].end()
            found.append((entry, Span(start, end, text[start:end])))
            i += length
        return found

    def _match_at(self, tokens, i):
        word = tokens[i].group()
        lowered, lemma = word.lower(), lexicon.key(word)
        seen = set()
        for first in (lowered, lemma):
            if first in seen:
                continue
            seen.add(first)
            for key, entry in self.by_first.get(first, ()):
                n = len(key)
                if i + n > len(tokens):
                    continue
                if all(
                    key[k] in (tokens[i + k].group().lower(), lexicon.key(tokens[i + k].group())) for k in range(1, n)
                ) and self._case_ok(entry, tokens[i : i + n]):
                    return entry, n
        for head, entry in self.heads:
            if len(lowered) > len(head) + 2 and (lowered.endswith(head) or lemma.endswith(head)):
                return entry, 1
        return None

    @staticmethod
    def _case_ok(entry: TermEntry, tokens) -> bool:
        if not entry.case_sensitive:
            return True
        surface = " ".join(t.group() for t in tokens)
        return any(surface == f or surface.startswith(f.split()[0]) for f in entry.forms())


def _word_pattern(word: str) -> str:
    base = re.escape(word)
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
    return [Span(m.start(), m.end(), m.group()) for m in english_pattern(term, case_sensitive).finditer(text)]


def approved_targets(entry: TermEntry) -> list[str]:
    """An approved entry may allow several renderings separated by '|' in its target cell."""
    return entry.targets()
