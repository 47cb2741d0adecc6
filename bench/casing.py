"""ALL-CAPS and Title-Case input: case-insensitive BLEU of the first 300 lines of Multi30k test2016 (the
demo model's domain) as written, upper-cased (and title-cased) straight into the model (what
argostranslate does), and through `glossary`'s pipeline (natural case to the model, the casing
restored). Target: within 2 BLEU of as written. The truecaser's rules were developed on Multi30k's
validation set (`val.de`), not on these lines.

    .venv/bin/python bench/casing.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MULTI30K = ROOT.parent / "shared" / "mtdata" / "multi30k"


def main(lines: int = 300) -> None:
    import sacrebleu

    from glossary import pipeline
    from glossary.engine import Engine

    german = (MULTI30K / "multi30k_test_2016_flickr.de").read_text(encoding="utf-8").splitlines()[:lines]
    english = (MULTI30K / "multi30k_test_2016_flickr.en").read_text(encoding="utf-8").splitlines()[:lines]
    engine = Engine()
    upper = [s.upper() for s in german]

    def bleu(hypotheses) -> float:
        return sacrebleu.corpus_bleu(hypotheses, [english], lowercase=True).score

    as_written = bleu(engine.translate(german))
    straight = bleu(engine.translate(upper))
    ours = pipeline.run(pipeline.Work(upper, None, None), engine).targets
    assert all(t == t.upper() for t in ours)
    title = [s.title() for s in german]
    title_straight = bleu(engine.translate(title))
    title_ours = bleu(pipeline.run(pipeline.Work(title, None, None), engine).targets)
    print(f"Multi30k test2016, first {lines} lines, case-insensitive BLEU")
    print(f"as written:                           {as_written:.2f}")
    print(f"upper-cased, straight into the model: {straight:.2f}")
    print(f"upper-cased, through glossary:        {bleu(ours):.2f} ({bleu(ours) - as_written:+.2f} vs as written)")
    print(f"title-cased, straight into the model: {title_straight:.2f}")
    print(f"title-cased, through glossary:        {title_ours:.2f} ({title_ours - as_written:+.2f} vs as written)")


if __name__ == "__main__":
    main()
