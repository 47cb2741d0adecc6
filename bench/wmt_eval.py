"""Rank the real WMT21/WMT22 de→en systems with BLEU, chrF, TER and terminology, as `glossary eval` does.

    .venv/bin/python bench/wmt_eval.py [wmt21|wmt22] [--bootstrap 1000]

The glossary is derived from the data: terms our extractor finds in the source whose reference-A
rendering is one and the same wherever they occur (at least three times). Reference B is scored
as a system too: a human translation that did not make the glossary.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MT = ROOT.parent / "shared" / "mtdata"


def derive_glossary(src: list[str], ref: list[str], limit: int = 600):
    from glossary.formats.text import read_string
    from glossary.matching import SourceMatcher, find_english
    from glossary.store import Glossary, TermEntry
    from glossary.terms import extract

    entries = []
    for entry in extract([read_string("\n".join(src), "src")], limit=limit):
        options = [o for o in (entry.target, *entry.alternatives) if o]
        matcher = SourceMatcher([entry])
        rows = [i for i, s in enumerate(src) if matcher.find(s)]
        used = Counter(next((o for o in options if find_english(o, ref[i])), None) for i in rows)
        if len(rows) >= 3 and len(used) == 1 and None not in used:
            target = next(iter(used))
            entries.append(TermEntry(entry.source, target, "approved", variants=entry.variants,
                                     alternatives=[o for o in options if o != target]))  # fmt: skip
    return Glossary(entries, "derived-from-ref-A")


def main() -> None:
    from glossary.evaluate import evaluate

    parser = argparse.ArgumentParser()
    parser.add_argument("test_set", choices=("wmt21", "wmt22"), nargs="?", default="wmt21")
    parser.add_argument("--bootstrap", type=int, default=0)
    args = parser.parse_args()
    base = MT / args.test_set
    src = next((base / "sources").glob("*.de")).read_text(encoding="utf-8").splitlines()
    refs = sorted((base / "references").glob("*.en"))
    ref_a = refs[0].read_text(encoding="utf-8").splitlines()
    systems = [
        (p.name.split(".hyp.")[1][:-3], p.read_text(encoding="utf-8").splitlines())
        for p in sorted((base / "system-outputs").glob("*.en"))
    ]
    systems.insert(0, ("ref-B (human)", refs[1].read_text(encoding="utf-8").splitlines()))
    glossary = derive_glossary(src, ref_a)
    result = evaluate(src, [ref_a], systems, glossary, bootstrap=args.bootstrap)
    print(
        f"{args.test_set}: {len(src)} segments, {len(systems)} systems, reference A, glossary of "
        f"{len(glossary.entries)} derived entries"
    )
    print(f"{'rank':>4}  {'system':22} {'BLEU':>6} {'chrF':>6} {'TER':>6} {'term-succ':>9} {'term-cons':>9}")
    for rank, s in enumerate(result.ranked(), start=1):
        cons = "-" if s.term_consistency is None else f"{s.term_consistency:.3f}"
        print(f"{rank:>4}  {s.name[:22]:22} {s.bleu:6.1f} {s.chrf:6.1f} {s.ter:6.1f} {s.term_success:9.3f} {cons:>9}")
    for metric, sig in result.signatures.items():
        print(f"{metric}: {sig}")


if __name__ == "__main__":
    main()
