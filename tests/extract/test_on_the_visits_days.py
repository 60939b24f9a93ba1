"""What was done during a visit told by its return is dated by the visit's counted days, not
by the day of the return it was inferred from
(:func:`timeline.extract.pipeline._on_the_visits_days`; issue #12, seventy-third pass).

The sentences are of fresh reports the pass read as a user does (Bol News, 2023-10-20;
Xinhua via Nepali Headlines, 2017-11-09; Ada Derana, 2021-02-24): "arrived here on Friday
after concluding his five-day visit to China. During the visit, the two sides signed 20
agreements" gave the signing the Friday of the return.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events


def _dates(tmp_path: Path, body: str, published: str, kind: str) -> list[str]:
    return [e.date.value for e in article_events(tmp_path, body, published) if e.kind == kind]


def test_done_during_a_visit_told_by_its_return(tmp_path: Path) -> None:
    body = (
        "Caretaker Prime Minister Anwaar-ul-Haq Kakar arrived here on Friday after concluding "
        "his five-day visit to China.\n\n"
        "During the visit, the two sides signed 20 agreements and memorandums of "
        "understanding."
    )
    assert _dates(tmp_path, body, "2023-10-20", "visit") == ["2023-10-16/2023-10-20"]
    assert _dates(tmp_path, body, "2023-10-20", "signing") == ["2023-10-16/2023-10-20"]


def test_an_act_inferred_from_the_day_of_an_arrival_keeps_it(tmp_path: Path) -> None:
    # the tuning sets' gold dates such acts by the arrival's day: the rule leaves them
    body = (
        "U.S. President Donald Trump arrived in Beijing Wednesday afternoon, beginning his "
        "three-day state visit to China.\n\n"
        "During his stay in Beijing, Trump will hold talks with Chinese President Xi Jinping "
        "and meet with other Chinese leaders."
    )
    assert _dates(tmp_path, body, "2017-11-09", "meeting") == ["2017-11-08"]


def test_an_act_of_its_own_day_keeps_it(tmp_path: Path) -> None:
    body = (
        "Pakistan Prime Minister Imran Khan left the island a short while ago after concluding "
        "his two-day visit to Sri Lanka.\n\n"
        "Khan also met President Gotabaya Rajapaksa at the Presidential Secretariat earlier "
        "this afternoon (February 24)."
    )
    assert _dates(tmp_path, body, "2021-02-24", "meeting") == ["2021-02-24"]
