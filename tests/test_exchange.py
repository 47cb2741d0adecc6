import csv
import io
import json
import time
from pathlib import Path

import pytest
from lxml import etree

from glossary import cli, store
from glossary.errors import InputError
from glossary.exchange import export_glossary, import_glossary, language_name, language_tag

from .conftest import ROOT

SEEDS_TSV = ROOT / "glossaries" / "seeds.de-en.tsv"
FIXTURES = Path(__file__).parent / "fixtures" / "tbx"
NS = {"t": "urn:iso:std:iso:30042:ed-2"}


@pytest.mark.parametrize(
    "fmt, ext", [("tbx", "tbx"), ("tbx2008", "tbx"), ("csv", "csv"), ("tsv", "tsv"), ("json", "json")]
)
def test_round_trip_loses_nothing(tmp_path, fmt, ext):
    out = tmp_path / f"seeds.{ext}"
    back = tmp_path / "back.tsv"
    assert cli.main(["export", str(SEEDS_TSV), "--format", fmt, "-o", str(out)]) == 0
    assert cli.main(["import", str(out), "-o", str(back), "--strict"]) == 0
    assert back.read_bytes() == SEEDS_TSV.read_bytes()


def test_tbx_2008_reads_in_translate_toolkit(tmp_path):
    """The martif file MultiTerm and memoQ take: translate-toolkit (an independent reader, tests only)
    finds every entry with its German and English, and our v3 file it cannot read."""
    from translate.storage import tbx as toolkit_tbx

    glossary = store.load(SEEDS_TSV)
    data = export_glossary(glossary, "tbx2008")
    assert b"<martif" in data and b"<termEntry" in data and b"<langSet" in data and b"<tig>" in data
    units = toolkit_tbx.tbxfile.parsestring(data).units
    assert len(units) == len(glossary.entries)
    assert {(u.source, u.target) for u in units} >= {("Weltraumbahnhof", "cosmodrome"), ("Machthaber", "ruler")}
    try:  # why 2008 exists: translate-toolkit does not read TBX v3
        v3_units = toolkit_tbx.tbxfile.parsestring(export_glossary(glossary, "tbx")).units
    except AssertionError:
        v3_units = []
    assert not v3_units


def test_tbx_has_the_tbx_basic_structure():
    glossary = store.load(SEEDS_TSV)
    root = etree.fromstring(export_glossary(glossary, "tbx", "de", "en-GB"))
    assert (
        root.tag == "{urn:iso:std:iso:30042:ed-2}tbx" and root.get("type") == "TBX-Basic" and root.get("style") == "dca"
    )
    concepts = root.findall(".//t:conceptEntry", NS)
    assert len(concepts) == len(glossary.entries)
    first = concepts[0]
    langs = [ls.get("{http://www.w3.org/XML/1998/namespace}lang") for ls in first.findall("t:langSec", NS)]
    assert langs == ["de", "en-GB"]
    en = first.findall("t:langSec", NS)[1]
    statuses = {
        ts.findtext("t:term", namespaces=NS): ts.find("t:termNote[@type='administrativeStatus']", NS).text
        for ts in en.findall("t:termSec", NS)
    }
    assert statuses == {
        "cosmodrome": "preferredTerm-admn-sts",
        "spaceport": "deprecatedTerm-admn-sts",
        "space station": "deprecatedTerm-admn-sts",
    }
    assert first.find("t:langSec/t:termSec/t:termNote[@type='partOfSpeech']", NS).text == "noun"


def test_csv_opens_in_excel():
    data = export_glossary(store.load(SEEDS_TSV), "csv", "de-DE", "en-GB")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))
    assert rows[0][:3] == ["de-DE", "en-GB", "status"]
    assert rows[1][:2] == ["Weltraumbahnhof", "cosmodrome"]


def test_deepl_pairs_hold_approved_entries_only():
    glossary = store.load(SEEDS_TSV)
    glossary.entries.append(store.TermEntry("Kandidat", "candidate", "candidate"))
    lines = export_glossary(glossary, "deepl").decode().splitlines()
    assert lines[0] == "Weltraumbahnhof,cosmodrome" and "Kandidat,candidate" not in lines
    assert len(lines) == len(glossary.approved())


