"""Our VEVENT writer gives exactly the bytes icalendar writes for the same properties.

:mod:`timeline.ics.contentline` replaced ``icalendar.Event.to_ical`` on the hot
path for speed (docs/calendars.md); icalendar stays the reference: every
fixture event, and generated hostile text (escapes, ``^``, line breaks,
multi-byte characters at the fold), is built both ways and compared, and the
result parses back to the same values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.errors import ExportError
from timeline.ics.component import Prop, event_props, uid_for, vevent
from timeline.ics.contentline import fold, parameters
from timeline.ics.ledger import Revision

STAMP = Revision(
    "sha256:x", 3, datetime(2026, 11, 23, tzinfo=UTC), datetime(2026, 11, 29, tzinfo=UTC)
)


def icalendar_vevent(event_id: str, props: Sequence[Prop], revision: Revision) -> bytes:
    """The VEVENT as icalendar builds and serializes it (the reference)."""
    component = icalendar.Event()
    component.add("UID", uid_for(event_id))
    component.add("DTSTAMP", revision.modified)
    component.add("CREATED", revision.created)
    component.add("LAST-MODIFIED", revision.modified)
    component.add("SEQUENCE", revision.sequence)
    for name, prop_value, params in props:
        value: object = prop_value
        if name == "CATEGORIES":
            value = list(prop_value)  # type: ignore[arg-type]
        elif name.startswith("X-"):
            value = icalendar.vText(str(prop_value))
        if params:
            component.add(name, value, parameters=dict(params))
        else:
            component.add(name, value)
    data: bytes = component.to_ical()
    return data


def test_every_fixture_event_is_written_as_icalendar_writes_it(ics_timeline: Timeline) -> None:
    agreements = {a.id: a for a in ics_timeline.agreements}
    assert len(ics_timeline.events) > 10
    for event in ics_timeline.events:
        props = event_props(event, agreements)
        ours = vevent(event.id, props, STAMP)
        assert ours == icalendar_vevent(event.id, props, STAMP), event.id
        parsed = icalendar.Event.from_ical(ours)
        assert str(parsed["UID"]) == uid_for(event.id)
        assert parsed["SEQUENCE"] == 3


hostile_text = st.lists(
    st.sampled_from([*'ab \\^;,:"\n\r\tNn€ğü😀\u2028', "\\N", "\r\n"]), max_size=200
).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    summary=hostile_text,
    description=hostile_text,
    categories=st.lists(hostile_text, min_size=1, max_size=4),
    pad=st.integers(min_value=0, max_value=80),
)
def test_generated_text_is_written_as_icalendar_writes_it(
    summary: str, description: str, categories: list[str], pad: int
) -> None:
    props: list[Prop] = [
        ("DTSTART", date(2022, 5, 3), (("VALUE", "DATE"),)),
        ("DTEND", date(2022, 5, 4), (("VALUE", "DATE"),)),
        ("SUMMARY", "x" * pad + summary, ()),
        ("DESCRIPTION", description, ()),
        ("LOCATION", "é" * pad + summary, ()),
        ("GEO", (41.26465, -69.216271), ()),
        ("CATEGORIES", tuple(categories), ()),
        ("URL", "https://example.org/" + "a" * pad + "%20^", (("VALUE", "URI"),)),
        ("RELATED-TO", "b-" * pad + "@timeline", (("RELTYPE", "SIBLING"),)),
        ("RELATED-TO", "a@timeline", (("RELTYPE", "SIBLING"),)),
        ("X-TIMELINE-DATE", "2022-05", (("X-MOD", "END"),)),
    ]
    ours = vevent("e" * pad, props, STAMP)
    assert ours == icalendar_vevent("e" * pad, props, STAMP)
    assert max(len(line) for line in ours.split(b"\r\n")) <= 75


@given(st.text(max_size=400))
def test_folding_keeps_characters_whole_and_unfolds_to_the_line(text: str) -> None:
    line = ("DESCRIPTION:" + text.replace("\r", "").replace("\n", "")).encode()
    folded = fold(line)
    chunks = folded.split(b"\r\n ")
    assert all(len(c) <= 74 for c in chunks)
    assert all(c.decode("utf-8") for c in chunks)  # no character cut in two
    assert b"".join(chunks) == line


def test_a_parameter_that_is_not_a_token_is_refused() -> None:
    with pytest.raises(ExportError, match="not a plain token"):
        parameters((("X-MOD", 'A"B:C'),))
