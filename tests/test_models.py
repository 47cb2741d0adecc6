import json
import socket
import time
import zipfile

import pytest

from glossary import cli, models
from glossary.errors import ModelError

from .conftest import DEMO_MODEL


def _package_zip(path, members, top="translate-de_en-x"):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name.replace("TOP", top), data)
    return path


GOOD_META = json.dumps({"type": "translate", "from_code": "de", "to_code": "en", "package_version": "1.0"})


def test_install_list_remove_real_demo_model(no_model, capsys):
    assert cli.main(["models", "install", str(DEMO_MODEL)]) == 0
    out = capsys.readouterr().out
    assert "installed translate-de_en (de→en, v0.1)" in out and str(no_model) in out
    assert [m.name for m in models.installed()] == ["translate-de_en"]
    assert (no_model / "translate-de_en-demo" / "model" / "model.bin").is_file()
    assert models.find_de_en().from_code == "de"
    # installing again replaces in place, nothing left behind
    models.install_file(DEMO_MODEL)
    assert sorted(p.name for p in no_model.iterdir()) == ["translate-de_en-demo"]
    assert cli.main(["models", "list"]) == 0
    assert "translate-de_en\tde→en\tv0.1" in capsys.readouterr().out
    assert cli.main(["models", "remove", "translate-de_en"]) == 0
    assert models.installed() == []


@pytest.mark.parametrize(
    "members, message",
    [
        ({"../evil/metadata.json": GOOD_META}, "unsafe path"),
        ({"/abs/metadata.json": GOOD_META}, "unsafe path"),
        ({"TOP/model/model.bin": b"x", "TOP/sentencepiece.model": b"x"}, "no metadata.json"),
        ({"TOP/metadata.json": GOOD_META, "TOP/sentencepiece.model": b"x"}, "no model/model.bin"),
        (
            {"TOP/metadata.json": "{not json", "TOP/model/model.bin": b"x", "TOP/sentencepiece.model": b"x"},
            "not valid JSON",
        ),
        ({"a/metadata.json": GOOD_META, "b/model/model.bin": b"x"}, "exactly one folder"),
    ],
)
def test_bad_archives_are_refused_and_nothing_is_installed(no_model, tmp_path, members, message):
    bad = _package_zip(tmp_path / "bad.argosmodel", members)
    with pytest.raises(ModelError, match=message):
        models.install_file(bad)
    assert list(no_model.iterdir()) == []


def test_zip_bomb_is_refused(no_model, tmp_path):
    bomb = tmp_path / "bomb.argosmodel"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("TOP/metadata.json", GOOD_META)
        zf.writestr("TOP/sentencepiece.model", b"x")
        zf.writestr("TOP/model/model.bin", b"\0" * (64 * 1024 * 1024))
    with pytest.raises(ModelError, match="zip bomb"):
        models.install_file(bomb)
    assert list(no_model.iterdir()) == []


def test_not_a_zip_and_missing_file(no_model, tmp_path, capsys):
    text = tmp_path / "model.argosmodel"
    text.write_text("hello")
    assert cli.main(["models", "install", str(text)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"glossary: error: {text}: not an Argos package (not a zip archive)"
    with pytest.raises(ModelError, match="no such file"):
        models.install_file(tmp_path / "missing.argosmodel")


def test_offline_index_fails_fast_with_the_offline_route(no_model, monkeypatch, capsys):
    from argostranslate import settings

    with socket.socket() as s:  # a closed local port: what an offline machine answers
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(settings, "remote_package_index", f"http://127.0.0.1:{port}/index.json")
    start = time.monotonic()
    assert cli.main(["models", "install", "translate-de_en"]) == 2
    assert time.monotonic() - start < 15
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert (
        "cannot reach the Argos package index" in err
        and "glossary models install PATH/translate-de_en.argosmodel" in err
    )


def test_missing_model_tells_how_to_install(no_model, tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("Hallo Welt.", encoding="utf-8")
    assert cli.main(["translate", str(src), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no German→English model installed" in err
    assert "glossary models install translate-de_en" in err and ".argosmodel" in err
    assert not (tmp_path / "out").exists()