@pytest.mark.parametrize(
    "fixture, expected, warning",
    [
        ("multiterm.tbx", {"Weltraumbahnhof": ("cosmodrome", ["spaceport"]), "Machthaber": ("ruler", [])}, "fr-FR"),
        ("memoq.tbx", {"Staatschef": ("head of state", [])}, "termCaseSensitivity"),
        ("weblate.tbx", {"Sicherheitsrat": ("Security Council", []), "Kreml": ("Kremlin", [])}, None),
    ],
)
def test_import_tbx_written_by_other_tools(fixture, expected, warning):
    imported = import_glossary(FIXTURES / fixture)
    got = {e.source: (e.target, e.forbidden) for e in imported.glossary.entries}
    assert got == expected
    if warning:
        assert any(warning in w for w in imported.warnings)
        assert all(":" in w and w.startswith(str(FIXTURES / fixture)) for w in imported.warnings)  # file:line
    else:
        assert imported.warnings == []


def test_import_keeps_definitions_and_contexts():
    multiterm = {e.source: e for e in import_glossary(FIXTURES / "multiterm.tbx").glossary.entries}
    assert "definition: Launch site for spacecraft" in multiterm["Weltraumbahnhof"].note
    assert multiterm["Weltraumbahnhof"].status == "approved"
    memoq = import_glossary(FIXTURES / "memoq.tbx").glossary.entries[0]
    assert memoq.context == ["Die beiden Staatschefs schüttelten sich die Hände."]


def test_import_merges_into_an_existing_glossary(tmp_path, capsys):
    target = tmp_path / "g.tsv"
    target.write_bytes(SEEDS_TSV.read_bytes())
    assert cli.main(["import", str(FIXTURES / "weblate.tbx"), "-o", str(target)]) == 0
    merged = {e.source: e for e in store.load(target).entries}
    assert merged["Kreml"].target == "Kremlin" and merged["Weltraumbahnhof"].forbidden == ["spaceport", "space station"]
    assert "2 entries from" in capsys.readouterr().err


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<martif><text><body><termEntry><langSet xml:lang="de"><tig><term>&lol3;</term></tig></langSet></termEntry></body></text></martif>"""
XXE = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><martif><text><body>&xxe;</body></text></martif>"""


@pytest.mark.parametrize(
    "data, words",
    [(BILLION_LAUGHS, "refused"), (XXE, "refused"), (b"<martif><text><body>", "malformed XML"), (b"", "empty file")],
)
def test_hostile_and_broken_xml_is_a_clear_error_fast(tmp_path, data, words, capsys):
    bad = tmp_path / "bad.tbx"
    bad.write_bytes(data)
    start = time.monotonic()
    assert cli.main(["import", str(bad), "-o", str(tmp_path / "g.tsv")]) == 1
    assert time.monotonic() - start < 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err and words in err
    assert not (tmp_path / "g.tsv").exists()


def test_unknown_csv_columns_are_reported(tmp_path, capsys):
    data = tmp_path / "g.csv"
    data.write_text("de,en,status,colour\nMachthaber,ruler,approved,blue\n", encoding="utf-8")
    assert cli.main(["import", str(data), "-o", str(tmp_path / "g.tsv"), "--strict"]) == 1
    assert "column 'colour' not mapped" in capsys.readouterr().err
    assert store.load(tmp_path / "g.tsv").entries[0].target == "ruler"


def test_language_tags_come_from_babel():
    assert language_tag("de_DE") == "de-DE" and language_tag("en") == "en"
    assert language_name("de") == "German" and language_name("de", "de") == "Deutsch"
    with pytest.raises(InputError, match="unknown language code"):
        language_tag("xx-nope")


def test_run_exports_to_tmx_and_xliff(tmp_path):
    record = tmp_path / "glossary-run.json"
    record.write_text(json.dumps({"signature": "s", "glossary": "", "segments": [
        {"file": "a.txt", "output": "out/a.txt", "index": 0, "line": 1, "source": "Der Machthaber.", "raw": "The leader.",
         "target": "The ruler.", "applied": [{"term": "Machthaber", "target": "ruler", "source_span": [4, 14], "target_span": [4, 9], "method": "alternative"}]},
    ]}), encoding="utf-8")  # fmt: skip
    assert cli.main(["export", str(record), "-o", str(tmp_path / "run.tmx")]) == 0
    tmx = etree.parse(str(tmp_path / "run.tmx")).getroot()
    assert tmx.get("version") == "1.4" and tmx.find("header").get("srclang") == "de"
    segs = [s.text for s in tmx.iter("seg")]
    assert segs == ["Der Machthaber.", "The ruler."]
    assert cli.main(["export", str(record), "--format", "xliff", "-o", str(tmp_path / "run.xlf")]) == 0
    x = etree.parse(str(tmp_path / "run.xlf")).getroot()
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    assert x.get("version") == "2.1" and x.get("trgLang") == "en"
    assert x.find(".//x:target", ns).text == "The ruler."
    assert "Machthaber → ruler" in x.find(".//x:note", ns).text
