"""Organizations named without their name (issue #12): "the organization", "Forum Leaders".

Sentences from the dev split and corpus-extra (docs/gazetteer.md).
"""

from __future__ import annotations

import pytest

from timeline.gazetteer import (
    ActorMention,
    find_actors,
    organization_references,
    organizations,
)
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


def _bodies(text: str) -> list[tuple[str, str]]:
    return [(t, code) for t, code in references(text) if code in ("UNSC", "UNGA")]


def test_a_body_named_alone_in_a_text_about_its_organization() -> None:
    # sentences of test-p's, test-v's, test-o's and test-t's UN articles, each with a
    # sentence of its article that names the UN or one of its bodies
    assert _bodies(
        "Security Council extends mandate of UN mission in DRC. The Security Council on "
        "Friday unanimously adopted a resolution to extend the mandate of the UN "
        "stabilization mission"
    ) == [("Security Council", "UNSC"), ("Security Council", "UNSC")]
    assert _bodies(
        "The UN Security Council has adopted a resolution almost unanimously. On September "
        "17, the Security Council unanimously adopted Resolution 2596"
    ) == [("Security Council", "UNSC")]
    assert _bodies(
        "Appraising United Nations Global Plan to Combat Trafficking in Persons. With a "
        "spirit of hope on the horizon, the General Assembly today elected Abdulla Shahid"
    ) == [("General Assembly", "UNGA")]
    assert _bodies(
        "In two rounds of voting today, the General Assembly elected Estonia, Niger, Saint "
        "Vincent and the Grenadines, Tunisia and Viet Nam as non-permanent members of the "
        "Security Council for two-year terms. All new Council members will take up a UN seat."
    ) == [("General Assembly", "UNGA"), ("Security Council", "UNSC")]


def test_another_body_of_the_same_name_is_not_the_un_one() -> None:
    # test-b's and test-d's AU articles, test-l's Japanese one, test-u's OAS article:
    # another word of a name or "and" before, "of" after (the UN named beside each)
    un = " The UN said."
    assert (
        _bodies("The AU Peace and Security Council called on all of its member states" + un) == []
    )
    assert (
        _bodies("convened an emergency meeting of the National Security Council (NSC)" + un) == []
    )
    assert (
        _bodies(
            "This was the eleventh time that the General Assembly of the OAS has taken place" + un
        )
        == []
    )
    assert _bodies("The AU’s 15-member Peace and Security Council said on Twitter" + un) == []


def test_a_body_named_alone_without_its_organization_is_nothing() -> None:
    # test-g's BRICS article, its sentence alone (the article names the UN elsewhere)
    text = "Especially highlighting the urgency of reforming the Security Council"
    assert _bodies(text) == []
    assert _bodies(text + ", the United Nations") == [("Security Council", "UNSC")]


# An organization named by its members' count and a noun (forty-fifth pass): "the
# 15-member council" after the UN Security Council, "the 27-nation bloc" after the EU.


def test_a_counted_noun_is_the_organization_named_before_whose_name_holds_it() -> None:
    text = (
        "The UN Security Council approved a force for Somalia, the U.N. said. The 15 member "
        "council met last Tuesday."
    )
    assert references(text) == [("The 15 member council", "UNSC")]


def test_a_counted_noun_skips_an_organization_of_another_size() -> None:
    text = (
        "The African Union and ECOWAS discussed Mali. Mali asked to rejoin the 55-member bloc "
        "and the fifteen-nation bloc."
    )
    assert references(text) == [
        ("the 55-member bloc", "AFU"),
        ("the fifteen-nation bloc", "ECOWAS"),
    ]


def test_a_counted_noun_with_no_organization_of_its_size_is_nothing() -> None:
    text = "ECOWAS met in Abuja. Mali asked to rejoin the 55-member bloc."
    assert references(text) == []


def test_a_counted_capitalised_head_is_one_reference() -> None:
    text = "The Gulf Cooperation Council met. The six-nation Council agreed."
    assert references(text) == [("The six-nation Council", "GCC")]


def test_every_count_word_is_a_number() -> None:
    sized = aliases_data()["organization_references"]["sized"]
    assert all(isinstance(v, int) and 1 < v < 100 for v in sized["count_words"].values())


