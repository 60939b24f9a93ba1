"""Offices taken and left, the guards of the rules ``took-office`` and ``left-office`` of
:mod:`.kind_other_rules`: the offices a leader takes (:func:`offices_taken`), the ranks below
a minister no office taken is read after, a date of an office begun, a state's office (not a
club's), a resignation given (not asked for or refused); and the reviewed word lists of the
kind-other rules (``data/kind_other_words.yaml``), read here once.
"""

from __future__ import annotations

import re

from ..gazetteer import find_actors
from ..gazetteer.offices import minister_ranks, office_adjectives, office_phrases
from ..temporal.lexicon import MONTHS
from ..temporal.word_lists import word_lists
from .acting_sides import clause_start

#: A month's name, from the tagger's list (``data/temporal_words.yaml``, ``months``).
MONTH = "(?:" + "|".join(map(re.escape, MONTHS)) + ")"

#: The reviewed word lists of the kind-other rules (``data/kind_other_words.yaml``).
KIND_OTHER_WORDS = word_lists(
    "kind_other_words.yaml",
    {
        "opened_structures": "words",
        "closed_crossings": "words",
        "not_before_the_object": "words",
        "readmitted_people": "words",
        "titles_not_offices_taken": "words",
        "office_modifiers": "words",
        "resignation_not_given_after": "words",
        "joined_people": "words",
        "detained_envoys": "words",
        "nuclear_works": "words",
        "voted_texts": "words",
    },
)


def alternation(key: str) -> str:
    """A group matching any word of the list ``key`` (a space in it: any run of spaces)."""
    words = KIND_OTHER_WORDS.words(key)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


def _a_rank_before_an_office(title: str, offices: frozenset[str]) -> bool:
    """Whether ``title`` is a rank below a minister (``data/offices.yaml``'s
    ``minister_ranks``) before another office: "vice president", "deputy prime minister",
    "first deputy prime minister"; not "state counsellor" (no office after the rank), not
    "state president" ("state" is a rank only before "minister").

    >>> offices = frozenset({"president", "prime minister", "state counsellor"})
    >>> [_a_rank_before_an_office(t, offices) for t in ("vice-president", "state counsellor")]
    [True, False]
    """
    for rank in minister_ranks():
        rank = rank.lower()
        for joint in (" ", "-"):
            office = title[len(rank) + 1 :]
            if rank == "state" and not office.startswith("minister"):
                continue  # "state president" is an office (review26 finding 2)
            if title.startswith(rank + joint) and office in offices:
                return True
    return False


def offices_taken() -> frozenset[str]:
    """The offices a leader takes, lower case, that the rule ``took-office`` reads: the
    offices as the gazetteer reads them (:func:`~timeline.gazetteer.offices.office_phrases`:
    ``data/offices.yaml``'s titles and its ministers in every form, "minister of culture",
    "culture minister"), less the ranks below a minister ("deputy foreign minister", "state
    minister": a head of state's, government's or minister's office begun is the rule's
    class, a deputy's is not, review24 finding 7), less the titles that are such a rank
    before another office ("vice president", "deputy prime minister": the twenty-sixth
    pass), less the reviewed ``titles_not_offices_taken`` (a post one is sent to, a chair, a
    speaker, a prince, a party's leader, an adviser: "took over as AU Chairman" is the
    chairmanship's).

    >>> sorted({"prime minister", "vice president", "deputy prime minister"} & offices_taken())
    ['prime minister']
    """
    offices = office_phrases(ranks=False)
    return frozenset(
        title
        for title in offices - set(KIND_OTHER_WORDS.words("titles_not_offices_taken"))
        if not _a_rank_before_an_office(title, offices)
    )


#: :func:`offices_taken` as a group, longest first, a space any run of spaces.
OFFICE_TITLES = (
    "(?:"
    + "|".join(
        r"\s+".join(map(re.escape, title.split()))
        for title in sorted(offices_taken(), key=len, reverse=True)
    )
    + ")"
)

#: A rank below a minister (``data/offices.yaml``'s ``minister_ranks``).
_RANKS = tuple(rank.lower().split() for rank in minister_ranks())
#: The rank that is one only before "minister": "State Minister" is a rank, "State
#: President" an office (review26 finding 2).
_RANK_ONLY_BEFORE_MINISTER = ("state",)
_RANK = (
    "(?:"
    + "|".join(
        r"\s+".join(map(re.escape, words))
        + (r"(?=[\s-]+minister\b)" if words == list(_RANK_ONLY_BEFORE_MINISTER) else "")
        for words in _RANKS
    )
    + ")"
)

#: A word skipped before an office that is no rank below a minister: "took over as the new
#: Prime Minister" is read, "took over as Deputy Foreign Minister", "took charge as State
#: Minister for Foreign Affairs" are not (the office after the rank is a deputy's; review24
#: finding 18); "as the country's first Vice President" (review26 finding 4). One group
#: for every form of the rule: up to three such words.
SKIPPED_BEFORE_OFFICE = rf"(?:(?!{_RANK}[\s-])[\w’'-]+\s+){{0,3}}?"

