"""What the three views share: one DataTable whose columns share out the terminal's width."""

from __future__ import annotations

from textual.containers import Vertical
from textual.widgets import DataTable

from ..widgets.cells import fit, set_widths


class TableView(Vertical):
    TABLE_ID = ""
    COLUMNS: dict[str, tuple[str, int]] = {}  # key → (heading, width when the column is not flexible)
    FLEXIBLE: tuple[str, ...] = ()  # the columns that share what the fixed ones leave

    def new_table(self) -> DataTable:
        return DataTable(id=self.TABLE_ID, cursor_type="row", zebra_stripes=True)

    @property
    def table(self) -> DataTable:
        return self.query_one(f"#{self.TABLE_ID}", DataTable)

    @classmethod
    def widths(cls, total: int) -> dict[str, int]:
        return fit({key: width for key, (_, width) in cls.COLUMNS.items()}, list(cls.FLEXIBLE), total)

    def add_columns(self) -> None:
        for key, width in self.widths(self.app.size.width).items():
            self.table.add_column(self.COLUMNS[key][0], width=width, key=key)

    def on_resize(self) -> None:
        set_widths(self.table, self.widths(self.size.width))

    def update_changed(self, row: int, column: int, value) -> None:
        """Repaint a cell only if its text changed: a re-check after each edit touches few of 10k rows."""
        if str(self.table.get_cell_at((row, column))) != str(value):
            self.table.update_cell_at((row, column), value)
