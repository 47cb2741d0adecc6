"""Tables with their own key bindings: the footer shows what each key does where the focus is."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable


class SegmentTable(DataTable):
    BINDINGS = [
        Binding("e", "app.edit_translation", "Edit translation", id="segment.edit"),
        Binding("t", "app.translate_segment", "Translate", id="segment.translate"),
        Binding("n", "app.new_entry", "New entry", id="segment.new_entry"),
    ]


class EntryTable(DataTable):
    BINDINGS = [
        Binding("a", "app.set_status('approved')", "Approve", id="entry.approve"),
        Binding("r", "app.set_status('rejected')", "Reject", id="entry.reject"),
        Binding("e", "app.edit_target", "Edit target", id="entry.edit"),
        Binding("f", "app.add_forbidden", "Forbid variant", id="entry.forbid"),
        Binding("n", "app.new_entry", "New entry", id="entry.new"),
        Binding("s", "app.cycle_sort", "Sort", id="entry.sort"),
    ]


class FindingTable(DataTable):
    BINDINGS = [Binding("g", "app.group_findings", "Group by term/document", id="findings.group")]
