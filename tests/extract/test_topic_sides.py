"""A state named as the place of a matter discussed is the act's topic, not one of its sides
(:func:`timeline.extract.actors.participants_for`, ``topic_nouns`` of
data/state_act_words.yaml; fortieth pass): "held talks ... to discuss the conflicts in Sudan
and Somalia" are Kenya's and Ethiopia's talks. The sentences are the project's own, of the
forms the tuning sets show (the Quad's summit "on the war in Ukraine", the CEMAC summit's,
the OIC's talks "on the situation in Afghanistan"); the last ones keep a conflict's own
sides and a sayer after the topic.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def _sides(tmp_path: Path, body: str, published: str, kind: EventKind) -> list[list[str]]:
    found = article_events(tmp_path, body, published)
    return [sorted(e.countries) for e in found if e.kind is kind]


def test_the_states_of_a_matter_discussed_are_no_sides(tmp_path: Path) -> None:
    body = (
        "Kenyan President William Ruto held talks with his Ethiopian counterpart Abiy Ahmed in "
        "Addis Ababa on Saturday to discuss the conflicts in Sudan and Somalia."
    )
    assert _sides(tmp_path, body, "2024-07-03", EventKind.meeting) == [["ET", "KE"]]


def test_a_list_of_places_after_a_comma(tmp_path: Path) -> None:
    body = (
        "Foreign Minister Sergei Lavrov and his Iranian counterpart Hossein Amir-Abdollahian "
        "met in Moscow on Wednesday to discuss developments in Syria, Afghanistan, and the "
        "South Caucasus."
    )
    assert _sides(tmp_path, body, "2023-03-29", EventKind.meeting) == [["IR", "RU"]]


def test_a_call_about_a_war(tmp_path: Path) -> None:
    body = (
        "Turkish President Recep Tayyip Erdogan and Brazilian President Luiz Inacio Lula da "
        "Silva discussed the war in Ukraine in a phone call on Friday."
    )
    assert _sides(tmp_path, body, "2023-05-13", EventKind.call) == [["BR", "TR"]]


def test_a_conflicts_own_sides_stay(tmp_path: Path) -> None:
    body = "Fighting between Armenia and Azerbaijan erupted on Tuesday in Nagorno-Karabakh."
    sides = _sides(tmp_path, body, "2022-09-15", EventKind.conflict)
    assert sides and all({"AM", "AZ"} <= set(s) for s in sides)


def test_a_sayer_after_the_topic_stays(tmp_path: Path) -> None:
    body = (
        "The two ministers discussed the situation in Gaza, Israel's Foreign Minister Eli "
        "Cohen said on Monday after meeting Egyptian Foreign Minister Sameh Shoukry in Cairo."
    )
    found = article_events(tmp_path, body, "2023-06-12")
    assert any("IL" in e.countries for e in found)


def test_the_place_of_a_matter_is_no_place_of_the_act(tmp_path: Path) -> None:
    body = "Jordan recalled its ambassador from Israel on Wednesday in protest at the war in Gaza."
    found = article_events(tmp_path, body, "2024-07-06")
    assert found and all(e.location is None or e.location.name != "Gaza" for e in found)


def test_the_state_a_matter_is_named_after_is_no_visitor(tmp_path: Path) -> None:
    # fresh news, seventy-third pass: the deal and the attacks are the visits' matters
    # (``named_matters``), Iran and France no visitors
    body = (
        "French President Emmanuel Macron arrived in the United States on Monday (April 23) "
        "for a three-day state visit seen as a test of his relationship with President Donald "
        "Trump, with the fate of the Iran nuclear deal and trade ties atop the agenda."
    )
    assert _sides(tmp_path, body, "2018-04-24", EventKind.visit) == [["FR", "US"]]
    body = (
        "Chinese President Xi Jinping and other world leaders arrived in Turkey on Saturday "
        "for the G20 summit beginning this weekend which is expected to focus on the fight "
        "against terror following the Paris attacks."
    )
    assert _sides(tmp_path, body, "2015-11-14", EventKind.visit) == [["CN", "TR"]]


def test_talks_named_after_a_state_are_its_own(tmp_path: Path) -> None:
    body = (
        "EU foreign policy chief Catherine Ashton met Iranian Foreign Minister Mohammad Javad "
        "Zarif in Geneva on Thursday to revive the Iran nuclear talks."
    )
    meetings = _sides(tmp_path, body, "2013-11-07", EventKind.meeting)
    assert meetings and all("IR" in sides for sides in meetings)
