"""An official the text names by office alone, whose country neither the tables nor the
sentence tell ("Foreign Minister Nikos Dendias was in Malta"), acts for the country the
document names most among those the trigger's sentence does not name and the event does
not hold, and so does a state's office alone after "the" ("The Prime Minister met UN
Secretary-General Antonio Guterres") whose holder the text does not tell
(:func:`timeline.extract.participant_choice.countryless_official_home`;
docs/history/extraction-log.md, "Twenty-seventh pass: participants"). The sentences are the tuning
sets' (the article named).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from timeline.extract.participant_choice import (
    DocumentActors,
    choosing,
    countryless_official_home,
)
from timeline.gazetteer import find_actors

from .conftest import article_events

# test-an, east-med_04 (gold: a visit of GR and MT on 2020-02-05)
DENDIAS = (
    "Foreign Minister Nikos Dendias was in Malta on Wednesday, where he will meet with "
    "Malta's President George Vella.\n\n"
    "The talks will focus on issues of bilateral interest, such as the migration/refugees "
    "issue and the latest regional developments, said a Greek foreign ministry announcement."
)

# test-ba, nordic_54 (gold: a visit of FI and SE on 2015-06-08)
SIPILA = (
    "Prime Minister Juha Sipilä has made the first visit of his term of office to Sweden on "
    "Monday 8 June.\n\n"
    "- Finland and Sweden are the most important partners to each other."
)


def _sides(found: list, kind: str, value: str) -> list[set[str]]:
    return [
        set(e.countries) | set(e.organizations)
        for e in found
        if e.kind.value == kind and e.date.value == value
    ]


def test_the_foreign_minister_in_malta_is_greek(tmp_path: Path) -> None:
    found = article_events(tmp_path, DENDIAS, "2020-02-05")
    assert any({"GR", "MT"} <= s for s in _sides(found, "visit", "2020-02-05"))


def test_the_prime_minister_visiting_sweden_is_finnish(tmp_path: Path) -> None:
    found = article_events(tmp_path, SIPILA, "2015-06-08")
    assert any({"FI", "SE"} <= s for s in _sides(found, "visit", "2015-06-08"))


def test_the_rule_is_the_choice_s_not_the_rules_alone(tmp_path: Path) -> None:
    # read after the shipped chooser (chosen_sides): without a chooser, the rules'
    # sides stand, Malta only
    with choosing(None):
        found = article_events(tmp_path, DENDIAS, "2020-02-05")
    assert not any("GR" in s for s in _sides(found, "visit", "2020-02-05"))


def test_an_organization_s_official_takes_no_country() -> None:
    text = "UN Secretary-General Antonio Guterres arrived in Malta on Wednesday."
    actors = find_actors(text)
    document = DocumentActors((), (), Counter({"UN": 1, "MT": 1, "GR": 1}), actors)
    assert countryless_official_home(text, (0, len(text)), actors, document, {"UN", "MT"}) is None


def test_an_official_of_known_country_takes_none() -> None:
    text = "Greek Foreign Minister Nikos Dendias was in Malta on Wednesday."
    actors = find_actors(text)
    document = DocumentActors((), (), Counter({"GR": 1, "MT": 1, "IT": 2}), actors)
    assert countryless_official_home(text, (0, len(text)), actors, document, {"GR", "MT"}) is None


def test_the_countries_the_sentence_names_are_not_the_official_s() -> None:
    text = "Foreign Minister Nikos Dendias was in Malta on Wednesday."
    actors = find_actors(text)
    # Malta is named most, but in the sentence: the official's is the next one
    body = find_actors("Malta, Malta, Malta and the Greek envoy.")
    document = DocumentActors((), (), Counter({"MT": 3, "GR": 1}), body)
    assert countryless_official_home(text, (0, len(text)), actors, document, set()) == "GR"


# review27 finding 22: a company's or union's head, the office after a capitalised word
# the gazetteer does not know, acts for no country (the reviewer's articles, shortened)
CARMAKER = (
    "U.S. tariffs on Mexican cars worry carmakers. The United States and Mexico are "
    "talking. Toyota President Akio Toyoda met Chinese Premier Li Qiang in Beijing on Monday."
)
UNION = (
    "Britain and France are at odds over fishing. British trawlers sailed on Sunday. "
    "Unite chairman Sharon Graham met Irish Prime Minister Simon Harris in Dublin on Monday."
)


def test_a_company_s_president_is_no_state_s(tmp_path: Path) -> None:
    found = article_events(tmp_path, CARMAKER, "2024-06-04")
    assert not any("US" in s or "MX" in s for s in _sides(found, "meeting", "2024-06-03"))


def test_a_union_s_chairman_is_no_state_s(tmp_path: Path) -> None:
    found = article_events(tmp_path, UNION, "2024-06-04")
    assert not any("GB" in s or "FR" in s for s in _sides(found, "meeting", "2024-06-03"))


def test_only_a_state_s_office_first_in_its_phrase_counts() -> None:
    text = "Toyota President Akio Toyoda met the press on Monday."
    actors = find_actors(text)
    body = find_actors("The United States and Mexico, the United States.")
    document = DocumentActors((), (), Counter({"US": 2, "MX": 1}), body)
    assert countryless_official_home(text, (0, len(text)), actors, document, set()) is None
    text = "Unite chairman Sharon Graham met the press on Monday."
    actors = find_actors(text)
    assert countryless_official_home(text, (0, len(text)), actors, document, set()) is None
    text = "On Monday, the Prime Minister Juha Sipila met the press."
    actors = find_actors(text)
    body = find_actors("Finland, Finland and Sweden.")
    document = DocumentActors((), (), Counter({"FI": 2, "SE": 1}), body)
    assert countryless_official_home(text, (0, len(text)), actors, document, set()) == "FI"


# test-av, un_35 (a UK government readout; gold: a meeting of GB and the UN on 2019-09-24)
GUTERRES = (
    "The Prime Minister met UN Secretary-General Antonio Guterres today at the General "
    "Assembly.\n\n"
    "They discussed efforts to tackle climate change and the Secretary-General welcomed "
    "the UK's leadership on this agenda.\n\n"
    "More broadly the Secretary-General thanked the Prime Minister for the UK's continued "
    "strong support for the work of the United Nations."
)

# test-ax, nordic_52 (gold: a meeting of FI, GB and SE on 2023-02-18)
KRISTERSSON = (
    "The Prime Minister met Swedish Prime Minister Ulf Kristersson and Finnish President "
    "Sauli Niinisto in Munich today.\n\n"
    "He underscored the UK's unwavering support for Sweden and Finland's accession to NATO. "
    "The Prime Minister was clear that a NATO with Sweden and Finland in it will be "
    "stronger."
)


def test_the_prime_minister_alone_acts_for_the_story_s_country(tmp_path: Path) -> None:
    found = article_events(tmp_path, GUTERRES, "2019-09-24")
    assert any({"GB", "UN"} <= s for s in _sides(found, "meeting", "2019-09-24"))


def test_the_office_alone_is_not_the_counterpart_the_sentence_names(tmp_path: Path) -> None:
    # the headline names Kristersson "Prime Minister" first: the office alone of the
    # body is no copy of him, whom the same sentence names as the other side
    headline = "PM meeting with Prime Minister Kristersson of Sweden: 18 February 2023\n\n"
    found = article_events(tmp_path, headline + KRISTERSSON, "2023-02-18")
    assert any({"FI", "GB", "SE"} <= s for s in _sides(found, "meeting", "2023-02-18"))
