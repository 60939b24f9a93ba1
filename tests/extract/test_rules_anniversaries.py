"""The event an anniversary counts from (timeline.extract.anniversaries).

"the 30th anniversary of the establishment of diplomatic relations between Austria and
Croatia", told in 2022, dates relations established in 1992: the anniversary's year (the
one the text gives it, else the publication year) minus its ordinal. The sentences are
real news sentences of the tuning splits (tests/data/extraction).
"""

from __future__ import annotations

import re
from pathlib import Path

from timeline.model import Event

from .conftest import article_events

#: The evidence of a counted event: the anniversary's span, from its ordinal, or the
#: sentence that holds it when a rule's trigger tells the counted act (then the sentence's
#: other acts, of the page's year, are not counted ones).
_SPAN = re.compile(
    r"\w+ (?:founding )?anniversary (?:(?:next|this|last) month )?of ", re.IGNORECASE
)


def _counted(found: list[Event]) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (e.kind.value, e.date.value, e.countries, e.organizations)
        for e in found
        if any(
            _SPAN.search(s.quote) and s.published and e.date.start.year < s.published.year
            for s in e.sources
        )
    ]


def test_relations_counted_from_this_year(tmp_path: Path) -> None:
    body = (
        "This year marks the 30th anniversary of the establishment of diplomatic relations "
        "between Austria and Croatia."
    )
    found = article_events(tmp_path, body, "2022-06-02")
    assert _counted(found) == [("other", "1992", ["AT", "HR"], [])]
    assert any(s.quote.startswith("30th anniversary of the") for e in found for s in e.sources)


def test_last_years_anniversary_counts_from_the_year_before(tmp_path: Path) -> None:
    body = (
        "Minister Iwaya stated that Japan and Palau have a special relationship, making "
        "special note of last year's 30th anniversary of the establishment of diplomatic "
        "relations between Japan and the Republic of Palau."
    )
    found = article_events(tmp_path, body, "2025-01-10")
    assert _counted(found) == [("other", "1994", ["JP", "PW"], [])]


def test_the_year_the_text_gives_the_anniversary(tmp_path: Path) -> None:
    body = (
        "Political consultations between the Foreign Ministries of Mongolia and Turkey were "
        "held in Ankara on 19 December 2017. Also, issues concerning the celebration of the "
        "50th anniversary of the establishment of the diplomatic relations between the two "
        "countries in 2019 were on the agenda."
    )
    found = article_events(tmp_path, body, "2017-12-24")
    assert [(k, d) for k, d, _, _ in _counted(found)] == [("other", "1969")]
    assert {"MN", "TR"} <= set(_counted(found)[0][2])


def test_a_states_independence(tmp_path: Path) -> None:
    body = (
        "On Friday, August 27, President of Ukraine Volodymyr Zelensky will visit Chisinau on "
        "the occasion of the 30th anniversary of Moldova's independence and hold bilateral "
        "talks with President Maia Sandu."
    )
    found = article_events(tmp_path, body, "2021-08-25")
    assert ("other", "1991", ["MD"], []) in _counted(found)


def test_a_treaty_and_an_independence_of_one_sentence(tmp_path: Path) -> None:
    body = (
        '"Jacinda Ardern came with her delegation in August last year to commemorate not only '
        "the 60th Anniversary of our independence but also the 60th Anniversary of the Treaty "
        'of Friendship between Samoa and New Zealand," the Samoan Prime Minister said.'
    )
    found = article_events(tmp_path, body, "2023-02-15")
    counted = _counted(found)
    assert ("signing", "1962", ["NZ", "WS"], []) in counted
    assert any(k == "other" and d == "1962" for k, d, _, _ in counted)


def test_an_organizations_founding(tmp_path: Path) -> None:
    body = (
        "This year marks the 60th anniversary of the establishment of the Benelux Economic "
        "Union, which broadened and strengthened cooperation between the Netherlands, "
        "Luxembourg and Belgium."
    )
    found = article_events(tmp_path, body, "2018-10-16")
    assert ("founding", "1958", [], ["BENELUX"]) in _counted(found)


