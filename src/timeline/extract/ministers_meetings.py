"""Titles of an organization's ministers' meeting told in lower case: "Foreign ministers of
the Group of Eight countries stepped up pressure on Iran ... at a meeting here Thursday",
"the third meeting of the G20 finance ministers", "ASEAN foreign ministers met in Jakarta".

A meeting whose sides are one organization and its members (with the host the place
brings) was titled "Talks between G8 and Russia in Moscow", as if the body talked with its
host. The text names the meeting by the body's ministers; so does its title: "G8 foreign
ministers' meeting in Moscow". A meeting so named with capitals ("the 57th ASEAN Foreign
Ministers' Meeting") is :func:`timeline.extract.titles._named_meeting`'s; a state or a
person from outside the body among the sides ("a meeting involving foreign ministers of
Russia and the African Union troika") makes it talks between them, no title here.
"""

from __future__ import annotations

import re
from functools import cache

from ..gazetteer.codes import organization
from ..model import ActorType, Participant
from .cue_search import UNFOLDED
from .title_names import title_name

__all__ = ["ministers_meeting"]

#: The ministers of a portfolio, in the words news writes them: "foreign ministers",
#: "Finance Ministers", "ministers of foreign affairs", "defence ministers".
_PORTFOLIO = (
    r"(foreign|finance|defen[cs]e|trade|economy|economic|energy|agriculture|"
    r"health|interior|environment|transport|justice|education|labou?r|tourism)"
)
_MINISTERS = rf"{_PORTFOLIO}\s+ministers\b|ministers\s+of\s+{_PORTFOLIO}(?:\s+affairs)?\b"
#: How far around the trigger the ministers and their body are looked for.
_REACH = 120
#: The word every match of a body's ministers holds (:func:`_ministers`), beside the body's
#: name: a place of :func:`_told` without both (:func:`_may_tell`: "the G8 summit", "NATO's
#: meeting", "foreign ministers of Russia") is not searched, and its pattern for the body's
#: spelling (an alternation of about 1.3 ms to compile) is not compiled (docs/scale.md,
#: seventy-third pass).
_MINISTERS_WORD = re.compile(r"ministers", re.IGNORECASE)


def _body_spellings(code: str, label: str) -> list[str]:
    """The names a title's body goes by in a text: its label, name and aliases."""
    org = organization(code)
    names = [label] if org is None else [label, org.name, *org.aliases]
    return sorted({n for n in names if n}, key=len, reverse=True)


#: Between the ministers named before a meeting and its noun: what they did there ("stepped
#: up pressure on Iran ... at a", "held a preparatory", "began their"); not a gathering they
#: prepare or attend the margins of ("will make preparations for the meeting of the SCO
#: Heads of State Council", "on the sidelines of").
_NOT_THEIRS = re.compile(
    r"\b(?:for|ahead\s+of|before|after|of|sidelines|margins|fringes)\b", re.IGNORECASE
)


def _ministers(body: str) -> str:
    """The ministers of one body, by its escaped name: "G8 foreign ministers", "foreign
    ministers of the Group of Eight"."""
    return (
        rf"(?:\b{body}\W{{1,3}}(?:[A-Z]\w+\s+)?(?:{_MINISTERS})"
        rf"|(?:{_MINISTERS})\s+of\s+(?:the\s+)?{body}\b)"
    )


