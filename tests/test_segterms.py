"""Segment-level terms (`--terms FILE.jsonl`, the WMT terminology format) in translate and eval, with
the real demo model: each line enforced with its own entries on top of the glossary."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from glossary import cli
from glossary.errors import InputError
from glossary.segterms import load

from .conftest import ROOT

GERMAN = [
    "Ein Mann fährt Fahrrad auf der Straße.",
    "Zwei Hunde spielen im Schnee.",
    "Ein Kind isst einen Apfel.",
    "Ein Mann fährt Fahrrad.",
]
TERMS = [
    [{"de": "Fahrrad", "en": "push-bike"}],
    [],
    [{"de": "Apfel", "en": "pomme"}],
    [],  # the same German as line 1, no terms: the model's own word stays
]


@pytest.fixture
def files(tmp_path):
    src = tmp_path / "captions.txt"
    src.write_text("\n".join(GERMAN) + "\n", encoding="utf-8")
    terms = tmp_path / "terms.jsonl"
    terms.write_text("".join(json.dumps(t) + "\n" for t in TERMS), encoding="utf-8")
    return src, terms


def test_each_line_is_translated_with_its_own_terms(files, tmp_path, demo_package):
    src, terms = files
    plain, with_terms = tmp_path / "plain.txt", tmp_path / "terms.txt"
    assert cli.main(["translate", str(src), "-o", str(plain), "--no-memory", "-q"]) == 0
    assert cli.main(["translate", str(src), "-o", str(with_terms), "--terms", str(terms), "--no-memory", "-q"]) == 0
    before = plain.read_text(encoding="utf-8").splitlines()
    after = with_terms.read_text(encoding="utf-8").splitlines()
    assert "push-bike" not in before[0] and "pomme" not in before[2]
    assert "push-bike" in after[0] and "pomme" in after[2]
    assert after[1] == before[1] and after[3] == before[3]  # lines without terms as the model wrote them
    assert "push-bike" not in after[3]


def test_stdin_and_a_folder_run_take_them_too_and_other_terms_redo_the_file(files, tmp_path, demo_package):
    src, terms = files
    run = subprocess.run(
        [sys.executable, "-m", "glossary", "translate", "-", "--terms", str(terms), "--no-memory", "-q"],
        input=src.read_bytes(), capture_output=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "push-bike" in run.stdout.decode().splitlines()[0]
    out = tmp_path / "out"
    args = ["translate", str(src), "-o", str(out), "--no-memory", "-q", "--json"]
    assert cli.main([*args[:4], *args[4:], "--terms", str(terms)]) == 0
    from glossary.runrecord import RunRecord

    applied = [a for s in RunRecord.load(out).segments for a in s.applied]
    assert {a["term"] for a in applied} == {"Fahrrad", "Apfel"}
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps([{"de": "Hunde", "en": "hounds"}]) + "\n", encoding="utf-8")
    assert cli.main([*args, "--terms", str(terms)]) == 0  # the same terms: done before, skipped
    assert cli.main([*args, "--terms", str(other)]) == 0  # other terms: translated again
    assert "push-bike" not in (out / "captions.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "content, words",
    [
        ('[{"de": "Fahrrad"}]\n', ["terms.jsonl:1", "JSON list"]),
        ("[{]\n", ["terms.jsonl:1", "broken JSON"]),
        ('[]\n[]\n[]\n[]\n[{"de": "a", "en": "b"}]\n', ["captions.txt", "line 5", "ends at line 4"]),
    ],
)
def test_a_bad_or_misaligned_terms_file_is_one_line(files, tmp_path, capsys, content, words, demo_package):
    src, terms = files
    terms.write_text(content, encoding="utf-8")
    code = cli.main(["translate", str(src), "-o", str(tmp_path / "o.txt"), "--terms", str(terms), "--no-memory"])
    message = capsys.readouterr().err.strip()
    assert code == 1 and len(message.splitlines()) == 1 and all(w in message for w in words), message


def test_terms_go_with_one_input_file(files, tmp_path, capsys):
    src, terms = files
    (tmp_path / "second.txt").write_text("Ein Hund.\n", encoding="utf-8")
    code = cli.main(["translate", str(tmp_path), "-o", str(tmp_path / "out"), "--terms", str(terms), "-q"])
    assert code == 2 and "one input file" in capsys.readouterr().err


def test_load_accepts_empty_lines_and_single_objects(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text('\n{"de": "Tumor", "en": "tumour"}\n', encoding="utf-8")
    terms = load(path)
    assert [[(e.source, e.target, e.status) for e in line] for line in terms] == [[], [("Tumor", "tumour", "approved")]]
    path.write_text('[{"de": " ", "en": "x"}]\n', encoding="utf-8")
    with pytest.raises(InputError):
        load(path)


def test_eval_scores_term_success_with_segment_terms_both_ways(files, tmp_path, capsys, demo_package):
    src, terms = files
    ref = tmp_path / "ref.en"
    ref.write_text(
        "A man rides a push-bike on the street.\nTwo dogs play in the snow.\nA child eats a pomme.\nA man rides a bike.\n",
        encoding="utf-8",
    )
    args = ["eval", "--src", str(src), "--ref", str(ref), "--terms", str(terms), "--translate", "--json", "-q"]
    assert cli.main([*args, "--no-memory"]) == 0
    systems = {s["name"]: s for s in json.loads(capsys.readouterr().out)["systems"]}
    plain, enforced = systems["glossary engine"], systems["glossary engine + terms"]
    assert plain["term_success"] == 0.0 and enforced["term_success"] == 1.0
    assert enforced["term_exact"] == 1.0 and enforced["term_by_kind"] == {"term": 1.0}
    assert cli.main([*args[:-2], "--no-memory"]) == 0  # the table prints both measures
    table = capsys.readouterr().out
    assert "term-exact" in table and "segment-level terms" in table


XLIFF2_GLOSSARY = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0"
       version="2.0" srcLang="de">
  <file id="f1">
    <unit id="u1">
      <gls:glossary>
        <gls:glossEntry ref="#m1">
          <gls:term source="client">Fahrrad</gls:term>
          <gls:translation>push-bike</gls:translation>
        </gls:glossEntry>
      </gls:glossary>
      <segment><source>Ein Mann fährt <mrk id="m1" type="term">Fahrrad</mrk> auf der Straße.</source></segment>
    </unit>
    <unit id="u2">
      <segment><source>Ein Mann fährt Fahrrad.</source></segment>
    </unit>
  </file>
</xliff>
"""


