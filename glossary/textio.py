"""Reading user files into text without guessing silently, and writing outputs atomically."""

from __future__ import annotations

import codecs
import contextlib
import itertools
import os
import re
import signal
import stat
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

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


_CONTROL_RE = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_UMLAUT_RE = re.compile("[äöüÄÖÜß]".encode("cp1252"))
_CP1252_ONLY_RE = re.compile(b"[" + b"".join(re.escape(bytes([b])) for b in sorted(_CP1252_ONLY)) + b"]")
_CP1252_UNDEFINED_RE = re.compile(b"[\x81\x8d\x8f\x90\x9d]")


def encoding_of(blocks: Callable[[], Iterable[bytes]], name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252; anything else is an error.

    `blocks()` gives the file's bytes in pieces (it may be called twice), so a 50 MB file is judged
    without being held: the one place that decides how a text file is read."""
    stream = iter(blocks())
    head = b""
    for block in stream:  # the first 8 KB whatever the block size: BOM and NUL checks look there
        head += block
        if len(head) >= 8192:
            break
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            bad = _first_bad_byte(encoding, itertools.chain([head], stream))
            if bad is not None:
                raise InputError(f"{name}: broken {encoding} text at byte {bad[0]}; re-save it as UTF-8")
            return encoding
    if b"\x00" in head[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes), not text; pass a text document instead")
    text_seen = False

    def noting_text(blocks: Iterable[bytes]) -> Iterator[bytes]:
        nonlocal text_seen
        for block in blocks:
            text_seen = text_seen or bool(block.strip())
            yield block

    bad = _first_bad_byte("utf-8", noting_text(itertools.chain([head], stream)))
    if bad is None:
        if not text_seen:
            raise InputError(f"{name}: empty file, nothing to read")
        return "utf-8"
    # Legacy Windows German text: high bytes only, no C0 control characters.
    legacy, hint = True, False
    for block in blocks():
        if _CONTROL_RE.search(block) or _CP1252_UNDEFINED_RE.search(block):
            legacy = False
            break
        hint = hint or bool(_UMLAUT_RE.search(block) or _CP1252_ONLY_RE.search(block))
    if legacy and hint:
        return "cp1252"
    raise InputError(
        f"{name}: not UTF-8 text (bad byte 0x{bad[1]:02x} at offset {bad[0]}); "
        "convert it, e.g. iconv -f LATIN1 -t UTF-8"
    )


def _first_bad_byte(encoding: str, blocks: Iterable[bytes]) -> tuple[int, int] | None:
    """(offset, value) of the first byte `encoding` cannot decode, reading block by block; None if all decode."""
    decoder, offset = codecs.getincrementaldecoder(encoding)(), 0
    for block in itertools.chain(blocks, [b""]):
        pending = decoder.getstate()[0]  # a character's first bytes, left from the block before
        try:
            decoder.decode(block, final=not block)
        except UnicodeDecodeError as err:
            return offset - len(pending) + err.start, (pending + block)[err.start]
        offset += len(block)
    return None


def decode_bytes(data: bytes, name: str) -> DecodedText:
    encoding = encoding_of(lambda: [data], name)
    return DecodedText(data.decode(encoding), encoding)


def file_blocks(path: Path, size: int = 1 << 20) -> Callable[[], Iterator[bytes]]:
    """`encoding_of`'s view of a file: its bytes a block at a time, as often as asked."""

    def blocks() -> Iterator[bytes]:
        with open(path, "rb") as handle:
            yield from iter(lambda: handle.read(size), b"")

    return blocks


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


class AtomicFile:
    """A file written through a temp file in the same folder and renamed by `commit()`, so readers
    never see half a file; `write` may be called many times (a big file streamed out piece by piece).

    The temp name carries our process id, so a later run can tell a dead run's leftovers
    (`clean_stale_temps`) from a live writer's.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp: str | None = None
        self._handle = None
        try:
            # Inside the try: a Ctrl-C right after the temp file exists must still remove it.
            fd, self.tmp = tempfile.mkstemp(
                prefix=f".{self.path.name}.{os.getpid()}.", suffix=".tmp", dir=self.path.parent
            )
            self._handle = os.fdopen(fd, "wb")
        except BaseException:
            self.discard()
            raise

    def write(self, data: bytes) -> None:
        try:
            self._handle.write(data)
        except BaseException:
            self.discard()
            raise

    def commit(self) -> None:
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.chmod(self.tmp, _new_file_mode(self.path))
            os.replace(self.tmp, self.path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        if self._handle is not None:
            self._handle.close()
        if self.tmp is not None:
            try:
                os.unlink(self.tmp)
            except FileNotFoundError:
                pass


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Ctrl-C waits for the block to end: a file written is recorded as done in the same breath, so the next
    run skips it instead of doing it again. (Only the main thread can take signals: elsewhere, no change.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            raise KeyboardInterrupt


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write all of `data` at once through an `AtomicFile`."""
    out = AtomicFile(path)
    out.write(data)
    out.commit()


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


def cache_directory() -> Path:
    """Where our caches live (the dictionary's index, the towns' list, the translation memory):
    $XDG_CACHE_HOME/glossary, or ~/.cache/glossary."""
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "glossary"
