"""One mention, several events: a meeting, call or visit with each listed counterpart.

"Yesterday, the Prime Minister also had bilateral meetings with Palestinian President
Mahmoud Abbas, South African President Cyril Ramaphosa and Kenyan President Uhuru
Kenyatta" tells three meetings, one per counterpart (the gold rule: "meetings with
three presidents on Wednesday are one meeting per counterpart"); "Lavrov held six
bilateral meetings with his counterparts from ..." six; "Blinken is visiting ... Kenya,
Nigeria and Senegal" three visits (a tour that names several states is one visit per
state); "Presidents of Lithuania and Poland ... arrived in Kyiv" two visits.

A *list* (:func:`listed_sides`) is a run of actor mentions of two sides or more in which
each new side follows the one before after a joint (a comma or "and", with no word that
opens another phrase: "on", "in", "before" ...), the words of one item between ("Mr.
Amadou Ba, Minister of Foreign Affairs of the Republic of Senegal"). It is read after the
trigger (the counterparts, the destinations), within a few words of it; for a visit also
as its subject, ending right before the trigger, with one country after it (the
travellers and the place they arrive in). A meeting, call or plural summit is split only
when a cue in its clause tells it one by one ("separate", "bilateral", "individually"),
not because a person is named for each side ("met Japanese Prime Minister Fumio Kishida
and South Korean President Yoon Suk Yeol at Camp David" is the trilateral) nor because the
counterparts are named by their offices ("the presidents of"): neither carried a gain of
its own on the tuning sets. A visit is split when every listed side is a country. The
event is split when the list names two sides or more of its participants and the rest of
them hold exactly one country: "The Nordic prime ministers then met the prime ministers
of the Baltic countries" is one meeting of eight. A gathering of them all is not split:
"trilateral", "joint", "together" in the clause, "talks between", "the meeting of the
ministers of", "countries such as". A person of no known country named inside one item of
the list goes with that item's side only (:func:`_owner`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer import ActorMention
from ..model import ActorType, Event, EventKind, Participant
from .counterpart_words import WORDS as _WORDS
from .participant_choice import side_of

__all__ = ["SPLIT_KINDS", "listed_sides", "per_counterpart"]

#: The kinds split per listed side (a summit only when its trigger is plural, "summits").
SPLIT_KINDS = (EventKind.meeting, EventKind.call, EventKind.visit, EventKind.summit)
#: Between two items of a list: a comma or "and", no word that starts another phrase.
_JOINT = re.compile(r",|\band\b", re.I)


def _any_word(key: str) -> str:
    """One of the words of a list of counterpart_words.yaml, whole, longest first."""
    words = sorted(_WORDS.words(key), key=len, reverse=True)
    return r"\b(?:" + "|".join(map(re.escape, words)) + r")\b"


_BREAK = re.compile(r"[.;:()]|" + _any_word("phrase_breaks"), re.I)
#: Told one by one: "held separate meetings", "bilateral talks with", "individually".
_SEPARATE = re.compile(_any_word("separate_cues"), re.I)
#: Before the list, it names the sides of one gathering: "talks between", "among".
_AMONG = re.compile(r"^\s*of\b|\bbetween\b|\bamong\s+(?!them\b|others\b)|\bsuch\s+as\b", re.I)
#: The most characters between two items, and between the trigger and its list.
_GAP = 60
_LEAD = 100
#: Words that make the listed sides one gathering.
_TOGETHER = re.compile(_any_word("together_cues"), re.I)
#: A meeting told by its verb ("met", "meet"), not by its noun.
_MET = re.compile(_any_word("meeting_verbs"), re.I)
#: Between the verb and the list, the people met named by a plural noun before their
#: states: "with the leaders of", "the heads of state from", "with his peers" (then each
#: named with their state: "Mauricio Macri of Argentina and Michel Temer of Brazil").
_PEOPLE_OF = re.compile(
    r"\s+(?:with\s+)?(?:(?:the|his|her|their)\s+)?"
    + _any_word("people_met")
    + r"\s+(?:(?:of|from)\s+(?:the\s+)?)?",
    re.I,
)
#: The states before the noun: "his Tonga and Samoa counterparts".
_THEIR = re.compile(r"\s+(?:with\s+)?(?:his|her|their)\s+", re.I)
_PEOPLE_AFTER = re.compile(r"\s+" + _any_word("people_met"), re.I)


def _joint(text: str) -> bool:
    return len(text) <= _GAP and bool(_JOINT.search(text)) and not _BREAK.search(text)


def listed_sides(text: str, actors: Sequence[ActorMention], start: int, end: int) -> list[str]:
    """The sides of the list that opens at the first actor mention of ``actors`` inside
    ``text[start:end]``, in order (empty unless two sides or more).

    >>> from types import SimpleNamespace as A
    >>> t = "met with the presidents of Senegal, Mali and Ghana on Monday in Accra"
    >>> acts = [A(type="country", id=c, start=t.find(w), end=t.find(w) + len(w))
    ...         for c, w in (("SN", "Senegal"), ("ML", "Mali"), ("GH", "Ghana"))]
    >>> listed_sides(t, acts, 3, len(t))
    ['SN', 'ML', 'GH']
    >>> u = "met the president of Senegal on Monday in Mali"
    >>> listed_sides(u, [A(type="country", id="SN", start=21, end=28),
    ...                  A(type="country", id="ML", start=42, end=46)], 0, len(u))
    []
    """
    inside = sorted(
        (a for a in actors if start <= a.start and a.end <= end and side_of(a)),
        key=lambda a: a.start,
    )
    return _run(text, inside)[0]


def _run(text: str, inside: Sequence[ActorMention]) -> tuple[list[str], int]:
    """The sides of the list that opens at the first of ``inside`` (actor mentions with a
    side, in order) and where it ends (empty and -1 unless two sides or more)."""
    items: dict[str, None] = {}
    last: str | None = None
    last_end = -1
    for a in inside:
        side = side_of(a)
        assert side is not None
        if last is not None and side != last and side not in items:
            if not _joint(text[last_end : a.start]):
                break
        elif last is not None and (
            a.start - last_end > _GAP or _BREAK.search(text, last_end, a.start)
        ):
            break  # the same side again in another phrase
        items.setdefault(side)
        last, last_end = side, a.end
    return (list(items), last_end) if len(items) >= 2 else ([], -1)


def _met_each(text: str, trigger: tuple[int, int], after: Sequence[ActorMention], end: int) -> bool:
    """Whether a meeting told by its verb names the people met by a plural noun of persons
    with their states listed, one meeting each: "met with the leaders of Algeria, Morocco,
    Tunisia and Estonia", "has met his Tonga and Samoa counterparts" (sixty-eighth pass).

    >>> from types import SimpleNamespace as A
    >>> t = "met his Tonga and Samoa counterparts on the sidelines"
    >>> acts = [A(type="country", id=c, start=t.find(w), end=t.find(w) + len(w))
    ...         for c, w in (("TO", "Tonga"), ("WS", "Samoa"))]
    >>> _met_each(t, (0, 3), acts, len(t))
    True
    >>> _met_each("a meeting with his Tonga and Samoa counterparts", (2, 9), acts, len(t))
    False
    """
    if not after or _MET.fullmatch(text, trigger[0], trigger[1]) is None:
        return False
    if _PEOPLE_OF.fullmatch(text, trigger[1], after[0].start) is not None:
        return True
    if _THEIR.fullmatch(text, trigger[1], after[0].start) is None:
        return False
    inside = [a for a in after if a.end <= end and side_of(a)]
    _, list_end = _run(text, inside)
    return list_end >= 0 and _PEOPLE_AFTER.match(text, list_end) is not None


def _list_before(text: str, actors: Sequence[ActorMention], start: int, trigger: int) -> list[str]:
    """The list that ends right before the trigger (its subject): the last actor mention
    of the clause before it lies within a few words of it."""
    before = [a for a in actors if start <= a.start and a.end <= trigger and side_of(a)]
    if not before:
        return []
    last = max(before, key=lambda a: a.end)
    if len(text[last.end : trigger].split()) > 3 or _JOINT.search(text, last.end, trigger):
        return []
    first = min(before, key=lambda a: a.start)
    sides = listed_sides(text, before, first.start, trigger)
    # the whole run must reach the last mention
    return sides if sides and side_of(last) in sides else []


def _countries(actors: Sequence[ActorMention]) -> set[str]:
    return {a.id for a in actors if a.type == "country"}


def _side(p: Participant) -> str | None:
    """The side a participant stands for: a person's country, any other actor itself."""
    return p.country if p.type is ActorType.person else p.id


