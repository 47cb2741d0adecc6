"""One guarded way to open every zip the tool reads: models, DOCX and any other zipped format.

A zip is a promise about sizes the tool should not take on trust: members may be encrypted,
compressed by methods we cannot read, expand a thousandfold (each member or all of them together),
or point outside the folder they are unpacked into. Everything is checked from the central
directory before a byte is decompressed; `read_member` never reads more than the member claims.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import InputError
from .textio import open_error

_READABLE = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


@dataclass(frozen=True)
class Limits:
    max_total: int = 1024**3  # uncompressed bytes, all members together
    max_member: int = 256 * 1024**2
    max_members: int = 20_000
    max_ratio: float = 100.0  # uncompressed/compressed, checked on each large member and on the total
    ratio_floor: int = 8 * 1024**2  # below this many bytes a high ratio is harmless


DOCUMENT = Limits()
MODEL = Limits(max_total=8 * 1024**3, max_member=4 * 1024**3, max_members=1_000, max_ratio=50.0)


def _safe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
        return False
    return ".." not in PurePosixPath(name).parts


def open_zip(path: Path, limits: Limits = DOCUMENT, error=InputError, what: str = "zip archive") -> zipfile.ZipFile:
    """The opened, checked archive; `error` (InputError or ModelError) carries the one-line reason."""
    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except (FileNotFoundError, IsADirectoryError, PermissionError) as err:
        raise open_error(path, err, what, error) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as err:
        raise error(f"{path}: not a valid {what} ({str(err) or type(err).__name__})") from None
    try:
        check(zf, str(path), limits, error)
    except BaseException:
        zf.close()
        raise
    return zf


def check(zf: zipfile.ZipFile, name: str, limits: Limits = DOCUMENT, error=InputError) -> None:
    members = zf.infolist()
    if len(members) > limits.max_members:
        raise error(
            f"{name}: {len(members)} members in the archive, more than {limits.max_members}; refused (zip bomb?)"
        )
    total = packed = 0
    for m in members:
        if not _safe_name(m.filename):
            raise error(f"{name}: refusing unsafe path '{m.filename}' in the archive (zip slip)")
        if (m.external_attr >> 16) & 0o170000 == 0o120000:
            raise error(f"{name}: refusing symbolic link '{m.filename}' in the archive")
        if m.flag_bits & 0x1:
            raise error(f"{name}: member '{m.filename}' is encrypted; save the file without a password")
        if m.compress_type not in _READABLE:
            raise error(
                f"{name}: member '{m.filename}' uses compression method {m.compress_type}, which cannot "
                "be read; re-save the file"
            )
        if m.file_size > limits.max_member:
            raise error(
                f"{name}: member '{m.filename}' expands to {m.file_size / 1024**2:.0f} MiB, more than "
                f"{limits.max_member // 1024**2} MiB; refused"
            )
        if m.file_size > limits.ratio_floor and m.file_size > limits.max_ratio * max(1, m.compress_size):
            raise error(
                f"{name}: member '{m.filename}' expands {m.file_size // max(1, m.compress_size)}× (zip bomb?); refused"
            )
        total += m.file_size
        packed += m.compress_size
    if total > limits.max_total:
        raise error(
            f"{name}: archive expands to {total / 1024**2:.0f} MiB, more than "
            f"{limits.max_total // 1024**2} MiB; refused"
        )
    if total > limits.ratio_floor and total > limits.max_ratio * max(1, packed):
        raise error(
            f"{name}: archive expands {total // max(1, packed)}× in all (zip bomb split over members?); refused"
        )


def read_member(
    zf: zipfile.ZipFile, member: str | zipfile.ZipInfo, name: str, limits: Limits = DOCUMENT, error=InputError
) -> bytes:
    """A member's bytes, never more than it declares nor than the limit."""
    info = member if isinstance(member, zipfile.ZipInfo) else zf.getinfo(member)
    cap = min(info.file_size, limits.max_member)
    try:
        with zf.open(info) as handle:
            data = handle.read(cap + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError, NotImplementedError) as err:
        raise error(f"{name}: damaged member '{info.filename}' ({str(err) or type(err).__name__})") from None
    if len(data) > cap:
        raise error(f"{name}: member '{info.filename}' is larger than it declares; refused")
    return data


def extract_all(zf: zipfile.ZipFile, dest: Path, name: str, limits: Limits = DOCUMENT, error=InputError) -> None:
    """Unpack a checked archive under `dest`, streaming each member with its size bounded."""
    dest = Path(dest)
    for info in zf.infolist():
        target = dest / info.filename
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        try:
            with zf.open(info) as src, open(target, "wb") as out:
                while True:
                    chunk = src.read(1024 * 1024)
                    if not chunk:
                        break
                    written += len(chunk)
                    if written > info.file_size or written > limits.max_member:
                        raise error(f"{name}: member '{info.filename}' is larger than it declares; refused")
                    out.write(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError) as err:
            raise error(f"{name}: damaged member '{info.filename}' ({str(err) or type(err).__name__})") from None
