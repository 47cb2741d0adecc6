"""How often the English the extractor would propose for a German noun is the English human translators
used: a check of sense choice for everyday words, on news with reference translations.

    .venv/bin/python bench/sense_choice.py [--set newstest2019] [--lines 1500] [--show 30]

For each common noun in a German sentence (a word the dictionary gives a gender, with at least two
English renderings), the renderings the dictionary offers are looked for in the human reference. An
occurrence counts when at least one of them is there; it is right when the proposal (the top of
`Proposer.score_senses`, no collection domain) is one of those found. Plural and British spelling do
not matter. newstest2017 is the development set; newstest2019 is held out and only reported.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NEWSTEST = ROOT.parent / "shared" / "mtdata" / "newstest"

from glossary.ding import english_singular  # noqa: E402
from glossary.lexicon import TOKEN_RE, dictionary, lemma  # noqa: E402
from glossary.terms.propose import Proposer, _american  # noqa: E402

HELD_OUT = "newstest2019"  # the text of extract_quality.py's held-out list: totals only
_EN = re.compile(r"[a-z]+(?:-[a-z]+)*")


def words(text: str) -> tuple[str, ...]:
    """The text's words, singular and in American spelling (centre, programme, defence, labour, organise): a
    spelling is no other sense."""
    return tuple(_american(english_singular(w)) for w in _EN.findall(text.lower().replace("ise", "ize")))


def contains(sentence: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return n > 0 and any(sentence[i : i + n] == phrase for i in range(len(sentence) - n + 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", help="newstest year file stem (default: 2017 and 2019)")
    parser.add_argument("--lines", type=int, default=1500)
    parser.add_argument(
        "--show", type=int, default=0, help="print the commonest wrong choices (of the development set only)"
    )
    args = parser.parse_args()
    d = dictionary()
    proposer = Proposer(d, [], set())
    for name in args.set or ["newstest2017", "newstest2019"]:
        german = (NEWSTEST / f"{name}.de").read_text(encoding="utf-8").splitlines()[: args.lines]
        english = (NEWSTEST / f"{name}.en").read_text(encoding="utf-8").splitlines()[: args.lines]
        counted = right = 0
        wrong: Counter = Counter()
        for de, en in zip(german, english):
            ref = words(en)
            for token in TOKEN_RE.findall(de)[1:]:
                if not token[:1].isupper() or token.isupper():
                    continue
                word = lemma(token)
                if not d.is_common_noun(word):
                    continue
                scored = proposer.score_senses(word)
                if len(scored) < 2:
                    continue
                found = {e for e in scored if contains(ref, words(e))}
                if not found:
                    continue
                best = max(scored.items(), key=lambda kv: kv[1][0])[0]
                counted += 1
                if best in found:
                    right += 1
                else:
                    wrong[(word, best, min(found))] += 1
        held_out = name == HELD_OUT
        print(
            f"{name} ({'held out' if held_out else 'development'}): {counted} nouns in "
            f"{len(german)} sentences; proposal used by the reference {right / max(counted, 1):.3f}"
        )
        if not held_out:  # (the held-out set's misses are never shown: they would be tuned on)
            show_misses(wrong, args.show)


def show_misses(wrong: Counter, n: int) -> None:
    """The commonest choices the reference says otherwise: (German, chosen, the reference's) → times."""
    for (word, chosen, used), times in wrong.most_common(n):
        print(f"  {times:>3}  {word}: {chosen!r}, reference {used!r}")


if __name__ == "__main__":
    main()
