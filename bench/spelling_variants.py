"""Whether a text in another spelling gets the glossary its German twin gets: every ß of a newstest year written
ss, as Swiss German writes it (Strasse, Massnahmen), and, for a text kept to ASCII, every umlaut written ae, oe, ue
too (Buergermeister, Groesse); the entries of each copy compared with the German's.

    .venv/bin/python bench/spelling_variants.py [--years 2017,2018] [--show]

For each entry of the German collection with ß, an umlaut or ss in its source, the copy should have the same
entry (its source's key, spelt as the copy spells it) with the same English. newstest2019 is the held-out list's
text and is never read here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
NEWSTEST = ROOT.parent / "shared" / "mtdata" / "newstest"

from extract_quality import articles  # noqa: E402

from glossary.lexicon import key  # noqa: E402
from glossary.terms import extract  # noqa: E402

SWISS = str.maketrans({"ß": "ss"})
ASCII = str.maketrans({"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def entries(lines: list[str], spelling: dict) -> dict:
    return {key(e.source).translate(spelling): e for e in extract(articles(lines))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", default="2017,2018")
    parser.add_argument("--show", action="store_true", help="print the entries that differ")
    args = parser.parse_args()
    for year in args.years.split(","):
        german = (NEWSTEST / f"newstest{year}.de").read_text(encoding="utf-8").splitlines()
        for name, spelling in (("Swiss (ß as ss)", SWISS), ("ASCII (ä as ae, ß as ss)", ASCII)):
            standard = entries(german, spelling)
            copy = entries([line.translate(spelling) for line in german], spelling)
            respelt = [k for k, e in standard.items() if e.source.translate(spelling) != e.source or "ss" in k]
            same = [k for k in respelt if k in copy and copy[k].target == standard[k].target]
            print(
                f"newstest{year}, {name}: {len(respelt)} entries spelt otherwise; the copy has {len(same)} of them "
                f"with the same English ({len(same) / max(1, len(respelt)):.3f})"
            )
            for k in sorted(set(respelt) - set(same)) if args.show else ():
                other = copy.get(k)
                print(f"    {standard[k].source}: {standard[k].target!r} → {other.target if other else '(none)'!r}")


if __name__ == "__main__":
    main()
