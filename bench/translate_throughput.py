"""Throughput of our engine against plain argostranslate and raw CTranslate2, in one run.

    .venv/bin/python bench/translate_throughput.py [--lines 500] [--model FILE.argosmodel]

Input: the first N lines of newstest2019.de, glued into paragraphs of 5 sentences.
(a) argostranslate.translate paragraph by paragraph (our splitter stands in for its
    sentence model, which it would download); (b) our engine, cold; (c) our engine,
    warm translation memory; (d) raw ctranslate2 translate_batch on pre-tokenized
    sentences, one call, same decoding options.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSTEST = ROOT.parent / "shared" / "mtdata" / "newstest" / "newstest2019.de"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=500)
    parser.add_argument("--model", help="install this .argosmodel into a temporary package folder first")
    args = parser.parse_args()
    if args.model:
        os.environ["ARGOS_PACKAGES_DIR"] = tempfile.mkdtemp(prefix="bench-argos-")
    sys.path.insert(0, str(ROOT))
    from glossary import models
    from glossary.engine import Engine
    from glossary.memory import TranslationMemory
    from glossary.segmentation import split_sentences

    if args.model:
        models.install_file(Path(args.model))
    package = models.find_de_en()
    lines = [line for line in NEWSTEST.read_text(encoding="utf-8").splitlines() if line.strip()][: args.lines]
    paragraphs = [" ".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]
    split = [split_sentences(p) for p in paragraphs]
    sentences = [s for group in split for s in group]
    n = len(sentences)
    print(
        f"model {package.package_path.name}; {len(lines)} lines → {len(paragraphs)} paragraphs, {n} "
        f"sentences; {os.cpu_count()} cores"
    )

    # (a) plain argostranslate, as a user calls it
    from argostranslate import translate as argos

    start = time.perf_counter()
    translation = argos.get_translation_from_codes("de", "en")
    translation.underlying.sentencizer.split_sentences = split_sentences
    plain = [translation.translate(p) for p in paragraphs]
    t_a = time.perf_counter() - start

    # (b) our engine, cold (model load included), fresh memory
    tm_path = Path(tempfile.mkdtemp(prefix="bench-tm-")) / "tm.sqlite"
    start = time.perf_counter()
    engine = Engine(package, memory=TranslationMemory(tm_path))
    ours = engine.translate(sentences)
    t_b = time.perf_counter() - start
    it = iter(ours)
    ours_paragraphs = [" ".join(next(it) for _ in group) for group in split]

    # (c) warm memory: a new run over the same text
    start = time.perf_counter()
    warm = Engine(package, memory=TranslationMemory(tm_path)).translate(sentences)
    t_c = time.perf_counter() - start

    # (d) raw CTranslate2 on pre-tokenized sentences, same options, one call
    tokens = engine.tokenize(sentences)
    translator = engine.translator
    start = time.perf_counter()
    translator.translate_batch(tokens, **engine.decoding_options())
    t_d = time.perf_counter() - start

    rate = lambda t: n / t  # noqa: E731
    print(f"(a) argostranslate.translate   {rate(t_a):9.1f} sent/s  ({t_a:.2f} s)")
    print(f"(b) engine, cold               {rate(t_b):9.1f} sent/s  ({t_b:.2f} s)")
    print(f"(c) engine, warm memory        {rate(t_c):9.1f} sent/s  ({t_c:.3f} s)")
    print(f"(d) raw ctranslate2 batch      {rate(t_d):9.1f} sent/s  ({t_d:.2f} s)")
    print(f"b/a = {t_a / t_b:.2f}x   (target ≥ 3)")
    print(f"c/a = {t_a / t_c:.1f}x   (target ≥ 50)")
    print(f"b/d = {t_d / t_b:.2f}    (target ≥ 0.85)")
    same = sum(x == y for x, y in zip(plain, ours_paragraphs))
    print(
        f"(a) and (b) identical: {same == len(paragraphs)} ({same}/{len(paragraphs)} paragraphs); warm "
        f"== cold: {warm == ours}"
    )


if __name__ == "__main__":
    main()
