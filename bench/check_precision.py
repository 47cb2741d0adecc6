"""Checker precision on good translations: false alarms per 1,000 segments of human reference
translations, by rule, on data the checker was not written against (WMT22 references A and B, WMT21
reference A, FLORES devtest). No glossary: the rules that need none (number, url, untranslated,
placeholder, identical). Target: number + url + untranslated ≤ 5 per 1,000 together.

    .venv/bin/python bench/check_precision.py [--show RULE] [--dev]

The checker's fixes since the first measurement were made looking at `--dev` (newstest 2014–2018) and
WMT22; WMT21 and FLORES are reported, not studied.

An alarm on a human reference is not always false: references have typos (43 °C written 430 C) and
drop things. tests/data/check/adjudicated.tsv holds every alarm on the reported sets, read by hand,
marked real or false; the last line counts the false ones (an alarm not listed there counts as false).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MT = ROOT.parent / "shared" / "mtdata"
sys.path.insert(0, str(ROOT))

from glossary.check import Checker  # noqa: E402
from glossary.document import SegmentPair  # noqa: E402

SETS = {
    "wmt22 ref A": ("wmt22/sources/generaltest2022.de-en.src.de", "wmt22/references/generaltest2022.de-en.ref.A.en"),
    "wmt22 ref B": ("wmt22/sources/generaltest2022.de-en.src.de", "wmt22/references/generaltest2022.de-en.ref.B.en"),
    "wmt21 ref A": ("wmt21/sources/newstest2021.de-en.src.de", "wmt21/references/newstest2021.de-en.ref.A.en"),
    "flores devtest": ("flores/deu_Latn.devtest", "flores/eng_Latn.devtest"),
}
DEV = {  # where false alarms are looked at while fixing the checker, so the sets above stay unseen
    f"newstest{year}": (f"newstest/newstest{year}.de", f"newstest/newstest{year}.en") for year in range(2014, 2019)
}
RULES = ("number", "url", "untranslated", "placeholder", "identical")
JOINT = ("number", "url", "untranslated")
ADJUDICATED = ROOT / "tests" / "data" / "check" / "adjudicated.tsv"


def real_alarms() -> set[tuple[str, int, str, str]]:
    """(set, line, rule, term) of the alarms a reader found right: the reference is wrong there."""
    rows = [line.split("\t") for line in ADJUDICATED.read_text(encoding="utf-8").splitlines()]
    return {
        (r[0], int(r[1]), r[2], r[3]) for r in rows[1:] if r[0] != "set" and not r[0].startswith("#") and r[4] == "real"
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", choices=RULES, help="print each false alarm of this rule")
    parser.add_argument("--dev", action="store_true", help="the development sets (newstest 2014–2018) instead")
    args = parser.parse_args()
    total, segments, real = Counter(), 0, 0
    right = real_alarms()
    print(f"{'set':<16} {'segments':>8}  " + "  ".join(f"{r:>12}" for r in RULES) + "   (alarms per 1,000)")
    for name, (src, ref) in (DEV if args.dev else SETS).items():
        sources = (MT / src).read_text(encoding="utf-8").splitlines()
        references = (MT / ref).read_text(encoding="utf-8").splitlines()
        pairs = [SegmentPair(name, i, s, r, i + 1) for i, (s, r) in enumerate(zip(sources, references))]
        report = Checker().check(pairs)
        counts = Counter(f.rule for f in report.findings)
        real += sum(f.rule in JOINT and (name, f.line, f.rule, f.term) in right for f in report.findings)
        total.update(counts)
        segments += len(pairs)
        print(f"{name:<16} {len(pairs):>8}  " + "  ".join(f"{1000 * counts[r] / len(pairs):12.1f}" for r in RULES))
        if args.show:
            for f in report.findings:
                if f.rule == args.show:
                    print(f"   {f.message} | {pairs[f.segment].source[:90]} | {pairs[f.segment].target[:90]}")
    print(f"{'all':<16} {segments:>8}  " + "  ".join(f"{1000 * total[r] / segments:12.1f}" for r in RULES))
    alarms = sum(total[r] for r in JOINT)
    print(f"number + url + untranslated: {1000 * alarms / segments:.1f} alarms per 1,000")
    if not args.dev:
        print(
            f"of which real errors in the references (read by hand): {real}; "
            f"false alarms {1000 * (alarms - real) / segments:.1f} per 1,000 (target ≤ 5)"
        )


if __name__ == "__main__":
    main()
