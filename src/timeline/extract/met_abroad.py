"""The visit a meeting held in one side's country tells: the other side went there.

"Prime Minister Nikol Pashinyan on Thursday met with President Emmanuel Macron of France
in Paris", "Leaders Anthony Albanese and James Marape agreed ... at a meeting in Port
Moresby on Thursday", "Prime Minister Alexander De Croo will meet his Dutch counterpart
Mark Rutte in The Hague on 20 October": the meeting is the reader's, and the journey that
brought the guest is told by its place alone, with no word of a visit. The gold lists
that visit beside the meeting (issue #12: 69 of the fifty-nine's 486 missed visits were
found as a meeting only, some 25 of them a meeting in one side's country;
sixty-eighth pass). :func:`visits_of_meetings_abroad` gives it, one per meeting that is:

* a meeting held where the reader placed it in one of its states (its
  :class:`~timeline.model.Location`'s country): that one is the host, and the guest the
  one other state a person it names stands for; a third state the sentence names is
  told, not met ("Bahrain's Foreign Minister ... in a meeting with Palestinian President
  Mahmoud Abbas on Monday in Ramallah conveyed a message" in a story on Israel), when a
  person of the host's, or of no state the reader knows, is named too (not "Obama" read
  into a meeting in Tehran; sixty-ninth pass);
* of no organization (a session of a body, "the EU-Canada Joint Ministerial Committee
  ... in Brussels", "the G7 Foreign Ministers' Meeting was held in Munich", gathers
  delegates where the body sits, not a state's guest);
* attended by a person of the guest's state the text names (not a state's delegation
  told by its country alone: "The 7th meeting of the Kyrgyz-Kazakh Intergovernmental
  Council was held in Astana", a meeting of officials whose journey the gold does not
  list);
* dated by a day or a range of days (a meeting of a month or a year is background told
  in passing: "The last 2+2 Ministerial Dialogue ... was held in October 2020 in New
  Delhi");
* and not a visit the document already tells: no visit of both states dated by a day or
  a week within three days of it (a visit dated by its year, "welcome the visit of
  Khurelsukh to Japan in the year when ...", spans the meeting's day but does not tell
  it; sixty-ninth pass).

The visit keeps the meeting's date, status, place and quote; the guest's side are its
visitors and the host's its hosts (:class:`~timeline.model.Role`). Measured on the
fifty-nine tuning sets (sixty-eighth pass): 6,132 → 6,166 right of 8,881 → 8,963 found,
F1 0.67787 → 0.67855, no gold event lost; wn dev + wn-i unchanged (122 of 188). The
third state and the visit of a year (sixty-ninth pass): 6,208 → 6,213 right of 9,018 →
9,027 found, F1 0.68111 → 0.68132; wn dev + wn-i unchanged (122 of 188).

The other way round, :func:`sides_of_lone_visits`: a visit dated by a day whose sentence
names one state only, as its host or its visitor ("Minister Tanja Fajon is visiting Japan
with a strong economic delegation": Fajon's state is not known to the reader; "Foreign
Minister Zohrab Mnatsakanyan, who is on an official visit in Riga"), is no visit the
merge keeps (:func:`~timeline.extract.coreference.has_both_sides`); a meeting of its days
between that state and exactly one other, of no organization, names the side it lacks
("She also met with Minister of Foreign Affairs Takeshi Iwaya": Slovenia's visit to
Japan). Measured (sixty-ninth pass): the fifty-nine 6,213 → 6,215 right of 9,027 → 9,029
found, F1 0.68132 → 0.68147; wn dev + wn-i unchanged (122 of 188).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta

from ..model import ActorType, Event, EventKind, Participant, Precision, Role
from .title_names import title_sides
from .titles import visit_title

__all__ = ["sides_of_lone_visits", "visits_of_meetings_abroad"]

#: How far apart a visit the document tells may be from the meeting and still be its.
_NEAR = timedelta(days=3)

#: The precisions of a visit that tells the meeting's journey; a visit of a month or a
#: year spanning the meeting's day is its year told in passing, not its day.
_DAYS = frozenset({Precision.day, Precision.week})


def _side(p: Participant) -> str:
    """The state a participant stands for: a person's country, any other actor itself."""
    return p.country or p.id if p.type is ActorType.person else p.id


def _told_already(visits: Sequence[Event], host: str, meeting: Event) -> bool:
    """Whether ``visits`` (the guest's state's) hold one of the host's within :data:`_NEAR`
    of the meeting."""
    return any(
        host in v.countries
        and v.date.precision in _DAYS
        and v.date.start - _NEAR <= meeting.date.end
        and meeting.date.start <= v.date.end + _NEAR
        for v in visits
    )


