"""Whether a Swiss text gets the glossary its German twin gets: every ß of a newstest year written ss, as Swiss
German writes it (Strasse, Massnahmen, Aussenminister), and the entries of both collections compared.

    .venv/bin/python bench/swiss_spelling.py [--years 2017,2018] [--show]

For each entry of the German collection with ß or ss in its source, the Swiss copy should have the same entry
(its source's key, ß read as ss) with the same English. newstest2019 is the held-out list's text and is never
read here.
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


def entries(lines: list[str]) -> dict:
    return {key(e.source).replace("ß", "ss"): e for e in extract(articles(lines))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", default="2017,2018")
    parser.add_argument("--show", action="store_true", help="print the entries that differ")
    args = parser.parse_args()
    for year in args.years.split(","):
        german = (NEWSTEST / f"newstest{year}.de").read_text(encoding="utf-8").splitlines()
        standard, swiss = entries(german), entries([line.replace("ß", "ss") for line in german])
        spelt = [k for k in standard if "ss" in k]
        same = [k for k in spelt if k in swiss and swiss[k].target == standard[k].target]
        print(
            f"newstest{year}: {len(spelt)} entries with ß or ss; the Swiss copy has {len(same)} of them with the "
            f"same English ({len(same) / max(1, len(spelt)):.3f})"
        )
        for k in sorted(set(spelt) - set(same)) if args.show else ():
            other = swiss.get(k)
            print(f"    {standard[k].source}: {standard[k].target!r} → {other.target if other else '(none)'!r}")


if __name__ == "__main__":
    main()
