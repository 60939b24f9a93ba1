"""bench/gold_dates.py: the causes a gold date is sorted by that are not the tagger's to
fix. "The DCT a day after the story" is read from the expression's form (a deictic name of
the DCT's own day), not from its value alone; an anniversary's count of years from the one
list of ordinal words (anniversaries' ``ordinal_value``)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from timeline.temporal import Timex


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("gold_dates")


def _date(text: str, value: str) -> Timex:
    return Timex(start=0, end=len(text), text=text, type="DATE", value=value)


@pytest.mark.parametrize("text", ["today", "Today", "this afternoon", "Earlier in the day"])
def test_a_deictic_dct_a_day_after_the_gold_is_the_publication_lagging(
    bench: ModuleType, text: str
) -> None:
    verdict, ours = bench.judge("2022-08-17", [_date(text, "2022-08-18")], "2022-08-18")
    assert (verdict, ours) == ("the DCT a day after the story", "2022-08-18")


@pytest.mark.parametrize("text", ["Thursday", "August 18", "on Thursday"])
def test_a_weekday_or_date_put_on_the_dct_stays_the_taggers(bench: ModuleType, text: str) -> None:
    """The value is the DCT's and the gold the day before, but the form names the day: the
    tagger's value, sorted by its cause (here "another day")."""
    verdict, _ours = bench.judge("2022-08-17", [_date(text, "2022-08-18")], "2022-08-18")
    assert verdict != "the DCT a day after the story"
    assert verdict.startswith("anchor:")


def test_anniversary_counts_come_from_the_ordinal_list(bench: ModuleType) -> None:
    """Compounds and teens ("twenty-fifth", "fifteenth") are counted as anniversaries' rule
    counts them; a word of no ordinal ("annual") is none."""
    assert bench.anniversary_years(
        "the twenty-fifth anniversary, the fifteenth anniversary, the annual anniversary"
    ) == {25, 15}
    verdict, ours = bench.judge(
        "1998", [_date("this year", "2023")], "2023-05-01", "the twenty-fifth anniversary of"
    )
    assert (verdict, ours) == ("an anniversary: the founding date by arithmetic", "2023")


def test_a_range_agrees_when_an_expression_has_the_whole_range(bench: ModuleType) -> None:
    """Compared by its ends only, the very same range never agreed ("another granularity");
    ``whole=False`` keeps that count for the session that changed it."""
    found = [_date("Oct. 10 and 11", "2024-10-10/2024-10-11")]
    assert bench.judge("2024-10-10/2024-10-11", found, "2024-10-02") == ("agrees", None)
    assert bench.judge("2024-10-10/2024-10-11", found, "2024-10-02", whole=False) == (
        "another granularity",
        None,
    )
