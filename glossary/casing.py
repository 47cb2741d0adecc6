"""ALL-CAPS or Title-Case German in, natural case to the model, the same casing in the English.

Models are trained on natural case: `EIN MANN FÄHRT FAHRRAD` comes back as nonsense (Argos issue 310),
and `Ein Mann Fährt Fahrrad Auf Der Straße` (a headline) reads to them as a string of names. Each
word gets its natural German casing (`Truecaser`), the sentence is translated, and the English is
given the reader's casing again: capitals, or a capital at the start of every word.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MARGIN = 2.0  # log-probability a capitalised form must win by: English words in the shared vocabulary pull lower
MIN_WORDS = 3  # `NATO`, `EU-GIPFEL`: acronyms and headings of one or two words stay as they are


def is_shouting(text: str) -> bool:
    """Most letters upper-case, in at least three words: a sentence typed in capitals, not an acronym."""
    words = [w for w in _WORD.findall(text) if len(w) > 1]
    if len(words) < MIN_WORDS:
        return False
    letters = "".join(words)
    return sum(c.isupper() for c in letters) >= 0.9 * len(letters)


_FUNCTION_WORDS = frozenset(
    "der die das dem den des ein eine einen einem einer und oder in im auf mit von vom zu zum zur für an am bei "
    "nach über unter vor aus ist sind wird hat".split()
)  # German writes these in lower case: capitalised inside a sentence, they mark Title Case


def is_title_case(text: str) -> bool:
    """Every word of at least three capitalised (the rest of each in lower case), a function word among
    them after the first: a headline in Title Case, not a name (`Frankfurter Allgemeine Zeitung`)."""
    words = [w for w in _WORD.findall(text) if len(w) > 1]
    if len(words) < MIN_WORDS or not all(w[0].isupper() and w[1:].islower() for w in words):
        return False
    return any(w.lower() in _FUNCTION_WORDS for w in words[1:])


def casing_of(text: str) -> str:
    """ "upper" (typed in capitals), "title" (Title Case) or "" (as the model expects it)."""
    return "upper" if is_shouting(text) else "title" if is_title_case(text) else ""


def recase(english: str, casing: str) -> str:
    """The English in the reader's casing; the same length, so recorded spans still point right."""
    if casing == "upper":
        upper = english.upper()
        return upper if len(upper) == len(english) else english  # (ß → SS would move the spans)
    if casing == "title":
        return re.sub(
            r"(?<![\w'’])([^\W\d_])",
            lambda m: m.group(1).upper() if len(m.group(1).upper()) == 1 else m.group(1),
            english,
        )
    return english


def _after_hyphen(text: str, words, k: int) -> bool:
    """Word k follows word k-1 after a hyphen, no space between (`T-SHIRT`)."""
    return words[k].start() - 1 == words[k - 1].end() and text[words[k].start() - 1] == "-"


_DETERMINERS = frozenset(
    "der die das dem den des ein eine einen einem einer eines kein keine keinen keinem keiner zum zur beim im am vom "
    "ins mit sein seine seinen seinem ihr ihre ihren ihrem".split()
)  # a word both noun and not after these is the noun (`einen Ball`, `das Essen`)
_COPULAS = frozenset(
    "ist sind war waren wird werden sehr ganz nicht".split()
)  # … and after these it is not (`ist blau`)


