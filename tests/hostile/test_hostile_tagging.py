"""The tagger stays linear on hostile text (forty-second session's read-back).

Two reads that came with the forty-second session's rules took time quadratic in the
text: a month's look ahead over a list of months for the year its pair writes (16,000
listed months, 10 s), and "the following day" told in the past paragraphs after the
story's day, which read back over every day noted (350 KB, 9 s). As in
test_hostile_extract.py, no time is asserted: what is asserted is the bound that makes
the work linear, and that the results are still right.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from timeline.temporal import reference_time, tag


def test_a_months_look_ahead_reads_a_bounded_list() -> None:
    # A list longer than twelve months is no list of one year's months: the look ahead
    # reads eleven more at most, so each month's match is bounded.
    months = ", ".join(["January"] * 40)
    found = tag(f"In {months} and February 2020 they met.", date(2024, 1, 1))
    values = [t.value for t in found]
    assert values[-1] == "2020-02"
    # the last twelve Januaries are within reach of the written year (eleven more months
    # and the pair's); those before are beyond it: the DCT's month, as before the rule
    assert values[:-1] == ["2024-01"] * 28 + ["2020-01"] * 12


def test_each_day_is_parsed_once_for_the_days_that_point_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed = [0]
    real = reference_time.remembered_point

    def counted(*args: Any) -> Any:
        parsed[0] += 1
        return real(*args)

    monkeypatch.setattr(reference_time, "remembered_point", counted)
    plans = "The talks are set for May 5, 2030 and May 6, 2030 and May 7, 2030. " * 6
    story = "On Monday, January 1, 2024, the envoy arrived.\n"
    text = story + "".join(plans + "\nHe had left the following day.\n" for _ in range(200))
    found = tag(text, date(2024, 1, 3))
    days = [t for t in found if t.text == "the following day"]
    assert len(days) == 200 and days[0].value == "2024-01-02"
    # each noted day once, and a few more reads per expression (its own anchor), not
    # every day again for each of the 200
    assert parsed[0] <= 2 * len(found)


@pytest.mark.parametrize(
    "text",
    ["1" * 5000 + " years", "1" * 5000 + " years ago", "every " + "1" * 5000 + " days"],
)
def test_a_count_of_thousands_of_digits_is_an_unknown_count(
    text: str, caplog: pytest.LogCaptureFixture
) -> None:
    # Python refuses to convert a numeral of more than 4,300 digits to an int: the count
    # was converted and the tagger's last guard logged the error and dropped the match
    # (seventy-third pass); a count longer than any count of time is now unknown
    with caplog.at_level("WARNING", logger="timeline.temporal"):
        found = tag(text, date(2024, 1, 1))
    assert not caplog.records
    assert [t.value for t in found] in (["PXY"], ["PAST_REF"], ["PXD"])
