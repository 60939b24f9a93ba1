"""The act a page's headline tells in the present of the news, when the body gives none.

A headline tells its news in the present tense: "Cypriot President visits Beirut",
"Alexander Lukashenko and Nursultan Nazarbayev hold phone talks", "Foreign Ministers of
Uzbekistan and Tajikistan hold a meeting in Dushanbe", "Cambodia-Vietnam sign border
agreements". The reader reads the body only (the headline is read again by its first
sentence, mostly), so when the body tells the act without a trigger or a date ("The
conversation turned out to be very warm", "Ciuca met with new Moldovan Prime Minister Dorin
Recean" with no day), the act is lost. :func:`page_acts` gives the headline's act as an event
of its own when the document's events hold none of its kind class with two of its sides in
the week up to its day (issue #12, failure class 2: one real event, one event).

* The act is a call, a meeting, a visit or a signing told by the verb phrases of
  ``data/headline_words.yaml`` ("holds telephone conversation with", "meets with", "hold
  talks", "visits", "arrives in", "receives", "pays a visit", "sign"); "visits" as a verb
  only (not "state visits"), "receives" not of a thing ("receives 1st call from", "receives
  pro tempore presidency": ``received_not_guests``).
* Not a plan or a day to come: "to visit", "will", "next week", "soon", "in March" in the
  headline (``planned_markers``) tell no act of the page's day.
* Its sides are the countries and organizations the headline names (people's countries
  included); two at least. A reception of an organization's officer ("Tokayev receives
  CICA Secretary General") is a meeting, as a visit is a state's.
* It is dated by the day the lede writes (the reader's lede: its first sentence of eight
  words or more), when it is one day within a week of the page's ("visited Beirut on
  Friday" under a page of Saturday), else by the page's day; a day after the page's makes
  it planned.

Why: the tuning gold lists 55 events told by a headline alone, and the rules found 25 of
them (fifty-fourth pass, docs/extraction.md). Measured on the fifty-nine tuning sets: 18
more right, 34 more found.

>>> from datetime import date
>>> from types import SimpleNamespace
>>> title = "Alexander Lukashenko and Nursultan Nazarbayev hold phone talks"
>>> text = title + "\\n\\nThe conversation turned out to be very warm, the press service said."
>>> doc = SimpleNamespace(id="d", text=text, title=title, published=date(2019, 3, 19),
...                       published_inferred=False, url=None, sentences=[])
>>> [(e.kind.value, e.date.value, e.countries) for e in page_acts(doc, [])]
[('call', '2019-03-19', ['BY', 'KZ'])]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from ..model import Event, EventDate, EventKind, Precision, Status
from ..temporal import tag
from ..temporal.lexicon import MONTHS, alternation
from ..word_lists import word_lists
from .agreement_rules import not_a_noun_sign
from .anniversaries import sides_named
from .evaluate import kind_class
from .page_statements import headline_event, the_headline
from .trigger_guards import signed_into_law

__all__ = ["page_acts"]

_WORDS = word_lists(
    "headline_words.yaml",
    {
        "holding_verbs": "words",
        "call_media": "words",
        "call_nouns": "words",
        "speaking_verbs": "words",
        "meeting_verbs": "words",
        "meeting_nouns": "words",
        "visit_verbs": "words",
        "received_not_guests": "words",
        "signing_verbs": "words",
        "planned_markers": "words",
    },
)


def _words(key: str) -> str:
    return alternation(_WORDS.words(key))


_HOLD = _words("holding_verbs")
#: The kinds of act a headline tells, each by its verb phrases, tried in this order.
_ACTS: tuple[tuple[EventKind, re.Pattern[str]], ...] = (
    (
        EventKind.call,
        re.compile(
            rf"\b(?:{_HOLD}\s+(?:a\s+)?(?:{_words('call_media')})\s+(?:{_words('call_nouns')})"
            rf"|(?:{_words('speaking_verbs')})\s+(?:by|on\s+the)\s+(?:{_words('call_media')}))\b",
            re.IGNORECASE,
        ),
    ),
    (
        EventKind.meeting,
        re.compile(
            rf"\b(?:{_words('meeting_verbs')}|{_HOLD}\s+(?:a\s+)?(?:{_words('meeting_nouns')}))\b",
            re.IGNORECASE,
        ),
    ),
    (
        EventKind.visit,
        # "visits" after "state" or "official" is the noun ("to Pay State Visits"); what
        # "receives" takes may be no guest ("receives 1st call from")
        re.compile(
            rf"(?<!\bstate\s)(?<!\bofficial\s)\b(?:{_words('visit_verbs')})\b"
            rf"(?!\s+(?:[\w-]+\s+){{0,2}}?(?:{_words('received_not_guests')})\b)",
            re.IGNORECASE,
        ),
    ),
    (EventKind.signing, re.compile(rf"\b(?:{_words('signing_verbs')})\b", re.IGNORECASE)),
)
#: A plan or a day to come in the headline ("to visit", "next week", "in March").
_PLANNED = re.compile(
    rf"\b(?:{_words('planned_markers')}|in\s+(?:{alternation(MONTHS)}))\b", re.IGNORECASE
)
_RECEIVES = re.compile(r"\breceives\b", re.IGNORECASE)
#: How far from the page's day the lede's day may lie, and the window of the act's own
#: events before its day.
_WEEK = timedelta(days=7)


def page_acts(
    doc: Any, events: Sequence[Event], lede: tuple[int, int] | None = None
) -> list[Event]:
    """The act ``doc``'s headline tells, when ``events`` hold none of it (see the module
    docstring); none else. ``lede`` is the span of the article's lede, as the reader found
    it (:attr:`.reader.Reader.lede_start`), whose day dates the act."""
    head = the_headline(doc)
    if head is None or _PLANNED.search(head.title):
        return []
    found = next(((k, m) for k, pattern in _ACTS if (m := pattern.search(head.title))), None)
    if found is None:
        return []
    kind, verb = found
    if kind is EventKind.signing and (
        not not_a_noun_sign(head.title, verb.start(), verb.end())
        or signed_into_law(head.title, verb.end())
    ):
        return []  # "Signs of a thaw", "Erdogan Can Now Sign Protocol Into Law": no signing
    text: str = doc.text
    countries, organizations = sides_named(text, head.start, head.end)
    sides = {*countries, *organizations}
    if len(sides) < 2:
        return []
    if kind is EventKind.visit and organizations and _RECEIVES.search(head.title):
        kind = EventKind.meeting  # an organization's officer received
    published = head.published
    when = _lede_day(text, lede, published) or EventDate.from_value(published.isoformat())
    for e in events:
        if (
            kind_class(e.kind) == kind_class(kind)
            and when.start - _WEEK <= e.date.start <= max(when.end, published)
            and len(sides & {*e.countries, *e.organizations}) >= 2
        ):
            return []
    status = Status.planned if when.start > published else Status.occurred
    return [headline_event(doc, head, "page-act", kind, when, status, (countries, organizations))]


def _lede_day(text: str, lede: tuple[int, int] | None, published: date) -> EventDate | None:
    """The one day the lede writes first, within a week of the page's day, if any."""
    if lede is None or lede[0] < 0:
        return None
    for t in tag(text[lede[0] : lede[1]], published):
        day = t.event_date() if t.type.upper() == "DATE" else None
        if (
            day is not None
            and day.precision is Precision.day
            and day.start == day.end
            and published - _WEEK <= day.start <= published + _WEEK
        ):
            return day
    return None
