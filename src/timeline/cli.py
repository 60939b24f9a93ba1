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
from pathlib import Path
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


@main.command(
    context_settings={
        "help_option_names": ["--help"],
        "ignore_unknown_options": True,
        "allow_extra_args": True,
    }
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("timeline.db"),
    show_default=True,
    help="The database `timeline build` made.",
)
@click.option("-h", "--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("-p", "--port", type=int, default=8001, show_default=True, help="Port (0: any).")
@click.argument("datasette_options", nargs=-1, type=click.UNPROCESSED)
@handle_errors
def serve(db_path: Path, host: str, port: int, datasette_options: tuple[str, ...]) -> None:
    """Browse the database in Datasette, read-only, with our metadata, map and calendar feeds.

    Any other Datasette option passes through, for example
    `timeline serve --setting default_page_size 50` or `timeline serve --get /-/calendars`.
    See docs/datasette.md.
    """
    from .serve import serve as serve_datasette

    serve_datasette(db_path, host=host, port=port, extra=datasette_options, echo=click.echo)


@main.command()
@click.option(
    "--dct",
    metavar="YYYY-MM-DD",
    help="Document creation time (publication date) that anchors 'today', 'last year', "
    "'on Tuesday', 'in March'. Required.",
)
@click.option(
    "--all-fields",
    is_flag=True,
    help="Also print mod and the calendar interval (start_date, end_date, precision).",
)
@click.argument("file", type=click.Path(path_type=Path))
@handle_errors
def timex(dct: str | None, all_fields: bool, file: Path) -> None:
    """Print the temporal expressions of FILE as a JSON array (TimeML TIMEX3).

    Each object has exactly the keys start, end (character offsets into the
    file's UTF-8 text), text, type (DATE, TIME, DURATION, SET) and value,
    sorted by start. See docs/temporal.md.
    """
    import json

    from .temporal import parse_dct, tag_file

    if dct is None:
        raise TimelineError("--dct YYYY-MM-DD is required: the publication date of FILE")
    found = tag_file(file, parse_dct(dct))
    rows: list[dict[str, object]] = []
    for t in found:
        row: dict[str, object] = dict(t.as_json())
        if all_fields:
            row["mod"] = t.mod.timeml if t.mod else None
            iv = t.interval
            row["start_date"] = iv.start.isoformat() if iv else None
            row["end_date"] = iv.end.isoformat() if iv else None
            row["precision"] = iv.precision.value if iv else None
        rows.append(row)
    click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
