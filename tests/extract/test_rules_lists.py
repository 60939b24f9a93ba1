"""Elliptical lists (issue #12): one trigger, one event per listed item, each its own date.

Each test is a real dev sentence (docs/history/extraction-log.md, "Fourth pass") that the
code before gave as one event with every listed country.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.dated_spans import DatedSpan
from timeline.extract.lists import dated_items, elliptical_items
from timeline.model import Event, EventDate

from .conftest import article_events as events


def sides(e: Event) -> set[str]:
    return set(e.countries) | set(e.organizations)


def by_date(found: list[Event], kind: str = "other") -> dict[str, set[str]]:
    return {e.date.value: sides(e) for e in found if e.kind.value == kind}


def test_followed_by_items_are_accessions_of_their_own(tmp_path: Path) -> None:
    body = (
        "The ASEAN grew over the years. Brunei Darussalam joined ASEAN in 1984, followed by "
        "Vietnam in 1995, Laos and Myanmar in 1997, and Cambodia in 1999."
    )
    assert by_date(events(tmp_path, body, "2025-10-26")) == {
        "1984": {"BN", "ASEAN"},
        "1995": {"VN", "ASEAN"},
        "1997": {"LA", "MM", "ASEAN"},
        "1999": {"KH", "ASEAN"},
    }


def test_after_items_share_the_object_not_the_subject(tmp_path: Path) -> None:
    body = (
        "Bahrain became the fourth Arab country to establish diplomatic relations with Israel "
        "last Friday after Egypt in 1979, Jordan in 1994 and the UAE in August."
    )
    assert by_date(events(tmp_path, body, "2020-09-15")) == {
        "2020-09-11": {"BH", "IL"},
        "1979": {"EG", "IL"},
        "1994": {"IL", "JO"},
        "2020-08": {"AE", "IL"},
    }


def test_a_date_followed_by_other_words_is_no_list(tmp_path: Path) -> None:
    body = "Brunei Darussalam joined ASEAN in 1984, a year after Vietnam said in 1983 it would."
    (joined,) = [e for e in events(tmp_path, body, "2025-10-26") if e.kind.value == "other"]
    assert joined.date.value == "1984"


def _span(text: str, words: str, value: str) -> DatedSpan:
    start = text.index(words)
    return DatedSpan(start, start + len(words), words, EventDate.from_value(value, None))


class _Actor:
    def __init__(self, text: str, words: str, type_: str = "country") -> None:
        self.start = text.index(words)
        self.end = self.start + len(words)
        self.id = words
        self.type = type_


def test_items_are_countries_or_organizations_joined_by_commas_and_and() -> None:
    text = "X joined Y in 1984, followed by Vietnam in 1995, and Jordan, Laos in 1997."
    dates = [_span(text, w, w) for w in ("1984", "1995", "1997")]
    actors = [_Actor(text, w) for w in ("Vietnam", "Jordan", "Laos")]
    items = elliptical_items(text, dates[0], dates, actors)
    assert [(i.date.text, [a.id for a in i.actors]) for i in items] == [
        ("1995", ["Vietnam"]),
        ("1997", ["Jordan", "Laos"]),
    ]
    person = [_Actor(text, "Vietnam", "person")]
    assert elliptical_items(text, dates[0], dates, person) == []


# A list of dates alone: the act told again, one event per date, its kind and sides
# (docs/history/extraction-log.md, "Twenty-fifth pass: dates"). Real sentences of the tuning sets,
# the first sentence only setting the story; before, each gave the first date alone.


def _dates(found: list[Event], kind: str) -> set[str]:
    return {e.date.value for e in found if e.kind.value == kind}


def test_a_visit_told_twice_by_two_dates(tmp_path: Path) -> None:
    body = (
        '"Kishida will visit Australia from October 21-23, if circumstances permit. '
        "Albanese has already visited Japan twice - in May and in September."
    )
    assert {"2022-05", "2022-09"} <= _dates(events(tmp_path, body, "2022-10-19"), "visit")


def test_a_role_between_the_dates(tmp_path: Path) -> None:
    body = (
        "Georgian Prime Minister Giorgi Gakharia will pay an official visit to Armenia on "
        "October 15. Gaharia visited Yerevan twice: as Minister of Economy of Georgia in June "
        "2017 and as head of the Ministry of Internal Affairs in February 2018."
    )
    assert {"2017-06", "2018-02"} <= _dates(events(tmp_path, body, "2019-10-13"), "visit")


def test_the_next_of_a_series_with_its_verb_and_place(tmp_path: Path) -> None:
    body = (
        "Egyptian President Abdel Fattah Al-Sisi received Saudi Prince Mohamed Salman Bin Abdul "
        "Aziz Al-Seoud in Cairo on Tuesday for the second meeting of the Egyptian-Saudi "
        "Coordination Council. The first meeting took place on 2 December and the third is "
        "expected to be held in Riyadh on 5 January."
    )
    found = [e for e in events(tmp_path, body, "2015-12-15") if e.kind.value == "meeting"]
    third = next(e for e in found if e.date.value == "2016-01-05")
    assert {"EG", "SA"} <= sides(third) and third.status.value == "planned"
    assert "2015-12-02" in {e.date.value for e in found}


def test_an_ordinal_and_a_dash_between_the_dates(tmp_path: Path) -> None:
    body = (
        "The consultative meeting of the leaders of the five Central Asian states will be held "
        "in Kyrgyzstan, in the city of Cholpon-Ata, on July 21. The first summit of the heads "
        "of Central Asian states was held in March 2018 in the capital of Kazakhstan "
        "Nur-Sultan, the second — in November 2019 in Tashkent."
    )
    assert {"2018-03", "2019-11"} <= _dates(events(tmp_path, body, "2022-07-08"), "summit")


def test_dates_in_brackets_after_their_places() -> None:
    text = "since the summits in Dubrovnik (2016), Warsaw (2017) and Tallinn (2020), which"
    dates = [_span(text, w, w) for w in ("2016", "2017", "2020")]
    assert [d.text for d in dated_items(text, dates[0], dates, ())] == ["2017", "2020"]


def test_a_span_another_act_or_a_trigger_between_ends_the_list() -> None:
    text = "The talks were held between 2019 and 2021."
    dates = [_span(text, w, w) for w in ("2019", "2021")]
    assert dated_items(text, dates[0], dates, ()) == []
    text = "Albanese visited Japan in May and signed a pact in September."
    dates = [_span(text, "May", "2022-05"), _span(text, "September", "2022-09")]
    assert dated_items(text, dates[0], dates, (text.index("signed"),)) == []
    text = "Albanese visited Japan in May, when talks on trade opened in September."
    dates = [_span(text, "May", "2022-05"), _span(text, "September", "2022-09")]
    assert dated_items(text, dates[0], dates, ()) == []


def test_the_next_day_or_an_apposition_is_no_act_told_again() -> None:
    text = "The two leaders will meet in Queenstown on Saturday and Sunday."
    dates = [_span(text, "Saturday", "2025-08-09"), _span(text, "Sunday", "2025-08-10")]
    assert dated_items(text, dates[0], dates, ()) == []
    text = "The meetings will take place next Tuesday, July 12: at 09:00 hours he will hold"
    dates = [_span(text, "next Tuesday", "2022-07-19"), _span(text, "July 12", "2022-07-12")]
    assert dated_items(text, dates[0], dates, ()) == []
    text = "adopted at its 840th, 846th and 852nd meetings held, respectively, on 15 April 2019, "
    text += "30 April 2019 and 27 May 2019, as well as"
    dates = [
        _span(text, w, v)
        for w, v in (
            ("15 April 2019", "2019-04-15"),
            ("30 April 2019", "2019-04-30"),
            ("27 May 2019", "2019-05-27"),
        )
    ]
    assert [d.text for d in dated_items(text, dates[0], dates, ())] == [
        "30 April 2019",
        "27 May 2019",
    ]


# A further date that opens a clause of its own tells another act, not the first one again
# (review25 finding 14; constructed sentences, before the fix each gave a copy).
@pytest.mark.parametrize(
    ("body", "kind", "copy"),
    [
        (
            "The foreign ministers of France and Germany met in Paris on Monday, and on "
            "Thursday the two ministers toured the port of Marseille together.",
            "meeting",
            "2024-12-05",
        ),
        (
            "Macron visited China in April, and in November the Chinese economy slowed further.",
            "visit",
            "2024-11",
        ),
        (
            "Blinken visited Beijing in June 2023 in the middle of tensions over Taiwan, and in "
            "April 2024 relations improved.",
            "visit",
            "2024-04",
        ),
    ],
)
def test_a_date_that_opens_the_next_clause_is_no_act_told_again(
    tmp_path: Path, body: str, kind: str, copy: str
) -> None:
    assert copy not in _dates(events(tmp_path, body, "2024-12-06"), kind)


def test_the_place_after_the_first_date_is_capitalized() -> None:
    text = "Blinken visited Beijing in June 2023 in the middle of tensions, and in April 2024."
    dates = [_span(text, "June 2023", "2023-06"), _span(text, "April 2024", "2024-04")]
    assert dated_items(text, dates[0], dates, ()) == []
    text = "Blinken visited Beijing in June 2023 in the Republic of Korea, and in April 2024."
    dates = [_span(text, "June 2023", "2023-06"), _span(text, "April 2024", "2024-04")]
    assert [d.text for d in dated_items(text, dates[0], dates, ())] == ["April 2024"]


def test_then_and_a_place_with_its_country_between_the_dates(tmp_path: Path) -> None:
    """Thirty-fifth pass: "in 2018 in Astana, Kazakhstan, then in 2019 in Tashkent, ...":
    each date its meeting, at the place written after it (or none), not the first's."""
    body = (
        "The leaders of the five Central Asian states will meet in Dushanbe in September. "
        "Their consultative meeting was held for the first time in 2018 in Astana, "
        "Kazakhstan, then in 2019 in Tashkent, in 2021 in Turkmenistan and in 2022 in "
        "Kyrgyzstan."
    )
    found = [e for e in events(tmp_path, body, "2023-08-30") if e.kind.value == "meeting"]
    places = {e.date.value: e.location.name if e.location else None for e in found}
    assert {"2018", "2019", "2021", "2022"} <= set(places)
    assert places["2018"] == "Astana" and places["2019"] == "Tashkent"
    assert places["2021"] is None and places["2022"] is None
    titles = {e.date.value: e.title for e in found}
    assert "Astana" not in titles["2019"] + titles["2021"] + titles["2022"]