def test_a_founding_anniversary_takes_the_documents_pair(tmp_path: Path) -> None:
    body = (
        "Singaporean Prime Minister Lee Hsien Loong held talks with Vietnamese Prime Minister "
        "Pham Minh Chinh in Hanoi on Tuesday. It is also among a wide range of activities in "
        "celebration of the 50th founding anniversary of bilateral diplomatic ties."
    )
    found = article_events(tmp_path, body, "2023-08-29")
    counted = _counted(found)
    assert [(k, d) for k, d, _, _ in counted] == [("other", "1973")]
    assert {"SG", "VN"} <= set(counted[0][2])


def test_not_when_the_text_dates_the_counted_event(tmp_path: Path) -> None:
    body = (
        "In acknowledgement of the 50th Anniversary of the signing of the Treaty of "
        "Chaguaramas in 1973, it was agreed that Trinidad and Tobago would host the meeting."
    )
    found = article_events(tmp_path, body, "2023-07-06")
    # the signing the sentence dates is the rules' (quoted by its sentence), none of the
    # anniversary's own
    assert _counted(found) == [("signing", "1973", ["TT"], [])]
    assert not any(_SPAN.match(s.quote) for e in found for s in e.sources)


def test_not_the_anniversary_summit(tmp_path: Path) -> None:
    body = (
        "Alexander Lukashenko and Nursultan Nazarbayev agreed to meet during the anniversary "
        "summit of the Eurasian Economic Union, which will be held in Astana in May this year."
    )
    assert _counted(article_events(tmp_path, body, "2019-03-01")) == []


def test_a_treaty_on_relations_is_a_signing(tmp_path: Path) -> None:
    body = (
        "This year marks the 25th Anniversary of the signing of the Treaty on Friendly "
        "Relations and Cooperation between the Republic of Kazakhstan and Mongolia."
    )
    found = article_events(tmp_path, body, "2018-06-11")
    assert _counted(found) == [("signing", "1993", ["KZ", "MN"], [])]


def test_a_year_far_after_the_phrase_is_another_acts(tmp_path: Path) -> None:
    body = (
        "Paraguayan President Santiago Peña will visit Bolivia this week. Peña's trip comes "
        "on the 89th anniversary of the agreement that put an end to the Chaco War between "
        "the two countries and rekindles a similar trip by then-Paraguayan President Mario "
        "Abdo Benítez to the town of Villamontes in June 2022."
    )
    found = article_events(tmp_path, body, "2024-06-12")
    signings = [(k, d) for k, d, _, _ in _counted(found) if k == "signing"]
    assert signings == [("signing", "1935")]


def test_a_partnership_of_the_same_sentence(tmp_path: Path) -> None:
    body = (
        "Singaporean Prime Minister Lee Hsien Loong held talks with Vietnamese Prime Minister "
        "Pham Minh Chinh in Hanoi on Tuesday. It is also among a wide range of activities in "
        "celebration of the 50th founding anniversary of bilateral diplomatic ties and the "
        "10th anniversary of the strategic partnership."
    )
    found = article_events(tmp_path, body, "2023-08-29")
    assert sorted(d for _, d, _, _ in _counted(found)) == ["1973", "2013"]


def test_next_month_told_in_december_is_next_years_anniversary(tmp_path: Path) -> None:
    """A constructed sentence (the review's case): "next month" crosses the year as "next
    year" does; told in November it stays in the publication year (and the month is the
    counted event's too)."""
    body = (
        "Next month marks the 30th anniversary of the establishment of diplomatic relations "
        "between Austria and Croatia."
    )
    december, november = tmp_path / "december", tmp_path / "november"
    december.mkdir()
    november.mkdir()
    assert _counted(article_events(december, body, "2023-12-10")) == [
        ("other", "1994-01", ["AT", "HR"], [])
    ]
    assert _counted(article_events(november, body, "2023-11-10")) == [
        ("other", "1993-12", ["AT", "HR"], [])
    ]


def test_an_invasion_that_names_its_sides(tmp_path: Path) -> None:
    """The example of anniversary_words.yaml's ``conflicts`` (constructed)."""
    body = (
        "Leaders gathered in Kyiv to mark the second anniversary of Russia's full-scale "
        "invasion of Ukraine."
    )
    found = article_events(tmp_path, body, "2024-02-24")
    assert _counted(found) == [("conflict", "2022", ["RU", "UA"], [])]


