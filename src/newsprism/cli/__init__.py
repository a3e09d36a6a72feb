"""The ``newsprism`` command line. Each command lives in its own module; this one only assembles them."""
from __future__ import annotations

import sys
from typing import Annotated

import typer

from .analyze import analyze
from .exit_codes import OUTPUT
from .help_format import PlainHelpCommand
from .serve_command import register as register_serve_command
from .store_commands import register as register_store_commands


def _show_version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"newsprism {__version__}")
        raise typer.Exit()


def _root(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Read many news reports of the same events; report what is established, disputed and uncorroborated."""


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="newsprism",
        help="Read many news reports of the same events; report what is established, disputed and uncorroborated."
             "\n\nRun 'newsprism COMMAND --help' for what a command reads, writes and exits with.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    app.callback()(_root)
    app.command("analyze", cls=PlainHelpCommand,
                short_help="Report what a set of articles establishes, disputes and leaves uncorroborated.")(analyze)
    register_store_commands(app)
    register_serve_command(app)
    return app


def main() -> None:
    try:
        build_app()(prog_name="newsprism")
    except OSError as exc:  # writing help or a usage message, outside any command (`--help > /dev/full`)
        print(f"newsprism: error: input/output error: {exc.strerror or exc}", file=sys.stderr)
        sys.exit(OUTPUT)