def test_terms_an_xliff_2_unit_carries_in_its_glossary_module_are_enforced_there(tmp_path, demo_package):
    from lxml import etree

    src = tmp_path / "job.xlf"
    src.write_text(XLIFF2_GLOSSARY, encoding="utf-8")
    out = tmp_path / "job.en.xlf"
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q"]) == 0
    tree = etree.parse(str(out))
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0", "gls": "urn:oasis:names:tc:xliff:glossary:2.0"}
    first, second = ("".join(t.itertext()) for t in tree.iterfind(".//x:target", ns))
    assert "push-bike" in first  # the unit's own term
    assert "push-bike" not in second  # another unit: the model's word
    assert tree.find(".//gls:translation", ns).text == "push-bike"  # the module itself stays as it was
    assert tree.find(".//x:target/x:mrk", ns) is not None  # and the term marker around the English
    unit = tree.find(".//x:unit", ns)
    assert [etree.QName(c).localname for c in unit if isinstance(c.tag, str)] == ["glossary", "notes", "segment"]


XLIFF12_MARKED = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="http://www.w3.org/2005/11/its" version="1.2">
  <file original="a.txt" source-language="de" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>Ein Mann fährt <mrk mtype="term">Fahrrad</mrk> auf der Straße.</source></trans-unit>
      <trans-unit id="2"><source>Das <mrk mtype="term">Fahrrad</mrk> steht vor dem Haus.</source></trans-unit>
      <trans-unit id="3"><source>Ein Kind schiebt sein <g id="1" its:term="yes">Fahrrad</g> über die Brücke.</source></trans-unit>
      <trans-unit id="4"><source>Ein Hund läuft im Park.</source></trans-unit>
    </body>
  </file>
</xliff>
"""


def test_terms_a_file_only_marks_are_rendered_one_way_throughout(tmp_path, engine, demo_package):
    from glossary.formats import read_document

    src = tmp_path / "job.xlf"
    src.write_text(XLIFF12_MARKED, encoding="utf-8")
    assert [s.terms for s in read_document(src).segments] == [[("Fahrrad", "")]] * 3 + [[]]
    out = tmp_path / "job.en.xlf"
    assert cli.main(["translate", str(src), "-o", str(out), "--no-memory", "-q"]) == 0
    from glossary.pipeline import _term_renderings

    rendering = _term_renderings(["Fahrrad"], engine)[0]  # the dictionary's word for the term
    assert rendering == "bicycle"
    targets = [s.target for s in read_document(out).segments]
    assert all(rendering in t.lower() for t in targets[:3]), (rendering, targets)  # unmarked: "bike" in one
    glossary = tmp_path / "g.tsv"
    glossary.write_text("source\ttarget\tstatus\nFahrrad\tpush-bike\tapproved\n", encoding="utf-8")
    out2 = tmp_path / "job.g.xlf"
    assert cli.main(["translate", str(src), "-o", str(out2), "--no-memory", "-q", "--glossary", str(glossary)]) == 0
    assert all("push-bike" in s.target for s in read_document(out2).segments[:3])  # the glossary's word wins
