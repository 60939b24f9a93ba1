"""The JSON document and the page's data blocks are what the standard json module writes.

``timeline.json`` and the page's two ``<script>`` data blocks are written by
orjson straight from the models (``document_bytes``) and escaped in the
bytes, for speed (docs/json.md). Here the reference is the standard library:
``json.dumps`` of :func:`to_json` (pydantic's dump) and of the JSON-LD, with
the page's escapes made by ``str.replace``; generated events full of hostile
text (``</script>``, U+2028, control and non-BMP characters, huge quotes)
must give the same bytes.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.formats.html_page import render_bytes
from timeline.formats.jsonld import timeline_ld
from timeline.formats.timeline_json import DEFAULT_TITLE, document_bytes, dumps, to_json


def _stdlib(value: Any, **options: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=date.isoformat, **options)


def _escaped(text: str) -> str:
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _block(page: str, element_id: str) -> str:
    start = page.index(f'id="{element_id}">') + len(f'id="{element_id}">')
    return page[start : page.index("</script>", start)]


def check(timeline: Timeline, title: str | None) -> None:
    document = to_json(timeline, title=title)
    assert dumps(timeline, title=title) == _stdlib(document, indent=2) + "\n"
    compact = _stdlib(document, separators=(",", ":"))
    assert document_bytes(timeline, title=title).decode() == compact
    page = render_bytes(timeline, title=title).decode()
    shown = title or DEFAULT_TITLE
    data = _stdlib(to_json(timeline, title=shown), separators=(",", ":"))
    assert _block(page, "timeline-data") == _escaped(data)
    ld = _stdlib(timeline_ld(timeline, title=shown), separators=(",", ":"))
    assert _block(page, "timeline-jsonld") == _escaped(ld)


def test_the_fixture_is_written_as_json_writes_it(fixture_timeline: Timeline) -> None:
    check(fixture_timeline, None)
    check(fixture_timeline, "</script><b>&\u2028")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_hostile_events_are_written_as_json_writes_them(
    data: st.DataObject, hostile_timelines: st.SearchStrategy[Timeline]
) -> None:
    check(data.draw(hostile_timelines), data.draw(st.sampled_from([None, "T </script>"])))
