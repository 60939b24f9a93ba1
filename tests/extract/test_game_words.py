"""A game's words (``sport_words``, ``game_halves``, ``game_nouns`` of
``data/state_act_words.yaml``, read by :func:`timeline.extract.acting_sides.names_a_game`):
a sentence with one tells a team named by its country, no state's act or saying. Words of
any news are none of them: the halves of a year, "match" the verb, "scored" (review29
finding 2). Sentences of our own.
"""

from __future__ import annotations

import pytest

from timeline.extract.acting_sides import names_a_game, states_negotiated
from timeline.extract.triggers import find_triggers


def _state_said(text: str) -> bool:
    text = "Headline\n" + text
    return any(t.name == "statement-state-said" for t, _, _ in find_triggers(text, 0, len(text)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany criticized the pledges on Thursday, saying the aid for Sudan did not match "
        "the scale of the famine.",
        "Turkey praised the deal on grain exports on Thursday, saying Kyiv and Moscow had "
        "scored a rare diplomatic success.",
        "France condemned the strikes on Kharkiv on Thursday, saying Russia had fired more "
        "missiles in the first half of May than in all of April.",
        "Japan criticized the plan to hold the summit with China in the first half of next "
        "year, officials said.",
        "Spain criticized the figures, saying exports had not matched the targets of the second "
        "half of 2022.",
        "Japan criticized the blame game between Washington and Beijing on Thursday, saying it "
        "hurt trade.",
        "Peru criticized the final agreement between Bolivia and Chile on Thursday, saying it "
        "ignored the border.",
        # "the game / match / tie between A and B" with no score: a contest or a tied vote of
        # any news, an article right before the noun (review31 finding 24)
        "Japan criticized the game between Washington and Beijing on Thursday, saying it hurt "
        "trade.",
        "Egypt criticized the match between Tehran and Riyadh for regional influence on Thursday.",
        "Spain criticized the result on Thursday, saying the council vote ended in a tie "
        "between France and Germany.",
        "Spain criticized the result on Thursday, saying a 5-4 vote broke the tie between "
        "France and Germany.",
    ],
)
def test_a_state_says_with_words_of_any_news(sentence: str) -> None:
    assert not names_a_game(sentence, 0, len(sentence))
    assert _state_said(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil criticized the referee after the match.",
        "Chile launched an offensive in the second half on Sunday.",
        "Peru praised its players after the friendly match in Lima.",
        "Ghana scored twice before half-time.",
        # the opponents told with "between ... and", a cup's "tie" (review31 F-f)
        "Bolivia thanked its coach after the final between Bolivia and Ecuador.",
        "Bolivia thanked its coach after Sunday's Copa final between Bolivia and Ecuador.",
        "Bolivia thanked its coach after the tie against Ecuador.",
        # a game's noun of every use before "between"; "game / match / tie" with a score
        # (review31 finding 24)
        "Bolivia thanked its coach after the derby between Bolivia and Ecuador.",
        "Bolivia thanked its coach after the final match between Bolivia and Ecuador.",
        "Bolivia thanked its coach after the match between Bolivia and Ecuador ended 2-1.",
        "Bolivia thanked its coach after the tie between Bolivia and Ecuador finished 3–0.",
        "Bolivia thanked its coach after the game between Bolivia and Ecuador, a 1-1 draw.",
    ],
)
def test_a_game_s_words(sentence: str) -> None:
    assert names_a_game(sentence, 0, len(sentence)), sentence


def test_negotiations_ended_before_a_year_s_half() -> None:
    text = (
        "Talks between Japan and China broke down in 2012, and the ministers met later in the "
        "first half of 2014."
    )
    assert states_negotiated(text, 0, text.index(" in 2012"))
