"""Fixtures for the format tests: generated events full of hostile text.

``hostile_timelines`` is a hypothesis strategy of small timelines made from the
export fixture's events with hostile text wherever a person or a source
writes: spreadsheet formula prefixes (``=``, ``+``, ``-``, ``@``, a tab, a
carriage return, after white space too), plain numbers, quotes and commas,
line breaks, control characters, ``</script>``, HTML and non-BMP characters,
U+2028/U+2029, and huge quotes.
"""

from __future__ import annotations

import pytest
from hypothesis import strategies as st

from timeline import Event, Timeline
from timeline.model import Location, Participant

_PIECES = [
    *"=+-@\t\r\n ,;\"'<>&/ab1€ğü😀\u2028\u2029\x00\x07\x1b\x7f",
    "-5",
    "+3.25",
    "=1+1",
    " =cmd|' /C calc'!A0",
    "</script>",
    "<!--",
    "\r\n",
    "𝔘𝔫𝔦",
    "x" * 70,
]
hostile_text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
some_text = hostile_text.filter(lambda t: t.strip() != "")
maybe_text = st.none() | hostile_text


# built valid, then given text the model's validation would refuse (as people write it)
_TURKEY = Participant(id="TR", type="country")
_PERSON = Participant(id="p", type="person", name="P")


@st.composite
def _hostile_event(draw: st.DrawFn, template: Event, number: int) -> Event:
    participants = [
        _TURKEY.model_copy(update={"name": draw(maybe_text)}),
        _PERSON.model_copy(update={"name": draw(some_text), "title": draw(maybe_text)}),
        *draw(st.sampled_from([[], template.participants])),
    ]
    sources = [
        s.model_copy(
            update={
                "quote": draw(some_text) * draw(st.integers(1, 30)),  # up to huge
                "title": draw(maybe_text),
                "outlet": draw(maybe_text),
            }
        )
        for s in template.sources
    ]
    location = draw(
        st.sampled_from(
            [None, Location(name="Tashkent", country="UZ", latitude=-41.26465, longitude=-69.2)]
        )
    )
    if location is not None:
        location = location.model_copy(update={"name": draw(some_text)})
    date = template.date.model_copy(update={"text": draw(maybe_text)})
    return template.model_copy(
        update={
            "id": f"{template.id}-{number}",
            "title": draw(some_text),
            "summary": draw(maybe_text),
            "date": date,
            "participants": participants,
            "location": location,
            "sources": sources,
            "related": draw(st.lists(some_text, max_size=3)),
            "tags": draw(st.lists(some_text, max_size=3)),
        }
    )


@st.composite
def _hostile_timeline(draw: st.DrawFn, base: Timeline) -> Timeline:
    templates = draw(st.lists(st.sampled_from(base.events), min_size=1, max_size=4))
    events = [draw(_hostile_event(t, i)) for i, t in enumerate(templates)]
    return Timeline(events, base.agreements)


@pytest.fixture(scope="session")
def hostile_timelines(fixture_timeline: Timeline) -> st.SearchStrategy[Timeline]:
    """Timelines of 1–4 fixture events with hostile text in every free-text field."""
    return _hostile_timeline(fixture_timeline)
