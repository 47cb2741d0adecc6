"""Reading user files into text without guessing silently, and writing outputs atomically."""

from __future__ import annotations

import codecs
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # codec used to write the file back ("utf-8-sig" keeps a BOM)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Bytes 0x80–0x9F that are printable in cp1252 but control characters in latin-1.
_CP1252_ONLY = set(range(0x80, 0xA0)) - {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def decode_bytes(data: bytes, name: str) -> DecodedText:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252; anything else is an error."""
    if not data.strip():
        raise InputError(f"{name}: empty file, nothing to read")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(f"{name}: broken {encoding} text at byte {err.start}; re-save it as UTF-8") from None
            if encoding == "utf-8-sig":
                return DecodedText(text, "utf-8-sig")
            return DecodedText(text, "utf-16")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes), not text; pass a text document instead")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    # Legacy Windows German text: high bytes only, no C0 control characters.
    if not any(b < 0x09 or 0x0E <= b < 0x20 for b in data):
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = None
        if text is not None and (any(ch in text for ch in "äöüÄÖÜß") or any(b in _CP1252_ONLY for b in data)):
            return DecodedText(text, "cp1252")
    raise InputError(
        f"{name}: not UTF-8 text (bad byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}); "
        "convert it, e.g. iconv -f LATIN1 -t UTF-8"
    )


def open_error(path: Path, err: OSError, what: str = "file", error=InputError) -> Exception:
    """The one line for a path that cannot be opened (missing, a folder, not ours to read), as `error`."""
    if isinstance(err, FileNotFoundError):
        return error(f"{path}: no such file")
    if isinstance(err, IsADirectoryError):
        return error(f"{path}: is a folder, not a {what}")
    if isinstance(err, PermissionError):
        return error(f"{path}: permission denied")
    return error(f"{path}: cannot be read ({err.strerror or err})")


def read_text(path: Path) -> DecodedText:
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, PermissionError) as err:
        raise open_error(path, err) from None
    return decode_bytes(data, str(path))


_TEMP_RE = re.compile(r"^\..+\.(\d+)\.[A-Za-z0-9_]+\.tmp$")


def _new_file_mode(path: Path) -> int:
    """An overwritten file keeps its mode; a new one gets what the umask allows, as `open()` would."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write through a temp file in the same folder and rename, so readers never see half a file.

    The temp name carries our process id, so a later run can tell a dead run's leftovers
    (`clean_stale_temps`) from a live writer's.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = None
    try:
        # Inside the try: a Ctrl-C right after the temp file exists must still remove it.
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _new_file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
        raise


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_temps(folder: Path, *, ours: bool = False) -> int:
    """Remove temp files that killed runs left under `folder`; a live process's are left alone.

    `ours=True` also removes this process's own: after a Ctrl-C that struck inside `mkstemp`,
    before any cleanup could know the name.
    """
    removed = 0
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            m = _TEMP_RE.match(name)
            if not m:
                continue
            pid = int(m.group(1))
            if (ours and pid == os.getpid()) or (pid != os.getpid() and not process_alive(pid)):
                try:
                    os.unlink(os.path.join(root, name))
                    removed += 1
                except OSError:
                    pass
    return removed


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))
