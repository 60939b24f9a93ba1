"""Organizations named without their name (issue #12): "the organization", "Forum Leaders".

Sentences from the dev split and corpus-extra (docs/gazetteer.md).
"""

from __future__ import annotations

from timeline.gazetteer import find_actors, organization_references, organizations
from timeline.gazetteer.actors import aliases_data


def references(text: str) -> list[tuple[str, str]]:
    found = organization_references(text, 0, len(text), find_actors(text))
    return [(r.text, r.id) for r in found]


def test_a_common_noun_is_the_organization_named_last() -> None:
    text = (
        "Erdoğan will attend the 15th Summit of Heads of Member States of the Economic "
        "Cooperation Organization (ECO). During his visit he will hand over the term presidency "
        "of the organization to Berdimuhamedov."
    )
    assert references(text) == [("the organization", "ECO")]


def test_a_head_noun_is_the_organization_whose_name_holds_it() -> None:
    text = (
        "Pacific Islands Forum Leaders have reaffirmed their commitment. The 2018 Forum Leaders "
        "Communique commits the Forum to working for sustainable development."
    )
    assert references(text) == [("Forum", "PIF"), ("Forum", "PIF")]


def test_a_head_noun_after_another_name_is_no_reference() -> None:
    text = (
        "after the 8th summit of the Organization of Turkic States, Erdoğan took part in the "
        "second meeting of the high-level Uzbek-Turkish Strategic Cooperation Council. The second "
        "meeting of the Council was supposed to adjust the current problems. The Ministerial "
        "Council praised the Kingdom."
    )
    assert references(text) == []


def test_nothing_is_referred_to_before_an_organization_is_named() -> None:
    assert references("The bloc met in Jakarta. ASEAN leaders agreed.") == []


def test_every_head_noun_heads_some_organization_and_no_phrase_is_a_name() -> None:
    data = aliases_data()["organization_references"]
    words = {w for o in organizations().values() for n in (o.name, *o.aliases) for w in n.split()}
    assert set(data["heads"]) <= words
    for phrase in data["common"]:
        assert phrase == phrase.lower() and not find_actors(phrase), phrase
