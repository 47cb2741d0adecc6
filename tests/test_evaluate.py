import json
import subprocess
import sys

import pytest

from glossary import cli
from glossary.evaluate import evaluate, term_rates
from glossary.store import Glossary, TermEntry

from .conftest import MTDATA

W22 = MTDATA / "wmt22"
SRC = W22 / "sources" / "generaltest2022.de-en.src.de"
REFS = [W22 / "references" / f"generaltest2022.de-en.ref.{x}.en" for x in "AB"]
HYPS = [W22 / "system-outputs" / f"generaltest2022.de-en.hyp.{s}.en" for s in ("Online-B", "PROMT")]


def _sacrebleu_cli(hyp, refs):
    run = subprocess.run(
        [sys.executable, "-m", "sacrebleu", *map(str, refs), "-i", str(hyp), "-m", "bleu", "chrf", "ter", "-b", "-w", "4"],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    return [float(x) for x in json.loads(run.stdout)]


@pytest.mark.parametrize("refs", [REFS[:1], REFS], ids=["one-ref", "two-refs"])
def test_scores_equal_sacrebleu_cli(refs):
    lines = lambda p: p.read_text(encoding="utf-8").splitlines()  # noqa: E731
    ours = evaluate(lines(SRC), [lines(r) for r in refs], [(h.name, lines(h)) for h in HYPS])
    for system, hyp in zip(ours.systems, HYPS):
        assert [round(system.bleu, 4), round(system.chrf, 4), round(system.ter, 4)] == _sacrebleu_cli(hyp, refs)
    assert ours.signatures["BLEU"].startswith(f"nrefs:{len(refs)}|case:mixed|eff:no|tok:13a")


def test_term_rates():
    glossary = Glossary(
        [
            TermEntry("Machthaber", "ruler", "approved", alternatives=["leader"]),
            TermEntry("Weltraumbahnhof", "cosmodrome", "approved", forbidden=["spaceport"]),
        ]
    )
    sources = ["Der Machthaber kam.", "Der Machthaber ging.", "Am Weltraumbahnhof.", "Am Weltraumbahnhof."]
    consistent = ["The ruler came.", "The ruler left.", "At the spaceport.", "At the spaceport."]
    rates = term_rates(sources, consistent, glossary)
    assert (rates.success, rates.consistency, rates.occurrences) == (0.5, 1.0, 4)
    mixed = ["The ruler came.", "The leader left.", "At the cosmodrome.", "At the spaceport."]
    rates = term_rates(sources, mixed, glossary)
    assert (rates.success, rates.consistency) == (0.5, 0.0)


def _head(paths, tmp_path, n=300):
    """The first n lines of real files, so the bootstrap test stays quick."""
    out = []
    for p in paths:
        copy = tmp_path / p.name
        copy.write_text("\n".join(p.read_text(encoding="utf-8").splitlines()[:n]) + "\n", encoding="utf-8")
        out.append(copy)
    return out


def test_cli_ranks_systems_with_bootstrap_json_and_plot(tmp_path, capsys):
    src, ref_a, ref_b, *hyps = _head([SRC, *REFS, *HYPS], tmp_path)
    glossary = tmp_path / "g.tsv"
    glossary.write_text(
        "source\ttarget\tstatus\nProdukt\tproduct\tapproved\nBestellung\torder\tapproved\n", encoding="utf-8"
    )
    plot = tmp_path / "chart.svg"
    args = ["eval", "--src", str(src), "--ref", str(ref_a), *map(str, hyps), str(ref_b), "--glossary", str(glossary)]
    assert cli.main(args + ["--bootstrap", "100", "--json", "--plot", str(plot)]) == 0
    data = json.loads(capsys.readouterr().out)
    names = [s["name"] for s in data["systems"]]
    assert names == ["Online-B", "PROMT", "generaltest2022.de-en.ref.B.en"]
    assert data["ranked"][0] == max(data["systems"], key=lambda s: s["bleu"])["name"]
    assert data["baseline"] == "Online-B"
    assert data["systems"][1]["bootstrap"]["BLEU"]["p_value"] is not None
    assert all(0 < s["term_success"] <= 1 for s in data["systems"])
    assert "bs:100" in data["signatures"]["BLEU"]
    svg = plot.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "PROMT" in svg and "term success" in svg
    assert cli.main(args) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split()[:5] == ["rank", "system", "BLEU", "chrF", "TER"] and "term-succ" in table


def test_misaligned_files_are_an_error(tmp_path, capsys):
    short = tmp_path / "short.en"
    short.write_text("one line\n", encoding="utf-8")
    assert cli.main(["eval", "--src", str(SRC), "--ref", str(REFS[0]), str(short)]) == 1
    assert "short.en: 1 lines, but the source has 1984" in capsys.readouterr().err


def test_translate_scores_our_engine(demo_package, tmp_path, capsys):
    src = tmp_path / "src.de"
    ref = tmp_path / "ref.en"
    de = (MTDATA / "multi30k" / "multi30k_test_2016_flickr.de").read_text(encoding="utf-8").splitlines()[:60]
    en = (MTDATA / "multi30k" / "multi30k_test_2016_flickr.en").read_text(encoding="utf-8").splitlines()[:60]
    src.write_text("\n".join(de) + "\n", encoding="utf-8")
    ref.write_text("\n".join(en) + "\n", encoding="utf-8")
    glossary = tmp_path / "g.tsv"
    glossary.write_text("source\ttarget\tstatus\nHund\tdog\tapproved\nMann\tman\tapproved\n", encoding="utf-8")
    assert (
        cli.main(
            [
                "eval",
                "--src",
                str(src),
                "--ref",
                str(ref),
                "--translate",
                "--glossary",
                str(glossary),
                "--json",
                "-q",
                "--no-memory",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    scores = {s["name"]: s for s in data["systems"]}
    assert set(scores) == {"glossary engine", "glossary engine + terms"}
    assert scores["glossary engine"]["bleu"] > 15  # the demo model knows captions
    assert scores["glossary engine + terms"]["term_success"] == 1.0
    assert scores["glossary engine + terms"]["term_success"] >= scores["glossary engine"]["term_success"]
