"""The ``timeline`` command: a thin click layer over the library.

Each command parses its options, calls one library function and turns a
:class:`~timeline.errors.TimelineError` into a message on stderr.

Exit codes scripts can rely on:

* 0 — success
* 1 — a :class:`TimelineError`: invalid data, unreadable input, a failed write
* 2 — wrong usage (unknown option, missing argument, an unknown filter value or
  export format)
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO, ParamSpec, TypeVar

import click

from . import __version__
from .errors import TimelineError, UsageError

P = ParamSpec("P")
R = TypeVar("R")


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a :class:`TimelineError` raised by ``func`` into a clean message and exit 1 (2 for
    a :class:`UsageError`: an unknown filter value or format)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except UsageError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(2)
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


def _folder_option(flag: str, help_text: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """``--events`` or ``--corpus``: a folder (default: its own name, ``events`` or
    ``corpus``), passed to the command as ``events_dir`` or ``corpus_dir``."""
    name = flag.removeprefix("--")
    return click.option(
        flag,
        f"{name}_dir",
        default=Path(name),
        show_default=True,
        type=click.Path(file_okay=False, path_type=Path),
        help=help_text,
    )


def _say(quiet: bool) -> Callable[[str], None] | None:
    if quiet:
        return None
    return lambda msg: click.echo(f"· {msg}", err=True)


@main.command()
@_folder_option("--events", "Curated event files.")
@_folder_option("--corpus", "Source articles.")
@click.option(
    "--db",
    "db_path",
    default="timeline.db",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Database to write.",
)
@click.option(
    "--exports",
    "exports_dir",
    default="exports",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the exports.",
)
@click.option("--no-exports", is_flag=True, help="Write the database only.")
@click.option(
    "--base-url",
    metavar="URL",
    help="Public address exports/ is published at (https://events.example.org/timeline/): "
    "links to the feeds and to the exports themselves use it.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes to validate the event files and write the exports with [default: every core].",
)
@click.option(
    "--cache",
    "cache_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="SQLite file of the event files validated before: an unchanged file is not "
    "parsed again [default: .timeline-cache.db beside DB].",
)
@click.option("--no-cache", is_flag=True, help="Read and validate every event file.")
@click.option(
    "--no-stat-trust",
    is_flag=True,
    help="Read and hash every event file, even one whose size, times and inode are "
    "those it had when the cache last read it.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@handle_errors
def build(
    events_dir: Path,
    corpus_dir: Path,
    db_path: Path,
    exports_dir: Path,
    no_exports: bool,
    base_url: str | None,
    jobs: int | None,
    cache_path: Path | None,
    no_cache: bool,
    no_stat_trust: bool,
    quiet: bool,
) -> None:
    """Build the database and every export from events/ and corpus/.

    Validates every event file and every quote against its article first; if
    anything is wrong it lists every problem (file:line: field ...) and writes
    nothing, so an existing database and exports stay as they were. Otherwise
    it writes DB (renamed into place; updated from the previous one when few
    events changed) and, unless
    --no-exports, every export format into exports/: timeline.json,
    schema/*.json, timelinejs.json, timeline.html, timeline.ics and
    calendars/*.ics, timeline.atom, timeline.geojson, csv/*.csv with
    datapackage.json, and plover.jsonl.

    \b
    Examples:
      timeline build
      timeline build --db /tmp/t.db --no-exports
      timeline build --base-url https://events.example.org/timeline/
    """
    from .build import build as run_build

    if no_cache and cache_path is not None:
        raise click.UsageError("give --cache or --no-cache, not both")
    cache = None if no_cache else cache_path or db_path.parent / ".timeline-cache.db"
    report = run_build(
        events_dir,
        corpus_dir,
        db_path,
        None if no_exports else exports_dir,
        base_url=base_url,
        progress=_say(quiet),
        jobs=jobs,
        cache=cache,
        trust_stat=not no_stat_trust,
    )
    if not quiet:
        click.echo(report.summary())


@main.command()
@_folder_option("--events", "Curated event files.")
@_folder_option("--corpus", "Source articles.")
@handle_errors
def validate(events_dir: Path, corpus_dir: Path) -> None:
    """Check events/ against the model and every quote against corpus/; write nothing.

    Exit code 0 when everything is valid, 1 with every problem listed
    (file:line: field what-is-wrong) otherwise. Use it in a pre-commit hook.
    """
    from .build import check

    report = check(events_dir, corpus_dir)
    click.echo(f"valid: {report.summary()}")


@main.command()
@_folder_option("--events", "Curated event files.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@handle_errors
def stats(events_dir: Path, as_json: bool) -> None:
    """Count events by kind, status, date precision, year, country and organization."""
    from .build import stats as count
    from .curated import load_events

    timeline = load_events(events_dir)
    counts = count(timeline)
    if as_json:
        click.echo(json.dumps({"events": len(timeline), **counts}, indent=2))
        return
    click.echo(f"{len(timeline)} events, {len(timeline.agreements)} agreements")
    for group, values in counts.items():
        shown = ", ".join(f"{k} {v}" for k, v in values.items()) or "-"
        click.echo(f"  {group:<13} {shown}")


@main.command(
    context_settings={
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
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("-p", "--port", type=int, default=8001, show_default=True, help="Port (0: any).")
@click.option(
    "--allow-sql",
    is_flag=True,
    help="Allow arbitrary SQL queries when serving on an address other than 127.0.0.1.",
)
@click.option(
    "--base-url",
    metavar="URL",
    help="Public address the site is reached at (https://events.example.org/timeline/), "
    "behind a proxy: every absolute link and calendar feed URL uses it.",
)
@click.argument("datasette_options", nargs=-1, type=click.UNPROCESSED)
@handle_errors
def serve(
    db_path: Path,
    host: str,
    port: int,
    allow_sql: bool,
    base_url: str | None,
    datasette_options: tuple[str, ...],
) -> None:
    """Browse the database in Datasette, read-only, with our metadata, map and calendar feeds.

    On 127.0.0.1 arbitrary SQL queries are allowed; on any other address
    only tables, views and canned queries, unless --allow-sql. Every query
    is stopped after 1 s and may build no value over 10 MB.

    Any other Datasette option passes through, for example
    `timeline serve --setting default_page_size 50` or `timeline serve --get /-/calendars`.
    Public deployment (--base-url, a static host): see docs/datasette.md.
    """
    from .serve import serve as serve_datasette

    serve_datasette(
        db_path,
        host=host,
        port=port,
        extra=datasette_options,
        echo=click.echo,
        allow_sql=allow_sql,
        base_url=base_url,
    )


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


@main.command("export")
@click.argument("fmt", metavar="FORMAT")
@click.option(
    "-i",
    "--input",
    "source",
    type=click.Path(path_type=Path),
    default=Path("events"),
    show_default=True,
    help="An events/ folder, or a JSON timeline file (*.json).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (or folder, for the files of ics, csv, schema); default: stdout.",
)
@click.option("--title", help="Title of the export (default: the project's title).")
@click.option(
    "--country", multiple=True, help="Only events with any of these countries (KZ, Türkiye)."
)
@click.option("--organization", multiple=True, help="Only events with any of these (OTS).")
@click.option("--participant", multiple=True, help="Only events with any of these actors.")
@click.option("--kind", multiple=True, help="Only these kinds (repeat: --kind visit).")
@click.option("--status", multiple=True, help="Only these statuses (occurred, planned...).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only events ending on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only events starting on or before it.")
@click.option("--text", help="Only events whose title, summary or a quote contains this.")
@click.option(
    "--include-imprecise",
    is_flag=True,
    help="ics: also show events dated only to a half year, year or decade.",
)
@click.option(
    "--date",
    "build_date",
    metavar="YYYY-MM-DD",
    help="ics, atom: build day for new or changed events [default: SOURCE_DATE_EPOCH or today].",
)
@click.option(
    "--ledger",
    "ledger_from",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("exports"),
    show_default=True,
    help="ics, atom: exports folder whose sequence ledger stamps events (read, never written).",
)
@handle_errors
def export_command(
    fmt: str,
    source: Path,
    output: Path | None,
    title: str | None,
    build_date: str | None,
    include_imprecise: bool,
    ledger_from: Path,
    **conditions: Any,
) -> None:
    """Write one export FORMAT of the events that match the filters.

    FORMAT is one of json, schema, timelinejs, html, ics, atom, geojson, csv,
    plover (see docs/json.md and docs/calendars.md). Without -o the main file
    goes to standard output; this command never writes into exports/ unless -o
    names it (`timeline build` writes every format there). Countries and
    organizations are codes, names or aliases in any case (KZ, kz, Kazakhstan;
    TR, TUR, Turkey, Türkiye); every filter repeats, and an event matches any
    value of each filter given. An unknown value is a usage error (exit 2)
    suggesting the nearest ones.

    \b
    Examples:
      timeline export json --country KZ --since 2024-01-01 -o kz-2024.json
      timeline export json --kind signing --kind ratification | jq '.events[].title'
      timeline export html --country Uzbekistan -o uzbekistan.html
      timeline export ics --country Turkey -o /tmp/feeds/
      timeline export geojson --kind visit --kind summit -o visits.geojson
      timeline export csv -o /tmp/package   # csv/*.csv and datapackage.json
      timeline extract corpus/ -o found.json && timeline export html -i found.json -o found.html
    """
    from .filters import Filter, parse_day
    from .formats.export import export, export_bytes

    selection = Filter.of(**conditions)
    today = parse_day("--date", build_date)
    options: dict[str, Any] = {
        "title": title,
        "include_imprecise": include_imprecise,
        "today": today,
        "ledger_from": ledger_from,
    }
    if output is None:
        click.echo(export_bytes(fmt, source, selection, **options), nl=False)
        return
    paths = export(fmt, source, output, selection, **options)
    if len(paths) == 1 and paths[0] == output:
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(f"Wrote {len(paths)} files under {output}", err=True)


def _tqdm() -> Any:
    """tqdm's bar, without its monitor thread (started by every bar, shown or not, and
    alive as long as the process): a process running another thread forks nothing
    (:func:`timeline.processes.can_fork`), and forking beside a thread risks a deadlock."""
    from tqdm import tqdm

    tqdm.monitor_interval = 0
    return tqdm


def _progress(label: str, unit: str = "doc") -> Callable[[Iterable[Any]], Iterable[Any]]:
    """A tqdm progress bar on stderr, shown only on a terminal."""

    def wrap(items: Iterable[Any]) -> Iterable[Any]:
        tqdm = _tqdm()
        bar: Iterable[Any] = tqdm(
            list(items), desc=label, unit=unit, disable=not sys.stderr.isatty(), file=sys.stderr
        )
        return bar

    return wrap


def _progress_counter(label: str) -> Callable[[int, int], None]:
    """A tqdm progress bar on stderr, shown only on a terminal: ``update(done, total)``."""
    bar: Any = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            tqdm = _tqdm()
            shown = sys.stderr.isatty()
            bar = tqdm(total=total, desc=label, unit="doc", disable=not shown, file=sys.stderr)
        bar.update(done - bar.n)
        if done == total:
            bar.close()

    return update


def _jobs_option(func: Callable[P, R]) -> Callable[P, R]:
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Processes to extract with [default: every core].",
    )(func)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_folder_option("--corpus", "The corpus folder to add the articles to.")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print exactly a JSON array, one object per article found.",
)
@handle_errors
def ingest_command(paths: tuple[Path, ...], corpus_dir: Path, as_json: bool) -> None:
    """Add news articles to the corpus: HTML pages, RSS/Atom feeds, WARC archives, text.

    Reads .html/.htm pages (main text, title, author, outlet, canonical URL and
    publication date), .xml/.rss/.atom feeds (one article per item), .warc and
    .warc.gz archives (every HTML response) and .txt articles; a folder is read
    for files of these kinds. Each article becomes one text file in CORPUS, its
    URL, outlet, author, date and origin go into CORPUS/metadata.yaml; an
    article already there (same URL or same text) is not added twice. A file
    that cannot be read is reported as skipped and the batch goes on.

    With --json it prints a JSON array of objects with exactly the keys id,
    path, title, published (YYYY-MM-DD or null), url, outlet, status (added,
    duplicate or skipped) and reason. Exit code 0 when at least one input
    could be read, 1 when none could. See docs/corpus.md.

    \b
    Examples:
      timeline ingest saved-pages/ crawl.warc.gz
      timeline ingest agency.rss --json | jq '.[] | select(.status == "added") | .id'
    """
    from .ingest import ingest

    report = ingest(paths, corpus_dir, progress=_progress("ingesting", "file"))
    if as_json:
        rows = [r.as_json() for r in report.results]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in report.results:
            shown = r.id if r.status != "skipped" else ""
            said = f"{r.title} ({r.reason})" if r.status == "added" and r.reason else None
            click.echo(f"{r.status:<9} {shown} {said or r.reason or r.title or ''}".rstrip())
        click.echo(report.summary(), err=True)
    if report.inputs_read == 0:
        sys.exit(1)


@main.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    metavar="FILE.json",
    help="Where to write the JSON timeline; '-' prints it [default: '-' unless --db].",
)
@_jobs_option
@click.option(
    "--dask",
    "scheduler",
    metavar="ADDRESS",
    help="Extract on this Dask cluster (tcp://scheduler:8786) instead of local processes; "
    "needs pip install 'timeline[dask]'.",
)
@click.option(
    "--cache",
    "cache_path",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.db",
    help="Keep each document's results in this SQLite file and reuse them while the "
    "document and the extractor are unchanged (e.g. .timeline-cache.db).",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.db",
    help="Write the events into this machine-tier database (review: proposed, with their "
    "sources and documents) instead of YAML; events whose id is in --events are left out.",
)
@_folder_option(
    "--events",
    "The reviewed events the machine tier defers to (with --db; skipped if missing).",
)
@handle_errors
def extract_command(
    paths: tuple[Path, ...],
    output: str | None,
    jobs: int | None,
    scheduler: str | None,
    cache_path: Path | None,
    db_path: Path | None,
    events_dir: Path,
) -> None:
    """Extract the dated events told by article files or folders of .txt files.

    Writes a JSON timeline (the shape of exports/timeline.json: an object with
    `events`, each with id, kind, title, date {start, end, precision, text},
    status, participants, location and sources with the exact quote and its
    offsets), or with --db a machine-tier database (docs/architecture.md).
    Never touches events/ or timeline.db; files are written atomically.
    Uses every core (the output is the same with any --jobs) or a Dask
    cluster. See docs/extraction.md and docs/scale.md.

    \b
    Examples:
      timeline extract corpus/ -o found.json
      timeline extract news/ --cache .timeline-cache.db -o found.json
      timeline extract /shared/news --dask tcp://scheduler:8786 -o found.json
      timeline extract news/ --db machine.db && timeline serve --db machine.db
    """
    from .extract import ExtractionCache, extract_to_json

    progress = _progress_counter("extracting")
    to_file = output not in (None, "-")
    to: str | BinaryIO | None = str(output) if to_file else None
    if output == "-":
        to = sys.stdout.buffer
    reviewed = None
    if db_path is not None and events_dir.is_dir():
        from .curated import load_events

        reviewed = load_events(events_dir)
    cache = ExtractionCache(cache_path) if cache_path is not None else None
    try:
        if db_path is None:  # the JSON alone: written as the events are merged, never held
            count, summary = extract_to_json(
                paths,
                to or sys.stdout.buffer,
                jobs=jobs,
                cache=cache,
                dask=scheduler,
                progress=progress,
            )
        else:  # the database (and the JSON if asked), written as the events are merged
            from .machine import extract_machine_tier

            tier = extract_machine_tier(
                paths,
                db_path,
                reviewed=reviewed,
                output=to,
                jobs=jobs,
                cache=cache,
                dask=scheduler,
                progress=progress,
            )
            click.echo(tier.summary(), err=True)
            count, summary = tier.events + tier.left_to_reviewed, tier.extraction
    finally:
        if cache is not None:
            cache.close()
    if to_file:
        click.echo(f"Wrote {count} events to {output}: {summary}", err=True)


@main.command("propose")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_folder_option("--events", "The curated events folder to propose into.")
@_folder_option(
    "--corpus",
    "The corpus the events cite; articles outside it are ingested into it first.",
)
@_jobs_option
@handle_errors
def propose_command(
    paths: tuple[Path, ...], events_dir: Path, corpus_dir: Path, jobs: int | None
) -> None:
    """Propose the events extracted from PATHS into the curated events/ folder.

    An article outside CORPUS (any kind `timeline ingest` reads) is ingested
    into it first, so every proposed event cites a corpus document and
    `timeline validate` passes afterwards; an input that cannot be ingested
    stops the command before events/ is touched.
    New events are written with `review: proposed`. Events marked
    `review: reviewed` are never overwritten (also when a person changed their
    id), nor proposed events a person edited; events a person deleted are
    rejected: not proposed again, and links to them are dropped
    (events/.proposed.txt remembers what propose wrote); re-running changes
    nothing. Only one propose at a time works on a folder. Prints what it did.
    """
    from .extract import extract_corpus
    from .ingest import into_corpus
    from .review import propose

    articles = into_corpus(paths, corpus_dir)
    run = extract_corpus(articles, jobs=jobs, progress=_progress_counter("extracting"))
    report = propose(run.timeline, events_dir)
    click.echo(report.summary())
