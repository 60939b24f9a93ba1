"""One gathering told twice in one document folds into one (docs/history/extraction-log.md,
"Eleventh pass": a summit and the meeting of its leaders, a forum and the summit it is
held with); two events stay two when their days or their sides differ, when a meeting
is told as one of its own ("talks with", on the sidelines), and texts signed on one day
stay one event each.

Sentences of our own, in the manner of the news the extractor reads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from timeline.extract.duplicates import (
    event_told_again,
    fold_duplicates,
    fold_texts_told_again,
    tell_one_event,
    text_told_again,
)
from timeline.model import Event

from .conftest import article_events

Make = Callable[..., Event]


def test_the_meeting_of_a_summit_folds_into_the_summit(make_event: Make) -> None:
    summit = make_event(
        "summit", "2021-06-04", ("AM", "BY", "KZ", "RU"), start=100, end=140, title="EAEU summit"
    )
    talks = make_event("meeting", "2021-06-04", ("KZ", "RU"), start=10, end=50, title="Talks")
    out = fold_duplicates([talks, summit])
    assert len(out) == 1
    (event,) = out
    # the gathering keeps its kind and title, and takes both quotes
    assert (event.kind.value, event.title) == ("summit", "EAEU summit")
    assert [(s.start, s.end) for s in event.sources] == [(10, 50), (100, 140)]
    assert set(event.countries) == {"AM", "BY", "KZ", "RU"}


def test_the_more_precise_date_wins_and_brings_the_other_sides(make_event: Make) -> None:
    summit = make_event("summit", "2024", ("ZA",), title="The summit of 2024")
    meeting = make_event("meeting", "2024-02-17", ("ZA", "NA"), start=20, end=30, title="Talks")
    (event,) = fold_duplicates([summit, meeting])
    assert (event.kind.value, event.date.value, event.title) == ("meeting", "2024-02-17", "Talks")
    assert set(event.countries) == {"NA", "ZA"}


def test_documents_signed_on_one_day_stay_one_event_each(make_event: Make) -> None:
    adopted = make_event("adoption", "2019-11-05", ("CL", "PE"), start=0, end=10)
    signed = make_event("signing", "2019-11-05", ("CL", "PE"), start=40, end=60)
    assert fold_duplicates([adopted, signed]) == [adopted, signed]


def test_a_meeting_told_as_its_own_is_not_folded(make_event: Make) -> None:
    summit = make_event("summit", "2022-12-13", ("AZ", "TM", "TR"))
    quote = "Bilateral talks will be held on the sidelines of the summit."
    bilateral = make_event(
        "meeting",
        "2022-12-13",
        ("TM", "TR"),
        sources=[{"document": "doc1", "quote": quote, "start": 50, "end": 50 + len(quote)}],
    )
    assert not tell_one_event(summit, bilateral)


def test_other_days_or_other_sides_stay_two_events(make_event: Make) -> None:
    first_day = make_event("summit", "2019-10-08", ("LA", "TH"))
    second_day = make_event("summit", "2019-10-09", ("LA", "TH"), start=30, end=40)
    assert not tell_one_event(first_day, second_day)
    # a meeting of two other members at the same gathering is its own event
    summit = make_event("summit", "2022-10-13", ("KZ", "TR"))
    bilateral = make_event("meeting", "2022-10-13", ("RU", "TR"), start=30, end=40)
    assert not tell_one_event(summit, bilateral)
    assert len(fold_duplicates([first_day, second_day, summit, bilateral])) == 4


def _met(make_event: Make, person: str, start: int) -> Event:
    participants = [
        {"id": "justin-trudeau", "name": "Justin Trudeau", "type": "person", "country": "CA"},
        {"id": person, "name": person.replace("-", " ").title(), "type": "person", "country": "IE"},
        {"id": "CA", "type": "country"},
        {"id": "IE", "type": "country"},
    ]
    return make_event(
        "meeting",
        "2017-07-04",
        ("CA", "IE"),
        start=start,
        end=start + 30,
        participants=participants,
    )


def test_a_visitors_meetings_with_two_hosts_stay_two(make_event: Make) -> None:
    # the merge's rule (timeline.merge.met_by_different_people): one meeting per counterpart
    president = _met(make_event, "michael-d-higgins", 0)
    premier = _met(make_event, "leo-varadkar", 60)
    assert not tell_one_event(president, premier)
    assert fold_duplicates([president, premier]) == [president, premier]
    # the same host told again is the same meeting
    again = _met(make_event, "leo-varadkar", 120)
    assert tell_one_event(premier, again)


def test_a_visitors_meetings_with_two_hosts_end_to_end(tmp_path: Path) -> None:
    body = (
        "Canadian Prime Minister Justin Trudeau arrived in Dublin on Tuesday for a two-day "
        "visit. On Tuesday Trudeau met Irish President Michael Higgins at Aras an Uachtarain. "
        "Trudeau later met Taoiseach Leo Varadkar at Farmleigh House."
    )
    meetings = [
        e for e in article_events(tmp_path, body, "2017-07-04") if e.kind.value == "meeting"
    ]
    people = sorted(
        sorted(p.id for p in e.participants if p.type.value == "person") for e in meetings
    )
    assert people == [
        ["justin-trudeau", "leo-varadkar"],
        ["justin-trudeau", "michael-higgins"],
    ]
    assert {e.date.value for e in meetings} == {"2017-07-04"}


def test_kinds_of_other_classes_are_left_alone(make_event: Make) -> None:
    visit = make_event("visit", "2023-05-02", ("BR", "PT"))
    call = make_event("call", "2023-05-02", ("BR", "PT"), start=20, end=30)
    meeting = make_event("meeting", "2023-05-02", ("BR", "PT"), start=40, end=50)
    assert fold_duplicates([visit, call, meeting]) == [visit, call, meeting]


def _gatherings(tmp_path: Path, body: str) -> list[Event]:
    return [
        e
        for e in article_events(tmp_path, body, "2023-03-15")
        if e.kind.value in {"summit", "meeting", "forum"}
    ]


SUMMIT = (
    "The 14th summit of Mercosur opened in Asuncion on Tuesday, March 14, 2023, with the "
    "presidents of Paraguay, Brazil, Argentina and Uruguay. "
)


def test_a_forum_held_with_a_summit_is_the_summit_end_to_end(tmp_path: Path) -> None:
    body = SUMMIT + (
        "The business forum of Mercosur, held in Asuncion alongside the summit on Tuesday, "
        "March 14, 2023, gathered the presidents of Paraguay and Brazil."
    )
    (summit,) = _gatherings(tmp_path, body)
    assert (summit.kind.value, summit.date.value) == ("summit", "2023-03-14")
    assert {"AR", "BR", "PY", "UY"} <= set(summit.countries)
    # the forum's quote is kept as a second source of the summit
    assert any("business forum" in s.quote for s in summit.sources)


def test_talks_of_two_leaders_at_a_summit_stay_their_own_end_to_end(tmp_path: Path) -> None:
    body = SUMMIT + (
        "Paraguayan President Mario Abdo Benitez held talks with Brazilian President Lula da "
        "Silva in Asuncion on Tuesday, March 14, 2023."
    )
    kinds = sorted(e.kind.value for e in _gatherings(tmp_path, body))
    assert kinds == ["meeting", "summit"]


# One text told again (sixty-sixth pass): a sentence that opens on the text by a definite
# noun tells the act the article told first. Sentences of the fifty-nine tuning sets.


def _texts(tmp_path: Path, body: str, published: str) -> list[Event]:
    return [
        e
        for e in article_events(tmp_path, body, published)
        if e.kind.value in {"signing", "adoption", "statement"}
    ]


def test_the_declaration_told_again_is_the_adoption_end_to_end(tmp_path: Path) -> None:
    body = (
        "The 32nd Arab League Summit concluded on Friday in the Saudi city of Jeddah by "
        "adopting the Jeddah Declaration, which calls for Arab unity to solve regional issues. "
        "The declaration welcomed Syria's readmission to the Arab League (AL), vowing to "
        "intensify pan-Arab efforts to help Syria tackle its crisis."
    )
    (adopted,) = _texts(tmp_path, body, "2023-05-20")
    assert (adopted.kind.value, adopted.date.value) == ("adoption", "2023-05-19")
    assert adopted.title == "Jeddah Declaration adopted"
    assert [s.quote[:16] for s in adopted.sources] == ["The 32nd Arab Le", "The declaration "]


def test_a_named_declaration_told_again_is_its_signing_end_to_end(tmp_path: Path) -> None:
    body = (
        "On Tuesday, 33 countries of the Community of Latin American and Caribbean States "
        '(CELAC) signed the "Buenos Aires Declaration," through which they pledged to deepen '
        "integration, climate action and democracy. The Buenos Aires Declaration also points "
        "out the progress achieved in the CELAC's political dialogue with extra-regional "
        "partners, including the European Union, China, India and the African Union."
    )
    (signed,) = _texts(tmp_path, body, "2023-01-25")
    assert (signed.kind.value, signed.date.value) == ("signing", "2023-01-24")
    assert len(signed.sources) == 2


def _said(make_event: Make, kind: str, quote: str, start: int, **extra: object) -> Event:
    source = {"document": "doc1", "quote": quote, "start": start, "end": start + len(quote)}
    return make_event(kind, "2019-07-06", ("CL", "PE"), sources=[source], **extra)


def test_another_text_or_an_earlier_sentence_is_not_the_text_told_again(
    make_event: Make,
) -> None:
    lima = _said(make_event, "signing", "Peru and Chile signed the Lima Declaration.", 0)
    # another name: another text
    other = _said(make_event, "signing", "The Environmental Declaration was signed.", 50)
    assert not text_told_again(lima, other)
    # a text the first act does not name
    treaty = _said(make_event, "signing", "The treaty was signed by both ministers.", 50)
    assert not text_told_again(lima, treaty)
    # the same text, told again: folded into the act told first, not the other way
    again = _said(make_event, "adoption", "The declaration welcomed the new members.", 50)
    assert text_told_again(lima, again) and not text_told_again(again, lima)
    assert fold_texts_told_again([lima, other, again]) == [
        lima.model_copy(update={"sources": lima.sources + again.sources}),
        other,
    ]
    # several texts are not one ("The agreements signed yesterday")
    plural = _said(make_event, "signing", "The declarations were signed by all.", 50)
    assert not text_told_again(lima, plural)


# One meeting told again (sixty-sixth pass): a sentence that opens on it by a definite
# noun and nothing else tells the meeting told before it, whatever sides it names.


def test_the_meeting_told_again_is_the_meeting_end_to_end(tmp_path: Path) -> None:
    body = (
        "The Permanent Council of the Organization of American States (OAS) held a special "
        "meeting on Friday, January 10, in Washington to consider recent developments in "
        "Venezuela. The meeting was held at the request of the Permanent Missions of Brazil, "
        "Canada, Colombia, Guatemala, Paraguay, Peru, the United States, and Venezuela."
    )
    (meeting,) = [
        e for e in article_events(tmp_path, body, "2020-01-10") if e.kind.value == "meeting"
    ]
    assert (meeting.date.value, len(meeting.sources)) == ("2020-01-10", 2)
    assert meeting.sources[0].quote.startswith("The Permanent Council")


def test_the_days_talks_told_again_are_the_meeting_end_to_end(tmp_path: Path) -> None:
    body = (
        "Russian Armed Forces General Staff Valery Gerasimov and Petr Pavel, chairman of North "
        "Atlantic Treaty Organization (NATO) agreed to continue contact during a meeting in "
        "Baku, the capital of Azerbaijan on Thursday. Thursday's talks were held ahead the "
        "joint Zapad-2017 Russian exercises with Belarus next week."
    )
    meetings = [
        e for e in article_events(tmp_path, body, "2017-09-07") if e.kind.value == "meeting"
    ]
    assert [len(m.sources) for m in meetings] == [2]


def _told(make_event: Make, quote: str, start: int, value: str = "2023-02-15") -> Event:
    source = {"document": "doc1", "quote": quote, "start": start, "end": start + len(quote)}
    return make_event("meeting", value, ("EG", "TD"), sources=[source])


def test_a_meeting_named_or_on_the_sidelines_is_not_the_meeting_told_again(
    make_event: Make,
) -> None:
    met = _told(make_event, "Shokry met with his Chadian counterpart on Wednesday.", 0)
    assert event_told_again(met, _told(make_event, "The meeting focused on Sudan.", 60))
    # a meeting named, or with another side, or a gathering named as the occasion
    for quote in (
        "The meeting of the Executive Council of the African Union opened.",
        "The meeting with former president Mujica should take place at 4:30 pm.",
        "The meeting took place on the sidelines of the 42nd Ordinary Meeting of the "
        "Executive Council of the African Union.",
    ):
        assert not event_told_again(met, _told(make_event, quote, 60)), quote
    # the anaphor adds no precision it would lose, and refers back, not ahead
    week = _told(make_event, "Shokry will meet his Chadian counterpart next week.", 0, "2023-W07")
    assert not event_told_again(week, _told(make_event, "The meeting is set for Wednesday.", 60))
    assert not event_told_again(_told(make_event, "The meeting focused on Sudan.", 60), met)


# One summit of an organization told with different members of it (seventy-second pass):
# every state named is a member of the body both name (data/organizations.yaml).


def _summit(make_event: Make, countries: tuple[str, ...], start: int, title: str) -> Event:
    participants = [{"id": c, "type": "country"} for c in countries]
    participants.append({"id": "IGAD", "type": "organization"})
    return make_event(
        "summit",
        "2024-01-18",
        countries,
        start=start,
        end=start + 20,
        participants=participants,
        title=title,
    )


def test_a_bodys_summit_told_with_other_members_is_one(make_event: Make) -> None:
    # "The 42nd Extraordinary Assembly of the Intergovernmental Authority on Development
    # (IGAD) ..., hosted by Uganda, has convened ...", then "the summit was confirmed at the
    # request of the Federal Republic of Somalia ... between ... Ethiopia and ... Somalia"
    hosted = _summit(make_event, ("UG",), 0, "42nd IGAD summit")
    requested = _summit(make_event, ("DJ", "ET", "SO"), 100, "IGAD summit")
    assert tell_one_event(hosted, requested)
    (summit,) = fold_duplicates([hosted, requested])
    assert summit.title == "42nd IGAD summit"
    assert {"DJ", "ET", "SO", "UG"} <= set(summit.countries)
    # a state that is no member: a partner's summit with the body
    partner = _summit(make_event, ("US",), 100, "IGAD summit")
    assert not tell_one_event(hosted, partner)
    # another numbered session of the body
    other = _summit(make_event, ("ET",), 100, "43rd IGAD summit")
    assert not tell_one_event(hosted, other)
