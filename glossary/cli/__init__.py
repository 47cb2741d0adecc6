"""The `glossary` command: parse, call the library, show. One module per command, registered here;
no domain logic lives in this package."""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from . import check, eval_, export, extract, import_, models, review, translate
from .common import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, err

COMMANDS = (models, translate, check, review, export, import_, eval_, extract)  # in the order `--help` lists them


def _add_debug_everywhere(parser: argparse.ArgumentParser) -> None:
    """`--debug` is accepted after the command too (`glossary translate … --debug`)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                child.add_argument(
                    "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks on errors"
                )
                _add_debug_everywhere(child)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="glossary", description="Offline German→English translation and terminology toolkit."
    )
    parser.add_argument("--version", action="version", version=f"glossary {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", help="what to do (glossary COMMAND --help for its options)"
    )
    for command in COMMANDS:
        command.register(sub)
    _add_debug_everywhere(parser)
    return parser


def _os_error_line(error: OSError) -> str:
    """One line for a failure of the file system, naming the file and what to do."""
    import errno

    where = error.filename or ""
    hint = {
        errno.ENOSPC: "the disk is full; free some space and run again",
        errno.EDQUOT: "the disk quota is exceeded; free some space and run again",
        errno.EROFS: "the file system is read-only; choose another output folder",
        errno.EACCES: "permission denied; choose a path you can write or fix its permissions",
        errno.EPERM: "operation not permitted; choose another path",
        errno.ENOENT: "no such file or folder",
        errno.EEXIST: "already exists and is in the way; choose another path",
        errno.ENOTDIR: "a file is in the way where a folder is needed; choose another path",
        errno.EISDIR: "is a folder where a file is needed; choose another path",
        errno.ENAMETOOLONG: "the file name is too long",
    }.get(error.errno, error.strerror or str(error))
    return f"{where}: {hint}" if where else hint


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.func(args)
    except KeyboardInterrupt:
        err("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # the edge: every failure is one line; the traceback only with --debug
        if getattr(args, "debug", False):
            raise
        return _one_line(error)


def _one_line(error: Exception) -> int:
    import sqlite3

    from ..errors import GlossaryError

    if isinstance(error, GlossaryError):
        err(str(error))
        return error.exit_code
    if isinstance(error, OSError):
        err(_os_error_line(error))
        return EXIT_FINDINGS
    if isinstance(error, sqlite3.Error):
        err(f"translation memory: {error}; use --memory to choose another file, or --no-memory")
        return EXIT_FINDINGS
    first = str(error).splitlines()[0] if str(error) else "no message"
    err(f"unexpected {type(error).__name__}: {first} (rerun with --debug for details)")
    return EXIT_FINDINGS


if __name__ == "__main__":
    sys.exit(main())
