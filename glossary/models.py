"""Find, install, list and remove Argos Translate packages, safely and with errors a user can act on.

We use `argostranslate.package` for the package layout (so packages installed with
`argospm` are found) but do the installing ourselves: Argos extracts zips blindly.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import safezip
from .errors import ModelError

OFFICIAL_DE_EN = "translate-de_en"
INDEX_TIMEOUT_S = 15

HOW_TO_INSTALL = (
    "install one with `glossary models install translate-de_en` (online) "
    "or `glossary models install PATH/translate-de_en.argosmodel` (offline)"
)


@dataclass(frozen=True)
class ModelInfo:
    """An installed Argos package, as a translator sees it."""

    name: str  # argospm name, e.g. translate-de_en
    from_code: str
    to_code: str
    version: str
    path: Path

    @property
    def pair(self) -> str:
        return f"{self.from_code}→{self.to_code}"


def packages_dir() -> Path:
    from argostranslate import settings

    return Path(settings.package_data_dir)


def _info(pkg) -> ModelInfo:
    return ModelInfo(
        name=f"{pkg.type}-{pkg.from_code}_{pkg.to_code}",
        from_code=pkg.from_code,
        to_code=pkg.to_code,
        version=str(pkg.package_version),
        path=Path(pkg.package_path),
    )


def installed() -> list[ModelInfo]:
    from argostranslate import settings
    from argostranslate.package import Package

    found = []
    for directory in settings.package_dirs:
        if not Path(directory).is_dir():
            continue
        for path in sorted(Path(directory).iterdir()):
            if path.is_dir() and not path.name.startswith(".") and (path / "metadata.json").exists():
                try:
                    found.append(_info(Package(path)))
                except (OSError, ValueError, KeyError):
                    continue
    return found


def find_de_en():
    """The installed de→en `argostranslate.package.Package`, or a ModelError that says how to get one."""
    from argostranslate.package import Package

    for info in installed():
        if info.from_code == "de" and info.to_code == "en" and (info.path / "model").is_dir():
            return Package(info.path)
    raise ModelError(f"no German→English model installed (looked in {packages_dir()}); {HOW_TO_INSTALL}")


def _check_archive(zf: zipfile.ZipFile, name: str) -> str:
    """Validate an .argosmodel zip (sizes, ratios, paths: see safezip) and return its single top-level folder."""
    members = zf.infolist()
    if not members:
        raise ModelError(f"{name}: empty archive, not an Argos package")
    safezip.check(zf, name, safezip.MODEL, ModelError)
    tops = set()
    for m in members:
        tops.add(Path(m.filename).parts[0])
    if len(tops) != 1:
        raise ModelError(f"{name}: an Argos package holds exactly one folder, found {len(tops)}")
    top = tops.pop()
    names = {m.filename.rstrip("/") for m in members}
    if f"{top}/metadata.json" not in names:
        raise ModelError(f"{name}: no metadata.json in the package; is this an .argosmodel file?")
    if f"{top}/model/model.bin" not in names:
        raise ModelError(
            f"{name}: no model/model.bin in the package; the file is incomplete or not a translation package"
        )
    if f"{top}/sentencepiece.model" not in names and f"{top}/bpe.model" not in names:
        raise ModelError(f"{name}: no tokenizer (sentencepiece.model or bpe.model) in the package")
    try:
        meta = json.loads(safezip.read_member(zf, f"{top}/metadata.json", name, safezip.MODEL, ModelError))
    except (ValueError, UnicodeDecodeError):
        raise ModelError(f"{name}: metadata.json is not valid JSON") from None
    if not isinstance(meta, dict) or not meta.get("from_code") or not meta.get("to_code"):
        raise ModelError(f"{name}: metadata.json names no from_code/to_code")
    return top


def install_file(path: Path) -> ModelInfo:
    """Install a local .argosmodel: validate, extract to a hidden temp folder, then rename into place."""
    from argostranslate.package import Package

    path = Path(path)
    if not path.is_file():
        raise ModelError(f"{path}: no such file; give the path of a downloaded .argosmodel")
    if not zipfile.is_zipfile(path):
        raise ModelError(f"{path}: not an Argos package (not a zip archive)")
    target_root = packages_dir()
    try:
        target_root.mkdir(parents=True, exist_ok=True)
        with safezip.open_zip(path, safezip.MODEL, ModelError, "Argos package") as zf:
            top = _check_archive(zf, str(path))
            staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=target_root))
            try:
                safezip.extract_all(zf, staging, str(path), safezip.MODEL, ModelError)
                try:
                    Package(staging / top)  # parses metadata before anything is replaced
                except (KeyError, ValueError, TypeError, OSError) as err:
                    raise ModelError(
                        f"{path}: metadata.json is incomplete ({err}); not a usable Argos package"
                    ) from None
                final = target_root / top
                backup = None
                if final.exists():
                    backup = target_root / f".replaced-{top}-{os.getpid()}"
                    os.replace(final, backup)
                os.replace(staging / top, final)
                if backup is not None:
                    shutil.rmtree(backup, ignore_errors=True)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except zipfile.BadZipFile as err:
        raise ModelError(f"{path}: damaged archive ({err}); download it again") from None
    except OSError as err:
        raise ModelError(f"{path}: could not install into {target_root}: {err.strerror or err}") from None
    return next(i for i in installed() if i.path == final)


def _fetch(url: str, timeout: float) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "ArgosTranslate"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read()


def _within(seconds: float, fn, *args):
    """Run fn with a hard deadline: urlopen's timeout does not cover DNS look-ups."""
    import concurrent.futures

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(fn, *args).result(timeout=seconds)
    except concurrent.futures.TimeoutError:
        raise TimeoutError(f"no answer within {seconds:.0f} s") from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def install_from_index(name: str, timeout: float = INDEX_TIMEOUT_S) -> ModelInfo:
    """Download a package by argospm name (e.g. translate-de_en) from the Argos index."""
    from argostranslate import settings

    offline_hint = (
        f"download {name}.argosmodel on a machine with internet (see README) "
        f"and run `glossary models install PATH/{name}.argosmodel`"
    )
    try:
        index = json.loads(_within(timeout, _fetch, settings.remote_package_index, timeout))
    except (urllib.error.URLError, OSError, TimeoutError, ValueError) as err:
        reason = getattr(err, "reason", err) or "timed out"
        raise ModelError(f"cannot reach the Argos package index ({reason}); {offline_hint}") from None
    for meta in index:
        if f"{meta.get('type', 'translate')}-{meta.get('from_code')}_{meta.get('to_code')}" == name:
            break
    else:
        raise ModelError(f"no package named {name} in the Argos index; try `glossary models list --available`")
    last_error = None
    for link in meta.get("links", []):
        try:
            data = _fetch(link, timeout=max(timeout, 600))
        except (urllib.error.URLError, OSError, TimeoutError) as err:
            last_error = err
            continue
        with tempfile.TemporaryDirectory() as tmp:
            file = Path(tmp) / f"{name}.argosmodel"
            file.write_bytes(data)
            return install_file(file)
    raise ModelError(f"download of {name} failed ({last_error}); {offline_hint}")


def install(spec: str) -> ModelInfo:
    """A path to an .argosmodel installs offline; anything else is a package name from the index."""
    if spec.endswith(".argosmodel") or os.sep in spec or Path(spec).exists():
        return install_file(Path(spec))
    return install_from_index(spec)


def remove(name: str) -> ModelInfo:
    for info in installed():
        if name in (info.name, info.path.name, str(info.path)):
            if Path(info.path).resolve().parent != packages_dir().resolve():
                raise ModelError(f"{info.path}: not in {packages_dir()}; remove it by hand")
            shutil.rmtree(info.path)
            return info
    names = ", ".join(i.name for i in installed()) or "none"
    raise ModelError(f"no installed package named {name} (installed: {names})")
