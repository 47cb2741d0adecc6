"""The run record: one reader and writer for translate, check, review and export."""

import json

import pytest

from glossary import cli
from glossary.errors import InputError
from glossary.runrecord import RUN_RECORD, RecordedSegment, RunRecord


def _record():
    return RunRecord(
        "model:x|beam:4", "g.tsv#abc",
        [
            RecordedSegment("in/a.txt", "out/a.txt", 0, 1, "Der Machthaber kam.", "The leader came.", "The ruler came.",
                            [{"term": "Machthaber", "target": "ruler", "method": "alternative"}]),
            RecordedSegment("in/a.po", "out/a.po", 1, 4, "Hallo", "Hello", "Hi", kept="translated"),
        ],
    )  # fmt: skip


def test_save_and_load_round_trip_from_the_file_or_its_folder(tmp_path):
    _record().save(tmp_path / RUN_RECORD)
    for where in (tmp_path / RUN_RECORD, tmp_path):
        back = RunRecord.load(where)
        assert back == _record()
    raw = json.loads((tmp_path / RUN_RECORD).read_text(encoding="utf-8"))
    assert "kept" not in raw["segments"][0] and raw["segments"][1]["kept"] == "translated"  # optional keys stay out


def test_pairs_for_the_checker_and_targets_for_review():
    record = _record()
    pair = record.pairs()[0]
    assert (pair.file, pair.index, pair.line, pair.target) == ("out/a.txt", 0, 1, "The ruler came.")
    assert record.targets()[("in/a.po", 1)] == "Hi"


def test_older_records_with_other_keys_still_load(tmp_path):
    path = tmp_path / RUN_RECORD
    row = {"file": "a", "output": "b", "index": 0, "line": 0, "source": "s", "raw": "r", "target": "t",
           "applied": [], "someday": "a key a later version adds"}  # fmt: skip
    path.write_text(json.dumps({"signature": "s", "segments": [row]}), encoding="utf-8")
    assert RunRecord.load(path).segments[0].target == "t"


@pytest.mark.parametrize("text", ["{not json", '{"signature": "s"}', '{"segments": [{"file": "a"}]}', "[]"])
def test_anything_else_is_one_line_naming_the_file(tmp_path, text):
    path = tmp_path / RUN_RECORD
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"glossary-run\.json: not a translation run record"):
        RunRecord.load(path)


def test_every_reader_uses_it_with_the_same_error(tmp_path, capsys):
    path = tmp_path / RUN_RECORD
    path.write_text("{broken", encoding="utf-8")
    assert cli.main(["check", "--run", str(path)]) == 1
    assert cli.main(["export", str(path), "--format", "tmx"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2 and all("not a translation run record" in line for line in lines)
