"""How the review app looks at 80×24 and 120×40: each view and the translation editor, as SVG snapshots.

After a deliberate change of the screens, look at the report and accept the new pictures with
`.venv/bin/python -m pytest tests/test_tui_snapshots.py --snapshot-update` (README: Tests).
"""

import os
import subprocess
import sys

import pytest

from glossary.review import ReviewSession

from .conftest import ROOT, SEEDS

GLOSSARY = ROOT / "glossaries" / "seeds.de-en.tsv"
SIZES = [(80, 24), (120, 40)]


# The model's words depend a little on the CPU's arithmetic (ctranslate2 runs on Intel MKL on Intel CPUs and
# on oneDNN on AMD ones): the seeds are translated, by the real model, in MKL's reproducible mode and
# ctranslate2's generic kernels, which give the same bits on every x86 CPU, so the pictures hold everywhere.
SAME_EVERYWHERE = {"CT2_USE_MKL": "1", "MKL_CBWR": "COMPATIBLE", "CT2_FORCE_CPU_ISA": "GENERIC"}


@pytest.fixture(scope="module")
def translated(demo_package, tmp_path_factory):
    out = tmp_path_factory.mktemp("snapshots") / "out"
    command = ["translate", str(SEEDS), "-o", str(out), "--glossary", str(GLOSSARY), "--no-memory", "-q"]
    done = subprocess.run(
        [sys.executable, "-m", "glossary", *command], env={**os.environ, **SAME_EVERYWHERE}, cwd=ROOT, timeout=600
    )
    assert done.returncode == 0
    return out


def _app(translated):
    from tui.app import ReviewApp

    return ReviewApp(ReviewSession([str(SEEDS.relative_to(ROOT))], str(GLOSSARY), str(translated)))


async def _settled(pilot) -> None:
    """The rows after the first screen, the checks: all in before the picture is taken."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("keys", [(), ("2",), ("3",), ("e",)], ids=["segments", "glossary", "findings", "editor"])
def test_views(snap_compare, translated, size, keys, monkeypatch):
    monkeypatch.chdir(ROOT)  # file names are shown relative to where the reviewer started

    async def run_before(pilot) -> None:
        await _settled(pilot)
        await pilot.press("down", "down", *keys)
        await _settled(pilot)

    assert snap_compare(_app(translated), terminal_size=size, run_before=run_before)
