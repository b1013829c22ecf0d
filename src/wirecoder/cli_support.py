"""What every `wirecoder` command group shares: coded errors become one line and exit code 2,
and date options are checked once."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

import click

from .errors import WirecoderError


class ErrorsAsExitCodes(click.Group):
    """Turns WirecoderError into one clear line on stderr and exit code 2 (no traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WirecoderError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)


def date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """A click callback: YYYY-MM-DD or a usage error that says so."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD (e.g. 2025-11-30)") from None
