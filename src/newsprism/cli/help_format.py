"""How a command's --help names its arguments: as a reader writes them, the way Click does.

Typer shows an argument with the Python type behind it ("paths... <list[str]>") and marks a required one
with braces ("{paths}..."): both are noise to someone learning the tool. Here a repeated argument reads
``PATH...`` when required and ``[PATH]...`` when optional, in the usage line and in the Arguments list.
"""
from __future__ import annotations

from typing import Any

from typer.core import TyperCommand


def argument_usage(param: Any) -> str:
    """``PATH...``, ``[PATH]...``, ``NAME`` or ``[NAME]``: the argument's metavar (else its name in capitals)."""
    name = param.metavar or param.name.upper()
    shown = name if param.required else f"[{name}]"
    return f"{shown}..." if param.nargs != 1 else shown


def _is_argument(param: Any) -> bool:
    return param.param_type_name == "argument"


class PlainHelpCommand(TyperCommand):
    """A Typer command whose help shows arguments by their metavar and their help, without Python types."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        return pieces + [argument_usage(param) for param in self.get_params(ctx) if _is_argument(param)]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        params = self.get_params(ctx)
        arguments = [(argument_usage(p), p.help or "") for p in params if _is_argument(p) and not p.hidden]
        options = [record for p in params if not _is_argument(p) if (record := p.get_help_record(ctx))]
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
