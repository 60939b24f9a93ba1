"""A chair handed over is a body's: the organization named before the handover, whose
members hold the outgoing and the incoming chair, joins it (issue #12,
docs/history/extraction-log.md,
"Twenty-third pass: participants"): written articles on the pattern of tuning-set
sentences ("Peru handed over the pro-tempore presidency of this regional trade bloc to
Chile", test-w; "pass on the pro-tempore presidency of the alliance to Brazil's Luiz
Inácio Lula da Silva", test)."""

from __future__ import annotations

from pathlib import Path

from timeline.extract.actors import chair_body
from timeline.gazetteer import ActorMention
from timeline.model import ActorType, Participant

from .conftest import article_events as events


def _handovers(tmp_path: Path, body: str) -> list[tuple[set[str], set[str]]]:
    return [
        (set(e.countries), set(e.organizations))
        for e in events(tmp_path, body, "2023-07-05")
        if e.kind.value == "other"
    ]


def test_a_chair_handed_over_in_the_bloc_named_before_is_the_blocs(tmp_path: Path) -> None:
    body = (
        "Leaders of the Pacific Alliance gathered in Lima for the bloc's summit, which closed "
        "on Saturday. During the plenary session on Saturday, Peru handed over the "
        "pro-tempore presidency of this regional trade bloc to Chile."
    )
    assert _handovers(tmp_path, body) == [({"CL", "PE"}, {"PACIFICALLIANCE"})]


def test_the_chairs_people_are_members_of_the_body_named_before(tmp_path: Path) -> None:
    body = (
        "The Mercosur summit opened in Puerto Iguazu on Tuesday. During the event on Tuesday, "
        "host Alberto Fernández passed on the pro-tempore presidency of the alliance to "
        "Brazil's Luiz Inácio Lula da Silva."
    )
    assert _handovers(tmp_path, body) == [({"AR", "BR"}, {"MERCOSUR"})]


def test_a_body_whose_members_do_not_hold_the_chairs_is_not_taken(tmp_path: Path) -> None:
    # France is no member of Mercosur, and the EU lists no Brazil
    body = (
        "The European Union and Mercosur leaders met on Tuesday. On Tuesday, France handed "
        "over the presidency of the council to Brazil."
    )
    assert _handovers(tmp_path, body) == [({"BR", "FR"}, set())]


def test_a_chair_of_another_body_named_is_not_the_body_named_before(
    tmp_path: Path,
) -> None:
    # the football confederation is no anaphor of Mercosur (review23 finding 5)
    body = (
        "Mercosur ministers met in Montevideo on Monday. On Tuesday, Argentina handed over "
        "the presidency of the football confederation to Brazil."
    )
    assert _handovers(tmp_path, body) == [({"AR", "BR"}, set())]


def _mention(code: str) -> ActorMention:
    return ActorMention(0, len(code), code, code, "organization", code, "alias")


def _country(code: str) -> Participant:
    return Participant(id=code, type=ActorType.country)


def test_the_nearest_body_holding_the_chairs_is_taken() -> None:
    # ASEAN, named last, holds both; the LMC, named before it, too: the nearest wins
    sides = [_country("KH"), _country("LA")]
    got = chair_body("chairmanship", sides, [_mention("LMC"), _mention("ASEAN")])
    assert [p.id for p in got] == ["KH", "LA", "ASEAN"]
    # the EU, named last, holds neither: the body before it is taken
    got = chair_body("chairmanship", sides, [_mention("LMC"), _mention("EU")])
    assert [p.id for p in got] == ["KH", "LA", "LMC"]


def test_an_event_holding_a_body_or_no_country_is_left_as_it_is() -> None:
    held = [_country("KH"), Participant(id="ASEAN", type=ActorType.organization)]
    assert chair_body("chairmanship", held, [_mention("LMC")]) == held
    assert chair_body("chairmanship", [], [_mention("LMC")]) == []
    # a body without listed members (the UN) is never taken
    assert chair_body("chairmanship", [_country("FR")], [_mention("UN")]) == [_country("FR")]
