"""Typed errors: raised in the library, turned into one line and an exit code at the CLI edge.

Exit codes: 1 for a problem with the user's input (a file, a glossary, the disk), 2 for a usage
problem (options, a missing model).
"""


class GlossaryError(Exception):
    """Base for every error a user can act on. `str(err)` is the one line shown."""

    exit_code = 2


class UsageError(GlossaryError):
    """Options that do not fit together, or paths that cannot be used as asked."""


class InputError(GlossaryError):
    """A file we were asked to read (or write) is missing, binary, undecodable, empty, malformed or unwritable."""

    exit_code = 1


class ModelError(GlossaryError):
    """No usable German→English model, or a model file we refuse to install."""


class GlossaryFileError(GlossaryError):
    """A glossary file has conflicts or cannot be parsed."""

    exit_code = 1
