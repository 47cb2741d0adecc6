"""Typed errors: raised in the library, turned into one line and an exit code at the CLI edge."""


class GlossaryError(Exception):
    """Base for every error a user can act on. `str(err)` is the one line shown."""

    exit_code = 2


class InputError(GlossaryError):
    """A file we were asked to read is missing, binary, undecodable, empty or malformed."""


class ModelError(GlossaryError):
    """No usable German→English model, or a model file we refuse to install."""


class GlossaryFileError(GlossaryError):
    """A glossary file has conflicts or cannot be parsed."""
