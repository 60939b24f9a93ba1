"""The trigger rules of visits: a visit, an arrival or a trip, a leader told to be in a
country, a delegation led abroad, a departure for a country (docs/extraction.md, "How an
event is found"); all of the kind ``visit``.

In :data:`timeline.extract.lexicon.TRIGGERS` they come after the meetings at the top, in
this order (earlier rules win overlaps).

>>> [t.name for t in VISIT_TRIGGERS]
['visit', 'guest-received', 'presence', 'delegation', 'departure', 'journey', 'tour']
"""

from __future__ import annotations

import re

from ..gazetteer.actors import country_for_name, find_actors
from ..gazetteer.lookup import country_code, organization_code
from ..gazetteer.places import country_of
from ..model import EventKind
from ..temporal.lexicon import MONTHS, WEEKDAYS, alternation
from ..word_lists import word_lists
from .trigger_rule import Trigger, rules_from

__all__ = [
    "OFFICE_AFTER_DEMONYM",
    "PASSIVE_AUXILIARY",
    "RECEPTION_VERBS",
    "VISIT_TRIGGERS",
    "a_guest_after",
    "an_office_in",
    "no_traveller_sent_or_received",
    "skipped_before_a_guest",
    "talks_with_no_journey",
]

#: presence's verbs after a leader named ("Rama was in"; "are/were" only after "and")
#: and the adverbs it allows before "in" ("is also in"): written once, the rule's regex
#: and its keywords (``_NEEDS["presence"]``: each verb's last word or adverb, then "in"
#: or "since") both built from them (review23 finding 7).
_PRESENCE_VERBS = ("is", "was", "will be", "had been", "has been")
_PRESENCE_VERBS_AFTER_AND = ("are", "were")
_PRESENCE_ADVERBS = ("also", "now", "currently", "already", "still")


def _alternatives(words: tuple[str, ...]) -> str:
    r"""A regex group of ``words``, their spaces any whitespace.

    >>> _alternatives(("is", "will be"))
    '(?:is|will\\s+be)'
    """
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


#: Keywords of each rule (see :attr:`Trigger.needs`); tests check every match has one.
_NEEDS: dict[str, tuple[str, ...]] = {
    "visit": (
        "visit",
        "arriv",
        "travel",
        "trip",
        "receiv",
        "welcom",
        "host",
        "land",
        "touched",
        "head",
    ),
    "presence": tuple(
        f" {word} {then} "
        for word in (
            *dict.fromkeys(v.split()[-1] for v in _PRESENCE_VERBS),
            *_PRESENCE_VERBS_AFTER_AND,
            *_PRESENCE_ADVERBS,
        )
        for then in ("in", "since")
    ),
    "delegation": ("delegation",),
    "departure": ("leav", "left", "depart", "head "),
    "journey": (
        *("flew", "flies", "fly", "went", "goes", "go ", "going"),
        *("came", "come", "coming", "tour"),
    ),
    "tour": ("tour",),
    "guest-received": ("receiv", "welcom", "host"),
}


_t = rules_from(_NEEDS)


#: A capitalised word of two to twenty-four characters, a comma or not, then a space, right
#: before the match: "Faye, who is in" (the trigger stays "who is in", outside the name).
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'-]{1,23},?\s\Z")
#: "and " at most 59 characters before the match, with no comma or stop between, so
#: "<Name> and <Name> are in" reads several named and "Americans are in Kabul" none.
_AND_BEFORE = re.compile(r"\band\s[^.!?;:,\n]{0,59}\Z")
#: How far back each is searched (its longest reach, and the character before for ``\b``).
_NAME_REACH, _AND_REACH = 27, 64
#: A match whose verb is one said only after "and": "Farmajo are in", "who were in".
_VERB_AFTER_AND = re.compile(rf"\S+\s+{_alternatives(_PRESENCE_VERBS_AFTER_AND)}\s")


def _named_before(text: str, start: int, end: int) -> bool:
    """Whether what ``presence`` needs before its match at ``start:end`` stands there: after
    "who", a leader's name (:data:`_NAME_BEFORE`); before "are" or "were", an "and" within
    the clause (:data:`_AND_BEFORE`). A match of a leader named and "is", "was" ... needs
    nothing before it.

    >>> text = "Faye, who is in Beijing"
    >>> _named_before(text, text.index("who"), len(text))
    True
    >>> text = "Refugees who are in Kabul and Americans are in Doha"
    >>> _named_before(text, text.index("who"), len(text)), _named_before(text, 30, len(text))
    (False, True)
    >>> text = "Abiy and Farmajo. Americans are in Kabul"
    >>> _named_before(text, text.index("Americans"), len(text))
    False
    """
    if text.startswith("who", start) and not _NAME_BEFORE.search(
        text, max(0, start - _NAME_REACH), start
    ):
        return False
    return (
        _VERB_AFTER_AND.match(text, start, end) is None
        or _AND_BEFORE.search(text, max(0, start - _AND_REACH), start) is not None
    )