#: Not an office taken that is a rank's ("sworn in as Vice President", "inaugurated as the
#: new Deputy Prime Minister", "his election as Vice-President", "sworn in on Monday as
#: Vice President"): read after the words that tell no office themselves, a day between.
NOT_AS_A_RANK = (
    r"(?!(?:\s+on)?(?:\s+[a-z]+day)?\s+as\s+"
    rf"{SKIPPED_BEFORE_OFFICE}{_RANK}[\s-]+{OFFICE_TITLES}\b)"
)

#: A date right after an office begun, its own: "last May", "in 2019", "in March", "on
#: Saturday", "on 20 May", "at the end of March", "earlier this month".
DATED_AFTER = (
    r"(?=\s+(?:(?:last|earlier)\b|in\s+(?:\d|" + MONTH + r"\b)|on\s+(?:\d|" + MONTH + r"\b"
    r"|[a-z]+day\b)|at\s+the\s+(?:end|start|beginning)\s+of\b))"
)

#: The office that ends a match of rule ``took-office``, and the capitalised words before it.
_OFFICE_AT_END = re.compile(rf"(?:{OFFICE_TITLES}|pm)$", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w.-]*")
_OFFICE_MODIFIERS = frozenset(KIND_OTHER_WORDS.words("office_modifiers")) | office_adjectives()


def a_state_office(text: str, start: int, end: int) -> bool:
    """Whether the office a match of ``took-office`` ends with is a state's: every
    capitalised word between its first word and the office is a word of
    ``office_modifiers`` or lies in a country, demonym or body the gazetteer knows, no
    club's or company's name ("becoming Real Madrid president"). A match that does not end
    with an office is accepted.

    >>> text = "Since becoming Real Madrid president in 2009, Perez has signed Ronaldo."
    >>> a_state_office(text, text.index("becoming"), text.index(" in 2009"))
    False
    >>> text = "Since becoming Sri Lanka's President in 2019, he has visited India."
    >>> a_state_office(text, text.index("becoming"), text.index(" in 2019"))
    True
    """
    office = _OFFICE_AT_END.search(text, start, end)
    if office is None:
        return True
    first = text.find(" ", start, office.start())
    if first < 0:
        return True
    names = [
        w
        for w in _CAPITALISED.finditer(text, first, office.start())
        if w.group().lower() not in _OFFICE_MODIFIERS
    ]
    if not names:
        return True
    known = [(m.start, m.end) for m in find_actors(text, first, office.start())]
    return all(any(a <= w.start() and w.end() <= b for a, b in known) for w in names)


#: Not the possessor's office after a rank ("the Vice President's inauguration", "the
#: vice-president's inauguration"): no rank and no hyphen right before it.
NO_RANK_BEFORE = "(?<!-)" + "".join(
    rf"(?!(?<=\b{re.escape(' '.join(w))}\s)minister\b)"
    if w == list(_RANK_ONLY_BEFORE_MINISTER)
    else rf"(?<!\b{re.escape(' '.join(w))}\s)"
    for w in _RANKS
)


#: A resignation asked for or refused, its words before the trigger in the same sentence
#: (``resignation_not_given_after``): "called for his resignation", "urged Prime Minister
#: Ali to step down", "refused to resign".
_RESIGNATION_NOT_GIVEN = re.compile(
    rf"\b{alternation('resignation_not_given_after')}\s+(?:[\w’'.-]+,?\s+){{0,6}}?\Z",
    re.IGNORECASE,
)
#: How far back :func:`a_resignation_given` reads.
_RESIGNATION_REACH = 80


def a_resignation_given(text: str, start: int, end: int) -> bool:
    """Whether the resignation at ``start:end`` is given, not asked for or refused
    (:data:`_RESIGNATION_NOT_GIVEN`, in its clause before it:
    :func:`.acting_sides.clause_start`).

    >>> text = "Prime Minister Ali resigned on Tuesday."
    >>> a_resignation_given(text, text.index("resigned"), text.index(" on"))
    True
    >>> text = "Protesters called on Prime Minister Ali to resign."
    >>> a_resignation_given(text, text.index("resign"), len(text) - 1)
    False
    >>> text = "They demanded the resignation of the minister."
    >>> a_resignation_given(text, text.index("resignation"), text.index(" of"))
    False
    """
    before = text[clause_start(text, start, _RESIGNATION_REACH) : start]
    return _RESIGNATION_NOT_GIVEN.search(before) is None


#: A text voted on, not a person voted into office (``voted_texts`` of
#: ``data/kind_other_words.yaml``), read in the clause before "voted in".
_VOTED_TEXT = re.compile(rf"\b{alternation('voted_texts')}\b", re.I)


def a_person_voted_in(text: str, start: int, end: int) -> bool:
    """Whether "voted in" at ``start:end`` tells a person given an office, not a text voted
    on (:data:`_VOTED_TEXT` in its clause before it: "The bill was voted in by parliament";
    seventy-third pass).

    >>> text = "Vice-President Palacio was voted in unanimously by deputies."
    >>> a_person_voted_in(text, text.index("was"), text.index(" unanimously"))
    True
    >>> text = "The bill was voted in by parliament on Tuesday."
    >>> a_person_voted_in(text, text.index("was"), text.index(" by"))
    False
    """
    before = text[clause_start(text, start, _RESIGNATION_REACH) : start]
    return _VOTED_TEXT.search(before) is None
