"""The rules' guards of a game and of an invasion applied to the event detector's proposals
too (review31 F-l): a sentence the rules refuse as a team's play (``names_a_game``) or as
no state's invasion (``a_state_invades``: no side its subject, a pitch invasion) is not
proposed again by the detector as a signing, a visit or an ``other``. Asserted on the
events an article yields, not on the triggers. Sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events


@pytest.mark.parametrize(
    "sentence",
    [
        # a team named by its country: the rules refuse the saying, nor is it a signing
        '"The team gave everything," said Paraguay in a statement after the final against '
        "Ecuador on Saturday.",
        '"The team gave everything," said Paraguay after the final against Ecuador on '
        "Saturday, its captain added.",
        # the opponent told with "between ... and", and a cup's "tie" (review31 F-f)
        '"We accept the defeat," said Bolivia in a statement after the final between Bolivia '
        "and Ecuador on Sunday.",
        '"We accept the defeat," said Bolivia in a statement after the tie against Ecuador on '
        "Sunday.",
        # "the match between ..." with a score (review31 finding 24)
        '"We accept the defeat," said Bolivia in a statement after the match between Bolivia '
        "and Ecuador ended 2-1 on Sunday.",
        # a game's fans: no visit of one country to another
        "Ecuador's fans invaded the pitch in Peru on Sunday.",
    ],
)
def test_a_game_s_sentence_yields_no_event(tmp_path: Path, sentence: str) -> None:
    assert article_events(tmp_path, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Biologists said fire ants invaded Samoa in 1998.",
        "Locusts invaded Ethiopia in March 2020, the FAO said.",
    ],
)
def test_an_invasion_with_no_side_as_subject_yields_no_event(tmp_path: Path, sentence: str) -> None:
    assert article_events(tmp_path, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind", "sides"),
    [
        ("Iraq invaded Kuwait in August 1990.", "conflict", {"IQ", "KW"}),
        ("Tanzanian troops invaded Uganda in 1979, the historian said.", "conflict", {"TZ", "UG"}),
        # "final" before no opponent is no game's word
        ('"We reject the final ruling," said Paraguay in a statement on Saturday.', "statement",
         {"PY"}),
    ],
)  # fmt: skip
def test_a_state_s_invasion_or_saying_is_kept(
    tmp_path: Path, sentence: str, kind: str, sides: set[str]
) -> None:
    events = article_events(tmp_path, sentence)
    assert [(e.kind.value, set(e.actor_ids())) for e in events] == [(kind, sides)]


@pytest.mark.parametrize(
    "sentence",
    [
        # "game" and "final" with no game between the sides: a state's saying is kept
        "Peru condemned on Monday the final agreement between Bolivia and Chile on the border.",
        "Japan said on Monday that the blame game between Washington and Beijing must end.",
    ],
)
def test_no_game_between_the_sides_keeps_the_state_s_saying(tmp_path: Path, sentence: str) -> None:
    events = article_events(tmp_path, sentence)
    assert any(e.kind.value == "statement" for e in events), events


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        # "the game / match / tie between A and B" with no score nor sport's word: a state's
        # saying about politics or a tied vote is kept (review31 finding 24)
        ("Russia said on Monday that the game between Moscow and Washington is over.",
         {"RU", "US"}),
        ("Italy said on Monday that the council vote ended in a tie between France and Germany.",
         {"IT", "FR", "DE"}),
        ("Iran said on Monday that the match between Tehran and Riyadh for regional influence "
         "is not over.", {"IR", "SA"}),
    ],
)  # fmt: skip
def test_a_contest_between_states_keeps_the_state_s_saying(
    tmp_path: Path, sentence: str, sides: set[str]
) -> None:
    events = article_events(tmp_path, sentence, published="2024-05-14")
    assert [(e.kind.value, set(e.actor_ids())) for e in events] == [("statement", sides)]
