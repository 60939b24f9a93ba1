"""The statement a page is: a headline that is the title of a joint statement, a
declaration or a communiqué ("Joint Statement of the Fifth Summit of the Three Seas
Initiative (Tallinn, 19-20 October 2020)", "Communiqué of the 70th Meeting of the OECS
Authority", "Japan-EU Summit Joint Statement") tells that its sides issued it; the page
below is its text, which names no act of issuing (issue #12, failure class 3: declarations
at a summit; docs/extraction.md, fiftieth pass).

The statement is the sides' the headline names before what it is about (countries,
organizations, people's countries; not Angola in "Statement From Press Secretary ... On The
Visit Of President ... Of Angola"). It is dated by the page's day when the days the headline
writes hold it, else by the last of them (a communiqué is issued at a meeting's
conclusion: "..., Gros Islet, Saint Lucia, 3-5 July 2019" on a page of the 6th is 5 July);
with no day in the headline, by the last day of the latest gathering the document tells
in the week up to the page's day (the summit the communiqué closes), else by the page's
day, which the page must state. A headline that names no side adds nothing, nor one that
tells news about a statement ("Joint communiqué proof of ASEAN's unity: Retno": a word
other than "of", "by", "from", "issued", "following", "adopted", "on", "at", a bracket,
a colon or a dash after the noun), nor one whose statement the document's events hold
already (a statement, adoption or signing of the same day with those sides). Readouts and
press releases are not read: they report a call or a meeting, which is the event.

Why: the tuning gold lists the page's own statement under such headlines 27 times; the
rules, which read triggers in the body, found 5 (fiftieth pass).

>>> from datetime import date
>>> from types import SimpleNamespace
>>> title = "Joint Statement by the Foreign Ministers of Estonia, Latvia and Germany"
>>> text = title + "\\n\\nThe ministers met in Riga today."
>>> doc = SimpleNamespace(id="d", text=text, title=title, published=date(2016, 9, 13),
...                       published_inferred=False, url=None)
>>> [(e.kind.value, e.date.value, e.countries) for e in page_statements(doc, [])]
[('statement', '2016-09-13', ['DE', 'EE', 'LV'])]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..model import ActorType, Event, EventDate, EventKind, Participant, Precision, Status
from ..temporal import tag
from ..temporal.lexicon import MONTHS, WEEKDAYS, alternation
from .anniversaries import sides_named
from .discourse import doc_slug
from .evaluate import kind_class
from .mention import sentence_source
from .sayings import STATEMENT_WORDS
from .titles import summary_for

__all__ = ["Headline", "headline_event", "page_statements", "the_headline"]

#: The texts of a statement's title, after up to two of its adjectives
#: (``data/statement_words.yaml``: ``page_statement_texts``, ``page_statement_adjectives``).
_NOUN = (
    rf"(?:{alternation(STATEMENT_WORDS.words('page_statement_adjectives'))}\s+){{0,2}}"
    rf"(?:{alternation(STATEMENT_WORDS.words('page_statement_texts'))})"
)
#: The title opens with the noun ("Full Text:" before it may), then a word that joins the
#: statement to its sides or occasion, a colon or a dash, or nothing more.
_OPENS = re.compile(
    rf"^(?:full\s+text\s*:\s*|text\s+of\s+(?:the\s+)?)?{_NOUN}"
    r"(?=\s*(?:$|[:–—-]|\(|\b(?:of|by|from|issued|following|adopted|on|at)\b))",
    re.IGNORECASE,
)
#: What the statement is about, after its issuers: "... of the PSC held on 6 September 2019
#: on the situation in the Republic of Sudan", "Statement From Press Secretary Karine
#: Jean-Pierre On The Visit Of President ... Of Angola" (not "on" a date: "held on 6
#: September"). The issuers are named before it, or the headline names none.
_TOPIC = re.compile(rf"\son\s+(?!\d|(?:{alternation([*MONTHS, *WEEKDAYS])})\b)", re.IGNORECASE)
#: How long before the page's day the gathering a communiqué closes may end.
_WEEK = 7
#: ... or ends with it, the sides or the meeting before: "Japan-EU Summit Joint Statement".
_ENDS = re.compile(rf"\b(?:joint|final)\s+{_NOUN}\s*$", re.IGNORECASE)


class Headline(NamedTuple):
    """A page's headline as its text holds it, and the page's stated day."""

    title: str
    published: date
    start: int
    end: int


def the_headline(doc: Any) -> Headline | None:
    """``doc``'s headline and stated day, when it has both and its text holds the
    headline; None else (a day inferred is no page's day)."""
    title = getattr(doc, "title", None)
    published = doc.published if not getattr(doc, "published_inferred", False) else None
    if not title or published is None:
        return None
    title = title.strip()
    start = doc.text.find(title)
    if start < 0:
        return None
    return Headline(title, published, start, start + len(title))


def headline_event(
    doc: Any,
    head: Headline,
    name: str,
    kind: EventKind,
    when: EventDate,
    status: Status,
    sides: tuple[list[str], list[str]],
) -> Event:
    """The event ``head`` tells, of ``kind`` and the ``sides`` (countries, organizations)
    it names, quoted by the headline and titled by it; its id opens with ``name``."""
    countries, organizations = sides
    participants = [Participant(id=c, type=ActorType.country) for c in countries]
    participants += [Participant(id=o, type=ActorType.organization) for o in organizations]
    span = (head.start, head.end)
    return Event(
        id=f"{name}-{doc_slug(doc.id)}",
        kind=kind,
        title=" ".join(head.title.split()),
        summary=summary_for(doc.text, span),
        date=when,
        status=status,
        participants=participants,
        sources=[sentence_source(doc, doc.text, span)],
    )


def page_statements(doc: Any, events: Sequence[Event]) -> list[Event]:
    """The statement ``doc``'s headline is, when it is one that ``events`` do not hold
    (see the module docstring); none else."""
    head = the_headline(doc)
    if head is None:
        return []
    title = head.title
    if _OPENS.match(title) is None and _ENDS.search(title) is None:
        return []
    topic = _TOPIC.search(title)
    countries, organizations = sides_named(
        doc.text, head.start, head.start + topic.start() if topic else head.end
    )
    if not countries and not organizations:
        return []
    when = _day_of(title, head.published, events)
    sides = {*countries, *organizations}
    for e in events:
        if (
            kind_class(e.kind) == "document"
            and e.date.start <= when.start <= e.date.end
            and sides <= {*e.countries, *e.organizations}
        ):
            return []
    return [
        headline_event(
            doc,
            head,
            "page-statement",
            EventKind.statement,
            when,
            Status.occurred,
            (countries, organizations),
        )
    ]


def _day_of(title: str, published: date, events: Sequence[Event]) -> EventDate:
    """The statement's day: the page's when the days the title writes hold it ("(Tallinn,
    19-20 October 2020)" on a page of the 19th), else the last of them ("3-5 July 2019" on
    a page of the 6th: issued at the conclusion); with no day in the title, the last day of
    the latest gathering the document tells in the week up to the page's day (the summit
    the communiqué closes), else the page's day."""
    days = [
        d
        for t in tag(title, published)
        if (d := t.event_date()) is not None and d.precision is Precision.day
    ]
    if days:
        if any(d.start <= published <= d.end for d in days):
            return EventDate.from_value(published.isoformat())
        return EventDate.from_value(max(d.end for d in days).isoformat())
    ends = [
        e.date.end
        for e in events
        if kind_class(e.kind) == "gathering"
        and e.date.precision is Precision.day
        and published - timedelta(days=_WEEK) <= e.date.end <= published
    ]
    return EventDate.from_value((max(ends) if ends else published).isoformat())
