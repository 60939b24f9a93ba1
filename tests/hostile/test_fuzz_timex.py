"""Fuzzing the TIMEX3 value parser: any string gives an interval or a TimexError, nothing else.

``TIMELINE_FUZZ_EXAMPLES`` sets how many inputs each test draws (a few hundred
by default; ``TIMELINE_FUZZ_EXAMPLES=10000`` for the full run recorded in
docs/reliability.md).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from timeline.errors import TimexError
from timeline.model import EventDate
from timeline.timex import FIRST_DAY, LAST_DAY, DateMod, interval_for, value_for

FUZZ = settings(
    max_examples=int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

#: Strings shaped like TIMEX3 values, with the edges (years 0000 and 9999, week 53, T24:00).
_PART = (
    r"[0-9X]{1,4}"
    r"(-(W[0-9]{2}(-WE)?|[0-9]{2}(-[0-9]{2}(T[0-9:.]{0,12}|TMO|TNI)?)?|SP|SU|FA|WI|Q[0-9]|H[0-9]))?"
)
timex_like = st.from_regex(rf"{_PART}(/{_PART})?", fullmatch=True)
values = st.one_of(timex_like, st.text(max_size=40))
mods = st.one_of(
    st.none(),
    st.sampled_from(list(DateMod)),
    st.sampled_from(["START", "MID", "END", "APPROX", "LESS_THAN", "start", ""]),
    st.text(max_size=8),
)


@FUZZ
@given(values, mods)
def test_interval_for_gives_an_interval_or_a_timex_error(
    value: str, mod: DateMod | str | None
) -> None:
    try:
        iv = interval_for(value, mod)
    except TimexError:
        return
    assert FIRST_DAY <= iv.start <= iv.end <= LAST_DAY
    if mod is None and "/" not in value:  # one whole unit: its value reads back the same
        assert interval_for(value_for(iv.start, iv.end, iv.precision)) == iv


@FUZZ
@given(values, mods)
def test_event_date_gives_a_date_or_a_validation_error(value: str, mod: object) -> None:
    try:
        date = EventDate.model_validate({"value": value, "mod": mod})
    except ValidationError:
        return
    assert FIRST_DAY <= date.start <= date.end <= LAST_DAY
    assert date.end_exclusive > date.end  # the day after exists: iCalendar's DTEND
    assert date.label()
