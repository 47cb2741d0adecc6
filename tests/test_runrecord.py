"""The run record: one reader and writer for translate, check, review and export."""

import json

import pytest

from glossary import cli
from glossary.errors import InputError
from glossary.runrecord import LEGACY_RUN_RECORD, RUN_RECORD, RecordedSegment, RecordWriter, RunRecord


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
    lines = [json.loads(line) for line in (tmp_path / RUN_RECORD).read_text(encoding="utf-8").splitlines()]
    assert [next(iter(line)) for line in lines] == ["run", "segment", "file", "segment", "file"]  # JSON Lines
    assert "kept" not in lines[1]["segment"] and lines[3]["segment"]["kept"] == "translated"  # optional keys stay out


def test_the_writer_appends_file_by_file_and_a_later_block_supersedes(tmp_path):
    first, second = _record().segments
    writer = RecordWriter(tmp_path / RUN_RECORD, "sig-1")
    writer.add_file(first.file, first.output, [first])
    writer.add_file(second.file, second.output, [second])
    writer.close()
    redone = RecordedSegment(first.file, first.output, 0, 1, first.source, "r", "The new ruler came.")
    writer = RecordWriter(tmp_path / RUN_RECORD, "sig-2")  # a rerun redoes a.txt only
    writer.add_file(first.file, first.output, [redone])
    writer.close()
    back = RunRecord.load(tmp_path)
    assert back.signature == "sig-2" and [s.target for s in back.segments] == ["The new ruler came.", "Hi"]


def test_a_record_cut_by_a_kill_keeps_every_finished_file(tmp_path):
    first, second = _record().segments
    writer = RecordWriter(tmp_path / RUN_RECORD, "sig")
    writer.add_file(first.file, first.output, [first])
    writer.close()
    path = tmp_path / RUN_RECORD
    with open(path, "a", encoding="utf-8") as handle:  # killed while writing the next file's lines
        handle.write(json.dumps({"segment": second.to_json()}) + "\n" + '{"file": {"fi')
    assert [s.output for s in RunRecord.load(path).segments] == ["out/a.txt"]  # unclosed lines do not count
    RecordWriter(path, "sig").close()  # the next run cuts the torn line before appending
    assert all(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    assert [s.output for s in RunRecord.load(path).segments] == ["out/a.txt"]


def test_a_big_file_streamed_in_pieces_counts_whole_even_when_other_files_close_between(tmp_path):
    """A cluster finishes small files while a big one is still coming in: its earlier pieces stay."""
    small = _record().segments[1]
    big = [
        RecordedSegment("in/big.txt", "out/big.txt", i, i + 1, f"Satz {i}.", f"r{i}", f"Sentence {i}.")
        for i in range(4)
    ]
    writer = RecordWriter(tmp_path / RUN_RECORD, "sig")
    writer.add_segments(big[:2])
    writer.add_file(small.file, small.output, [small])
    writer.add_segments(big[2:])
    writer.close_file("in/big.txt", "out/big.txt", 4)
    writer.close()
    assert RunRecord.load(tmp_path).segments == [small, *big]
    writer = RecordWriter(tmp_path / RUN_RECORD, "sig")  # a rerun killed inside the big file
    writer.add_segments([RecordedSegment("in/big.txt", "out/big.txt", 0, 1, "Satz 0.", "x", "Half done.")])
    writer.close()
    assert RunRecord.load(tmp_path).segments == [small, *big]  # unclosed: the finished block still counts


def test_a_legacy_json_record_in_an_output_folder_still_loads(tmp_path):
    row = {"file": "a", "output": "b", "index": 0, "line": 0, "source": "s", "raw": "r", "target": "t", "applied": []}
    (tmp_path / LEGACY_RUN_RECORD).write_text(json.dumps({"signature": "old", "segments": [row]}), encoding="utf-8")
    back = RunRecord.load(tmp_path)
    assert back.signature == "old" and back.segments[0].target == "t"


def test_pairs_for_the_checker_and_targets_for_review():
    record = _record()
    pair = record.pairs()[0]
    assert (pair.file, pair.index, pair.line, pair.target) == ("out/a.txt", 0, 1, "The ruler came.")
    assert record.targets()[("in/a.po", 1)] == "Hi"


def test_older_records_with_other_keys_still_load(tmp_path):
    path = tmp_path / LEGACY_RUN_RECORD
    row = {"file": "a", "output": "b", "index": 0, "line": 0, "source": "s", "raw": "r", "target": "t",
           "applied": [], "someday": "a key a later version adds"}  # fmt: skip
    path.write_text(json.dumps({"signature": "s", "segments": [row]}), encoding="utf-8")
    assert RunRecord.load(path).segments[0].target == "t"


@pytest.mark.parametrize("text", ["{not json", '{"signature": "s"}', '{"segments": [{"file": "a"}]}', "[]"])
def test_anything_else_is_one_line_naming_the_file(tmp_path, text):
    path = tmp_path / RUN_RECORD
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"glossary-run\.jsonl: not a translation run record"):
        RunRecord.load(path)


def test_every_reader_uses_it_with_the_same_error(tmp_path, capsys):
    path = tmp_path / RUN_RECORD
    path.write_text("{broken", encoding="utf-8")
    assert cli.main(["check", "--run", str(path)]) == 1
    assert cli.main(["export", str(path), "--format", "tmx"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2 and all("not a translation run record" in line for line in lines)