def _sides(e: Event) -> list[str]:
    return list(dict.fromkeys(s for p in e.participants if (s := _side(p))))


def per_counterpart(
    text: str,
    event: Event,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    actors: Sequence[ActorMention],
) -> list[list[Participant]]:
    """The participants of each event ``event`` tells, one per listed side, or empty
    when it tells one (see the module docstring). ``actors``: its sentence's actor
    mentions; ``trigger``, ``clause`` and ``sentence``: spans of ``text``."""
    kind = event.kind
    if kind not in SPLIT_KINDS:
        return []
    word = text[trigger[0] : trigger[1]]
    if kind is EventKind.summit and not word.lower().endswith("s"):
        return []
    if _TOGETHER.search(text, clause[0], clause[1]):
        return []
    have = _sides(event)
    subject = {
        s for a in actors if clause[0] <= a.start and a.end <= trigger[0] if (s := side_of(a))
    }
    after = [a for a in actors if a.start >= trigger[1] and a.end <= sentence[1]]
    listed: list[str] = []
    lead = text[trigger[1] : after[0].start] if after else ""
    if after and len(lead) <= _LEAD and "." not in lead and not _AMONG.search(lead):
        items = [s for s in listed_sides(text, after, trigger[1], sentence[1]) if s not in subject]
        if kind is EventKind.visit:
            one_by_one = all(s in _countries(actors) for s in items)
        else:
            one_by_one = bool(_SEPARATE.search(text, clause[0], clause[1])) or (
                kind is EventKind.meeting and _met_each(text, trigger, after, sentence[1])
            )
        listed = items if one_by_one else []
    if len(listed) < 2 and kind is EventKind.visit:
        # the travellers as the subject, with the one place they arrive in after the trigger
        listed = _list_before(text, actors, clause[0], trigger[0])
        named_after = listed_sides(text, after, trigger[1], sentence[1]) or [
            s for a in after[:1] if (s := side_of(a))
        ]
        countries = _countries(actors)
        if (
            len(named_after) != 1
            or named_after[0] in listed
            or named_after[0] not in countries
            or not all(s in countries for s in listed)
        ):
            return []
    listed = [s for s in dict.fromkeys(listed) if s in have]
    if len(listed) < 2:
        return []
    countries = set(event.countries)
    rest = [s for s in have if s not in listed]
    if sum(s in countries for s in rest) != 1:
        return []
    marks = [(a.start, a.end, s) for a in after if (s := side_of(a)) in listed]
    # a person of no known country goes with the item that names them, else with each
    named: dict[str, list[ActorMention]] = {}
    for a in after:
        if a.type == "person":
            named.setdefault(a.id, []).append(a)
    owners: dict[str, str] = {}
    for p in event.participants:
        if p.type is ActorType.person and not p.country:
            owner = _owner(text, named.get(p.id, []), marks)
            if owner is not None:
                owners[p.id] = owner
    return [
        [
            p
            for p in event.participants
            if (_side(p) not in listed and owners.get(p.id, s) == s) or _side(p) == s
        ]
        for s in listed
    ]


def _owner(
    text: str, persons: Sequence[ActorMention], marks: Sequence[tuple[int, int, str]]
) -> str | None:
    """The listed side whose item holds a person of no known country: the side named
    next to the person's name with no joint between ("the Islamic Republic of Iran Hossein
    Amir Abdollahian, the Russian Federation Sergey Lavrov"), if one only."""
    owners = set()
    for person in persons:
        for start, end, side in marks:
            if end <= person.start:
                gap = (end, person.start)
            elif person.end <= start:
                gap = (person.end, start)
            else:
                continue
            # the gap is measured before it is read: a long sentence costs no long slices
            if gap[1] - gap[0] <= _GAP and not (
                _JOINT.search(text, *gap) or _BREAK.search(text, *gap)
            ):
                owners.add(side)
    return owners.pop() if len(owners) == 1 else None