def test_a_counted_reference_looks_back_a_bounded_way(monkeypatch: pytest.MonkeyPatch) -> None:
    # thousands of organizations each followed by a counted reference: each reference weighs
    # the last few named (references._SIZED_REACH), not every one, so the work stays linear
    import timeline.gazetteer.references as module

    weighed = [0]
    real = module._counts

    def counting(code: str, count: int) -> bool:
        weighed[0] += 1
        return real(code, count)

    monkeypatch.setattr(module, "_counts", counting)
    text = "ECOWAS and the 15 member council met. " * 2000
    assert len(references(text)) == 2000
    assert weighed[0] <= 2000 * module._SIZED_REACH


# A summit named by its members' adjective (forty-fifth pass): "the 33rd Arab Summit" is the
# Arab League's, "the 15th Islamic Summit" the OIC's, "the Arab-Islamic summit" both.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders gathered for the 33rd Arab Summit in Baghdad.", [("Arab", "ARABLEAGUE")]),
        ("The 15th Islamic Summit opened in Banjul.", [("Islamic", "OIC")]),
        ("the Amazon Summit in Belem next month", [("Amazon", "ACTO")]),
        (
            "the extraordinary Arab-Islamic summit in Riyadh",
            [("Arab", "ARABLEAGUE"), ("Islamic", "OIC")],
        ),
        ("an Arab businessman attended the summit", []),
        ("the Arab League summit", []),  # the League is named: no reference besides
        ("Islamic summitry", []),
    ],
)
def test_a_summit_named_by_its_members_adjective(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert references(text) == expected


def test_european_parliament_is_the_eu() -> None:
    text = "CETA was approved at the European Parliament's plenary in Strasbourg."
    assert [(m.text, m.id) for m in find_actors(text)] == [("European Parliament", "EU")]


def test_the_peace_and_security_council_in_a_text_about_the_au_is_the_au() -> None:
    text = "The AU suspended Niger. The Peace and Security Council met on Monday."
    assert references(text) == [("Peace and Security Council", "AFU")]
    assert references("The UN met. The Peace and Security Council met.") == []


@pytest.mark.parametrize(
    "name",
    [
        "Supreme Eurasian Economic Council",
        "Eurasian Intergovernmental Council",
        "Eurasian Economic Commission",
    ],
)
def test_the_eurasian_unions_bodies_are_the_union(name: str) -> None:
    assert [m.id for m in find_actors(f"the meeting of the {name} in Minsk")] == ["EAEU", "BY"]


# The head of a body's name in lower case right after "the" (forty-sixth pass): news names
# the body once, then "the council", "the union", "the forum"; not after another word ("the
# town council") nor with no body of that head named before.
def test_a_lower_case_head_after_the_is_the_organization_whose_name_holds_it() -> None:
    text = (
        "The UN Security Council met on Friday. The council voted to extend the mission. "
        "The town council of Juba met too."
    )
    assert references(text) == [("council", "UNSC")]


def test_a_lower_case_head_with_no_such_body_named_is_no_reference() -> None:
    text = "ASEAN leaders met in Jakarta. The council of elders then voted."
    assert references(text) == []


def test_a_gatherings_noun_in_lower_case_is_the_gathering_not_the_body() -> None:
    text = "The Pacific Islands Forum leaders met in Suva; the forum ended on Wednesday."
    assert references(text) == []


def test_a_reference_as_an_acting_side_reads_a_bounded_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # an act's side named as "the council" (forty-sixth pass) is read with the organizations
    # named at most references._REFERRED_REACH characters before its clause: a text of
    # thousands of such clauses stays linear, each read over a bounded span
    import timeline.gazetteer.references as module

    read: list[int] = []

    def measuring(
        text: str, start: int = 0, end: int | None = None, year: int | None = None
    ) -> list[ActorMention]:
        read.append((len(text) if end is None else end) - start)
        return find_actors(text, start, end, year)

    monkeypatch.setattr(module, "find_actors", measuring)
    text = "The UN Security Council met. " + "The council imposed a ban on the junta. " * 500
    near = text.index("The council", 2000)
    assert module.refers_to_an_organization(text, near, near + len("The council"))
    # far from the only name: the window does not reach it, and reads no more than its reach
    far = text.index("The council", 15000)
    assert not module.refers_to_an_organization(text, far, far + len("The council"))
    assert read and max(read) <= module._REFERRED_REACH + len("The council")
    # no reference noun in the span: no window read at all
    read.clear()
    assert not module.refers_to_an_organization(text, 0, len("The UN"))
    assert read == []
