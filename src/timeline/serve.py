"""Serve ``timeline.db`` in Datasette 0.65: metadata, plugins and the command line.

``timeline serve`` is Datasette's own ``serve`` command with our defaults: the
database opened immutable (``-i``: read-only, and Datasette may cache counts),
bound to 127.0.0.1, our metadata file loaded (``--metadata``) and our plugin
(:mod:`timeline.datasette_plugin`) registered. Every other Datasette option
passes through unchanged (``--setting``, ``--template-dir``, ``--get``...).

The metadata is one YAML file, ``timeline/data/datasette-metadata.yaml``, keyed by
the database name ``timeline``. Datasette names a database after its file, so
for a database file with another name the metadata is re-keyed to that name
(written to a temporary file for the lifetime of the server).

Arbitrary SQL (``/timeline?sql=...``) is a feature on 127.0.0.1, where only
people at this machine reach it. Bound to any other address, :func:`serve`
turns it off (Datasette's ``default_allow_sql`` setting: the tables, views,
facets and canned queries stay) unless ``allow_sql`` (``--allow-sql``) asks
for it. Either way a query cannot stall the server: Datasette interrupts it
after ``sql_time_limit_ms`` (1 s), and our plugin caps every string or blob a
query builds (:data:`timeline.datasette_plugin.MAX_VALUE_BYTES`), so
``randomblob(1000000000)`` fails at once instead of allocating a gigabyte,
which no time limit can interrupt (docs/reliability.md).

From Python, :func:`make_datasette` builds the same configured
:class:`datasette.app.Datasette` instance without starting a server, for tests
and notebooks::

    ds = make_datasette("timeline.db")
    response = await ds.client.get("/timeline/events.json")
"""

from __future__ import annotations

import copy
import ipaddress
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from .errors import DataError, TimelineError
from .urls import public_base_url

__all__ = [
    "DATABASE_NAME",
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "METADATA_PATH",
    "SETTINGS",
    "base_url_settings",
    "configured_metadata",
    "datasette_args",
    "is_loopback",
    "load_metadata",
    "make_datasette",
    "register_plugin",
    "serve",
]

#: Where the one Datasette metadata file lives (packaged with the library).
METADATA_PATH = Path(__file__).parent / "data" / "datasette-metadata.yaml"

#: The database name the metadata file is written for (``timeline.db``).
DATABASE_NAME = "timeline"

#: Datasette settings we change: our metadata names the useful facets, so Datasette's
#: suggestions (quotes, dates, JSON arrays) would only add noise above the rows.
SETTINGS = {"suggest_facets": False}

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001


def load_metadata(database: str = DATABASE_NAME) -> dict[str, Any]:
    """The metadata as a dict, its ``databases`` entry keyed to ``database``."""
    with METADATA_PATH.open(encoding="utf-8") as f:
        metadata: dict[str, Any] = yaml.safe_load(f)
    if database != DATABASE_NAME:
        metadata = copy.deepcopy(metadata)
        metadata["databases"] = {database: metadata["databases"][DATABASE_NAME]}
    return metadata


def configured_metadata(
    database: str = DATABASE_NAME, base_url: str | None = None
) -> dict[str, Any]:
    """The metadata for ``database``, with the public address when there is one.

    ``base_url`` (checked by :func:`timeline.urls.public_base_url`) goes to
    ``plugins: timeline: base_url``, where our plugin reads it for every
    absolute link and calendar feed URL.
    """
    metadata = load_metadata(database)
    if base_url is not None:
        metadata = copy.deepcopy(metadata)
        plugins = metadata.setdefault("plugins", {})
        plugins["timeline"] = {**plugins.get("timeline", {}), "base_url": base_url}
    return metadata


def base_url_settings(base_url: str | None) -> dict[str, str | bool]:
    """Datasette settings for a public address: ``base_url`` (its path), ``force_https_urls``.

    Datasette then prefixes every link with the path (``/timeline/``), so it
    runs behind a proxy that maps ``https://events.example.org/timeline/`` to
    it (the proxy strips the path, as Datasette's own proxy demo does), and
    names https in the absolute URLs it makes itself when the address is https.

    >>> base_url_settings("https://events.example.org/timeline/")
    {'base_url': '/timeline/', 'force_https_urls': True}
    """
    if base_url is None:
        return {}
    parts = urlsplit(base_url)
    settings: dict[str, str | bool] = {"base_url": parts.path or "/"}
    if parts.scheme == "https":
        settings["force_https_urls"] = True
    return settings


def _check_database(db_path: Path) -> None:
    if not db_path.is_file():
        raise DataError(
            "no database here: run `timeline build` first to create it, "
            "or give another one with --db",
            path=db_path,
        )


def register_plugin() -> None:
    """Register :mod:`timeline.datasette_plugin` with Datasette, once.

    Installing the package registers it through its ``datasette`` entry point;
    this covers running from a checkout whose entry points are not installed.
    """
    from datasette.plugins import pm

    import timeline.datasette_plugin as datasette_plugin

    if not pm.is_registered(datasette_plugin) and pm.get_plugin("timeline") is None:
        pm.register(datasette_plugin, name="timeline")


