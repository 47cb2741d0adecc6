"""ALL-CAPS German in, natural case to the model, ALL-CAPS English out.

Models are trained on natural case: `EIN MANN FÄHRT FAHRRAD` comes back as nonsense (Argos issue 310).
Each word gets the casing the model's own SentencePiece vocabulary scores higher (German nouns are
capitalised, so `Mann` outscores `mann`; `ss` may be `ß`), the sentence is translated, and the
English is upper-cased again. No dictionary is needed: the vocabulary was learnt from the same text
the model was.
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


class Truecaser:
    """Natural German casing for an ALL-CAPS sentence, from the model's SentencePiece scores."""

    def __init__(self, tokenizer) -> None:
        processor = getattr(tokenizer, "lazy_processor", None)
        self._sp = processor() if callable(processor) else None
        self._cache: dict[tuple[str, bool], str] = {}

    def _cost(self, word: str) -> float:
        ids = self._sp.encode(word)
        return sum(self._sp.GetScore(i) for i in ids)

    def _word(self, upper: str, eszett: bool) -> str:
        key = (upper, eszett)
        if key in self._cache:
            return self._cache[key]
        low = upper.lower()
        if self._sp is None:
            best = low
        else:
            forms = [low] + ([low.replace("ss", "ß")] if eszett and "ss" in low else [])
            low = max(forms, key=self._cost)
            cap = low[:1].upper() + low[1:]
            best = cap if self._cost(cap) > self._cost(low) + MARGIN else low
        self._cache[key] = best
        return best

    def natural(self, text: str, keep_length: bool = False) -> str:
        """The sentence in natural case; `keep_length` (inline markup offsets must still point right)
        leaves `SS` as `ss` instead of trying `ß`."""
        eszett = not keep_length
        out = _WORD.sub(lambda m: self._word(m.group(0), eszett) if len(m.group(0)) > 1 else m.group(0).lower(), text)
        first = next((i for i, c in enumerate(out) if c.isalpha()), None)
        if first is not None:
            out = out[:first] + out[first].upper() + out[first + 1 :]
        return out
