"""`glossary review`: the Textual app over a review session (the screen lives in tui/)."""

from __future__ import annotations

from .common import EXIT_ERROR, EXIT_OK, add_glossary, err


def register(sub) -> None:
    p = sub.add_parser(
        "review", help="open the terminal app to review segments, findings and the glossary",
        description="Review segments, their translations, findings and the glossary side by side; approve, edit, save.",
    )  # fmt: skip
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="German files or folders")
    add_glossary(p, "glossary TSV to review and save")
    p.add_argument("--translations", metavar="DIR", help="the output folder of `glossary translate`")
    p.add_argument("--memory", metavar="FILE", help="translation memory that receives reviewed translations")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..errors import GlossaryError
    from ..memory import TranslationMemory
    from ..review import open_session

    session = open_session(args.inputs, args.glossary, args.translations)
    try:
        from tui.app import ReviewApp
    except ImportError as error:  # the library works without the screen
        raise GlossaryError(f"the review app is not installed ({error}); reinstall with ./setup.sh") from None

    def engine_factory():
        from ..engine import Engine

        return Engine()

    app = ReviewApp(session, engine_factory, TranslationMemory(args.memory))
    app.debug_errors = getattr(args, "debug", False)  # --debug: Textual's traceback, not the error screen
    app.run()
    if app.failure:
        err(f"{app.failure} (the review app stopped; rerun with --debug for the traceback)")
    return EXIT_ERROR if app.return_code else EXIT_OK  # an unexpected error in the app is not a success
