"""The ``timeline`` command: a thin click layer over the library.

Each command parses its options, calls one library function and turns a
:class:`~timeline.errors.TimelineError` into a message on stderr.

Exit codes scripts can rely on:

* 0 — success
* 1 — a :class:`TimelineError`: invalid data, unreadable input, a failed write
* 2 — wrong usage (unknown option, missing argument), as click reports it
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import click

from . import __version__
from .errors import TimelineError

P = ParamSpec("P")
R = TypeVar("R")


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a :class:`TimelineError` raised by ``func`` into a clean message and exit 1."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except TimelineError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def main() -> None:
    """Dated political and diplomatic events from news, with the quote that proves each one.

    \b
    Typical use:
      timeline build            events/ -> timeline.db and exports/
      timeline serve            browse timeline.db in Datasette
      timeline extract corpus/ -o found.json
    """