def test_the_month_told_with_the_anniversary_is_the_counted_events(tmp_path: Path) -> None:
    """test-av: "next month" dates the anniversary, and so the counted event, to the month
    (the gold lists the relations of August 1992)."""
    body = (
        "He did not elaborate on the schedule. Seoul and Beijing commemorate the 30th "
        "anniversary of establishing their diplomatic relations next month."
    )
    assert _counted(article_events(tmp_path, body, "2022-07-09")) == [
        ("other", "1992-08", ["CN", "KR"], [])
    ]


def test_the_month_between_anniversary_and_of(tmp_path: Path) -> None:
    """test-r: "The 40th anniversary next month of a friendship treaty" (sides from the
    sentence)."""
    body = (
        "The 40th anniversary next month of a friendship treaty between the former foes would "
        "provide a symbolic occasion for Abe to visit China, which would make him the first "
        "Japanese leader to do so in seven years."
    )
    counted = _counted(article_events(tmp_path, body, "2018-09-12"))
    assert [(k, d) for k, d, _, _ in counted] == [("signing", "1978-10")]
    assert {"CN", "JP"} <= set(counted[0][2])


def test_the_day_it_was_marked_on_told_again(tmp_path: Path) -> None:
    """test-h: the relations' anniversary told twice, the second time with the day it "was
    marked on": one counted event, on that day (the gold's 1992-10-22)."""
    body = (
        "Putin and Tokayev signed a declaration on the 30th anniversary of diplomatic "
        "relations between the two countries. Tokayev added that the visit is also symbolic "
        "in the context of the 30th anniversary of diplomatic relations between Russia and "
        "Kazakhstan, which was marked on October 22."
    )
    found = article_events(tmp_path, body, "2022-11-28")
    assert [(k, d, c) for k, d, c, _ in _counted(found)] == [("other", "1992-10-22", ["KZ", "RU"])]


def test_a_day_the_month_does_not_have_keeps_the_month(tmp_path: Path) -> None:
    """A typo ("June 31") or a leap day of a common year is no crash of the whole run
    (review25 finding 21): the counted event keeps the month."""
    body = (
        "China and South Korea celebrated the 30th anniversary of diplomatic relations, "
        "which was marked on June 31."
    )
    found = article_events(tmp_path, body, "2022-09-01")
    assert [(k, d, c) for k, d, c, _ in _counted(found)] == [("other", "1992-06", ["CN", "KR"])]
    leap = (
        "Armenia and Georgia marked the 31st anniversary of diplomatic relations, "
        "which was marked on February 29."
    )
    (tmp_path / "leap").mkdir()
    found = article_events(tmp_path / "leap", leap, "2024-03-01")
    assert [(k, d, c) for k, d, c, _ in _counted(found)] == [("other", "1993-02", ["AM", "GE"])]


# The act an anniversary counts from, told by a rule's trigger inside the counted phrase,
# is dated by the count (fortieth pass): before, the trigger took the
# sentence's date, and the document carried the act twice (the anniversary's year and
# today's) or once with today's date.


def _by_kind(found: list[Event], kind: str) -> list[tuple[str, list[str]]]:
    return [(e.date.value, e.countries) for e in found if e.kind.value == kind]


def test_a_visit_an_anniversary_counts_is_ten_years_back(tmp_path: Path) -> None:
    body = (
        "Chinese Premier Li Qiang arrived in Canberra on Saturday for talks that coincide "
        "with the 10th anniversary of President Xi Jinping's state visit to Australia."
    )
    found = article_events(tmp_path, body, "2024-06-15")
    visits = _by_kind(found, "visit")
    assert ("2014", ["AU", "CN"]) in visits
    assert any(d == "2024-06-15" for d, _ in visits)  # Li's own visit stays
    counted = next(e for e in found if e.kind.value == "visit" and e.date.value == "2014")
    # its sides are those the counted phrase names: not Li Qiang, who came in 2024
    assert "li-qiang" not in {p.id for p in counted.participants}


