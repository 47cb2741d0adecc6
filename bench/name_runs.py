"""How often a name of several words that the German and its human translation write alike is an entry of
`glossary extract`, as written: a check of names at large, their spans above all (Major League Baseball, not
Major League; Redaktionsnetzwerk Deutschland, not a term and a country).

    .venv/bin/python bench/name_runs.py [--show 30]

A run is two or more capitalised words inside a sentence (not its first) that the reference has as they are; it
counts as found when an entry's source or one of its variants is exactly it. Runs that are parts of longer names,
or a title before a person (Professor Julian Peto), count as missed too: the figure compares heads, it is no
recall. newstest 2014–2018 and 2020 (one collection a year, the articles as documents), FLORES devtest and the
WMT21 and WMT22 sources; newstest2019, the held-out list's text, is never read here.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
MT = ROOT.parent / "shared" / "mtdata"
SOURCES = {
    **{
        y: (f"newstest/newstest{y}.de", f"newstest/newstest{y}.en")
        for y in ("2014", "2015", "2016", "2017", "2018", "2020")
    },
    "flores": ("flores/deu_Latn.devtest", "flores/eng_Latn.devtest"),
    "wmt21": ("wmt21/sources/newstest2021.de-en.src.de", "wmt21/references/newstest2021.de-en.ref.A.en"),
    "wmt22": ("wmt22/sources/generaltest2022.de-en.src.de", "wmt22/references/generaltest2022.de-en.ref.A.en"),
}
RUN = re.compile(r"(?<![\w\-])[A-ZÄÖÜ][\w\-.]*\w(?: [A-ZÄÖÜ][\w\-]*\w)+(?![\w\-])")
OPENING = ".!?:\"„“'‚"  # what a sentence, or a quotation, begins after

from extract_quality import articles  # noqa: E402

from glossary.terms import extract  # noqa: E402


def runs(german: str, english: str) -> list[str]:
    """The runs of capitalised words inside the German sentence that the English has as they are."""
    found = []
    for match in RUN.finditer(german):
        before = german[: match.start()].rstrip()
        if before and before[-1] not in OPENING and match.group() in english:
            found.append(match.group())
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print the commonest runs no entry is")
    args = parser.parse_args()
    total = found = 0
    missed: Counter = Counter()
    for name, (source, reference) in SOURCES.items():
        german = (MT / source).read_text(encoding="utf-8").splitlines()
        english = (MT / reference).read_text(encoding="utf-8").splitlines()
        entries = {form for e in extract(articles(german)) for form in (e.source, *e.variants)}
        for de, en in zip(german, english):
            for run in runs(de, en):
                total += 1
                found += run in entries
                if run not in entries:
                    missed[run] += 1
    print(f"names of several words written alike: {total} runs, {found} an entry's source ({found / total:.3f})")
    for run, times in missed.most_common(args.show):
        print(f"  {times:>3}  {run}")


if __name__ == "__main__":
    main()
