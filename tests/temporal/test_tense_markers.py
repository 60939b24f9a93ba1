"""The tense markers' search (temporal/tense_markers.py) gives cues().finditer's matches,
one for one, in every window of a text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal.tense_markers import Markers, cues, future_cues, irregular_past, past_cues


def _spans(matches: object) -> list[tuple[int, int, str, str | None]]:
    return [(m.start(), m.end(), m.group(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


def _same_in_every_window(text: str, step: int = 1) -> None:
    markers = Markers(text)
    for lo in range(0, len(text) + 1, step):
        for hi in range(lo, len(text) + 1, step):
            assert _spans(markers.find(lo, hi)) == _spans(cues().finditer(text, lo, hi)), (lo, hi)


#: Markers in their casings, their beginnings and longer words: what a window holds.
_WORDS = sorted(
    {
        f
        for w in [
            *future_cues(),
            *past_cues(),
            *sorted(irregular_past()),
            *["wash", "willing", "washed", "ed", "red", "bed", "ended", "lled", "ll", "going"],
            *["tomorrow", "planned", "planner", "Ahmed", "re-elected", "o'clocked", "we", "be"],
        ]
        for f in (w, w.capitalize(), w.upper())
    }
)
_GAPS = [" ", "  ", "\t", "\n", "\xa0", ", ", ". ", "-", "—", "“", "’", "'", "/", "_", ""]
_ODD = ["é", "café", "😀", "𝐀", "1", "23", "x", "'ll", "’ll", "'s", "n't"]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(_WORDS), st.sampled_from(_GAPS), st.sampled_from(_ODD)),
            max_size=12,
        )
    )
    return "".join(parts)


@given(_texts(), st.data())
def test_the_candidates_give_the_matches_of_finditer(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _spans(Markers(text).find(lo, hi)) == _spans(cues().finditer(text, lo, hi))


@given(st.text(max_size=40))
def test_on_any_text(text: str) -> None:
    _same_in_every_window(text, step=3)


def test_edges() -> None:
    cases = [
        "", "was", "wash", "He washed", "we'll go", "we'll", "o'clocked", "WON'T", "won't",
        "going  to", "going\xa0to", "going to tomorrow", "re-elected", "éwas", "wasé",
        "was5", "the_was", "'was'", "He said they will meet in May.", "Ahmed planned",
        "to be held", "has been", "has  been", "𝐀was", "was😀", "it ended", "led",
    ]  # fmt: skip
    for text in cases:
        _same_in_every_window(text)


def test_a_window_that_cuts_a_word_finds_what_finditer_finds() -> None:
    text = "He washed the dishes; we'llx go"
    assert [m.group() for m in Markers(text).find(0, 6)] == ["was"]
    assert [m.group() for m in Markers(text).find(22, 27)] == ["'ll"]
    assert [m.group() for m in Markers(text).find(0, len(text))] == ["washed"]