def test_a_place_before_the_list_stays_every_dates(tmp_path: Path) -> None:
    body = (
        "Uzbekistan and Kazakhstan held talks in Tashkent in March 2019 and in June 2021, "
        "the ministry said."
    )
    found = [e for e in events(tmp_path, body, "2023-08-30") if e.kind.value == "meeting"]
    places = {e.date.value: e.location.name if e.location else None for e in found}
    assert places.get("2019-03") == "Tashkent" and places.get("2021-06") == "Tashkent"


# Forty-sixth pass: a list joined by semicolons, each date after its place; and an act the
# event detector reads (no rule's trigger) told again at each date of its list. Sentences
# of our own, in the manner of test-p's and test-e's.
def test_a_list_joined_by_semicolons_each_date_after_its_place(tmp_path: Path) -> None:
    body = (
        "Three presidential meetings have been held between Peru and Colombia: in Iquitos on "
        "September 30, 2014; in Medellin on October 30, 2015; and in Arequipa on January 27, "
        "2017."
    )
    found = [e for e in events(tmp_path, body, "2022-01-13") if e.kind.value == "meeting"]
    places = {e.date.value: e.location.name if e.location else None for e in found}
    assert places == {
        "2014-09-30": "Iquitos",
        "2015-10-30": "Medellín",
        "2017-01-27": "Arequipa",
    }, places
    assert all({"PE", "CO"} <= sides(e) for e in found)


def test_a_detected_act_told_again_at_each_date_of_its_list(tmp_path: Path) -> None:
    body = "Indonesia has held the ASEAN chairmanship four times - in 1976, 1996, 2011 and 2023."
    found = [e for e in events(tmp_path, body, "2024-10-14") if e.kind.value == "other"]
    assert {e.date.value for e in found} == {"1976", "1996", "2011", "2023"}, found
    assert all({"ID", "ASEAN"} <= sides(e) for e in found)
