"""``tag()`` never raises, on any text and any publication date (issue 16, class 4).

The reproductions first (a form feed or another Unicode line break before "May";
publication dates at either end of the calendar), then hypothesis over arbitrary text
and over text built from temporal words, with DCTs anywhere from 0001-01-01 to
9999-12-31. The tagger's last guard (a normalizer that raises anyway drops its match
and logs a warning) must never fire: every test here fails on such a warning.

CI runs the default hypothesis profile (100 examples a test); the ``fuzz`` profile
(tests/temporal/conftest.py) runs 10,000, as recorded in docs/temporal.md::

    .venv/bin/pytest tests/temporal/test_never_raises.py --hypothesis-profile=fuzz
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def no_guard_warnings() -> Iterator[None]:
    """Fail if the tagger's last guard caught an exception inside the block."""
    handler = _Records()
    logger = logging.getLogger("timeline.temporal")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    assert not handler.records, handler.records[0].getMessage()


def tag_checked(text: str, dct: date | None) -> None:
    with no_guard_warnings():
        found = tag(text, dct)
    last_end = 0
    for t in found:
        assert text[t.start : t.end] == t.text
        assert last_end <= t.start < t.end
        last_end = t.end
        if t.interval is not None:
            assert t.interval.start <= t.interval.end


#: Whitespace that str.split() knows and a plain " \t\r\n" strip does not.
ODD_WHITESPACE = ["\x0c", "\x0b", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("space", ODD_WHITESPACE)
def test_odd_whitespace_before_may(space: str) -> None:
    tag_checked(f"{space}May was busy.\n", date(2022, 6, 1))
    tag_checked(f"In{space}May{space}2022 it was busy.", date(2022, 6, 1))


@pytest.mark.parametrize(
    "text",
    [
        # ``re`` matches a long s, a Kelvin sign or a dotted capital I to an ASCII letter
        # under IGNORECASE, and ``str.lower`` keeps them: a name spelled so is no key of
        # the lexicon (thirty-fifth pass: the brackets after a day, a weekday pair's end)
        "The talks held today (Augu\u017ft 12) ended.",
        "They met on Monday (12 \u017feptember) in Rome.",
        "They met today (\u017funday, 12 July).",
        "They meet on Monday and Wedne\u017fday in Oslo.",
        "They meet from Monday to Thur\u017fday.",
        "The envoy left on \u0130ndependence Day (Monday 4 July).",
    ],
)
def test_names_spelled_with_letters_re_folds(text: str) -> None:
    tag_checked(text, date(2024, 8, 13))


def test_may_after_a_form_feed_is_still_judged_by_the_word_before() -> None:
    text = "It rained in\x0cMay, and it may rain."
    assert [(t.text, t.value) for t in tag(text, date(2022, 6, 1))] == [("May", "2022-05")]


#: A phrase for each kind of date arithmetic the tagger does.
ARITHMETIC = [
    "last year", "next year", "Easter", "Good Friday", "Orthodox Easter", "Christmas",
    "Thanksgiving", "Eid al-Adha", "next week", "this weekend", "the weekend", "next month",
    "three years ago", "a century later", "two weeks later", "tomorrow", "the day after tomorrow",
    "yesterday morning", "last night", "Tuesday", "last Friday", "next Friday", "Friday night",
    "10:35 a.m. tomorrow", "noon Monday", "the fourth quarter", "the latest quarter",
    "the year-ago quarter", "last winter", "next winter", "this winter", "March", "last March",
    "next March", "the following year", "the next day", "the previous Friday",
    "later in the day", "earlier this year", "the coming decade", "99999999999999999999 days later",
    "1" + "9" * 400 + ".5 weeks and a half",
]  # fmt: skip
EDGE_DCTS = [date.min, date(1, 12, 31), date(2, 1, 1), date(9998, 12, 31), date.max, None]


@pytest.mark.parametrize("dct", EDGE_DCTS, ids=str)
@pytest.mark.parametrize("tense", ["He will see it {}.", "They saw it {}."])
def test_dates_at_the_ends_of_the_calendar(dct: date | None, tense: str) -> None:
    for phrase in ARITHMETIC:
        tag_checked(tense.format(phrase), dct)


@pytest.mark.parametrize("anchor", ["0001-01-01", "9999-12-31", "Jan. 1, 1600", "Dec. 31, 2100"])
def test_narrative_anchors_at_the_ends_of_the_calendar(anchor: str) -> None:
    for phrase in ARITHMETIC:
        tag_checked(f"It began on {anchor}. {phrase.capitalize()}, it ended.", date(2022, 6, 1))


def test_values_beyond_the_calendar_are_unknown() -> None:
    (t,) = tag("He will come back next year.", date.max)
    assert t.value == "XXXX" and t.interval is None
    (t,) = tag("It happens next week.", date.max)
    assert t.value == "XXXX-WXX"
    (t,) = tag("She left last year.", date(5, 3, 1))
    assert t.value == "0004"


ANY_DCT = st.one_of(st.none(), st.dates())
WORDS = [
    "the", "The", "in", "on", "of", "will", "was", "said", "and", "a", "May", "may", "March",
    "Dec.", "Tuesday", "Fridays", "today", "yesterday", "last", "next", "this", "past", "year",
    "years", "month", "week", "weekend", "quarter", "fourth", "early", "mid-", "late", "end",
    "1990s", "2024", "$3.6", "23%", "29-30", "13", "9999-12-31", "0001-01-01", "10:35", "a.m.",
    "noon", "two-day", "five", "several", "ago", "earlier", "later", "recently", "so", "far",
    "now", "every", "twice", "annually", "winter", "fiscal", "Christmas", "Easter", "Eid",
    "al-Adha", "Thanksgiving", "Independence", "Day", "Kazakhstan", "century", "20th",
    "following", "previous", "that", "day", "night", "morning", "99999999999999999999",
    "1" + "9" * 400 + ".5", "and a half", ",", ".", "-", "'s", "’s", "\n", *ODD_WHITESPACE,
]  # fmt: skip
WORD_TEXT = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)


@settings(deadline=None)
@given(text=st.text(max_size=300), dct=ANY_DCT)
def test_never_raises_on_arbitrary_text(text: str, dct: date | None) -> None:
    tag_checked(text, dct)


@settings(deadline=None)
@given(text=WORD_TEXT, dct=ANY_DCT)
def test_never_raises_on_temporal_words(text: str, dct: date | None) -> None:
    tag_checked(text, dct)


@settings(deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=20),
    glue=st.lists(st.sampled_from([" ", "", *ODD_WHITESPACE, "\t", "\u00a0"]), min_size=1),
    dct=ANY_DCT,
)
def test_never_raises_whatever_separates_the_words(
    words: list[str], glue: list[str], dct: date | None
) -> None:
    text = "".join(w + glue[i % len(glue)] for i, w in enumerate(words))
    tag_checked(text, dct)