# Each place of :func:`_told` has its pattern per body, compiled once and only where that
# place names ministers (a corpus names a few hundred bodies: more than ``re``'s own cache
# keeps).
@cache
def _right_before(body: str) -> re.Pattern[str]:
    """The body's ministers ending the words before the meeting's noun or verb."""
    return re.compile(rf"{_ministers(body)}(?:['’]s?)?\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE)


@cache
def _right_after(body: str) -> re.Pattern[str]:
    """The body's ministers right after the meeting's noun ("of the G20 finance ministers")."""
    return re.compile(rf"\s+of\s+(?:the\s+)?(?:Council\s+of\s+)?{_ministers(body)}", re.IGNORECASE)


@cache
def _anywhere(body: str) -> re.Pattern[str]:
    """The body's ministers anywhere (the clause's subject, what they did between)."""
    return re.compile(_ministers(body), re.IGNORECASE)


def _tells_ministers(before: str, after: str) -> bool:
    """Whether one of the three places :func:`_told` searches holds "ministers" (in any
    case, as its patterns read it): else none of them can match.

    >>> _tells_ministers("the G8 ", " in Moscow"), _tells_ministers("a ", " of EU Ministers")
    (False, True)
    """
    return any(
        _MINISTERS_WORD.search(place) is not None
        for place in (before[-_REACH:], after[:_REACH], before[:_REACH])
    )


def _may_tell(place: str, name: str) -> bool:
    """Whether ``place`` may hold the ministers of the body called ``name``: it holds
    "ministers" and the name, in any case as the patterns read them (``str.lower`` lowers
    every character ``re`` takes for an ASCII letter to it but three,
    :data:`.cue_search.UNFOLDED`: a place with one of them, or a name beyond ASCII, is
    searched).

    >>> _may_tell("the G20 finance ministers", "G20"), _may_tell("G7 finance ministers", "G20")
    (True, False)
    """
    if _MINISTERS_WORD.search(place) is None:
        return False
    if not name.isascii() or any(letter in place for letter in UNFOLDED):
        return True
    return name.lower() in place.lower()


def _told(name: str, before: str, after: str) -> re.Match[str] | None:
    """The body's ministers the meeting is told of: right before its noun or verb ("G8
    foreign ministers met", "the G20 foreign Ministers' meeting"), right after its noun
    ("the third meeting of the G20 finance ministers", "a meeting of the Council of Foreign
    Ministers of the SCO"), or as the subject of its clause with what they did between
    ("Foreign ministers of the Group of Eight countries stepped up pressure ... at a
    meeting")."""
    body = re.escape(name)
    # the look back and ahead bounded: a clause without a stop may be long
    end_of_before = before[-_REACH:]
    if _may_tell(end_of_before, name):
        right_before = _right_before(body).search(end_of_before)
        if right_before is not None:
            return right_before
    start_of_after = after[:_REACH]
    if _may_tell(start_of_after, name):
        right_after = _right_after(body).match(start_of_after)
        if right_after is not None:
            return right_after
    start_of_before = before[:_REACH]
    if _may_tell(start_of_before, name):
        subject = _anywhere(body).search(start_of_before)
        if subject is not None and not _NOT_THEIRS.search(before, subject.end()):
            return subject
    return None


def ministers_meeting(
    participants: list[Participant], before: str, after: str, where: str, ordinal: str
) -> str | None:
    """The title of one body's ministers' meeting, or None.

    >>> g8 = Participant(id="G8", type="organization", name="G8")
    >>> ru = Participant(id="RU", type="country", name="Russia")
    >>> ministers_meeting([g8, ru], "Foreign ministers of the Group of Eight countries "
    ...                   "stepped up pressure at a ", " here Thursday", " in Moscow", "")
    "G8 foreign ministers' meeting in Moscow"
    >>> g20 = Participant(id="G20", type="organization", name="G20")
    >>> de = Participant(id="olaf-scholz", type="person", name="Olaf Scholz", country="DE")
    >>> ministers_meeting([de, g20], "Scholz took part in the third ",
    ...                   " of the G20 finance ministers and central bank governors", "", "third ")
    "Third G20 finance ministers' meeting"
    >>> au = Participant(id="AFU", type="organization", name="African Union")
    >>> ministers_meeting([au, ru], "a ", " involving foreign ministers of Russia and the "
    ...                   "African Union troika", "", "") is None
    True
    """
    bodies = [p for p in participants if p.type is ActorType.organization]
    if len(bodies) != 1 or not _tells_ministers(before, after):
        return None
    body = organization(bodies[0].id)
    members = frozenset(body.members) if body is not None else frozenset()
    for p in participants:
        country = p.id if p.type is ActorType.country else p.country
        if p.type is not ActorType.organization and (not members or country not in members):
            return None  # a side from outside the body: talks with it, not its meeting
    label = title_name(bodies[0])
    for name in _body_spellings(bodies[0].id, label):
        told = _told(name, before, after)
        if told is not None:
            portfolio = next(g for g in told.groups() if g).lower()
            label_text = f"{ordinal}{label} {portfolio} ministers' meeting{where}"
            return label_text[:1].upper() + label_text[1:]
    return None