class Truecaser:
    """Natural German casing for an ALL-CAPS sentence.

    A word German writes one way (`Hand`: simplemma's lemma of `hand` is a noun; `spielt`) gets that
    casing. A word that is a noun and another word (`Junge`/`junge`, `Essen`/`essen`) is decided by
    its neighbours: before a noun it is not a noun (`junge Frau`), after an article or preposition it is
    (`ein Junge`), after a noun or a copula it is not (`Leute essen`, `ist blau`). Words the lexicon does
    not know get the casing the model's own SentencePiece vocabulary scores higher. The part after a
    hyphen in a noun compound is capitalised (`T-Shirt`, `U-Bahn`).
    """

    def __init__(self, tokenizer) -> None:
        processor = getattr(tokenizer, "lazy_processor", None)
        self._sp = processor() if callable(processor) else None
        self._cache: dict[tuple[str, bool], str] = {}

    def _cost(self, word: str) -> float:
        ids = self._sp.encode(word)
        return sum(self._sp.GetScore(i) for i in ids)

    def _spelling(self, upper: str, eszett: bool) -> str:
        """The lower-case spelling: `ss` or `ß` (the one the lexicon knows, else the likelier to the model)."""
        from . import lexicon

        low = upper.lower()
        if not eszett or "ss" not in low:
            return low
        sharp = low.replace("ss", "ß")
        known = [f for f in (low, sharp) if lexicon.is_known(f) or lexicon.is_known(f[:1].upper() + f[1:])]
        if len(known) == 1:
            return known[0]
        return max((low, sharp), key=self._cost) if self._sp is not None else low

    def _word(self, upper: str, eszett: bool) -> str | None:
        """The word in its casing, or None when it is a noun and another word (the context decides)."""
        from . import lexicon

        key = (upper, eszett)
        if key in self._cache:
            return self._cache[key]
        low = self._spelling(upper, eszett)
        cap = low[:1].upper() + low[1:]
        known_low, known_cap = lexicon.is_known(low), lexicon.is_known(cap)
        noun = known_cap and lexicon.lemma(cap)[:1].isupper()
        if known_low and lexicon.lemma(low)[:1].isupper():
            best: str | None = cap  # `hand` → Hand: German has it only as a noun
        elif known_low and noun:
            best = None
        elif known_low or noun:
            best = low if known_low else cap
        elif self._sp is None:
            best = low
        else:
            best = cap if self._cost(cap) > self._cost(low) + MARGIN else low
        self._cache[key] = best
        return best

    def natural(self, text: str, keep_length: bool = False) -> str:
        """The sentence in natural case; `keep_length` (inline markup offsets must still point right)
        leaves `SS` as `ss` instead of trying `ß`. Title Case is decided as if in capitals, spelt as written."""
        eszett = not keep_length
        words = list(_WORD.finditer(text))
        forms: list[str | None] = []
        for m in words:
            word = m.group(0)
            if len(word) == 1:  # `T-Shirt`: a letter before a hyphen stays a capital
                forms.append(word.upper() if text[m.end() : m.end() + 1] == "-" else word.lower())
            else:
                form = self._word(word, eszett and word.isupper())
                if form is not None and not word.isupper():  # Title Case: its own letters, our casing
                    form = word.lower() if form[:1].islower() else word[:1] + word[1:].lower()
                forms.append(form)
        for k in range(1, len(words)):  # the part after a hyphen in a noun compound
            if _after_hyphen(text, words, k) and forms[k] is not None and (forms[k - 1] or "")[:1].isupper():
                forms[k] = forms[k][:1].upper() + forms[k][1:]
        for k in range(len(words) - 1, -1, -1):
            if forms[k] is None:
                forms[k] = self._in_context(text, words, forms, k, eszett)
        out, pos = [], 0
        for m, form in zip(words, forms):
            out += [text[pos : m.start()], form]
            pos = m.end()
        out.append(text[pos:])
        joined_text = "".join(out)
        first = next((i for i, c in enumerate(joined_text) if c.isalpha()), None)
        if first is not None:
            joined_text = joined_text[:first] + joined_text[first].upper() + joined_text[first + 1 :]
        return joined_text

    def _in_context(self, text: str, words, forms, k: int, eszett: bool) -> str:
        word = words[k].group(0)
        low = self._spelling(word, eszett) if word.isupper() else word.lower()
        cap = low[:1].upper() + low[1:]
        before = (forms[k - 1] or "") if k > 0 else ""
        after = (forms[k + 1] or "") if k + 1 < len(forms) else ""
        if k > 0 and _after_hyphen(text, words, k) and before[:1].isupper():
            return cap
        if after[:1].isupper():
            return low  # `junge Frau`
        relative = k > 1 and "," in text[words[k - 2].end() : words[k - 1].start()]  # `, der etwas sieht`
        if before.lower() in _DETERMINERS and not relative:
            return cap  # `ein Junge`
        if before.lower() in _COPULAS or (k > 1 and before[:1].isupper()):
            return low  # `ist blau`, `Leute essen`
        if self._sp is None:
            return cap
        return cap if self._cost(cap) > self._cost(low) else low