def _guest(meeting: Event) -> tuple[str, str] | None:
    """The guest's state and the host's of a meeting held in one of its states, when it is
    one that tells a visit (see the module docstring); None else."""
    host = meeting.location.country if meeting.location is not None else None
    if (
        meeting.kind is not EventKind.meeting
        or host is None
        or host not in meeting.countries
        or meeting.date.precision is not Precision.day
        or any(p.type is ActorType.organization for p in meeting.participants)
    ):
        return None
    # the guest is the one state other than the host that a named person stands for; a
    # state the sentence names besides is told, not met ("Foreign Minister Tanja Fajon will
    # host her Austrian counterpart Alexander Schallenberg in Ljubljana on Monday" in a
    # story on Ukraine: Austria's visit)
    guests = {
        p.country
        for p in meeting.participants
        if p.type is ActorType.person and p.country is not None and p.country != host
    }
    if len(guests) != 1:
        return None
    guest = guests.pop()
    if guest not in meeting.countries:
        return None
    if len(set(meeting.countries)) > 2 and not any(
        p.type is ActorType.person and p.country in (host, None) for p in meeting.participants
    ):
        return None  # a third state named and no person of the host's: whose meeting is unsure
    return guest, host


def visits_of_meetings_abroad(events: Sequence[Event]) -> list[Event]:
    """The visits the meetings of ``events`` held in one side's country tell, each once,
    that ``events`` do not hold already (see the module docstring)."""
    visits: list[Event] = []
    # each state's visits, the document's and those given here, read per meeting: a
    # document of many meetings is not read again whole for each (linear in its events)
    by_state: dict[str, list[Event]] = {}
    for v in events:
        if v.kind is EventKind.visit:
            for state in set(v.countries):
                by_state.setdefault(state, []).append(v)
    for meeting in events:
        sides = _guest(meeting)
        if sides is None:
            continue
        guest, host = sides
        if _told_already(by_state.get(guest, ()), host, meeting):
            continue
        participants = [
            p.model_copy(update={"role": Role.host if _side(p) == host else Role.visitor})
            for p in meeting.participants
            if _side(p) in (guest, host) or (p.type is ActorType.person and p.country is None)
        ]
        title = visit_title(participants, title_sides(participants), "", "", meeting.location)
        visit = meeting.model_copy(
            update={
                "id": f"{meeting.id}-visit",
                "kind": EventKind.visit,
                "title": title,
                "participants": participants,
            }
        )
        visits.append(visit)
        for state in set(visit.countries):
            by_state.setdefault(state, []).append(visit)
    return visits


def _other_side(visit: Event, meetings: Mapping[str, Sequence[Event]]) -> tuple[str, Role] | None:
    """The state a visit naming one state only lacks, and its role, from the meetings of
    its days between that state and exactly one other (``meetings``: by each of their
    states); None unless one."""
    state = visit.countries[0]
    others = {
        other
        for m in meetings.get(state, ())
        if m.date.start <= visit.date.end and visit.date.start <= m.date.end
        for other in m.countries
        if other != state
    }
    if len(others) != 1:
        return None
    other = others.pop()
    role = next(p.role for p in visit.participants if p.id == state)
    if role is Role.host:
        return other, Role.visitor
    if role is Role.visitor:
        return other, Role.host
    return None


def sides_of_lone_visits(events: Sequence[Event]) -> list[Event]:
    """``events``, each visit that names one state only given the other side from a meeting
    of its days between that state and exactly one other (see the module's note)."""
    meetings: dict[str, list[Event]] = {}  # by each of their two states: no rescan per visit
    for m in events:
        if (
            m.kind is EventKind.meeting
            and len(set(m.countries)) == 2
            and not m.organizations
            and m.date.precision is Precision.day
        ):
            for state in m.countries:
                meetings.setdefault(state, []).append(m)
    out: list[Event] = []
    for v in events:
        if (
            v.kind is EventKind.visit
            and len(set(v.countries)) == 1
            and not v.organizations
            and v.date.precision is Precision.day
            and (side := _other_side(v, meetings)) is not None
        ):
            added = Participant(id=side[0], type=ActorType.country, role=side[1])
            participants = [*v.participants, added]
            title = visit_title(participants, title_sides(participants), "", "", v.location)
            v = v.model_copy(update={"participants": participants, "title": title})
        out.append(v)
    return out
