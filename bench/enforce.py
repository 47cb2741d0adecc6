"""Enforcement on terminology test sets: term success and time, plain against enforced, same run.

    .venv/bin/python bench/enforce.py [--sets wmt22,flores,wmt21] [--model FILE.argosmodel]

Sets: tests/data/terms/*.terms.jsonl (bench/termsets.py; wmt22 is the development set, flores, wmt21 and
multiword (adjective + noun terms from newstest 2014–2019) are held out). For each set, on the same
sources with the same engine:
- plain: the model's translation (time T);
- --terms: each line enforced with its own terms (the WMT terminology setting);
- one glossary: the set's term pairs merged into one glossary (per German lemma its commonest English),
  enforced on every line where its terms occur.
Term success is measured against each line's own terms (lemma level and exact surface); time is
translation plus enforcement, as a ratio to plain translation (target ≤ 1.3).
Then the in-domain check on Multi30k (see `in_domain`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MT = ROOT.parent / "shared" / "mtdata"
TERMS = ROOT / "tests" / "data" / "terms"
sys.path.insert(0, str(ROOT))

from glossary.enforce import Enforcer  # noqa: E402
from glossary.engine import Engine  # noqa: E402
from glossary.evaluate import term_rates  # noqa: E402
from glossary.models import find_de_en  # noqa: E402
from glossary.pipeline import Work, run  # noqa: E402
from glossary.segterms import load, pairs  # noqa: E402
from glossary.store import Glossary, TermEntry  # noqa: E402


def _data(relative: str) -> Path:
    """A set's text: in ../shared/mtdata, or beside the terms (multiword: lines gathered from six files)."""
    return TERMS / relative if (TERMS / relative).exists() else MT / relative


def one_glossary(terms) -> Glossary:
    renderings: dict[str, Counter] = defaultdict(Counter)
    for line in terms:
        for entry in line:
            renderings[entry.source][entry.target] += 1
    return Glossary([TermEntry(de, en.most_common(1)[0][0], "approved") for de, en in renderings.items()])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="wmt22,flores,wmt21,multiword")
    parser.add_argument("--in-domain", action=argparse.BooleanOptionalAction, default=True, help="Multi30k check")
    parser.add_argument("--model", help="install this .argosmodel into a temporary package folder first")
    args = parser.parse_args()
    if args.model:
        import tempfile

        os.environ["ARGOS_PACKAGES_DIR"] = tempfile.mkdtemp(prefix="bench-enforce-")
        from glossary import models

        models.install_file(Path(args.model))
    engine = Engine(find_de_en(), memory=None)
    engine.translate(["Ein Hund läuft."])  # load the model and the lemmatizer's word list before timing
    Enforcer(Glossary([TermEntry("Hund", "dog", "approved")]), engine).enforce(["Ein Hund läuft."], ["A cat runs."])
    print(f"engine: {engine.signature}")
    for name in args.sets.split(","):
        src_rel, _, n = (TERMS / f"{name}.source").read_text(encoding="utf-8").split("\n")[:3]
        sources = (_data(src_rel)).read_text(encoding="utf-8").splitlines()[: int(n)]
        terms = load(TERMS / f"{name}.terms.jsonl")
        glossary = one_glossary(terms)
        count = sum(len(t) for t in terms)
        print(f"\n{name}: {len(sources)} lines, {count} terms, one glossary of {len(glossary.entries)} entries")
        start = time.perf_counter()
        raw = engine.translate(sources)
        plain_s = time.perf_counter() - start
        rows = [("plain", raw, plain_s)]
        for label, glossary_used, extra in (("--terms", None, terms), ("one glossary", glossary, None)):
            start = time.perf_counter()  # the path a run takes: pipeline.run translates, then enforces
            work = Work(sources, terms=[pairs(line) for line in extra] if extra else None)
            done = run(work, engine, Enforcer(glossary_used, engine) if glossary_used else None)
            rows.append((label, done.targets, time.perf_counter() - start))
        chosen = {e.source: e.target for e in glossary.entries}
        ceiling = sum(chosen[t.source] == t.target for line in terms for t in line) / max(1, count)
        print(
            f"  (one glossary: a perfect enforcer reaches {ceiling:.3f}; the line's own term is another word elsewhere)"
        )
        for label, hyps, seconds in rows:
            rates = term_rates(sources, hyps, None, terms)
            print(f"  {label:<13} term success {rates.success:.3f} (exact {rates.exact:.3f})  "
                  f"{seconds:6.1f} s = {seconds / plain_s:.2f}× plain")  # fmt: skip
        if name == args.sets.split(",")[0]:
            misses = [(s, t.source, t.target, h) for s, h, line in zip(sources, rows[1][1], terms) for t in line
                      if not term_rates([s], [h], None, [[t]]).success]  # fmt: skip
            print(f"  --terms misses: {len(misses)}; e.g.")
            for s, de, en, h in misses[:8]:
                print("   ", json.dumps({"de": de, "en": en}, ensure_ascii=False), "|", h[:110])
    if args.in_domain:
        in_domain(engine)


def in_domain(engine) -> None:
    """Multi30k test2016, the demo model's domain: a glossary of the reference's words where the model chose
    another (bike for bicycle…); enforced chrF must not fall below plain, term success ≥ 0.99."""
    from sacrebleu.metrics import CHRF

    src_rel, ref_rel, n = (TERMS / "multi30k.source").read_text(encoding="utf-8").split("\n")[:3]
    sources = (MT / src_rel).read_text(encoding="utf-8").splitlines()[: int(n)]
    references = (MT / ref_rel).read_text(encoding="utf-8").splitlines()[: int(n)]
    terms = load(TERMS / "multi30k.terms.jsonl")
    raw = engine.translate(sources)
    # entries the references agree on (one rendering in ≥ 80% of a term's lines) where the model said otherwise
    renderings: dict[str, Counter] = defaultdict(Counter)
    missed: set[str] = set()
    for s, h, line in zip(sources, raw, terms):
        for t in line:
            renderings[t.source][t.target] += 1
            if not term_rates([s], [h], None, [[t]]).success:
                missed.add(t.source)
    entries = []
    for de, counts in renderings.items():
        en, n = counts.most_common(1)[0]
        if de in missed and n >= 0.8 * sum(counts.values()):
            entries.append(TermEntry(de, en, "approved"))
    glossary = Glossary(entries)
    enforced = [r.target for r in Enforcer(glossary, engine).enforce(sources, raw)]
    chrf = CHRF()
    plain_chrf = chrf.corpus_score(raw, [references]).score
    enforced_chrf = chrf.corpus_score(enforced, [references]).score
    rates = term_rates(sources, enforced, glossary)
    print(f"\nmulti30k (in domain): {len(sources)} lines, glossary of {len(glossary.entries)} entries "
          "where the model's word differs from the reference's")  # fmt: skip
    print(f"  chrF plain {plain_chrf:.2f} → enforced {enforced_chrf:.2f} (target: not lower); "
          f"term success {rates.success:.3f} (target ≥ 0.99)")  # fmt: skip


if __name__ == "__main__":
    main()
