"""The sayers of a joint saying are the sides of the statement it tells
(:func:`timeline.extract.sayers.joint_sayers`, :func:`~timeline.extract.sayers.sayers_counted`;
docs/history/extraction-log.md, "Twenty-fifth pass: participants").

A clause breaks after a verb of saying (the sayer of "X said that ..." is no side of what
is said), so a statement told by its saying had no side from the rules when its sayers are
the verb's subject: only a fitted chooser could add them, and a refit on more sets dropped
one. The sentences are the tuning sets' (the article named at each).
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.actor_mentions import find_mentions, mention_sides
from timeline.extract.participant_choice import choosing
from timeline.extract.sayers import joint_sayers, sayers_counted

from .conftest import article_events


def _statements(tmp_path: Path, body: str, published: str) -> list[tuple[str, set[str]]]:
    """The statements of ``body`` as the rules alone choose their sides."""
    with choosing(None):
        found = article_events(tmp_path, body, published)
    return [(e.date.value, set(e.countries)) for e in found if e.kind.value == "statement"]


def _clause_after(text: str, verb: str) -> tuple[int, int]:
    """The clause that opens after ``verb`` (and its space), to the end of ``text``."""
    return text.index(verb) + len(verb) + 1, len(text)


def _sides(text: str) -> list[tuple[int, int, str | None]]:
    """The actor mentions of ``text`` with their sides, as the rules read them."""
    return mention_sides(find_mentions(text, 0, len(text)), len(text))


def test_both_sayers_of_an_announcement_are_its_sides(tmp_path: Path) -> None:
    # dev, latin-america_04 (gold: a statement of CO and VE on 11 August 2022)
    body = (
        "The restoration of ties came after Colombia’s new left-wing president, Gustavo "
        "Petro, and Venezuela’s Maduro announced plans on August 11 to end hostilities "
        "fueled by the US that saw them severing ties back in 2019."
    )
    assert ("2022-08-11", {"CO", "VE"}) in _statements(tmp_path, body, "2022-08-29")
    assert joint_sayers(body, _clause_after(body, "announced"), _sides(body))


def test_a_sayer_joined_by_a_comma_alone_is_no_joint_sayer() -> None:
    # test-o, russia-nato_08 and test-v, russia-china_19: the place of what is reported
    # ends the list before its speaker; a sayer alone is no joint saying
    for body in (
        "Russian Chief of the General Staff Valery Gerasimov has held a meeting with NATO's "
        "Supreme Allied Commander Europe Tod Wolters in Azerbaijan’s capital of Baku, the "
        "Russian Defense Ministry said in a statement on Wednesday.",
        "Wang was speaking at a meeting with Sergei Lavrov in Kazakhstan's capital Astana, "
        "China's foreign ministry said in a statement.",
    ):
        clause = _clause_after(body, "said")
        assert joint_sayers(body, clause, _sides(body)) == [], body


def test_a_plural_sayer_counts_the_sides_named_before() -> None:
    # test-z, levant_19: "the three countries said in a joint communique"
    body = (
        "Greece, Israel and Cyprus have agreed to strengthen cooperation to promote common "
        "interests in the Mediterranean and the wider region, the three countries said in "
        "a joint communique issued after the eighth trilateral summit held in Jerusalem on "
        "Tuesday."
    )
    assert sayers_counted(body, _clause_after(body, "said")) == 3
    assert sayers_counted(body, _clause_after(body, "agreed to")) == 0


def test_the_verbs_of_reporting_are_one_list_read_by_every_reader() -> None:
    # counterpart_words.yaml's reporting_verbs: the chooser's "speaker", the scorer's
    # "cue:said" and the joint sayers read them all, each with its own list besides
    from timeline.extract import candidate_log, participant_choice, sayers
    from timeline.extract.counterpart_words import REPORTING_VERBS, WORDS

    assert {"said", "told", "noted"} <= set(REPORTING_VERBS)
    for verb in REPORTING_VERBS:
        assert candidate_log._SAID.search(f"Peru {verb} on Monday"), verb
        assert participant_choice._SAYS.match(f" {verb} on Monday"), verb
        assert sayers._SAYING_VERB.search(f"Chile and Peru {verb} "), verb
    for verb in WORDS.words("reported_speech_verbs"):
        assert candidate_log._SAID.search(f"Peru {verb} on Monday"), verb
        assert not participant_choice._SAYS.match(f" {verb} on Monday"), verb
    assert sayers._SAYING_VERB.search("Chile and Peru announced ")
    assert not participant_choice._SAYS.match(" announced on Monday")
