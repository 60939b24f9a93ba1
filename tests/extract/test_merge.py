"""Merging mentions of one event: same kind, contained dates, compatible actors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from timeline.merge import assign_ids, merge_events, same_event
from timeline.model import Event, Precision


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # same day, same countries, different documents
        ({}, {"document": "doc2"}, True),
        # a month contains a day: compatible precision
        ({"value": "2022-05"}, {"value": "2022-05-10", "document": "doc2"}, True),
        # a year contains a month
        ({"value": "2022"}, {"value": "2022-09", "document": "doc2"}, True),
        # two different days never merge
        ({"value": "2022-05-10"}, {"value": "2022-05-11", "document": "doc2"}, False),
        # different kinds are related, not merged
        ({}, {"kind": "meeting", "document": "doc2"}, False),
        # a subset of countries merges
        ({"countries": ("KZ",)}, {"document": "doc2"}, True),
        # overlapping but not nested countries do not
        ({"countries": ("KG", "TR")}, {"countries": ("TR", "UZ"), "document": "doc2"}, False),
        # no actors: only the same sentence merges
        ({"countries": ()}, {"countries": (), "document": "doc2"}, False),
        ({"countries": ()}, {"countries": ()}, True),
        # different agreements are different signings
        (
            {"kind": "signing", "agreement": "kz-tr-media"},
            {"kind": "signing", "agreement": "kz-tr-military", "document": "doc2"},
            False,
        ),
        (
            {"kind": "signing", "agreement": "kz-tr-media"},
            {"kind": "signing", "agreement": "kz-tr-media", "document": "doc2"},
            True,
        ),
    ],
)
def test_same_event(
    make_event: Callable[..., Event], a: dict[str, object], b: dict[str, object], expected: bool
) -> None:
    assert same_event(make_event(**a), make_event(**b)) is expected
    assert same_event(make_event(**b), make_event(**a)) is expected


def test_a_gatherings_title_takes_the_place_another_mention_names(
    make_event: Callable[..., Event],
) -> None:
    """ "The summit ends on Thursday" dates the summit "opened in Astana on Wednesday": the
    merged event keeps the precise mention's title with the place the other names
    (fifty-seventh session); a title that names a place keeps it."""
    opened = make_event(
        kind="summit", value="2024-07", countries=("KZ",), document="a", id="m1-a",
        title="SCO summit", location={"name": "Astana", "country": "KZ"},
    )  # fmt: skip
    ends = make_event(
        kind="summit", value="2024-07-04", countries=("KZ",), document="a", id="m2-a",
        title="SCO summit",
    )  # fmt: skip
    (event,) = merge_events([opened, ends]).events
    assert (event.date.value, event.title) == ("2024-07-04", "SCO summit in Astana")
    (event,) = merge_events([opened, ends.model_copy(update={"title": "Summit in Almaty"})]).events
    assert event.title == "Summit in Almaty"


def test_a_visit_takes_the_title_of_the_mention_that_names_its_host(
    make_event: Callable[..., Event],
) -> None:
    """The more precise mention gives the date; a visit's title comes from a mention that
    names the host when that one does not ("Erdoğan and Algeria's visit" read as if both
    travelled; fifty-fifth session)."""
    roles = [{"id": "TR", "type": "country", "role": "visitor"},
             {"id": "DZ", "type": "country", "role": "host"}]  # fmt: skip
    told = make_event(
        value="2022-05", countries=("DZ", "TR"), document="b", id="m1-b",
        title="Erdoğan's visit to Algeria", participants=roles,
    )  # fmt: skip
    fine = make_event(
        value="2022-05-10", countries=("DZ", "TR"), document="a", id="m2-a",
        title="Erdoğan and Algeria's visit",
    )  # fmt: skip
    (event,) = merge_events([told, fine]).events
    assert (event.date.value, event.title) == ("2022-05-10", "Erdoğan's visit to Algeria")
    # a mention that names the host keeps its own title; other kinds keep the precise one's
    (event,) = merge_events([told.model_copy(update={"title": "x"}), fine.model_copy(
        update={"participants": told.participants})]).events  # fmt: skip
    assert event.title == "Erdoğan and Algeria's visit"
    (event,) = merge_events([
        make_event(kind="meeting", value="2022-05", document="b", title="Talks in May"),
        make_event(kind="meeting", document="a", title="Talks between Türkiye and Kazakhstan"),
    ]).events  # fmt: skip
    assert event.title == "Talks between Türkiye and Kazakhstan"


def test_merge_keeps_the_more_precise_date_and_every_source(
    make_event: Callable[..., Event],
) -> None:
    coarse = make_event(value="2022-05", document="b", start=5, end=9, id="m1-b")
    fine = make_event(value="2022-05-10", document="a", start=0, end=4, id="m2-a")
    timeline = merge_events([coarse, fine])
    assert len(timeline) == 1
    (event,) = timeline.events
    assert event.date.precision is Precision.day
    assert event.date.value == "2022-05-10"
    assert [(s.document, s.start) for s in event.sources] == [("a", 0), ("b", 5)]
    assert event.id == "2022-05-10-visit-kz-tr"


def test_merge_status_follows_the_latest_source(make_event: Callable[..., Event]) -> None:
    planned = make_event(status="planned", id="m1-a")
    planned.sources[0].published = planned.date.start.replace(day=1)
    occurred = make_event(document="b", id="m2-b")
    occurred.sources[0].published = occurred.date.start.replace(day=20)
    (event,) = merge_events([planned, occurred]).events
    assert event.status.value == "occurred"


def test_related_ids_follow_the_merge(make_event: Callable[..., Event]) -> None:
    visit = make_event(id="m1-a")
    signing = make_event(kind="signing", id="m2-a", related=["m1-a"])
    again = make_event(document="b", id="m3-b", related=[])
    timeline = merge_events([visit, signing, again])
    ids = {e.kind.value: e for e in timeline.events}
    assert ids["signing"].related == [ids["visit"].id]
    assert len(ids["visit"].sources) == 2


def test_ids_are_deterministic_and_collisions_get_words(
    make_event: Callable[..., Event],
) -> None:
    a = make_event(kind="signing", id="m1-a", title="Memorandum on media cooperation signed")
    b = make_event(
        kind="signing",
        id="m2-a",
        start=20,
        end=30,
        agreement="kz-tr-military-cooperation",
        title="Agreement on military cooperation signed",
    )
    out, mapping = assign_ids([b, a])
    again, _ = assign_ids([a, b])
    assert [e.id for e in out] == [e.id for e in again]
    assert sorted(mapping.values()) == [
        "2022-05-10-signing-kz-tr",
        "2022-05-10-signing-kz-tr-military-cooperation",
    ]


def test_merge_is_order_independent(make_event: Callable[..., Event]) -> None:
    events = [
        make_event(value="2022-05", document="b", id="m1-b"),
        make_event(document="a", id="m2-a"),
        make_event(kind="call", document="c", id="m3-c", countries=("TJ", "TR")),
    ]
    one = merge_events(events)
    two = merge_events(list(reversed(events)))
    assert [e.model_dump() for e in one.events] == [e.model_dump() for e in two.events]


def test_the_merge_runs_without_the_cycle_collector_and_restores_it(
    make_event: Callable[..., Event], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its events make no reference cycles, so no full collection walks the process's
    objects while it runs (timeline.collector); the collector is as it was after."""
    import gc

    from timeline import merge

    seen: list[bool] = []
    combine = merge._combine

    def watched(group: list[Event]) -> Event:
        seen.append(gc.isenabled())
        return combine(group)

    monkeypatch.setattr(merge, "_combine", watched)
    events = [make_event(id="a", value="2022-05-10"), make_event(id="b", value="2022-06")]
    assert gc.isenabled()
    assert len(merge_events(events).events) == 2
    assert seen == [False, False] and gc.isenabled()


