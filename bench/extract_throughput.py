"""Term extraction throughput and memory on all of newstest*.de, at 1×, 2× and 4× the corpus.

    .venv/bin/python bench/extract_throughput.py

Each size runs in a fresh process so peak memory (max RSS) is its own; extraction runs on the
forked workers `glossary extract` uses on a large collection (one per core, as memory allows), and
once more at 1× in one process. Peak memory is the main process's and the largest worker's. Baseline, measured in
the same run: a plain pass in one process that tokenizes every segment and lemmatizes every
token with simplemma (what any lemma-aware extractor has to do at least). Target: ≥ 20,000
words/s, cost linear in corpus size.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from glossary.workers import default_workers  # noqa: E402

NEWSTEST = sorted((ROOT.parent / "shared" / "mtdata" / "newstest").glob("*.de"))

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from glossary.formats.text import read_string
from glossary.terms import extract
from glossary.ding import Dictionary
from glossary.lexicon import WORD_RE as TOKEN_RE
import simplemma, wordfreq
times, mode, files = int(sys.argv[2]), sys.argv[3], sys.argv[4:]
texts = [Path(f).read_text(encoding="utf-8") for f in files] * times
docs = [read_string(t, f"doc{i}") for i, t in enumerate(texts)]
words = sum(len(TOKEN_RE.findall(s.source)) for d in docs for s in d.segments)
dictionary = Dictionary.load()
simplemma.lemmatize("Haus", lang="de"); wordfreq.zipf_frequency("Haus", "de"); wordfreq.zipf_frequency("house", "en")
start = time.perf_counter()
if mode == "baseline":
    lemmas = [simplemma.lemmatize(t, lang="de") for d in docs for s in d.segments for t in TOKEN_RE.findall(s.source)]
    n = len(lemmas)
else:
    n = len(extract(docs, dictionary, workers=1 if mode == "one-process" else None))
elapsed = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"words": words, "seconds": elapsed, "entries": n, "max_rss_mb": rss, "worker_rss_mb": worker}))
"""


def run(times: int, mode: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), str(times), mode, *map(str, NEWSTEST)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    print(f"corpus: {len(NEWSTEST)} newstest files")
    base = run(1, "baseline")
    base_rate = base["words"] / base["seconds"]
    print(f"baseline (tokenize + simplemma every token), 1×: {base_rate:,.0f} words/s")
    first = None
    for times, mode in ((1, "extract"), (2, "extract"), (4, "extract"), (1, "one-process")):
        r = run(times, mode)
        rate = r["words"] / r["seconds"]
        first = first or r
        scale = (r["seconds"] / first["seconds"]) / times
        where = " in one process" if mode == "one-process" else f" on {default_workers()} workers"
        label = f"extract {times}×{where}"
        print(
            f"{label}: {r['words']:,} words in {r['seconds']:.2f} s = {rate:,.0f} words/s "
            f"({rate / base_rate:.3f}× baseline, target ≥ 20,000 words/s)"
            + (f"; time/size vs 1×: {scale:.2f} (1.00 = linear)" if mode == "extract" else "")
            + f"; peak RSS {r['max_rss_mb']:.0f} MB"
            + (f" (largest worker {r['worker_rss_mb']:.0f} MB)" if r["worker_rss_mb"] else "")
            + f"; {r['entries']:,} entries"
        )


if __name__ == "__main__":
    main()
