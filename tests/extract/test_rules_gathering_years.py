"""A year in a gathering's name: it names an edition, and dates that gathering alone.

"the 2018 Beijing Summit", "the 2015 Johannesburg summit", "BRICS Summit 2018": the year
is the gathering's (a year, as a reader would date it when nothing finer is written), but
any other date its sentence writes is finer ("attended the 2018 Beijing Summit ... on Sept
3-4"), and it does not date an act told before the name ("the 2006 Beijing summit, the
2015 Johannesburg summit and the 2018 Beijing summit": 2018 is not the Johannesburg
summit's). :func:`timeline.extract.named_years.gathering_name` finds the name;
``Dating._own_dates`` ranks such a year last. The sentences are those of articles of the
tuning sets (test-ap, test-u, test-v), cut to what the rule reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.dated_spans import DatedSpan
from timeline.extract.named_years import gathering_name
from timeline.model import EventDate, EventKind
from timeline.temporal.lexicon import EVENT_NOUNS

from .conftest import article_events


def test_the_days_of_the_sentence_date_the_summit_its_year_names(tmp_path: Path) -> None:
    body = (
        "09/06/2018 | 03:32am CEST\n\n"
        "BEIJING - President Xi Jinping held talks with his counterpart of the Republic of the "
        "Congo Denis Sassou Nguesso on Sept 5, agreeing to promote the bilateral ties with "
        "greater and more substantial measures.\n\n"
        "Sassou Nguesso attended the 2018 Beijing Summit of the Forum on China-Africa "
        "Cooperation (FOCAC) on Sept 3-4."
    )
    found = article_events(tmp_path, body, "2018-09-06")
    summits = {e.date.value for e in found if e.kind is EventKind.summit}
    assert "2018-09-03/2018-09-04" in summits
    assert "2018" not in summits


def test_a_year_after_a_summit_is_the_next_summits_name(tmp_path: Path) -> None:
    body = (
        "Following the 2006 Beijing summit, the 2015 Johannesburg summit and the 2018 Beijing "
        "summit, the upcoming summit is another event gathering members of the friendly family "
        "of China and Africa."
    )
    found = article_events(tmp_path, body, "2018-08-29")
    years = sorted(e.date.value for e in found if e.kind is EventKind.summit)
    assert "2015" in years
    assert years.count("2018") <= 1


def test_a_year_alone_still_dates_the_gathering_it_names(tmp_path: Path) -> None:
    body = (
        "Minister Kang explained the outcome of the visit to the Democratic People's Republic "
        "of Korea by special envoys of the ROK and the plan to hold the 2018 Inter-Korean "
        "Summit Pyeongyang."
    )
    found = article_events(tmp_path, body, "2018-09-11")
    assert "2018" in {e.date.value for e in found if e.kind is EventKind.summit}


@pytest.mark.parametrize("noun", sorted(EVENT_NOUNS))
def test_the_nouns_of_a_gathering_are_the_taggers_reviewed_list(noun: str) -> None:
    # one copy (review 26, finding 16): every noun of ``event_nouns`` in
    # data/temporal_words.yaml ends a gathering's name, before its year and after it
    def name_of(said: str) -> str | None:
        at = said.index("2019")
        span = DatedSpan(at, at + 4, "2019", EventDate.from_value("2019"))
        got = gathering_name(said, span)
        return None if got is None else said[got[0] : got[1]]

    assert name_of(f"Ministers attended the 2019 Asia {noun} in Bali.") == f"2019 Asia {noun}"
    assert name_of(f"Ministers attended the {noun} 2019 in Bali.") == f"{noun} 2019"
