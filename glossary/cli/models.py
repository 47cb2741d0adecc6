"""`glossary models list|install|remove`: the Argos packages on this machine."""

from __future__ import annotations

import json

from .common import EXIT_ERROR, EXIT_OK, add_json


def register(sub) -> None:
    parser = sub.add_parser(
        "models",
        help="list, install and remove Argos translation models",
        description="List, install and remove Argos translation packages.",
    )
    actions = parser.add_subparsers(dest="models_command", metavar="ACTION", help="list, install or remove")
    p = actions.add_parser("list", help="installed Argos packages", description="The installed Argos packages.")
    add_json(p)
    p.set_defaults(func=list_models)
    p = actions.add_parser(
        "install",
        help="install from the Argos index (NAME, e.g. translate-de_en) or a .argosmodel file",
        description="Install an Argos package from the index or from a .argosmodel file.",
    )
    p.add_argument("package", help="translate-de_en, or PATH/to/file.argosmodel")
    p.set_defaults(func=install)
    p = actions.add_parser(
        "remove", help="remove an installed package", description="Remove an installed Argos package."
    )
    p.add_argument("package", help="package name as shown by `glossary models list`")
    p.set_defaults(func=remove)
    parser.set_defaults(func=lambda args: (parser.print_help(), EXIT_ERROR)[1])


def list_models(args) -> int:
    from .. import models

    found = models.installed()
    if args.json:
        print(json.dumps([{**m.__dict__, "path": str(m.path)} for m in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print(f"no Argos packages installed in {models.packages_dir()}")
        print(f"to translate German→English, {models.HOW_TO_INSTALL}")
    for m in found:
        print(f"{m.name}\t{m.pair}\tv{m.version}\t{m.path}")
    return EXIT_OK


def install(args) -> int:
    from .. import models

    info = models.install(args.package)
    print(f"installed {info.name} ({info.pair}, v{info.version}) in {info.path}")
    return EXIT_OK


def remove(args) -> int:
    from .. import models

    info = models.remove(args.package)
    print(f"removed {info.name} ({info.pair}, v{info.version}) from {info.path}")
    return EXIT_OK
