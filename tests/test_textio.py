import codecs
import os

import pytest

from glossary.errors import InputError
from glossary.textio import atomic_write_bytes, decode_bytes, read_text

GERMAN = "Nordkoreas Machthaber Kim Jong Un traf Präsident Putin am Weltraumbahnhof.\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (GERMAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "utf-8-sig"),
        (GERMAN.encode("utf-16"), "utf-16"),
        (GERMAN.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_the_encodings_users_have(data, encoding):
    decoded = decode_bytes(data, "a.txt")
    assert decoded.text == GERMAN
    assert decoded.encoding == encoding
    assert decoded.text.encode(decoded.encoding) == data  # written back byte for byte


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"abc \x81\x8d\x8f\x90\x9d \x01 def", "not UTF-8"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(data, words):
    with pytest.raises(InputError) as err:
        decode_bytes(data, "docs/bad.txt")
    message = str(err.value)
    assert message.startswith("docs/bad.txt: ") and words in message and "\n" not in message


def test_missing_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


def test_atomic_write_replaces_whole_and_leaves_no_temp(tmp_path):
    target = tmp_path / "sub" / "out.txt"
    atomic_write_bytes(target, b"first")
    atomic_write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    assert os.listdir(target.parent) == ["out.txt"]


def test_atomic_write_failure_keeps_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_new_files_get_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    import os
    import stat

    from glossary.textio import atomic_write_bytes

    old = os.umask(0o027)
    try:
        atomic_write_bytes(tmp_path / "new.txt", b"x")
        assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640
        os.chmod(tmp_path / "new.txt", 0o604)
        atomic_write_bytes(tmp_path / "new.txt", b"y")
        assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o604
    finally:
        os.umask(old)


@pytest.mark.parametrize(
    "data",
    [
        GERMAN.encode("utf-8") * 50,
        codecs.BOM_UTF8 + GERMAN.encode("utf-8") * 50,
        GERMAN.encode("utf-16") + GERMAN.encode("utf-16-le") * 49,
        GERMAN.encode("utf-8") * 40 + GERMAN.encode("cp1252"),  # the legacy byte only near the end
        GERMAN.encode("utf-8") * 40 + b"\x81" + GERMAN.encode("cp1252"),
        GERMAN.encode("utf-8") * 40 + "ä".encode()[:1],  # cut inside the last character
        codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le") * 40 + b"\x00\xd8",
    ],
)
def test_a_file_judged_block_by_block_is_judged_as_whole(data):
    """`encoding_of` reads big files in blocks: a character split between blocks, or the one bad byte in
    the last block, must give the same answer (and the same offset) as the whole file at once."""
    from glossary.textio import encoding_of

    def verdict(blocks):
        try:
            return encoding_of(blocks, "f.txt")
        except InputError as err:
            return str(err)

    whole = verdict(lambda: [data])
    assert whole == decode_bytes(data, "f.txt").encoding if not whole.startswith("f.txt") else True
    for size in (1, 7, 64, 1000):
        assert verdict(lambda: [data[i : i + size] for i in range(0, len(data), size)]) == whole, size


def test_ctrl_c_inside_a_deferred_block_waits_for_its_end():
    """A file and its record are written together: Ctrl-C that strikes between them is raised after both (the
    scale test's resumed run once redid a file whose record the interrupt had cut off)."""
    import signal

    from glossary.textio import interrupts_deferred

    done = []
    with pytest.raises(KeyboardInterrupt):
        with interrupts_deferred():
            os.kill(os.getpid(), signal.SIGINT)
            done.append("file")
            done.append("record")
    assert done == ["file", "record"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the usual Ctrl-C again
