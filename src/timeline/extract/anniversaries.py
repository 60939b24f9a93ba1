"""The event an anniversary counts from: "This year marks the 30th anniversary of the
establishment of diplomatic relations between Austria and Croatia" tells relations
established in 1992 (docs/history/extraction-log.md, "Twenty-fourth pass", "The event an anniversary
dates").

The anniversary's year is the one the text gives it ("this year", "last year's", "in
2019", "next year, 2017", "next month" told in December), else the publication year;
minus the ordinal it gives the year of the counted event. A month the text gives the
anniversary ("next month", "this month", "which was marked on October 22") is the counted
event's too (an anniversary told again so gives it to the first telling). Its kind comes from the
counted phrase (relations and independence are ``other``, a treaty or agreement is its
``signing``, an organization named with its establishment its ``founding``, an invasion
or battle a ``conflict``), its sides from the phrase, else the sentence, else the
document's two most named countries; its evidence is the anniversary's span. The words
are in ``data/anniversary_words.yaml``. An anniversary whose counted event the sentence
dates itself is left out (that date is offered to the rules already), and so is a
counted event the document's events hold already (same kind class, same year); "the
anniversary summit" names no counted event ("anniversary of").

The dates are :func:`counted_dates`'s, which the reader reads once per document (fortieth
pass): a rule's trigger at the head of a counted phrase ("the 10th anniversary of President
Xi Jinping's state visit") takes the counted date as its own, and the act it tells is then
one the document's events hold. "N years after / since <act>" ("30 years after the signing
of the Treaty of Asuncion") is counted the same way from the page's year, for the rules
only: it adds no event here.

Relations told by their age count from their establishment the same way (thirty-sixth
session): "It also marks 80 years of diplomatic relations", "having maintained diplomatic
ties for 70 years", "we mark 140 years since the establishment of the bilateral relations",
"since the establishment of diplomatic ties 32 years ago" (:func:`relations_age_pattern`);
an age told as a bound ("more than 30 years of diplomatic relations") counts from no year.

>>> from datetime import date
>>> from types import SimpleNamespace
>>> text = ("This year marks the 30th anniversary of the establishment of diplomatic "
...         "relations between Austria and Croatia.")
>>> doc = SimpleNamespace(id="d", text=text, published=date(2022, 3, 1), url=None,
...                       sentences=[SimpleNamespace(start=0, end=len(text))])
>>> [(e.kind.value, e.date.value, e.countries) for e in anniversary_events(doc, [])]
[('other', '1992', ['AT', 'HR'])]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from calendar import monthrange
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from ..gazetteer.codes import actor_type
from ..model import ActorType, Event, EventDate, EventKind, Participant, Status
from ..temporal.lexicon import MONTHS
from .actor_mentions import find_mentions
from .discourse import doc_slug
from .evaluate import kind_class
from .limits import SENTENCE_REACH
from .mention import sentence_source
from .ordinals import (
    COUNT_REACH,
    anniversary_words,
    cardinal,
    cardinal_value,
    count_before,
    ordinal_pattern,
    ordinal_value,
)
from .participant_choice import side_of
from .titles import summary_for, title_for

__all__ = [
    "CountedDate",
    "anniversary_events",
    "anniversary_pattern",
    "counted_dates",
    "ordinal_pattern",
    "ordinal_value",
    "relations_age_pattern",
    "sides_named",
]


@cache
def anniversary_pattern() -> re.Pattern[str]:
    """An anniversary, "the 30th anniversary of ...", "the fiftieth anniversary of ...": the
    ordinal (:func:`ordinal_pattern`) and the counted phrase (group ``phrase``, cut by
    :func:`_counted`).

    >>> m = anniversary_pattern().search("the 50th founding anniversary of bilateral ties")
    >>> m["n"], m["phrase"]
    ('50', 'bilateral ties')
    """
    return re.compile(
        ordinal_pattern()
        + r"\s+(?:founding\s+)?anniversary\s+(?:(?:next|this|last)\s+month\s+)?of\s+"
        + r"(?=(?P<phrase>[^.;:!?]{3,160}))",
        re.IGNORECASE,
    )


#: Relations between states named by a word that makes them a state's: "diplomatic
#: relations", "bilateral ties", "the bilateral relationship".
_RELATIONS = r"(?:diplomatic|bilateral)\s+(?:relations|ties|relationship)"
#: The relations' words alone, where an age is looked for (:func:`_ages`), and how far
#: before and after them (the longest form: "140 years since the establishment of the
#: bilateral relations"; "diplomatic ties for the past seventy-five years").
_RELATIONS_AT = re.compile(_RELATIONS, re.IGNORECASE)
_AGE_BEFORE, _AGE_AFTER = 70, 45
#: A bound or an estimate before an age ("more than 30 years", "nearly 50 years"): no year.
_BOUND_BEFORE = re.compile(
    r"(?:more\s+than|over|nearly|almost|about|around|some|roughly|at\s+least)\s+\Z",
    re.IGNORECASE,
)


@cache
def relations_age_pattern() -> re.Pattern[str]:
    """Relations between states told by their age (the years since their establishment,
    groups ``n1`` to ``n4``; ``ago`` when told as "... years ago").

    >>> p = relations_age_pattern()
    >>> p.search("It also marks 80 years of diplomatic relations")["n1"]
    '80'
    >>> p.search("having maintained diplomatic ties for seventy years")["n2"]
    'seventy'
    >>> p.search("140 years since the establishment of the bilateral relations")["n3"]
    '140'
    >>> m = p.search("since the establishment of diplomatic ties 32 years ago")
    >>> m["n4"], m["ago"]
    ('32', 'ago')
    >>> p.search("after 30 years of relations with the club") is None
    True
    """
    return re.compile(
        rf"\b{cardinal('n1')}\s+years\s+of\s+(?:(?:friendly|official|formal)\s+)?{_RELATIONS}\b"
        rf"|\b{_RELATIONS}\s+for\s+(?:the\s+(?:past|last)\s+)?{cardinal('n2')}\s+years\b"
        rf"|\b{cardinal('n3')}\s+years\s+since\s+the\s+establishment\s+of\s+(?:the\s+)?"
        rf"{_RELATIONS}\b"
        rf"|\bestablish(?:ed|ment\s+of)\s+(?:the\s+)?{_RELATIONS}\s+{cardinal('n4')}\s+years\s+"
        r"(?P<ago>ago)\b",
        re.IGNORECASE,
    )


class _Counted(NamedTuple):
    """An anniversary, an age of relations or a count of years since an act: the years it
    counts back, where its match starts, where its counted phrase starts and may end,
    whether the age is told as "... years ago" (counted from the page's year), whether it
    is an age of relations (its sides from its phrase or sentence only), and whether it is
    a count of years since ("30 years after the signing of ...": :func:`_years_after`)."""

    years: int
    start: int
    phrase_start: int
    phrase_end: int
    ago: bool = False
    age: bool = False
    years_after: bool = False


def _ages(text: str) -> list[_Counted]:
    """Each age of relations :func:`relations_age_pattern` finds in ``text``; the counted
    phrase (the relations and who has them) opens with the match."""
    out = []
    seen: set[int] = set()
    # the relations' words first, then the age around them: the age's pattern opens with
    # every number word and would be tried at every character of a long text
    for near in _RELATIONS_AT.finditer(text):
        m = relations_age_pattern().search(
            text, max(0, near.start() - _AGE_BEFORE), min(len(text), near.end() + _AGE_AFTER)
        )
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        if _BOUND_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None:
            continue
        told = next(g for g in ("n1", "n2", "n3", "n4") if m[g] is not None)
        years = cardinal_value(m[told])
        if years is None or not 1 <= years <= 300:
            continue
        out.append(_Counted(years, m.start(), m.start(), m.end() + 160, m["ago"] is not None, True))
    return out


#: "years after" / "a year since": where an act told by the years since it is looked for
#: (:func:`_years_after`); the count is read right before it
#: (:func:`.ordinals.count_before`).
_YEARS_AFTER = re.compile(r"\byears?\s+(?:after|since)\s+(?=[^.;:!?]{3})", re.IGNORECASE)


def _years_after(text: str) -> list[_Counted]:
    """Each act told by the years since it ("30 years after the signing of the Treaty of
    Asuncion", "a year after the Pau summit", "Twenty-five years after his visit"), less
    those told with a bound ("more than 30 years after"); the counted phrase follows
    "after" / "since".

    >>> text = "They met on Tuesday, 30 years after the signing of the treaty."
    >>> [(c.years, text[c.phrase_start:c.phrase_end]) for c in _years_after(text)]
    [(30, 'the signing of the treaty.')]
    >>> [c.years for c in _years_after("a year after the Pau summit, which")]
    [1]
    >>> _years_after("more than 30 years after the war")
    []
    """
    out: list[_Counted] = []
    for m in _YEARS_AFTER.finditer(text):
        count = count_before().search(text, max(0, m.start() - COUNT_REACH), m.start())
        if count is None:
            continue
        if _BOUND_BEFORE.search(text, max(0, count.start() - 20), count.start()) is not None:
            continue
        told = count["n"]
        years = cardinal_value(told)
        plural = text[m.start() : m.start() + 5].lower() == "years"
        if years is None or not 1 <= years <= 300 or (years == 1) == plural:
            continue  # "a years after", "30 year since": no count
        phrase_end = min(len(text), m.end() + 160)
        out.append(_Counted(years, count.start(), m.end(), phrase_end, years_after=True))
    return out


#: Where the counted phrase ends: a comma, a bracket, a relative clause, a new clause, the
#: next anniversary ("our independence but also the 60th Anniversary of the Treaty").
_PHRASE_END = re.compile(
    r"[,(\u2013\u2014]|\s(?:which|that|who|when|where|as|while|but|and\s+(?:to|for|will))\s"
    r"|\s(?:and\s+)?the\s+\S+\s+(?:founding\s+)?anniversary\b",
    re.IGNORECASE,
)
#: How far after the counted phrase the anniversary's own year is read ("... in 2019",
#: "... next year, 2017"); further on, a year is another act's ("a similar trip ... in
#: June 2022").
_AFTER = 25
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LAST_YEAR = re.compile(r"\blast\s+year", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\bnext\s+year", re.IGNORECASE)
#: "Next month marks the 30th anniversary ..." told in December: next year's anniversary
#: (and "last month" told in January, last year's).
_LAST_MONTH = re.compile(r"\blast\s+month", re.IGNORECASE)
_NEXT_MONTH = re.compile(r"\bnext\s+month", re.IGNORECASE)
_THIS_MONTH = re.compile(r"\bthis\s+month", re.IGNORECASE)
#: The day the anniversary was or will be marked, told right after the counted phrase
#: ("..., which was marked on October 22"): the counted event's day.
_MARKED_ON = re.compile(
    r"\s*,?\s*which\s+(?:was|is|will\s+be)\s+(?:marked|celebrated|commemorated|observed)\s+"
    r"on\s+(?:(?P<before>\d{1,2})\s+)?(?P<month>[A-Za-z]+)(?:\s+(?P<after>\d{1,2})\b)?"
)
#: The day the anniversary is marked, closing the counted phrase ("the 50th anniversary of
#: the military coup on September 11"): an anniversary falls on its act's month and day.
_ON_THE_DAY = re.compile(
    r"\son\s+(?:(?P<before>\d{1,2})\s+(?P<month>[A-Za-z]+)|(?P<month2>[A-Za-z]+)\s+"
    r"(?P<after>\d{1,2})(?:st|nd|rd|th)?)\s*\Z"
)


def _counted(text: str, start: int, end: int) -> int:
    """Where the counted phrase starting at ``start`` ends (at most ``end``)."""
    m = _PHRASE_END.search(text, start, end)
    return m.start() if m is not None else end


def _kind(phrase: str, organizations: list[str]) -> EventKind | None:
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    w = anniversary_words()
    if words & set(w.words("agreements")):
        return EventKind.signing  # "the Treaty on Friendly Relations": a treaty
    if words & set(w.words("relations")):
        return EventKind.other
    if words & set(w.words("independence")):
        return EventKind.other
    if words & set(w.words("founding")) and organizations:
        return EventKind.founding
    if words & set(w.words("conflicts")):
        return EventKind.conflict
    return None


def sides_named(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The countries and organizations named in ``text[start:end]``, in order (the side
    each mention stands for: :func:`~timeline.extract.participant_choice.side_of`)."""
    countries: dict[str, None] = {}
    organizations: dict[str, None] = {}
    for m in find_mentions(text, start, end).actors:
        code = side_of(m)
        if code is None:
            continue
        if actor_type(code) == "country":
            countries.setdefault(code)
        else:
            organizations.setdefault(code)
    return list(countries), list(organizations)


def _document_pair(events: Sequence[Event]) -> list[str]:
    """The two countries the document's events name most (fewer when it names fewer)."""
    counts = Counter(c for e in events for c in e.countries)
    return [c for c, _ in counts.most_common(2)]


def _month_crossing(before: str, after: str, month: int) -> int:
    """+1 for "next month" told in December, -1 for "last month" told in January, else 0."""
    if month == 12 and (_NEXT_MONTH.search(before) or _NEXT_MONTH.search(after)):
        return 1
    if month == 1 and (_LAST_MONTH.search(before) or _LAST_MONTH.search(after)):
        return -1
    return 0


def _anniversary_month(
    text: str, span: tuple[int, int], before: str, after: str, published: date
) -> tuple[int, int | None] | None:
    """The month (and day) the text gives the anniversary, which the counted event has too:
    "next month", "this month" or "last month" told with it, or the day it "was marked on"
    right after the counted phrase (``span``: from its end to the sentence's); None when it
    gives none.

    >>> _anniversary_month("", (0, 0), "", "relations next month", date(2022, 7, 9))
    (8, None)
    >>> text = "relations, which was marked on October 22."
    >>> _anniversary_month(text, (9, 42), "", "relations, which was", date(2022, 11, 28))
    (10, 22)
    >>> text = "the 50th anniversary of the military coup on September 11."
    >>> after = "the military coup on September 11"
    >>> _anniversary_month(text, (57, 58), "", after, date(2023, 9, 12))
    (9, 11)
    """
    m = _MARKED_ON.match(text, *span)
    if m is not None and m["month"].lower() in MONTHS:
        day = m["before"] or m["after"]
        return MONTHS[m["month"].lower()], int(day) if day and 1 <= int(day) <= 31 else None
    on = _ON_THE_DAY.search(text, max(0, span[0] - 30), span[0])
    if on is not None and (month := (on["month"] or on["month2"]).lower()) in MONTHS:
        day = int(on["before"] or on["after"])
        return MONTHS[month], day if 1 <= day <= 31 else None
    told = before + " " + after
    if _NEXT_MONTH.search(told):
        return published.month % 12 + 1, None
    if _THIS_MONTH.search(told):
        return published.month, None
    if _LAST_MONTH.search(told):
        return (published.month - 2) % 12 + 1, None
    return None


def _anniversary_year(
    sentence: str, before: str, after: str, published: date, ordinal: int
) -> int | None:
    """The year the text gives the anniversary; None when the sentence dates the counted
    event itself (a year an ordinal's length before the anniversary's).

    >>> _anniversary_year("", "Next month marks the ", "", date(2023, 12, 10), 30)
    2024
    >>> _anniversary_year("", "Next month marks the ", "", date(2023, 11, 10), 30)
    2023
    """
    year = published.year
    near = [int(y) for y in _YEAR.findall(after) if abs(int(y) - year) <= 3]
    near += [int(y) for y in _YEAR.findall(before) if abs(int(y) - year) <= 3]
    if near:
        year = near[0]
    elif _LAST_YEAR.search(before) or _LAST_YEAR.search(after):
        year -= 1
    elif _NEXT_YEAR.search(after):
        year += 1
    else:
        year += _month_crossing(before, after, published.month)
    if any(abs(int(y) + ordinal - year) <= 1 for y in _YEAR.findall(sentence)):
        return None
    return year


class CountedDate(NamedTuple):
    """The event an anniversary, an age of relations or a count of years since ("30 years
    after the signing of ...") counts from, dated: where the count is told (``start``),
    its counted phrase (``phrase_start`` to ``end``), the sentence read around it, the
    years counted back, whether it is an age of relations, and the counted event's date
    (its year; its month and day when the text gives the anniversary's)."""

    start: int
    phrase_start: int
    end: int
    sentence: tuple[int, int]
    years: int
    is_an_age: bool
    value: str
    #: Told by the years since it ("30 years after the signing of ..."): an act a rule's
    #: trigger tells, dated so; no anniversary of its own.
    years_after: bool = False


def counted_dates(doc: Any) -> list[CountedDate]:
    """The dated counted events of ``doc``'s anniversaries and ages of relations, in text
    order; none whose year the text does not give (the sentence dating the counted event
    itself: :func:`_anniversary_year`) nor in a document without its publication day.

    >>> from datetime import date
    >>> from types import SimpleNamespace
    >>> text = "Li arrived on Saturday, on the 10th anniversary of Xi's state visit to Australia."
    >>> doc = SimpleNamespace(text=text, published=date(2024, 6, 15),
    ...                       sentences=[SimpleNamespace(start=0, end=len(text))])
    >>> [(text[c.phrase_start:c.end], c.value) for c in counted_dates(doc)]
    [("Xi's state visit to Australia", '2014')]
    """
    if doc.published is None:
        return []
    text: str = doc.text
    counted_spans: list[_Counted] = []
    if "nniversar" in text:
        for m in anniversary_pattern().finditer(text):
            ordinal = ordinal_value(m.group("n"), m.group("tens"), m.group("word"))
            if ordinal is not None and 1 <= ordinal <= 300:
                counted_spans.append(
                    _Counted(ordinal, m.start(), m.start("phrase"), m.end("phrase"))
                )
    counted_spans += _ages(text)
    counted_spans += _years_after(text)
    if not counted_spans:
        return []
    counted_spans.sort(key=lambda c: c.start)
    starts = [s.start for s in doc.sentences]
    out: list[CountedDate] = []
    for ordinal, match_start, phrase_start, phrase_end, ago, is_an_age, since in counted_spans:
        i = bisect_right(starts, match_start) - 1
        if i < 0:
            continue
        # a hostile "sentence" without a stop is read only around the match, so that
        # each anniversary costs a bounded read (limits.SENTENCE_REACH)
        sentence = (
            max(doc.sentences[i].start, match_start - SENTENCE_REACH),
            min(doc.sentences[i].end, match_start + SENTENCE_REACH),
        )
        end = _counted(text, phrase_start, min(phrase_end, sentence[1]))
        before = text[sentence[0] : phrase_start]
        after = text[phrase_start : min(end + _AFTER, sentence[1])]
        year: int | None = doc.published.year
        if since and _YEAR.search(text, *sentence) is not None:
            # "since 1991, five years after the first meeting", "over the last three years
            # since the third meeting held in August 2020": the count's anchor or its act
            # is dated by the text (read by the rules), not by the page's year
            continue
        if not ago:
            year = _anniversary_year(
                text[sentence[0] : sentence[1]], before, after, doc.published, ordinal
            )
        if year is None:
            continue
        counted = year - ordinal
        value = f"{counted:04d}"
        month = (
            None
            if _YEAR.search(before + after)
            else (_anniversary_month(text, (end, sentence[1]), before, after, doc.published))
        )
        if month is not None:
            day = month[1]
            if day is not None and day > monthrange(counted, month[0])[1]:
                day = None  # "marked on June 31", "February 29" of a common year: the month
            value += f"-{month[0]:02d}" + (f"-{day:02d}" if day is not None else "")
        out.append(
            CountedDate(match_start, phrase_start, end, sentence, ordinal, is_an_age, value, since)
        )
    return out


def anniversary_events(
    doc: Any, events: Sequence[Event], counted: Sequence[CountedDate] | None = None
) -> list[Event]:
    """The events ``doc``'s anniversaries count from, other than those ``events`` (the
    document's mentions) hold already; ``counted``: the document's
    :func:`counted_dates`, when read already."""
    if counted is None:
        counted = counted_dates(doc)
    if not counted:
        return []
    text: str = doc.text
    slug = doc_slug(doc.id)
    have = {(kind_class(e.kind), e.date.start.year) for e in events if e.date.precision}
    out: list[Event] = []
    #: Where each counted event's kind class and year is in ``out``: one told again with a
    #: month or day gives it to the first ("... which was marked on October 22").
    told: dict[tuple[str, int], int] = {}
    for match_start, phrase_start, end, sentence, _, is_an_age, value, since in counted:
        if since:
            continue
        phrase = text[phrase_start:end]
        countries, organizations = sides_named(text, phrase_start, end)
        kind = _kind(phrase, organizations)
        if kind is None:
            continue
        key = (kind_class(kind), int(value[:4]))
        if key in told and len(value) > len(out[told[key]].date.value):
            first = out[told[key]]
            out[told[key]] = first.model_copy(update={"date": EventDate.from_value(value)})
        if key in have:
            continue
        if kind is EventKind.founding:
            countries = []
        elif kind is EventKind.conflict:
            if not countries:
                continue
        elif len(countries) < 2 and not (
            kind is EventKind.other and countries and "independence" in phrase.lower()
        ):
            named, bodies = sides_named(text, sentence[0], sentence[1])
            countries += [c for c in named if c not in countries]
            if kind is EventKind.signing:
                organizations += [o for o in bodies if o not in organizations]
            if len(countries) < 2 and not organizations:
                if is_an_age:
                    continue  # "happy to celebrate 25 years of diplomatic relations": whose?
                countries += [c for c in _document_pair(events) if c not in countries]
        if not countries and not organizations:
            continue
        participants = [Participant(id=c, type=ActorType.country) for c in countries]
        participants += [Participant(id=o, type=ActorType.organization) for o in organizations]
        have.add(key)
        told[key] = len(out)
        span = (match_start, end)
        event = Event(
            id=f"anniversary{len(out) + 1}-{slug}",
            kind=kind,
            title=title_for(kind, text, span, sentence, participants, None, None, False),
            summary=summary_for(text, sentence),
            date=EventDate.from_value(value),
            status=Status.occurred,
            participants=participants,
            sources=[
                sentence_source(
                    doc, text, (span[0], span[0] + len(text[span[0] : span[1]].rstrip()))
                )
            ],
        )
        out.append(event)
    return out
