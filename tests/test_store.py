"""The glossary file: TSV round trip, conflicts, merging reviewed work, three-way saves."""

import pytest

from glossary import store
from glossary.errors import GlossaryFileError
from glossary.store import Glossary, TermEntry


def test_tsv_round_trip_keeps_every_field(tmp_path):
    entry = TermEntry(
        "Machthaber", "ruler", "approved", forbidden=["power holder"], variants=["Machthabers", "Machthabern"],
        alternatives=["leader"], pos="NOUN", note="as in news copy", context=["Nordkoreas Machthaber Kim kam."],
    )  # fmt: skip
    path = tmp_path / "g.tsv"
    store.save(Glossary([entry]), path)
    back = store.load(path).entries[0]
    for name in ("source", "target", "status", "forbidden", "variants", "alternatives", "pos", "note", "context"):
        assert getattr(back, name) == getattr(entry, name), name


def test_target_cell_alternatives_are_split_once():
    assert TermEntry("Rat", "council | Council ", "approved").targets() == ["council", "Council"]
    assert TermEntry("Rat", "", "candidate").targets() == []


def test_conflicting_approvals_stop_a_run_naming_both_lines(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text(
        "source\ttarget\tstatus\nMachthaber\truler\tapproved\nMachthaber\tpotentate\tapproved\n", encoding="utf-8"
    )
    with pytest.raises(GlossaryFileError, match=r"g\.tsv:3: 'Machthaber' approved as 'potentate' here .* line 2"):
        store.load(path).check()


def test_merge_keeps_reviewed_entries_and_adds_new_candidates():
    existing = Glossary([TermEntry("Machthaber", "ruler", "approved", note="checked")])
    extracted = [
        TermEntry("Machthaber", "power holder", "candidate"),
        TermEntry("Kosmodrom", "cosmodrome", "candidate"),
    ]
    merged = store.merge(existing, extracted).by_source()
    assert merged["machthaber"].target == "ruler" and merged["machthaber"].note == "checked"
    assert merged["kosmodrom"].status == "candidate"


def test_three_way_save_keeps_a_colleagues_change_and_reports_a_true_conflict(tmp_path):
    path = tmp_path / "g.tsv"
    store.save(Glossary([TermEntry("Rat", "council", "candidate"), TermEntry("Hund", "dog", "candidate")]), path)
    base = store.load(path)
    theirs = store.load(path)
    theirs.entries[1].status = "approved"  # a colleague approves "Hund" and saves first
    theirs.entries[0].target = "board"
    store.save(theirs, path)
    ours = store.load(path)
    ours.entries = [TermEntry("Rat", "Council", "approved"), TermEntry("Hund", "dog", "candidate")]
    result = store.save_merged(ours, path, base)
    final = store.load(path).by_source()
    assert final["hund"].status == "approved"  # their change to a field we did not touch stays
    assert final["rat"].target == "Council" and result.conflicts  # both changed it: ours kept, reported
