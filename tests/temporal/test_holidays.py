"""Holidays and festivals: fixed, Easter-based, Thanksgiving, the Eids, and country days."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from timeline.errors import DataError
from timeline.temporal import holidays, tag
from timeline.temporal.holidays import days_in_year
from timeline.temporal.word_lists import parse_word_lists


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # without a year: the last occurrence, or the coming one within a month
        ("a rally on Thanksgiving Day", date(2000, 1, 7), "Thanksgiving Day", "1999-11-25"),
        ("since last Thanksgiving", date(2000, 2, 10), "last Thanksgiving", "1999-11-25"),
        ("shops close for Christmas", date(2024, 12, 10), "Christmas", "2024-12-25"),
        ("the summit will open after Nowruz", date(2025, 1, 10), "Nowruz", "2025-03-21"),
        ("talks resumed after Navruz", date(2025, 6, 1), "Navruz", "2025-03-21"),
        # with a year, and ISO weeks
        ("on the eve of Nowruz 2024", date(2025, 1, 1), "Nowruz 2024", "2024-03-21"),
        ("during Easter week", date(2000, 4, 17), "Easter week", "2000-W16"),
        ("Orthodox Easter", date(2024, 6, 1), "Orthodox Easter", "2024-05-05"),
        ("on Good Friday", date(2024, 6, 1), "Good Friday", "2024-03-29"),
        # the Eids follow the Umm al-Qura calendar
        ("leaders will meet after Eid al-Adha", date(2024, 5, 1), "Eid al-Adha", "2024-06-16"),
        ("greetings on Ramazan Bayramı", date(2024, 5, 1), "Ramazan Bayramı", "2024-04-10"),
        ("on Kurban Bayram 2023", date(2024, 5, 1), "Kurban Bayram 2023", "2023-06-28"),
        # country days: only when the sentence says whose
        ("Kazakhstan marked its Independence Day", date(2024, 12, 20),
         "Independence Day", "2024-12-16"),
        ("Uzbekistan's Independence Day", date(2024, 9, 10), "Independence Day", "2024-09-01"),
        ("the Republic Day reception in Ankara", date(2024, 11, 6),
         "Republic Day", "2024-10-29"),
        ("the Victory Day parade in Moscow", date(2024, 11, 6), "Victory Day", "2024-05-09"),
        ("an Independence Day parade", date(2024, 11, 6), "Independence Day", "XXXX-XX-XX"),
    ],
)  # fmt: skip
def test_holidays(text: str, dct: date, span: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == [(span, value)]


def test_a_lunar_holiday_can_fall_twice_in_one_year() -> None:
    assert days_in_year("Eid al-Fitr", 2000, None) == [date(2000, 1, 8), date(2000, 12, 27)]


def test_a_country_day_without_a_country_has_no_rule() -> None:
    assert days_in_year("Independence Day", 2024, None) is None
    assert days_in_year("Independence Day", 2024, "TJ") == [date(2024, 9, 9)]


def test_names_in_running_text_are_not_holidays() -> None:
    # names are matched case-sensitively: "Eastern" and "a good Friday" are not holidays
    found = tag("Eastern Europe saw a good Friday.", date(2024, 11, 6))
    assert [(t.text, t.value) for t in found] == [("Friday", "2024-11-01")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the country's forms come from data/countries.yaml, ASCII spellings included
        ("Turkiye marked Republic Day", "2024-10-29"),
        ("Nur-Sultan hosted the Independence Day reception", "2024-12-16"),
        ("the Kremlin's Victory Day parade", "2024-05-09"),
    ],
)
def test_the_country_of_a_day_is_named_as_the_gazetteer_names_it(text: str, value: str) -> None:
    found = tag(text, date(2024, 12, 20))
    assert [t.value for t in found] == [value]


def test_the_country_words_are_read_on_the_first_country_day_only() -> None:
    code = (
        "import timeline.temporal\n"
        "from timeline.temporal import holidays\n"
        "assert holidays._countries.cache_info().currsize == 0\n"
        "timeline.temporal.tag('Kazakhstan marked its Independence Day')\n"
        "assert holidays._countries.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_holiday_country_that_countries_yaml_lacks_is_a_data_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lists = parse_word_lists(
        b"holidays: {christmas: fixed 12-25}\n"
        b"country_holidays: {independence day: {QQ: fixed 01-01}}\n"
        b"other_casings: [Eid]\n",
        "holidays.yaml",
        {"holidays": "values", "country_holidays": "by_code", "other_casings": "names"},
    )
    monkeypatch.setattr(holidays, "_LISTS", lists)
    holidays._countries.cache_clear()
    try:
        with pytest.raises(
            DataError, match=r"holidays.yaml: country_holidays.independence day.QQ 'QQ' is not a co"
        ):
            holidays.country_near("in Astana", 0, 2, (0, 9))
    finally:
        holidays._countries.cache_clear()