#: The reviewed word lists of the visit rules (``data/visit_words.yaml``).
_VISIT_WORDS = word_lists(
    "visit_words.yaml",
    {
        "travellers": "words",
        "skipped_before_the_verb": "words",
        "skipped_before_the_guest": "words",
        "not_guests": "words",
        "office_after_demonym": "words",
        "send_verbs": "words",
        "reception_verbs": "words",
        "before_visiting_guest": "words",
        "journey_words": "words",
        "received_offices": "words",
        "destination_adjectives": "words",
        "land_nouns": "words",
        "vehicles": "words",
        "talk_verbs": "words",
    },
)
#: The words of an office right after a demonym ("Indian Prime Minister"): a person named,
#: not a place of a visit's list (read by :func:`timeline.extract.visit_sides._hosts`).
OFFICE_AFTER_DEMONYM = tuple(_VISIT_WORDS.words("office_after_demonym"))
#: The words between a visit's verb and the state visited (``destination_adjectives``), as a
#: regex alternation: "visited neighbouring Mauritania".
DESTINATION_ADJECTIVES = alternation(_VISIT_WORDS.words("destination_adjectives"))
_TRAVELLERS = frozenset(_VISIT_WORDS.words("travellers"))
#: Craft that carry people or goods (``vehicles``): no visitor when the subject of a
#: movement's verb (:func:`_no_craft_travels`).
_VEHICLES = frozenset(_VISIT_WORDS.words("vehicles"))
#: The verbs of a reception (``reception_verbs``), as a regex alternation: the visit rule's
#: "received his counterpart" and the roles :mod:`.visit_sides` reads from them.
RECEPTION_VERBS = "|".join(map(re.escape, _VISIT_WORDS.words("reception_verbs")))
#: The words right before "visiting" that make it a guest's adjective
#: (``before_visiting_guest`` and the reception verbs), as a regex alternation: "met the
#: visiting Japanese Prime Minister", "received visiting Spanish Prime Minister Sanchez".
BEFORE_VISITING_GUEST = alternation(
    (*_VISIT_WORDS.words("before_visiting_guest"), *_VISIT_WORDS.words("reception_verbs"))
)
#: The words of a journey to a gathering (``journey_words``), as a regex alternation:
#: "arrived Thursday in Jeddah ... to attend the summit" (:mod:`.duplicates`).
JOURNEY_WORDS = alternation(_VISIT_WORDS.words("journey_words"))
#: The same verbs but those of a welcome ("welcomed", "welcomes"), which the visit rules read:
#: a host's verbs of the meeting rule ``reception`` (:mod:`.gathering_rules`).
HOSTING_VERBS = "|".join(
    re.escape(w) for w in _VISIT_WORDS.words("reception_verbs") if not w.startswith("welcom")
)
#: The offices of a guest received with no determiner before them (``received_offices``),
#: as a regex alternation: the rules ``guest-received`` and (a meeting) ``reception``.
RECEIVED_OFFICES = alternation(_VISIT_WORDS.words("received_offices"))
#: The auxiliary of a passive right before its verb, with an adverb between ("was received",
#: "has been warmly welcomed", "was ratified"): the receptions' and :mod:`.titles`' one form.
PASSIVE_AUXILIARY = r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?"
#: The words skipped before a traveller's verb: the list's, a month's and a weekday's name
#: (the tagger's, ``data/temporal_words.yaml``).
_SKIPPED_BEFORE_THE_VERB = frozenset(
    (*_VISIT_WORDS.words("skipped_before_the_verb"), *MONTHS, *WEEKDAYS)
)
#: The words of the clause before a match, last first: a word, or a stop that ends the
#: subject (a sentence's end, a semicolon, a colon, a dash; a comma does not).
_WORD_OR_STOP = re.compile(r"[\w’'-]+|[.!?;:\n\u2013\u2014]")
#: How far back :func:`_a_traveller_before` reads.
_SUBJECT_REACH = 120


def _a_traveller_before(text: str, start: int, end: int) -> bool:
    """Whether the head of the subject before a ``journey`` at ``start`` travels (review26
    finding 18): past the skipped words (``data/visit_words.yaml``'s
    ``skipped_before_the_verb``, a weekday, a month, a year, a comma), the word right before
    the verb is a traveller of the list (a pronoun, an office, a delegation) or a name written
    with a capital that is no country's or organization's; not a thing that goes to a place.

    >>> def read(text: str) -> bool:
    ...     return _a_traveller_before(text, text.index(" went") + 1, len(text))
    >>> [read(s) for s in ("Diop in turn went to Moscow", "He then went to Paris")]
    [True, True]
    >>> [read(s) for s in ("The gold medal went to China", "Exports of Russian oil went to India")]
    [False, False]
    >>> [read(s) for s in ("Mexico went to Washington", "Refugees in Germany went to France")]
    [False, False]
    """
    del end
    words = _WORD_OR_STOP.findall(text, max(0, start - _SUBJECT_REACH), start)
    for word in reversed(words):
        lower = word.lower()
        if lower in _SKIPPED_BEFORE_THE_VERB or word.isdigit():
            continue
        if lower in _TRAVELLERS:
            return True
        if not word[0].isupper():
            return False
        return country_code(word) is None and organization_code(word) is None
    return False


