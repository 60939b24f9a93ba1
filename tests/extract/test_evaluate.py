"""The scorer: event-by-event matching on small hand-made cases, gold files, region groups."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from timeline.errors import DataError
from timeline.extract.evaluate import (
    GoldEvent,
    GoldSet,
    kind_class,
    kind_table,
    load_gold_set,
    match_parts,
    matches,
    score,
    score_by_region,
    scores_table,
)
from timeline.model import Event, EventDate, EventKind, Status
from timeline.timex import DateMod

MakeEvent = Callable[..., Event]


def gold(
    kind: str = "visit",
    value: str = "2022-05-10",
    actors: tuple[str, ...] = ("KZ", "TR"),
    documents: tuple[str, ...] = ("doc1",),
    mod: DateMod | None = None,
) -> GoldEvent:
    return GoldEvent(
        documents=documents,
        kind=EventKind(kind),
        date=EventDate.from_value(value, mod),
        status=Status.occurred,
        actors=frozenset(actors),
        evidence="",
    )


@pytest.mark.parametrize(
    ("gold_value", "gold_mod", "found_value", "expected"),
    [
        ("2022-05-10", None, "2022-05-10", True),
        ("2022-05", None, "2022-05-10", True),  # more precise than the text: inside
        ("2022-05-10", None, "2022-05", False),  # vaguer than the text: not inside
        ("2022-05", None, "2022", False),
        ("2022-05", DateMod.end, "2022-05-25", True),
        ("2022-05", DateMod.end, "2022-05-05", False),
        ("2019-02-10/2019-02-11", None, "2019-02-11", True),
        ("2019-02-10/2019-02-11", None, "2019-02-12", False),
        ("2019-02-10/2019-02-11", None, "2019-02-09/2019-02-11", False),
        ("2023", DateMod.mid, "2023-06", True),
    ],
)
def test_the_extracted_date_lies_inside_the_gold_interval(
    make_event: MakeEvent,
    gold_value: str,
    gold_mod: DateMod | None,
    found_value: str,
    expected: bool,
) -> None:
    assert matches(gold(value=gold_value, mod=gold_mod), make_event(value=found_value)) is expected


@pytest.mark.parametrize(
    ("gold_kind", "found_kind", "expected"),
    [
        ("summit", "meeting", True),
        ("forum", "summit", True),
        ("signing", "adoption", True),
        ("statement", "signing", True),
        ("visit", "meeting", False),
        ("ratification", "signing", False),
        ("entry_into_force", "ratification", False),
        ("other", "other", True),
    ],
)
def test_kinds_match_by_class(
    make_event: MakeEvent, gold_kind: str, found_kind: str, expected: bool
) -> None:
    assert matches(gold(kind=gold_kind), make_event(kind=found_kind)) is expected


def test_kind_classes() -> None:
    assert kind_class(EventKind.meeting) == kind_class(EventKind.summit) == "gathering"
    assert kind_class(EventKind.adoption) == "document"
    assert kind_class(EventKind.visit) == "visit"


@pytest.mark.parametrize(
    ("gold_actors", "found", "expected"),
    [
        (("KZ", "TR"), ("KZ", "TR"), True),
        (("KZ", "TR"), ("KZ", "TR", "RU"), True),  # more participants do no harm
        (("KZ", "TR"), ("KZ",), False),  # a key participant is missing
        ((), ("KZ",), True),
        ((), (), True),
    ],
)
def test_every_key_participant_is_listed(
    make_event: MakeEvent, gold_actors: tuple[str, ...], found: tuple[str, ...], expected: bool
) -> None:
    assert matches(gold(actors=gold_actors), make_event(countries=found)) is expected


def test_organizations_and_the_country_of_a_person_count(make_event: MakeEvent) -> None:
    participants = [
        {"id": "recep-tayyip-erdogan", "type": "person", "name": "Erdoğan", "country": "TR"},
        {"id": "OTS", "type": "organization"},
    ]
    event = make_event(countries=(), participants=participants)
    assert matches(gold(actors=("TR", "OTS")), event)
    assert not matches(gold(actors=("TR", "EU")), event)


def test_the_document_must_be_shared(make_event: MakeEvent) -> None:
    assert not matches(gold(documents=("doc2",)), make_event(document="doc1"))
    assert matches(gold(documents=("doc2", "doc1")), make_event(document="doc1"))


def test_the_parts_of_a_match_are_told_apart(make_event: MakeEvent) -> None:
    g = gold(kind="meeting", value="2022-05", actors=("KZ", "TR"))
    assert match_parts(g, make_event(kind="summit", value="2022-05-10")) == (True, True, True)
    assert match_parts(g, make_event(kind="visit", value="2022-05-10")) == (False, True, True)
    assert match_parts(g, make_event(kind="summit", value="2022")) == (True, False, True)
    parts = match_parts(g, make_event(kind="forum", value="2022-05", countries=("KZ",)))
    assert (parts.kind, parts.date, parts.participants) == (True, True, False)
    # the document is matches' own: the parts hold in another document, the match does not
    other = make_event(kind="summit", value="2022-05-10", document="doc9")
    assert all(match_parts(g, other)) and not matches(g, other)


def test_matching_is_one_to_one_and_prefers_the_exact_date(make_event: MakeEvent) -> None:
    month, day = gold(value="2022-05"), gold(value="2022-05-10")
    first = make_event(value="2022-05-10", start=0, end=5)
    twice = make_event(value="2022-05-10", start=10, end=15)
    result = score([first, twice], [month, day])
    assert (len(result.matched), result.missed, result.spurious) == (2, [], [])
    assert {g.date.value for g, _ in result.matched} == {"2022-05", "2022-05-10"}
    exact = score([first, twice], [day])
    assert (len(exact.matched), len(exact.spurious)) == (1, 1)
    assert exact.precision == 0.5 and exact.recall == 1.0
    assert round(exact.f1, 3) == 0.667


def test_a_side_the_gold_does_not_list_is_counted_not_penalized(make_event: MakeEvent) -> None:
    """A match asks for the key sides only; ``extra_sides`` shows the sides added beyond them."""
    exact = make_event(countries=("KZ", "TR"), start=0, end=5)
    wider = make_event(countries=("KZ", "TR", "GR"), start=10, end=15)
    assert score([exact], [gold()]).extra_sides == 0
    widened = score([wider], [gold()])
    assert (len(widened.matched), widened.extra_sides) == (1, 1)
    assert widened.f1 == 1.0
    # an unmatched event's sides are not counted: it is spurious already
    assert score([wider], [gold(actors=("FR",))]).extra_sides == 0


def test_the_kind_table_pools_recall_by_gold_kind_and_precision_by_found_kind(
    make_event: MakeEvent,
) -> None:
    first = score([make_event(kind="visit")], [gold(kind="visit"), gold(kind="signing")])
    second = score([make_event(kind="meeting", document="doc2")], [gold(documents=("doc2",))])
    rows = {
        line.split(" | ")[0].lstrip("| "): line for line in kind_table([first, second]).splitlines()
    }
    # visits: two gold (one recalled), one found right; a meeting found for no gold
    assert rows["visit"] == "| visit | 2 | 1 | 0.500 | 1 | 1 | 1.000 |"
    assert rows["signing"] == "| signing | 1 | 0 | 0.000 | 0 | 0 | 0.000 |"
    assert rows["meeting"] == "| meeting | 0 | 0 | 0.000 | 1 | 0 | 0.000 |"
    assert list(rows)[2] == "visit"  # the most gold first, after the header's two lines


def test_events_of_documents_outside_the_gold_set_are_not_counted(make_event: MakeEvent) -> None:
    result = score([make_event(document="elsewhere")], [gold()])
    assert (result.found, result.recall, result.f1) == (0, 0.0, 0.0)


def test_scores_per_region_group(make_event: MakeEvent) -> None:
    gold_set = GoldSet(
        events=(gold(documents=("a1",)), gold(documents=("b1",), kind="call")),
        regions={"a1": "asean", "b1": "balkans", "b2": "balkans"},
    )
    found = [
        make_event(document="a1"),
        make_event(document="b1", kind="visit"),  # wrong kind: spurious, the call missed
        make_event(document="b2", kind="summit"),  # nothing told there: spurious
    ]
    rows = dict(score_by_region(found, gold_set))
    assert list(rows) == ["all", "asean", "balkans"]
    assert (rows["all"].gold, rows["all"].found, len(rows["all"].matched)) == (2, 3, 1)
    assert (rows["asean"].precision, rows["asean"].recall) == (1.0, 1.0)
    assert (rows["balkans"].gold, rows["balkans"].found, rows["balkans"].f1) == (1, 2, 0.0)
    table = scores_table(list(rows.items()))
    assert table.splitlines()[3].startswith("| asean | 1 | 1 | 1 | 1.000 |")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gold.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_gold_mapping_gives_each_document_its_region(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "documents:\n  a1: asean\n  b1: balkans\nevents:\n"
        "- documents: [a1]\n  kind: summit\n  value: 2019-02-10/2019-02-11\n"
        "  status: occurred\n  actors: [ASEAN]\n  evidence: the summit\n",
    )
    gold_set = load_gold_set(path)
    assert gold_set.regions == {"a1": "asean", "b1": "balkans"}
    assert gold_set.documents() == {"a1", "b1"}
    assert gold_set.events[0].line == 5
    assert gold_set.in_region("balkans").events == ()


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        (
            "documents:\n  a1: asean\nevents:\n- documents: [b9]\n  kind: visit\n"
            "  value: '2020'\n  status: occurred\n",
            "document 'b9' is not listed under documents",
            4,
        ),
        (
            "- documents: [a1]\n  kind: visit\n  value: '2020'\n  status: occurred\n"
            "  actors: [DK, NO]\n",
            "actors must be a list of codes, not ['DK', False]",  # YAML reads NO as false
            1,
        ),
        ("- documents: [a1]\n  kind: trip\n  value: '2020'\n  status: occurred\n", "trip", 1),
        ("- documents: [a1]\n  kind: visit\n  value: 2020-13\n  status: occurred\n", "2020-13", 1),
        ("documents: {a1: asean}\n", "documents (id: region group) and events", None),
        ("just text\n", "must be a YAML list of events", None),
    ],
)
def test_a_wrong_gold_file_names_the_line_and_the_value(
    tmp_path: Path, text: str, message: str, line: int | None
) -> None:
    with pytest.raises(DataError) as caught:
        load_gold_set(write(tmp_path, text))
    assert message in str(caught.value)
    assert caught.value.line == line
