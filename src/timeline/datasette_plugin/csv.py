"""CSV pages of a Datasette without formulas: every CSV response passes through
:class:`timeline.csvsafe.CsvStreamNeutralizer`, so no cell of an exported event,
source or document begins a spreadsheet formula.

:mod:`timeline.datasette_plugin` wraps Datasette's app in :func:`neutralize_csv`
(its ``asgi_wrapper`` hook), for every database served, since a formula is as
harmful in any of them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from ..csvsafe import CsvStreamNeutralizer

__all__ = ["ASGIApp", "asks_for_csv", "neutralize_csv"]

#: An ASGI application: ``await app(scope, receive, send)``.
ASGIApp = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


def asks_for_csv(scope: dict[str, Any]) -> bool:
    """Whether an ASGI request asks for CSV: a ``.csv`` path or ``_format=csv``."""
    if scope.get("type") != "http":
        return False
    query = scope.get("query_string", b"").split(b"&")
    return str(scope.get("path", "")).endswith(".csv") or b"_format=csv" in query


def neutralize_csv(app: ASGIApp) -> ASGIApp:
    """An ASGI app that serves ``app``'s CSV responses with formula cells neutralized."""

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if not asks_for_csv(scope):
            await app(scope, receive, send)
            return
        neutralizer: CsvStreamNeutralizer | None = None

        async def send_safe(message: dict[str, Any]) -> None:
            nonlocal neutralizer
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])]
                types = [v for k, v in headers if k.lower() == b"content-type"]
                # text/plain or text/csv; ?_trace=1 gives an HTML page, left alone
                is_text = bool(types) and types[0].startswith(b"text/")
                if message.get("status") == 200 and is_text and b"html" not in types[0]:
                    neutralizer = CsvStreamNeutralizer()
                    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                await send({**message, "headers": headers})
            elif message["type"] == "http.response.body" and neutralizer is not None:
                body = neutralizer.feed(message.get("body", b""))
                if not message.get("more_body", False):
                    body += neutralizer.close()
                await send({**message, "body": body})
            else:
                await send(message)

        await app(scope, receive, send_safe)

    return wrapped
