"""How often the extractor's proposal for a term is the English human translators wrote for it: every entry of
`glossary extract` on newstest 2014–2018 and 2020 (one collection per year, the articles as documents), looked for
in the human reference of the sentences it was seen in.

    .venv/bin/python bench/reference_check.py [--years 2014,2015] [--show 30]

An entry counts when its proposal or one of its alternatives is in the reference of its context sentences; it
is right when the proposal is. A compound composed part by part (evidence `compound:Modifier+Head`) has for
alternatives only other pairs of its parts, so its own line counts one when the reference has the proposal or
any pair of a modifier's and a head's one-word renderings, side by side (war aim for war objective): how often
the composition chose the pair the translator wrote (its alternatives are not counted on the terms' line).
Plural and British spelling do not matter; other spellings (table spoon, tablespoon) and a reference that says
it another way do. Thousands of entries, no gold list: a check of the
proposals at large, beside the lists of `extract_quality.py`. newstest2019 is the held-out list's text and
is never read here.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
NEWSTEST = ROOT.parent / "shared" / "mtdata" / "newstest"
YEARS = ("2014", "2015", "2016", "2017", "2018", "2020")

from extract_quality import articles  # noqa: E402
from sense_choice import contains, show_misses, words  # noqa: E402

from glossary.lexicon import dictionary  # noqa: E402
from glossary.terms import extract  # noqa: E402
from glossary.terms.propose import _COMPOSED, Proposer, _modifier_forms  # noqa: E402


def check(year: str, wrong: Counter) -> dict[str, list[int]]:
    """kind → [entries with a proposal and a context found, checkable, right] for one year's collection."""
    german = (NEWSTEST / f"newstest{year}.de").read_text(encoding="utf-8").splitlines()
    english = (NEWSTEST / f"newstest{year}.en").read_text(encoding="utf-8").splitlines()
    lines: dict[str, list[int]] = {}
    for number, line in enumerate(german):
        lines.setdefault(line.strip(), []).append(number)
    counts: dict[str, list[int]] = {}
    parts = Proposer(dictionary(), [], set())  # (the parts' renderings out of context)
    for entry in extract(articles(german)):
        # a context is a sentence; a line may hold several
        seen = {n for c in entry.context for n in lines.get(c.strip()) or _containing(german, c.strip())}
        if not entry.target or not seen:
            continue
        references = [words(english[n]) for n in sorted(seen)]
        composed = next((m for ev in entry.evidence if (m := _COMPOSED.match(ev))), None)
        if composed:
            tally = counts.setdefault("composition", [0, 0, 0])
            tally[0] += 1
            ours = any(contains(r, words(entry.target)) for r in references)
            modifier, head = composed.groups()
            mods = {m.lower() for f in _modifier_forms(modifier.lower()) if len(f) >= 3
                    for m in parts._single_words(f.capitalize(), 8)}  # fmt: skip
            heads = {h.lower() for h in parts._single_words(head, 8)}
            pair = any(contains(r, words(f"{m} {h}")) for m in mods for h in heads for r in references)
            tally[1] += ours or pair
            tally[2] += ours
        # (a composition's alternatives, other pairs of its parts, count on its own line: not here, as before)
        listed = [] if composed else entry.alternatives
        found = [e for e in (entry.target, *listed) if any(contains(r, words(e)) for r in references)]
        tally = counts.setdefault(entry.kind, [0, 0, 0])
        tally[0] += 1
        if found:
            tally[1] += 1
            tally[2] += found[0] == entry.target
            if found[0] != entry.target:
                wrong[(entry.source, entry.target, found[0])] += 1
    return counts


def _containing(lines: list[str], sentence: str) -> list[int]:
    return next(([n] for n, line in enumerate(lines) if sentence and sentence in line), [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", default=",".join(YEARS), help="newstest years, comma-separated")
    parser.add_argument(
        "--show", type=int, default=0, help="print the commonest proposals the reference says otherwise"
    )
    args = parser.parse_args()
    years = args.years.split(",")
    if "2019" in years:
        sys.exit("newstest2019 holds the held-out list: it is not read here")
    wrong: Counter = Counter()
    total: dict[str, list[int]] = {}
    for year in years:
        for kind, tally in check(year, wrong).items():
            total[kind] = [a + b for a, b in zip(total.get(kind, [0, 0, 0]), tally)]
    composed, paired, own = total.pop("composition", [0, 0, 0])
    for kind, (entries, checkable, right) in sorted(total.items(), reverse=True):
        print(
            f"{kind}s: {entries} entries, {checkable} with the proposal or an alternative in the reference; "
            f"the proposal is it for {right} ({right / max(checkable, 1):.3f})"
        )
    print(
        f"compositions (terms said part by part): {composed}, {paired} with the proposal or another pair of its "
        f"parts' renderings in the reference; the proposal is it for {own} ({own / max(paired, 1):.3f})"
    )
    show_misses(wrong, args.show)


if __name__ == "__main__":
    main()
