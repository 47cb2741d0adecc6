"""Zipped XML packages (OpenDocument, PPTX, XLSX, EPUB): read through the guarded zip opener, written
back member by member in the same order with the same compression, only the members we changed new.

Keeping order and compression matters: OpenDocument and EPUB readers want `mimetype` first and
stored, and a member we did not touch keeps its exact bytes.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .. import safezip, xmlsafe
from ..errors import InputError


@dataclass
class Package:
    path: str
    what: str  # "OpenDocument file", "PPTX file"…: names the file in errors
    infos: list[zipfile.ZipInfo]
    data: dict[str, bytes]
    trees: dict[str, object] = field(default_factory=dict)  # parsed members, by name

    def names(self) -> list[str]:
        return [i.filename for i in self.infos]

    def has(self, name: str) -> bool:
        return name in self.data

    def xml(self, name: str):
        """The member's parsed tree (the guarded parser: no entities, no network), parsed once."""
        if name not in self.trees:
            if name not in self.data:
                raise InputError(f"{self.path}: damaged {self.what}: '{name}' is missing; re-save the file")
            self.trees[name] = xmlsafe.parse(self.data[name], f"{self.path}: {name}")
        return self.trees[name]

    def save(self, changed: set[str]) -> bytes:
        """The package with the `changed` members' trees serialized (a changed member never parsed is
        taken from `data`, where the writer put its new bytes); every other member as read."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            for info in self.infos:
                data = self.data[info.filename]
                if info.filename in changed and info.filename in self.trees:
                    data = xmlsafe.serialize(self.trees[info.filename], data)
                clone = zipfile.ZipInfo(info.filename, info.date_time)
                clone.compress_type = info.compress_type
                clone.external_attr = info.external_attr
                clone.create_system = info.create_system
                zf.writestr(clone, data)
        return out.getvalue()


def open_package(path: Path, what: str) -> Package:
    """Every member read (sizes checked first: zip bombs, zip slip, symlinks refused)."""
    path = Path(path)
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}: not a {what} (not a zip archive)")
    with safezip.open_zip(path, safezip.DOCUMENT, InputError, what) as zf:
        infos = zf.infolist()
        data = {info.filename: safezip.read_member(zf, info, str(path)) for info in infos}
    if len(data) != len(infos):
        raise InputError(f"{path}: damaged {what}: a member name appears twice; re-save the file")
    return Package(str(path), what, infos, data)