def make_datasette(db_path: str | Path, *, base_url: str | None = None, **kwargs: Any) -> Any:
    """A :class:`datasette.app.Datasette` for ``db_path``, configured as ``timeline serve`` does.

    The database is immutable and named after its file; ``base_url`` is the
    public address (as ``timeline serve --base-url``); ``metadata`` keys
    replace ours at the top level; extra keyword arguments go to
    ``Datasette(...)`` (``settings=``, ``template_dir=``...).
    """
    from datasette.app import Datasette

    db_path = Path(db_path)
    _check_database(db_path)
    register_plugin()
    base = public_base_url(base_url) if base_url is not None else None
    settings = {**SETTINGS, **base_url_settings(base), **kwargs.pop("settings", {})}
    return Datasette(
        immutables=[str(db_path)],
        metadata={**configured_metadata(db_path.stem, base), **kwargs.pop("metadata", {})},
        settings=settings,
        **kwargs,
    )


def is_loopback(host: str) -> bool:
    """True for an address only this machine reaches: ``localhost``, ``127.0.0.0/8``, ``::1``."""
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def datasette_args(
    db_path: str | Path,
    metadata_path: str | Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    extra: Sequence[str] = (),
    *,
    allow_sql: bool = False,
    base_url: str | None = None,
) -> list[str]:
    """The arguments ``timeline serve`` gives Datasette's ``serve`` command.

    Off the loopback address, arbitrary SQL is turned off unless ``allow_sql``;
    a public ``base_url`` sets Datasette's ``base_url`` to its path.
    """
    sql_off = not allow_sql and not is_loopback(host)
    settings = {**SETTINGS, **base_url_settings(base_url)}
    return [
        "-i",
        str(db_path),
        "--metadata",
        str(metadata_path),
        "--host",
        host,
        "--port",
        str(port),
        *(a for k, v in settings.items() for a in ("--setting", k, _setting_text(v))),
        *(("--setting", "default_allow_sql", "off") if sql_off else ()),
        *extra,
    ]


def _setting_text(value: object) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def check_port_free(host: str, port: int) -> None:
    """Raise :class:`~timeline.errors.TimelineError` when ``host:port`` cannot be bound.

    Datasette would print its banner and then die with a bare exit code; this
    says which port is taken and how to choose another. Port 0 (any free port)
    is always fine.
    """
    import errno
    import socket

    if port == 0:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise TimelineError(
                    f"port {port} on {host} is already in use (another `timeline serve` or "
                    f"program?): choose a free one with --port, e.g. "
                    f"`timeline serve --port {port + 1}` or `make run PORT={port + 1}`"
                ) from None
            raise TimelineError(
                f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
                "check --host (an address of this machine) and --port"
            ) from None


def serve(
    db_path: str | Path = "timeline.db",
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    extra: Sequence[str] = (),
    echo: Any = print,
    *,
    allow_sql: bool = False,
    base_url: str | None = None,
) -> None:
    """Start Datasette on ``db_path`` and block until it stops (Ctrl+C).

    Prints the URL first (with ``echo``). Arbitrary SQL is on for 127.0.0.1,
    off for any other ``host`` unless ``allow_sql``. Raises :class:`~timeline.errors.DataError`
    when the database does not exist. ``extra`` holds Datasette options, passed
    through as given; a wrong one is reported by Datasette's own usage error.
    """
    from datasette.cli import serve as datasette_serve

    db_path = Path(db_path)
    _check_database(db_path)
    base = public_base_url(base_url) if base_url is not None else None
    register_plugin()
    name = db_path.stem
    with tempfile.TemporaryDirectory(prefix="timeline-serve-") as tmp:
        metadata_path = METADATA_PATH
        if name != DATABASE_NAME or base is not None:
            metadata_path = Path(tmp) / "metadata.json"
            metadata_path.write_text(json.dumps(configured_metadata(name, base)), encoding="utf-8")
        args = datasette_args(
            db_path, metadata_path, host, port, extra, allow_sql=allow_sql, base_url=base
        )
        # parse first, so that a wrong option is reported before anything is printed
        ctx = datasette_serve.make_context("timeline serve", args)
        if not ctx.params.get("get"):
            check_port_free(host, port)
            shown = f"[{host}]" if ":" in host else host
            echo(f"Serving {db_path} at http://{shown}:{port}/ (press Ctrl+C to stop)")
            echo(f"Calendar feeds: http://{shown}:{port}/-/calendars")
            if base is not None:
                echo(f"Public address (links and feed URLs): {base}")
            if not allow_sql and not is_loopback(host):
                echo(
                    f"Arbitrary SQL is off on {host}: tables, views and canned queries only "
                    "(give --allow-sql to allow it)"
                )
        from . import datasette_plugin

        # `--get` is one request, then back to the caller: nothing to freeze for
        with datasette_plugin.freezing_at_startup(not ctx.params.get("get")), ctx:
            datasette_serve.invoke(ctx)