#: A sending to a place: a verb of ``send_verbs``, what is sent (one to eight words) and
#: "to" / "into"; group ``moved`` what is sent.
_SENDING = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, _VISIT_WORDS.words("send_verbs")))
    + r")\b(?P<moved>(?:\s+[\w’'.-]+){1,8}?)\s+(?:to|into)\b",
    re.IGNORECASE,
)
#: A reception: a verb of ``reception_verbs`` and what is received (one to six words, up to
#: a preposition or a stop); group ``moved`` what is received, group ``passive`` the
#: auxiliary of the passive before the verb ("was welcomed at the airport by ..."), where
#: what follows the verb is not what was received.
_RECEIVING = re.compile(
    rf"(?P<passive>{PASSIVE_AUXILIARY})?"
    rf"\b(?:{RECEPTION_VERBS})\b(?P<moved>(?:\s+[\w’'.-]+){{1,6}}?)"
    r"(?=\s+(?:to|into|in|at|on|for|of|between|with|from|during|as|after|before|by)\b"
    r"|\s*[,.;:]|\s*$)",
    re.IGNORECASE,
)


def no_traveller_sent_or_received(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` (a sentence) tells a sending to a place or a reception, and each
    of them sends or receives a thing, no traveller: no word of ``travellers`` and no name
    written with a capital that is no country's, demonym's or organization's among what is
    sent or received. There a state's act or stance is told, not a visit (the event
    detector's visit class is dropped).

    >>> def read(text: str) -> bool:
    ...     return no_traveller_sent_or_received(text, 0, len(text))
    >>> [read(s) for s in ("Japan sent a note verbale to China on Wednesday.",
    ...                    "Russia sent troops and Chinese-made drones into Syria.",
    ...                    "The United States welcomed the ceasefire agreement between Israel "
    ...                    "and Hamas on Monday.", "Xi received the credentials of the envoy.")]
    [True, True, True, True]
    >>> [read(s) for s in ("China sent its foreign minister to Pakistan on Friday.",
    ...                    "Moscow dispatched Lavrov to Ankara.", "Modi visited Paris.",
    ...                    "Macron welcomed Scholz to Paris.", "Sandu was welcomed by Iohannis.",
    ...                    "Xi received the President of Argentina on Monday.",
    ...                    "He was welcomed at the airport on Tuesday by the minister.",
    ...                    "Sisi welcomed the Palestinian and Jordanian leaders.")]
    [False, False, False, False, False, False, False, False]
    """
    found = False
    for moving in (*_SENDING.finditer(text, start, end), *_RECEIVING.finditer(text, start, end)):
        if moving.groupdict().get("passive"):
            return False  # "was welcomed to the UAE by ...": a guest received
        found = True
        for word in _WORD_OR_STOP.findall(moving["moved"]):
            name = word.split("-")[0]  # "Chinese-made drones": a demonym's compound
            if word.lower() in _TRAVELLERS or (
                name[:1].isupper()
                and country_for_name(name) is None
                and organization_code(name) is None
            ):
                return False
    return found


#: A talk's verb and "with" (an adverb between: "discussed separately with"), the person
#: talked with after it (``talk_verbs`` of ``data/visit_words.yaml``).
_TALKED_WITH = re.compile(
    r"\b(?:" + alternation(_VISIT_WORDS.words("talk_verbs")) + r")\s+(?:[a-z]+ly\s+)?with\b",
    re.IGNORECASE,
)
#: A journey or a stay told in a sentence: the keywords of the visit rules (:data:`_NEEDS`)
#: and a place after "in" ("in Luanda", "in the capital Caracas"), "here" or "there".
_JOURNEY_TOLD = re.compile(
    r"\b(?i:visit|arriv|travel|trip|tour|flew|fly|flies|went|came|come|landed|depart|left\b|"
    r"head(?:ed|s|ing)?\s+(?:to|for)|receiv|welcom|host|guest|stay|here\b|there\b)"
    r"|\b[Ii]n\s+(?:the\s+(?:[a-z]+\s+)?)?[A-Z]"
)


def talks_with_no_journey(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` (a sentence) tells a talk with a person ("discussed with",
    "conferred with") and no journey nor place: a meeting, which tells no one travelled
    (the event detector's visit class becomes a meeting there).

    >>> def read(text: str) -> bool:
    ...     return talks_with_no_journey(text, 0, len(text))
    >>> read("On Monday, Workneh discussed with Burundian External Relations Minister Alain "
    ...      "Nyamitwe ways of strengthening bilateral relations in various sectors.")
    True
    >>> read("Dr. Workneh has also conferred with Botswana's Foreign Minister on issues.")
    True
    >>> read("Abdo was in Montevideo in February and conferred with President Lacalle Pou.")
    False
    >>> read("Lourenço, on a visit to Kinshasa, discussed with Tshisekedi the peace.")
    False
    """
    if _TALKED_WITH.search(text, start, end) is None:
        return False
    return _JOURNEY_TOLD.search(text, start, end) is None


#: The travellers that are pronouns: a subject, never the person after "spoke with".
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who"})
#: The persons one speaks with or receives: an office, a delegation, an envoy (pronouns
#: left out).
_GUESTS = _TRAVELLERS - _PRONOUNS
_SKIPPED_BEFORE_THE_GUEST = _SKIPPED_BEFORE_THE_VERB | frozenset(
    _VISIT_WORDS.words("skipped_before_the_guest")
)
_NOT_GUESTS = frozenset(_VISIT_WORDS.words("not_guests"))
#: How far after its match :func:`a_guest_after` reads.
_GUEST_REACH = 90


def _places_only(run: list[str]) -> bool:
    """Whether a run of capitalised words names only countries or organizations ("Russian",
    "Saudi Arabia", "EU"): a place's thing follows, not a guest."""
    joined = " ".join(run)
    if country_for_name(joined) or organization_code(joined):
        return True
    return all(country_for_name(w) or organization_code(w) for w in run)


def skipped_before_a_guest(words: str) -> bool:
    """Whether every word of ``words`` is one read past before a guest (``skipped_before_the_
    guest`` of ``data/visit_words.yaml``, with the words skipped before a verb, a weekday and a
    month): "the", "his", "the visiting", "her new"; not "a ceremonial welcome as he touched
    down in" (:func:`timeline.extract.visit_sides._received_guest`: what was received there is no
    guest).

    >>> skipped_before_a_guest(" the "), skipped_before_a_guest("his new ")
    (True, True)
    >>> skipped_before_a_guest(" a ceremonial welcome as he touched down in ")
    False
    """
    return all(w.lower() in _SKIPPED_BEFORE_THE_GUEST for w in _WORD_OR_STOP.findall(words))


def a_guest_after(text: str, start: int, end: int) -> bool:
    """Whether a person stands right after a match that ends at ``end``. Its callers are
    the rules of meetings in :mod:`.gathering_rules`, not a visit's: ``conversation`` (a
    call: the one spoken with after "spoke with", "a conversation with"), ``hospitality``
    (the guest of "a lunch with", "an audience with") and ``discussion`` (the one consulted
    after "consultations with"). It lives here because it reads the visit rules' word
    lists (``data/visit_words.yaml``: the ``travellers`` and the words skipped before a
    verb, which :func:`_a_traveller_before` reads too).

    It reads past determiners, a day and the adjectives of a title
    (``skipped_before_the_guest``), and accepts an office or a delegation (a ``travellers``
    word but the pronouns, or one adjective and one), or a name written with a capital that
    is no country's, organization's, body's, prize's or news outlet's (``not_guests``); a
    possessive ("Japan's new ambassador") passes to what follows it.

    >>> def read(text: str) -> bool:
    ...     return a_guest_after(text, 0, text.index(" with") + len(" with"))
    >>> [read(s) for s in ("spoke with his Colombian counterpart", "spoke with Mr. Jaafar")]
    [True, True]
    >>> [read(s) for s in ("spoke with Japan's new ambassador", "spoke with reporters")]
    [True, False]
    >>> [read(s) for s in ("spoke with Russian officials", "spoke with Japan's press")]
    [True, False]
    >>> [read(s) for s in ("a conversation with the Paris Peace Forum", "lunch with 11 envoys")]
    [False, True]

    A news outlet is an interview's, not a call's (review27 finding 18):

    >>> [read(s) for s in ("spoke with The Associated Press", "spoke with Reuters in Tehran",
    ...                    "spoke with The New York Times on Monday")]
    [False, False, False]
    """
    del start
    words = _WORD_OR_STOP.findall(text, end, min(len(text), end + _GUEST_REACH))
    run: list[str] = []
    for i, word in enumerate(words):
        bare = word.rstrip(".")
        lower = bare.lower()
        if lower in _GUESTS:
            return True
        if bare[:1].isupper() and not (not run and lower in _SKIPPED_BEFORE_THE_GUEST):
            if lower.endswith(("'s", "’s", "s'", "s’")):
                run = []  # a possessive: the guest, if any, follows
            else:
                run.append(bare)
            continue
        if run:
            return _names_a_person(run)
        if lower in _SKIPPED_BEFORE_THE_GUEST or bare.isdigit():
            continue
        if not bare[:1].isalpha():
            return False
        # one adjective before an office: "received a foreign minister"
        following = words[i + 1].rstrip(".").lower() if i + 1 < len(words) else ""
        return following in _GUESTS
    return bool(run) and _names_a_person(run)


def an_office_in(text: str, start: int, end: int) -> bool:
    """Whether a word of ``text[start:end]`` is an office, a delegation or an envoy (a
    ``travellers`` word but the pronouns): the holders of discussions in
    :mod:`.gathering_rules` (rule ``discussion``).

    >>> text = "The two Ministers had an in depth discussion"
    >>> an_office_in(text, 0, text.index(" had")), an_office_in("Toyota had", 0, 6)
    (True, False)
    """
    return any(w.lower() in _GUESTS for w in _WORD_OR_STOP.findall(text, start, end))


def _names_a_person(run: list[str]) -> bool:
    """Whether a run of capitalised words after a match names a person: not only
    places, not ending on a body, a building or a prize (``not_guests``)."""
    return run[-1].lower() not in _NOT_GUESTS and not _places_only(run)


#: The word a departure's or a journey's destination follows ("left for", "heads to").
_TOWARDS = re.compile(r"\b(?:for|to|into)\s+")


def _a_state_after_the(text: str, start: int, end: int) -> bool:
    """Whether a destination written after "the" ("left for the Philippines", "flew to the
    United Arab Emirates") is a country or an organization the gazetteer knows, named
    right there: not "Nothing was left for the Americans" (a people in the plural), "left
    for the World Cup". A destination without "the" is the rules' own (a capital after it).

    >>> text = "Kishida on Friday left for the Philippines."
    >>> _a_state_after_the(text, text.index("left"), text.index("left") + 4)
    True
    >>> text = "Nothing was left for the Americans."
    >>> _a_state_after_the(text, text.index("left"), text.index("left") + 4)
    False
    """
    if text[start:end].rstrip().lower().endswith(" the"):
        at = len(text[:end].rstrip()) + 1  # the journey's match holds "to the"
    else:
        towards = _TOWARDS.search(text, end, min(len(text), end + 120))
        if towards is None or not text.startswith("the ", towards.end()):
            return True
        at = towards.end() + 4
    return any(
        m.start == at and m.type != "person" and not m.text.endswith("ans")
        for m in find_actors(text, at, min(len(text), at + 60))
    )


#: The pronoun that opens a ``presence`` told of the leader named before its sentence.
_PRONOUN = re.compile(r"[Hh]e\s|[Ss]he\s")
#: A place's name written with a capital, up to three words ("Dar es Salaam" is read by
#: :func:`timeline.gazetteer.places.country_of` as a whole).
_PLACE_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:es\s+)?[A-Z][\w’'.-]*){0,2}")
#: A state's land named by its demonym (``land_nouns``): "in Mexican territory".
_LAND_AFTER = re.compile(
    rf"[\w’'-]*\s+(?:{alternation(_VISIT_WORDS.words('land_nouns'))})\b", re.IGNORECASE
)


def _named_before_a_state(text: str, start: int, end: int) -> bool:
    """A ``presence``'s name before it (:func:`_named_before`) and a place after "in the" a
    state (:func:`_a_state_after_the`: "are in the Philippines", not "is in the lead").
    After "he" or "she", the place is a state by its name or a city the gazetteer knows
    (:func:`timeline.gazetteer.places.country_of`: "he is in Zimbabwe", "He was in
    Yaounde"; not "he was in Congress", "he is in the Brazilian embassy"). After a name,
    not a demonym's thing (:func:`_a_demonyms_thing`: "Griner is in American custody").

    >>> text = "Kamikawa and Kihara are in the Philippines"
    >>> _named_before_a_state(text, text.index("Kihara"), len(text) - len("Philippines"))
    True
    >>> [_named_before_a_state(t, 0, t.index(" in ") + 4) for t in
    ...     ("he is in Zimbabwe", "He was in Yaounde", "he was in Congress")]
    [True, True, False]
    """
    if _PRONOUN.match(text, start):
        # "he is in Zimbabwe", "He was in Yaounde": only a state or a city the gazetteer knows
        # (not "he was in Congress", "she is in Opposition")
        place = _PLACE_NAME.match(text, end)
        words = place.group().split() if place is not None else []
        return any(
            m.start == end and m.type == "country" and m.form in ("name", "capital", "alias")
            for m in find_actors(text, end, min(len(text), end + 60))
        ) or any(country_of(" ".join(words[:n])) is not None for n in range(len(words), 0, -1))
    return (
        _named_before(text, start, end)
        and (not text[start:end].endswith("the ") or _a_state_after_the(text, start, end))
        and not _a_demonyms_thing(text, end)
    )


def _a_demonyms_thing(text: str, at: int) -> bool:
    """Whether a demonym opens the words at ``at`` and a noun other than a land's follows
    (``land_nouns``): "is in American custody", "in Turkish hands" name no place, "in
    Mexican territory" does.

    >>> [_a_demonyms_thing(t, 0) for t in ("American custody", "Mexican territory", "Chile")]
    [True, False, False]
    """
    return any(
        m.start == at and m.form == "demonym" and _LAND_AFTER.match(text, at) is None
        for m in find_actors(text, at, min(len(text), at + 40))
    )


def _a_traveller_to_a_state(text: str, start: int, end: int) -> bool:
    """A ``journey``'s traveller before it (:func:`_a_traveller_before`) and its destination
    after "the" a state (:func:`_a_state_after_the`)."""
    return _a_traveller_before(text, start, end) and _a_state_after_the(text, start, end)


#: The word after a reception's verb, a demonym or a state's possessive ("welcomed Greek
#: Prime Minister Alexis Tsipras", "received Austria's Foreign Minister"): group ``side``.
_RECEIVED_SIDE = re.compile(r"\s*(?P<side>[A-Z][\w-]*(?:['’]s)?)\s")


def _a_states_guest(text: str, start: int, end: int) -> bool:
    """Whether the word after the reception's verb at ``start:end`` is a state's demonym or
    possessive (the guest's state: "welcomed Greek Prime Minister Alexis Tsipras"), a
    country the gazetteer knows.

    >>> text = "Fernandez welcomed Brazilian President Lula to Buenos Aires."
    >>> at = text.index("welcomed")
    >>> _a_states_guest(text, at, at + len("welcomed"))
    True
    >>> text = "Fernandez welcomed Real Madrid president Perez."
    >>> _a_states_guest(text, at, at + len("welcomed"))
    False
    """
    side = _RECEIVED_SIDE.match(text, end)
    if side is None:
        return False
    found = find_actors(side.group("side"))
    return any(a.type == "country" for a in found)


#: The possessives before a craft that make it a traveller's own ("his plane landed in").
_OWNERS = frozenset({"his", "her", "their"})
#: The verbs of the rule ``visit`` that tell a movement (not "visit", "trip", a reception),
#: as they open its match: their subject is what moves.
_MOVEMENT_MATCH = re.compile(r"(?:head|arriv|land|touched|travel)", re.IGNORECASE)


def _no_craft_travels(text: str, start: int, end: int) -> bool:
    """Whether the ``visit`` match at ``start:end`` is no craft's course: when it is a
    movement's verb ("headed for", "arrived in", "landed in"), the head of the subject right
    before it (past the words skipped before a traveller's verb and a comma) is no word of
    ``vehicles``. "The plane, headed for Kathmandu", "Russian and Chinese warships headed for
    Vladivostok" tell where a craft goes, not a state's visit (seventy-first pass); a
    traveller's own craft is the traveller's journey ("Modi's plane landed in Tokyo").

    >>> def read(text: str, verb: str) -> bool:
    ...     at = text.index(verb)
    ...     return _no_craft_travels(text, at, at + len(verb))
    >>> read("The plane, headed for Kathmandu, has been on the tarmac.", "headed for")
    False
    >>> read("Upon completion, Russian and Chinese warships headed for Vladivostok.", "headed for")
    False
    >>> read("From London, Yoon headed to Paris.", "headed to")
    True
    >>> read("Kim arrived in Vladivostok on board his armored train.", "arrived in")
    True
    >>> read("Modi's plane landed in Tokyo on Friday.", "landed in")
    True
    """
    del end
    if _MOVEMENT_MATCH.match(text, start) is None:
        return True
    words = _WORD_OR_STOP.findall(text, max(0, start - _SUBJECT_REACH), start)
    for at in range(len(words) - 1, -1, -1):
        lower = words[at].lower()
        if lower in _SKIPPED_BEFORE_THE_VERB or lower.isdigit():
            continue
        if lower not in _VEHICLES:
            return True
        owner = words[at - 1].lower() if at else ""
        return owner in _OWNERS or owner.endswith(("'s", "’s"))
    return True


#: An ambassador named after an arrival as the one arriving ("the arrival in Caracas of the
#: Colombian Ambassador Armando Benedetti").
_OF_AN_AMBASSADOR = re.compile(
    r"[^.!?;]{0,60}?\bof\s+(?:the\s+)?(?:new(?:ly[- ]appointed)?\s+)?(?:[A-Z][\w’'-]*\s+){0,3}"
    r"[Aa]mbassador\b"
)


def _no_ambassadors_arrival(text: str, start: int, end: int) -> bool:
    """Whether the ``visit`` match at ``start:end`` is no arrival of an ambassador named
    after it as the one arriving ("the arrival in Caracas of the Colombian Ambassador Armando
    Benedetti"): an ambassador comes to the state of the post to live there and take up the
    mission, an act of relations, no state's visit (seventy-first pass).

    >>> def read(text: str, verb: str) -> bool:
    ...     at = text.index(verb)
    ...     return _no_ambassadors_arrival(text, at, at + len(verb))
    >>> read("relations resumed with the arrival in Caracas of the Colombian Ambassador Armando "
    ...      "Benedetti.", "arrival in")
    False
    >>> read("the arrival in Caracas of President Petro", "arrival in")
    True
    """
    lowered = text[start:end].lower()
    return not (lowered.startswith("arrival") and _OF_AN_AMBASSADOR.match(text, end))


def _a_visitors_journey(text: str, start: int, end: int) -> bool:
    """Whether the ``visit`` match at ``start:end`` may tell a state's visit: no craft's course
    (:func:`_no_craft_travels`) and no ambassador's arrival at the post
    (:func:`_no_ambassadors_arrival`)."""
    return _no_craft_travels(text, start, end) and _no_ambassadors_arrival(text, start, end)


#: The rules of visits, in matching order.
VISIT_TRIGGERS: tuple[Trigger, ...] = (
    _t(
        "visit",
        EventKind.visit,
        r"\bvisit(?:s|ed|ing)?\b"
        r"|\b(?:arrived|arrives|arrive|arriving|arrival)\s+(?:in|to|at)\b"
        # the day between the verb and the place, as wire copy writes it (twenty-seventh
        # pass): "arrived Sunday in Damascus", "arrived early Tuesday in Azerbaijan's
        # capital Baku", "arrived earlier this morning in the Jordanian capital"; not a
        # time after it ("arrived here Friday at noon")
        r"|\b(?:arrived|arrives|arrive|arriving)\s+(?:here\s+)?"
        r"(?:(?:on|early|late|earlier|this|last)\s+){0,2}(?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening)\s+"
        r"(?:(?:morning|afternoon|evening|night)\s+)?(?:in|to|at)\b"
        r"(?!\s+(?:noon|midnight|dawn|night|about|around|\d))"
        r"|\b(?:travel|travels|travelled|traveled|travelling|traveling)\s+to\b"
        r"|\btrip\s+to\b|\b(?:landed|lands|landing|touched\s+down)\s+in\b"
        r"|\b(?:heads|headed|heading)\s+(?:to|for)\b"
        rf"|\b(?:{RECEPTION_VERBS})\s+(?:his|her|their|the)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:counterpart|president|prime\s+minister|king|emir|crown\s+prince)s?\b",
        nominal=True,
        accept=_a_visitors_journey,
        example="On March 29-30, the Turkish President made a two-day official visit to "
        "Uzbekistan.",
    ),
    # A guest received named by the guest's state and office, no determiner (fifty-second
    # pass): "Fernandez welcomed Brazilian President Lula to Buenos Aires", "welcomed Greek
    # Prime Minister Alexis Tsipras", "received Saudi Prince Mohamed Salman in Cairo", "will
    # host Austrian Foreign Minister Schallenberg"; with a determiner ("received his
    # counterpart") it is the visit rule's.
    _t(
        "guest-received",
        EventKind.visit,
        rf"\b(?:{RECEPTION_VERBS}|will\s+host)(?=\s+[\w-]+(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{RECEIVED_OFFICES})\b)",
        accept=_a_states_guest,
        example="Argentine President Alberto Fernandez welcomed Brazilian President Luiz "
        "Inacio Lula da Silva to Buenos Aires today",
    ),
    # A leader or minister told to be in a country: "Rama was in Montenegro on Monday",
    # "Rabuka is in Vanuatu to attend the summit" (a name before the verb, a place after);
    # several named ("Abiy Ahmed and Farmajo are in Eritrea for talks": "are/were" only
    # after "and"), a relative clause on the leader just named ("Faye, who is in Beijing
    # for the summit": "who" only after a name; review23 finding 1), an adverb ("is
    # also in", "is now in Fiji") and the capital named after its country ("is in the
    # Finnish capital, Helsinki", "is also in the capital Windhoek"). What must stand before
    # the match (the name before "who", the "and" before "are") is :func:`_named_before`'s.
    # A name set off by a comma ("President of Serbia, Aleksandar Vučić, will be in
    # Slovenia today") and "he" or "she" for the leader named before, in a place the
    # gazetteer knows ("And today he is in Zimbabwe"; fifty-eighth pass).
    _t(
        "presence",
        EventKind.visit,
        r"(?:\b(?!(?:It|This|That|There|What|Which|Who|The|He|She|They)\b)[A-Z][\w’'-]+,?\s+"
        rf"{_alternatives(_PRESENCE_VERBS)}"
        r"|\b(?:[Hh]e|[Ss]he)\s+"
        rf"{_alternatives(_PRESENCE_VERBS)}"
        rf"|who\s+{_alternatives(_PRESENCE_VERBS)}"
        rf"|(?:who|[A-Z][\w’'-]+)\s+{_alternatives(_PRESENCE_VERBS_AFTER_AND)})\s+"
        rf"(?:{_alternatives(_PRESENCE_ADVERBS)}\s+)?(?:since\s+\w+\s+(?:\w+\s+)?)?in\s+"
        r"(?:the\s+(?:[A-Z][\w’'-]+\s+)?capital,?\s+|the\s+(?=[A-Z]))?(?=[A-Z])",
        example="Albanian Prime Minister Edi Rama was in Montenegro on Monday",
        case=True,
        accept=_named_before_a_state,
    ),
    # A delegation led abroad: "Mottley has led a delegation from Barbados".
    _t(
        "delegation",
        EventKind.visit,
        r"\b(?:led|leads|leading|lead)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\b"
        r"|\bdelegation\s+(?:of\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:was\s+|will\s+be\s+)?led\s+by\b",
        example="Prime Minister Mia Amor Mottley has led a delegation from Barbados.",
    ),
    # A departure for a country or city named with a capital: "the Prime Minister will leave
    # for Turkey", "will leave the country on Saturday December 9 for Djibouti", "they will
    # head to Dar es Salaam". Between the verb and "for" only a place or a time, so that
    # "left the door open for Russia" and "nothing left for Kyiv" are no visits; the
    # trigger is the verb alone (a date between it and "for" stays a date).
    _t(
        "departure",
        EventKind.visit,
        r"\b(?=[ld])(?<!nothing\s)(?<!little\s)(?<!time\s)(?<!much\s)"
        r"(?:leaves?|left|leaving|depart(?:s|ed|ing)?)(?=\s+"
        r"(?:(?:the\s+country|home|on|this|next|early|late|today|tomorrow|tonight|morning|"
        r"evening|afternoon|[A-Z][\w’'.-]*|\d{1,2}(?:st|nd|rd|th)?),?\s+){0,6}?for\s+"
        r"(?:the\s+)?[A-Z])"
        r"|\bhead(?=\s+(?:to|for)\s+(?:the\s+)?[A-Z])",
        example="From Yerevan, the Prime Minister will leave for Tbilisi.",
        case=True,
        accept=_a_state_after_the,
    ),
    # A journey told by its verb and the place it goes to, written with a capital: "Putin
    # flew to Beijing, where he held talks with Xi", "Diop in turn came to Moscow for talks",
    # "The Prime Minister went to Saudi Arabia on Tuesday", "who in April toured Libya"
    # (a meeting told with it is the meeting's too; the twenty-sixth pass); "flew to The
    # Hague" too. Only a traveller's (:func:`_a_traveller_before`): "the gold medal went to
    # China", "exports went to India", "the case went to Washington" are no visits.
    _t(
        "journey",
        EventKind.visit,
        r"\b(?:flew|flies|fly|flying|went|goes|go|going|came|comes|come|coming)\s+"
        r"(?:on\s+|back\s+)?(?:to|into)\s+(?:the\s+(?=[A-Z]))?(?=[A-Z])"
        r"(?!(?:The(?!\s+Hague)|This|That|These|Those|An?)\b)"
        r"|\b(?:toured|tours|touring)\s+(?=[A-Z])(?!(?:The|This|That|These|Those|An?)\b)",
        example="In early February, Putin flew to Beijing, where he held talks with Xi.",
        case=True,
        accept=_a_traveller_to_a_state,
    ),
    # A tour told by its noun (twenty-seventh pass): "Blinken began a tour of four African
    # countries on Monday", "has left the island this morning for an official tour of
    # Singapore and Japan", "The secretary-general's regional tour will also take him to
    # United Arab Emirates", "Prabowo included the Philippines in his Southeast Asian tour";
    # a place written with a capital after "tour of / to / through", or a tour of nations,
    # a region or a people; not "a tour of the plant", "the European Tour" (golf).
    _t(
        "tour",
        EventKind.visit,
        r"\b[Tt]ours?\s+(?:of|to|through)\s+(?:(?:the|two|three|four|five|six|seven|several|"
        r"[a-z]+-nation)\s+)?(?=[A-Z])(?!(?:The|This|That|These|Those|An?)\b)"
        r"|\b(?:[\w]+-(?:nation|country|state|leg|city)|regional|[A-Z][a-z]+(?:an|ese))\s+tours?\b",
        nominal=True,
        example="Blinken began a tour of four African countries on Monday",
        case=True,
    ),
)
