"""Our VEVENT writer gives exactly the bytes icalendar writes for the same properties.

:func:`timeline.ics.component.vevent_bytes` (with :mod:`timeline.ics.contentline`)
replaced ``icalendar.Event.to_ical`` on the hot path for speed
(docs/calendars.md); icalendar stays the reference: every fixture event, and
generated events full of hostile text (escapes, ``^``, line breaks, control
characters, multi-byte and non-BMP characters at the fold, huge texts), are
written both ways and compared, and ours parse back to the same values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Event, Timeline
from timeline.errors import ExportError
from timeline.ics.component import (
    Prop,
    event_props,
    props_of,
    uid_for,
    vevent_bytes,
    vevent_values,
)
from timeline.ics.contentline import escape_text, fold, is_plain_text, parameters
from timeline.ics.ledger import Revision
from timeline.model import Location, Participant

from .conftest import load_fixture_timeline

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
        values = vevent_values(event, agreements)
        ours = vevent_bytes(event.id, values, STAMP)
        assert ours == icalendar_vevent(event.id, event_props(event, agreements), STAMP), event.id
        parsed = icalendar.Event.from_ical(ours)
        assert str(parsed["UID"]) == uid_for(event.id)
        assert parsed["SEQUENCE"] == 3


hostile_text = st.lists(
    st.sampled_from(
        [*'ab \\^;,:"\n\r\tNn€ğü😀\u2028\x00\x07\x1b\x7f', "\\N", "\r\n", "𝔘𝔫𝔦", "x" * 70]
    ),
    max_size=120,
).map("".join)
some_text = hostile_text.filter(lambda t: t.strip() != "")


@st.composite
def hostile_events(draw: st.DrawFn, template: Event) -> Event:
    """The template event with hostile text wherever a person or a source writes."""
    participants = [
        Participant(id="TR", type="country", name=draw(hostile_text)),
        Participant(id="p", type="person", name=draw(some_text), title=draw(hostile_text)),
    ]
    source = template.sources[0].model_copy(
        update={
            "quote": draw(some_text) * draw(st.integers(1, 40)),  # up to huge
            "title": draw(hostile_text),
            "outlet": draw(hostile_text),
            "url": draw(st.sampled_from([None, "https://example.org/a b^" + "x" * 80])),
        }
    )
    location = draw(
        st.sampled_from(
            [None, Location(name="Tashkent", country="UZ", latitude=41.26465, longitude=69.2163)]
        )
    )
    if location is not None:
        location = location.model_copy(update={"name": draw(some_text)})
    return template.model_copy(
        update={
            "id": template.id + "-" + draw(st.sampled_from(["x", "y" * 80])),
            "title": draw(some_text),
            "summary": draw(hostile_text),
            "participants": participants,
            "location": location,
            "sources": [source, *template.sources[1:]],
            "related": draw(st.lists(st.sampled_from(["a", "b-" * 40, "c"]), max_size=3)),
        }
    )


def _unescaped(text: str) -> str:
    """What a parser reads back: like icalendar, we write a literal ``\\N`` as a line break."""
    return text.replace("\\N", "\n")


@pytest.fixture(scope="module")
def template() -> Event:
    events = load_fixture_timeline().events
    return next(e for e in events if e.location is not None and len(e.sources) > 1)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_events_are_written_as_icalendar_writes_them_and_read_back(
    data: st.DataObject, template: Event
) -> None:
    event = data.draw(hostile_events(template))
    values = vevent_values(event)
    ours = vevent_bytes(event.id, values, STAMP)
    assert ours == icalendar_vevent(event.id, props_of(values), STAMP)
    assert max(len(line) for line in ours.split(b"\r\n")) <= 75
    parsed = icalendar.Event.from_ical(ours)
    assert str(parsed["SUMMARY"]) == _unescaped(values.summary)
    assert str(parsed["DESCRIPTION"]) == _unescaped(values.description)
    assert str(parsed["UID"]) == uid_for(event.id)
    if values.place is not None:
        assert str(parsed["LOCATION"]) == _unescaped(values.place)
    assert [str(c) for c in parsed["CATEGORIES"].cats] == [_unescaped(c) for c in values.categories]
    related = parsed.get("RELATED-TO", [])
    related = related if isinstance(related, list) else [related]
    assert [str(r) for r in related] == list(values.related)
    if values.url is not None:
        assert str(parsed["URL"]) == values.url
    assert parsed.decoded("DTSTART") == values.start and parsed.decoded("DTEND") == values.end


@given(st.text(max_size=400))
def test_folding_keeps_characters_whole_and_unfolds_to_the_line(text: str) -> None:
    line = ("DESCRIPTION:" + text.replace("\r", "").replace("\n", "")).encode()
    folded = fold(line)
    chunks = folded.split(b"\r\n ")
    assert all(len(c) <= 74 for c in chunks)
    assert all(c.decode("utf-8") for c in chunks)  # no character cut in two
    assert b"".join(chunks) == line


# Text rich in what escaping looks at: escapes, multi-byte and non-BMP characters.
_ESCAPE_TEXT = st.text(
    st.sampled_from(["a", " ", "\\", "^", ",", ";", "\n", "N", "é", "ğ", "“", "—", "😀"])
    | st.characters(codec="utf-8"),  # events are valid Unicode: the model refuses lone surrogates
    max_size=600,
)


@given(_ESCAPE_TEXT)
def test_plain_text_is_what_escaping_leaves_alone(text: str) -> None:
    data = text.encode()
    assert is_plain_text(data) == (escape_text(data) == data)


def test_a_parameter_that_is_not_a_token_is_refused() -> None:
    with pytest.raises(ExportError, match="not a plain token"):
        parameters((("X-MOD", 'A"B:C'),))