def _met(
    make_event: Callable[..., Event], kind: str, *people: tuple[str, str], **more: object
) -> Event:
    """A meeting or call of Greece and Malta on 5 July 2023 with ``people`` (id, country)."""
    participants: list[dict[str, object]] = [
        {"id": p, "type": "person", "name": p.replace("-", " ").title(), "country": c}
        for p, c in people
    ]
    participants += [{"id": "GR", "type": "country"}, {"id": "MT", "type": "country"}]
    mention = f"m-{more.get('document', 'doc1')}-{more.get('start', 0)}"
    return make_event(kind=kind, value="2023-07-05", participants=participants, id=mention, **more)


@pytest.mark.parametrize("kind", ["meeting", "call"])
def test_a_side_met_by_different_people_is_another_meeting(
    make_event: Callable[..., Event], kind: str
) -> None:
    # test-am, east-med_03: Vella "observe a guard of honor before their meeting" with
    # President Sakellaropoulou, and "also met with Prime Minister Kyriakos Mitsotakis":
    # two meetings of one day of his visit to Athens (the gold's one per counterpart)
    president = _met(make_event, kind, ("katerina-sakellaropoulou", "GR"))
    premier = _met(make_event, kind, ("kyriakos-mitsotakis", "GR"), start=20, end=30)
    assert same_event(president, premier) is False
    # a mention naming the same person of that side, or nobody of it, is the same meeting
    again = _met(
        make_event, kind, ("kyriakos-mitsotakis", "GR"), ("george-vella", "MT"), document="d2"
    )
    nobody = _met(make_event, kind, document="d2")
    assert same_event(premier, again) and same_event(president, nobody)
    assert same_event(premier, nobody)
    # the other side's people alone never part two mentions
    visitor = _met(make_event, kind, ("george-vella", "MT"), document="d3")
    assert same_event(president, visitor) and same_event(premier, visitor)
    merged = merge_events([nobody, president, premier])
    assert len(merged) == 2
    assert merge_events([nobody, president, premier], exhaustive=True).events == merged.events


def test_a_visit_is_one_whoever_is_met(make_event: Callable[..., Event]) -> None:
    # the visit's hosts are many people; only meetings and calls are told apart by them
    assert same_event(
        _met(make_event, "visit", ("katerina-sakellaropoulou", "GR")),
        _met(make_event, "visit", ("kyriakos-mitsotakis", "GR"), start=20, end=30),
    )


def test_across_documents_only_people_of_the_table_part_meetings(
    make_event: Callable[..., Event],
) -> None:
    # one meeting told by two articles that spell a president the table does not know
    # each their own way ("Zurabishvili", "Zourabichvili" before the table had her): the
    # spellings are not two people, so the two mentions are one meeting
    one = _met(make_event, "meeting", ("salome-zurabishvili-x", "GR"), document="d1")
    other = _met(make_event, "meeting", ("salome-zourabichvili-x", "GR"), document="d2")
    assert same_event(one, other)
    assert len(merge_events([one, other])) == 1
    # in one document the two ids are two people met
    same_document = _met(
        make_event, "meeting", ("salome-zourabichvili-x", "GR"), document="d1", start=20, end=30
    )
    assert same_event(one, same_document) is False
    # people of the table are the same people in every document
    now = _met(make_event, "meeting", ("kyriakos-mitsotakis", "GR"), document="d1")
    before = _met(make_event, "meeting", ("alexis-tsipras", "GR"), document="d2")
    assert same_event(now, before) is False
    assert len(merge_events([now, before])) == 2