def test_a_coup_an_anniversary_counts_takes_the_anniversarys_day(tmp_path: Path) -> None:
    body = (
        "Argentine President Alberto Fernandez travelled to Santiago on Sunday to attend "
        "events marking the 50th anniversary of the military coup on September 11."
    )
    found = article_events(tmp_path, body, "2023-09-12")
    assert [d for d, _ in _by_kind(found, "other")] == ["1973-09-11"]


def test_a_signing_counted_is_told_once(tmp_path: Path) -> None:
    body = (
        "The meeting coincided with the 40th anniversary of the signing of the treaty of "
        "friendship and cooperation between Spain and Portugal."
    )
    found = article_events(tmp_path, body, "2018-11-21")
    assert _by_kind(found, "signing") == [("1978", ["ES", "PT"])]


def test_an_act_after_the_counted_phrase_keeps_its_date(tmp_path: Path) -> None:
    body = (
        "President of Ukraine Volodymyr Zelensky will visit Chisinau on the occasion of the "
        "30th anniversary of Moldova's independence and hold bilateral talks with President "
        "Maia Sandu on Friday, August 27."
    )
    found = article_events(tmp_path, body, "2021-08-26")
    meetings = _by_kind(found, "meeting")
    assert meetings and all(d == "2021-08-27" for d, _ in meetings)


def test_a_gathering_subject_after_the_phrase_is_not_counted(tmp_path: Path) -> None:
    body = (
        "This year marks the 18th anniversary of the establishment of FOCAC and the forum "
        "has become a model of South-South cooperation, Wang said in Beijing on Sunday."
    )
    found = article_events(tmp_path, body, "2018-09-02")
    assert all(d != "2000" for d, _ in _by_kind(found, "forum"))


def test_an_act_told_by_the_years_since_it(tmp_path: Path) -> None:
    """sahel_24 (test-n): "a year after the Pau summit" is the Pau summit of the year before."""
    body = (
        "The works of the extended summit between the G5 Sahel group and members of the "
        "coalition for Sahel has started today in the palace of conventions in N'Djamena, "
        "with the presence of the President of the Republic, Mr. Mohamed Ould Cheikh El "
        "Ghazouani, leaders of the G5 Sahel group, and the French President, who is "
        "participating via videoconference.\n\n"
        "The summit discusses the four pillars of the alliance for Sahel which are based on "
        "the fight against terrorism, reinforcing the capabilities of security and defense "
        "units in G5 Sahel group, restoration of state authority to areas where it is absent, "
        "and supporting of development in the Sahel.\n\n"
        "This one-day summit comes a year after the Pau summit, which led to military "
        "reinforcement in the three-border region between Mali, Niger, and Burkina Faso."
    )
    found = article_events(tmp_path, body, "2021-02-16")
    assert "2020" in [e.date.value for e in found if e.kind.value == "summit"]


def test_no_count_of_years_where_the_sentence_gives_a_year(tmp_path: Path) -> None:
    """francophonie (test-ad): the count's anchor is 1991, not the page's year."""
    body = (
        "France has not hosted a Francophonie summit since 1991, five years after the first "
        "meeting of this type in Versailles under the leadership of Francois Mitterrand."
    )
    found = article_events(tmp_path, body, "2022-11-20")
    assert all(e.date.value != "2017" for e in found)


def test_a_counted_act_frames_no_act_of_today(tmp_path: Path) -> None:
    """maghreb_27 (test-aj): the 12th session is not dated by the last one, eight years back."""
    body = (
        "On the occasion of the Moroccan-Spanish High Level Meeting (HLM) in Rabat on February "
        "1 and 2, HM King Mohamed VI had a telephone conversation with His Excellency Mr. Pedro "
        "Sanchez, President of the Spanish Government.\n\n"
        "It is in this context that His Majesty the King welcomed the holding in Rabat of the "
        "12th session of the Moroccan-Spanish High Level Meeting, eight years after the last "
        "session of this institutional mechanism."
    )
    found = article_events(tmp_path, body, "2023-02-02")
    dates = sorted(e.date.value for e in found if e.kind.value == "meeting")
    assert dates[0] == "2015"  # the last session
    assert all(d != "2015" for d in dates[1:])  # the 12th is of the page's days
