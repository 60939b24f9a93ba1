"""An anaphor in a plan's clause refers to the planned event, not to one told since.

"On Friday, Putin will meet ... Mirziyoyev ... Putin mentioned one of the largest bilateral
projects ... during the plenary session of the Valdai Discussion Club on Thursday. ...
After the talks, Putin and Mirziyoyev are expected to adopt a joint statement and sign a
number of ... documents": the signing is after the planned talks of Friday, not after the
meeting of Thursday the article told last (``antecedents._planned_antecedent``). The
article of the tuning set test-v (TASS, 6 October 2023), cut to what the rule reads;
sixty-seventh pass.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events

BODY = (
    "MOSCOW, October 6. /TASS/. On Friday, Russian President Vladimir Putin will meet in "
    "Moscow with Uzbek President Shavkat Mirziyoyev, who has arrived in Russia on an "
    "official visit.\n\n"
    "The two leaders are expected to address further development of bilateral relations, as "
    "well as pressing regional and international issues. The agenda of their talks will "
    "include cooperation in trade, economy, investment, migration and humanitarian issues.\n\n"
    "Putin mentioned one of the largest bilateral projects - the transportation of Russian "
    "gas to Uzbekistan via Kazakhstan - during the plenary session of the Valdai Discussion "
    "Club on Thursday. According to the Russian leader, full-scale deliveries may begin as "
    "early as this month, and delivery volumes may be increased in the future.\n\n"
    "After the talks, Putin and Mirziyoyev are expected to adopt a joint statement and sign "
    "a number of interdepartmental and commercial documents."
)


def test_a_planned_signing_after_the_talks_takes_the_planned_talks_day(tmp_path: Path) -> None:
    found = article_events(tmp_path, BODY, "2023-10-06")
    signings = {e.date.value for e in found if e.kind is EventKind.signing}
    assert signings == {"2023-10-06"}
