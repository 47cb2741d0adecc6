"""Table cells as text, never markup, cut with an ellipsis to the column's width."""

from __future__ import annotations

from rich.text import Text


def cell(value: str, justify: str = "left") -> Text:
    """`[/Anm. d. Red.]` is German, not Rich markup; a long sentence ends in … at the column's edge."""
    return Text(value.replace("\n", " "), overflow="ellipsis", no_wrap=True, justify=justify)  # type: ignore[arg-type]


def number(value: int) -> Text:
    return cell(str(value) if value else "", "right")


def fit(widths: dict[str, int], flexible: list[str], total: int, minimum: int = 8) -> dict[str, int]:
    """Column widths for a table `total` cells wide: fixed columns as given, the rest shared out."""
    cells = total - 2 * len(widths) - 2  # each column pads one cell each side; the scrollbar
    fixed = sum(w for k, w in widths.items() if k not in flexible)
    share = max(minimum, (cells - fixed) // max(1, len(flexible)))
    return {k: (share if k in flexible else w) for k, w in widths.items()}


def set_widths(table, widths: dict[str, int]) -> None:
    """Resize columns in place (on a terminal resize), without refilling 10k rows."""
    changed = False
    for key, width in widths.items():
        column = table.columns.get(key)
        if column is not None and column.width != width:
            column.width, changed = width, True
    if changed:
        table._clear_caches()  # DataTable keeps rendered rows; no public call drops them
        table.refresh()
