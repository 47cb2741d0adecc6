"""Test set-up: an isolated Argos package folder with the real demo model installed once per session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports argostranslate.settings, which reads these once.
_SCRATCH = Path(tempfile.mkdtemp(prefix="glossary-tests-"))
os.environ["ARGOS_PACKAGES_DIR"] = str(_SCRATCH / "argos-packages")
os.environ["ARGOS_INTRA_THREADS"] = "1"  # speed only: outputs do not depend on thread counts
os.environ["GLOSSARY_TM"] = str(_SCRATCH / "memory.sqlite")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEMO_MODEL = SHARED / "models" / "translate-de_en-demo.argosmodel"
SEEDS = ROOT / "seeds"
MTDATA = SHARED / "mtdata"


@pytest.fixture(scope="session")
def demo_package():
    """The real demo model, installed through our own installer. Missing file = failure, not skip."""
    from glossary import models

    assert DEMO_MODEL.is_file(), f"{DEMO_MODEL} is needed by the model tests (see ../shared/README.md)"
    info = models.install_file(DEMO_MODEL)
    assert info.from_code == "de" and info.to_code == "en"
    return models.find_de_en()


@pytest.fixture(scope="session")
def engine(demo_package):
    from glossary.engine import Engine

    return Engine(demo_package)


@pytest.fixture
def no_model(monkeypatch, tmp_path):
    """An empty Argos package folder, as on a machine where nothing is installed."""
    from argostranslate import settings

    empty = tmp_path / "empty-packages"
    empty.mkdir()
    monkeypatch.setattr(settings, "package_data_dir", empty)
    monkeypatch.setattr(settings, "package_dirs", [empty])
    return empty


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
