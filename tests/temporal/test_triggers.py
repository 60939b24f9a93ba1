"""The candidates' search (temporal/triggers.py) gives TRIGGER.finditer's matches, one for one."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import lexicon
from timeline.temporal.trigger_classes import NEXT_WORD_STARTS, TRIGGER, TRIGGER_CLASS
from timeline.temporal.triggers import skeleton, triggers


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


def _finditer(text: str) -> list[tuple[int, int, str]]:
    return _spans(TRIGGER.finditer(" " + text))


#: Words of the lexicon and of the look-aheads, in their casings: what follows a trigger.
_WORDS = sorted(
    {
        f
        for w in [
            *TRIGGER_CLASS,
            *lexicon.UNITS,
            *lexicon.UNIT_PLURALS,
            *lexicon.MONTHS,
            *lexicon.WEEKDAYS,
            *lexicon.SEASONS,
            *(n for w in lexicon.NUMBER_WORDS for n in w.split()),
            *(r for w in lexicon.REFERENCE_WORDS for r in w.split()),
            *[
                "than",
                "recently",
                "least",
                "most",
                "present",
                "moment",
                "time",
                "date",
                "days",
                "to",
                "more",
                "less",
            ],
            *[
                "same",
                "day",
                "morning",
                "afternoon",
                "evening",
                "night",
                "week",
                "month",
                "year",
                "quarter",
            ],
            *[
                "Monday",
                "Tuesday",
                "Sunday",
                "Sundays",
                "Mayday",
                "Fridays",
                "ago",
                "from",
                "now",
                "end",
                "half",
            ],
        ]
        for f in (w, w.capitalize(), w.upper())
    }
)
_GAPS = [" ", "  ", "\t", "\n", "\n\n", "\xa0", ", ", ". ", "-", "—", " “", "’s ", "/", "_", ""]
_ODD = ["é", "café", "’", "😀", "𝐀", "1", "23", "1989", "3.5", "$5", "10%", "٣", "x"]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(_WORDS), st.sampled_from(_GAPS), st.sampled_from(_ODD)),
            max_size=30,
        )
    )
    return "".join(parts)


@given(_texts())
def test_the_candidates_give_the_matches_of_finditer(text: str) -> None:
    assert _spans(triggers(text)) == _finditer(text)


@given(st.text(max_size=60))
def test_on_any_text(text: str) -> None:
    assert _spans(triggers(text)) == _finditer(text)


def test_every_next_word_the_look_ahead_takes_is_a_listed_start() -> None:
    """NEXT_WORD_STARTS may list more than TRIGGER takes, never less."""
    for word, starts in NEXT_WORD_STARTS.items():
        for form in {word, word.capitalize(), word.upper()}:
            for gap in (" ", "\t", "\xa0"):
                for after in _WORDS:
                    text = f"{form}{gap}{after} x"
                    m = TRIGGER.match(" " + text)
                    if m is not None and m.end() == 1 + len(form):
                        assert after.startswith(tuple(starts)), text


def test_edges() -> None:
    cases = [
        "", "the", "the two", "the  two", "the\u00a0two", "THE TWO", "the\n1990s", "at least",
        "AT least", "At  most", "up to", "no more", "that Monday", "that same day",
        "May", "in May", "(May 3)", "“May 3”", "3 years", "$3 years", "٣ years ago",
        "since ’98", "😀May 3", "𝐀May 3", "May_3", "Valentine’s Day", "Eid-ul-Adha",
        "the year-ago quarter", "café the two years",
    ]  # fmt: skip
    for text in cases:
        assert _spans(triggers(text)) == _finditer(text), text
    assert [m.start() for m in triggers("the  two years")] == [0, 5, 9]  # "the", "two", "years"


def test_the_skeleton_keeps_every_offset() -> None:
    text = "On 3 May, 𝐀 café’s 2022_"
    assert len(skeleton(text)) == len(text)
    assert re.fullmatch(r"[A-Za-z0 ]*", skeleton(text))
