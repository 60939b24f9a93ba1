"""A speaker's quote set above the story is not its lede (forty-seventh pass).

Government releases open with a quote as their standfirst ('Pedro Sánchez: "Spain and
Portugal have ..."', '"...", says Mariano Rajoy'), then a place line, then the news. The
news of the day is the story's first sentence: an undated gathering it tells happened on
the publication day. Articles of our own, in the layout of test-j and test-w.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.reader import _QUOTED_STANDFIRST

from .conftest import document_events

STORY = (
    "The Prime Minister of Spain, together with the President of France, chaired the "
    "XXVII Spanish-French Summit, held in the French city of Montauban. Agreements were "
    "signed on energy, transport and culture."
)


@pytest.mark.parametrize(
    "standfirst",
    [
        'Pedro Sánchez: "Spain and France have strengthened their cooperation in Europe"',
        '"Spain and France share a common vision of a strong Europe", says Pedro Sánchez',
    ],
)
def test_the_story_after_a_quoted_standfirst_is_the_news(tmp_path: Path, standfirst: str) -> None:
    text = f"Spanish-French Summit\ndate 2024-10-23\n\n{standfirst}\n\nMontauban\n\n{STORY}\n"
    found = document_events(tmp_path, text)
    summits = [e for e in found if e.kind.value == "summit"]
    assert [e.date.value for e in summits] == ["2024-10-23"]
    assert {"ES", "FR"} <= set(summits[0].countries)


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ('Pedro Sánchez: "Spain and Portugal have strengthened their cooperation".', True),
        ('"Spain and Portugal have tackled the crisis", says Mariano Rajoy', True),
        ('The President said: "we met in Faro" and left for Lisbon.', False),
        ('Sánchez said "we met" in Faro on Wednesday with the Portuguese leader.', False),
    ],
)
def test_a_quoted_standfirst(sentence: str, quoted: bool) -> None:
    assert bool(_QUOTED_STANDFIRST.match(sentence, 0, len(sentence))) is quoted
