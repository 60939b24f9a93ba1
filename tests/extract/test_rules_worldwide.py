"""Rules for the classes of issue #12 outside the seed region, from real-style sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Event

from .conftest import article_events as events


def actors(e: Event) -> set[str]:
    return {p.id for p in e.participants if p.type.value != "person"} | {
        p.country for p in e.participants if p.country
    }


@pytest.mark.parametrize(
    ("body", "kind", "value", "codes"),
    [
        ("Guinean President Alpha Conde was elected the new chairperson of the African Union "
         "on Monday.", "other", "2023-03-20", {"GN", "AFU"}),
        ("Argentina handed over the CELAC pro tempore presidency to Saint Vincent and the "
         "Grenadines on January 24, 2023.", "other", "2023-01-24", {"AR", "CELAC", "VC"}),
        ("Bahrain and Qatar agreed on April 12, 2023 to restore diplomatic relations.",
         "other", "2023-04-12", {"BH", "QA"}),
        ("The UAE and Qatar reopened their embassies on June 19, 2023.",
         "other", "2023-06-19", {"AE", "QA"}),
        ("Kosovo declared independence from Serbia in 2008.", "other", "2008", {"XK", "RS"}),
        ("Pacific Islands Forum leaders endorsed the Boe Declaration on regional security in "
         "September 2018.", "adoption", "2018-09", {"PIF"}),
        ("The 22nd meeting of the Council of Heads of State of the SCO was held in Samarkand on "
         "September 16, 2022.", "summit", "2022-09-16", {"SCO"}),
        ("The military seized power in Niger on July 26, 2023.", "other", "2023-07-26", {"NE"}),
    ],
)  # fmt: skip
def test_kinds_outside_the_seed_lexicon(
    tmp_path: Path, body: str, kind: str, value: str, codes: set[str]
) -> None:
    found = [e for e in events(tmp_path, body) if e.kind.value == kind]
    assert found, [(e.kind.value, e.date.value) for e in events(tmp_path, body)]
    assert found[0].date.value == value
    assert codes <= actors(found[0])


def test_a_summit_from_one_day_to_the_next(tmp_path: Path) -> None:
    body = ("The 32nd Ordinary Session of the Assembly of the African Union took place in "
            "Addis Ababa from February 10-11.")  # fmt: skip
    summit = next(e for e in events(tmp_path, body, "2019-02-12") if e.kind.value == "summit")
    assert (summit.date.start.isoformat(), summit.date.end.isoformat()) == (
        "2019-02-10",
        "2019-02-11",
    )


@pytest.mark.parametrize(
    ("body", "published", "held"),
    [
        # pmc.gov.au, the 53rd Pacific Islands Forum Leaders' Meeting (2024)
        ("From 27 to 29 August, Prime Minister Anthony Albanese attended the 53rd Pacific "
         "Islands Forum Leaders' Meeting in Tonga.", "2024-08-30", "2024-08-27/2024-08-29"),
        # test-bc's Arctic Council release (2023)
        ("From 13-15 June 2023, the Norwegian Chairship hosted a first meeting with the Chairs "
         "and Secretariats of the Arctic Council's six Working Groups.", "2023-06-20",
         "2023-06-13/2023-06-15"),
    ],
)  # fmt: skip
def test_a_range_opening_its_sentence_dates_the_act(
    tmp_path: Path, body: str, published: str, held: str
) -> None:
    # "From" with its capital, as it opens the sentence, is the same span word as "from"
    found = events(tmp_path, body, published)
    assert found and {e.date.value for e in found} == {held}


def test_a_background_date_in_a_relative_clause_dates_nothing_else(tmp_path: Path) -> None:
    body = (
        # (the sides are named outside the "amid" phrase, whose actors are no participants)
        "The leaders of Saudi Arabia and Qatar met in Al-Ula on Tuesday for their annual summit "
        "amid a breakthrough in "
        "the dispute between a Saudi-led bloc and Qatar that started in June 2017."
    )
    found = events(tmp_path, body, "2021-01-06")
    assert found and all(e.date.value != "2017-06" for e in found)


def test_the_summit_is_the_named_summit(tmp_path: Path) -> None:
    body = (
        "Leaders of the Gulf Cooperation Council met in Al-Ula on January 5, 2021 for the 41st "
        "GCC summit. The summit on Tuesday ended with a declaration of solidarity."
    )
    summits = [e for e in events(tmp_path, body, "2021-01-06") if e.kind.value == "summit"]
    assert len(summits) == 1
    assert "GCC" in actors(summits[0]) and len(summits[0].sources) == 2


def test_an_event_nobody_takes_part_in_is_not_output(tmp_path: Path) -> None:
    assert events(tmp_path, "The summit on Tuesday ended with a declaration.") == []


def test_receiving_a_counterpart_is_a_visit(tmp_path: Path) -> None:
    body = (
        "Turkish President Recep Tayyip Erdogan received his Egyptian counterpart Abdel Fattah "
        "el-Sisi in the capital Ankara on September 4, 2024."
    )
    visit = next(e for e in events(tmp_path, body, "2024-09-05") if e.kind.value == "visit")
    assert {"EG", "TR"} <= actors(visit) and visit.date.value == "2024-09-04"


def test_a_foreign_minister_arriving_in_a_capital_is_the_visitor(tmp_path: Path) -> None:
    body = (
        "Indonesian Foreign Minister Retno Marsudi arrived in Canberra on February 8, 2023 for "
        "talks with Australian Foreign Minister Penny Wong."
    )
    visit = next(e for e in events(tmp_path, body) if e.kind.value == "visit")
    roles = {p.country or p.id: p.role.value for p in visit.participants}
    assert roles["AU"] == "host"
    assert roles["ID"] == "visitor"
