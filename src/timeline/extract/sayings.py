"""Whose saying a statement is, and what it tells: a state body's name, a known actor's
spokesperson or announcer right before the saying, and a planned act told in its sentence
(docs/extraction.md, "How an event is found"; SOURCES.md, "Gold rule: statements told by
their saying"). Read by the statement rules of :mod:`.statement_rules`; the state bodies
and the words that keep a statement official are in ``data/statement_words.yaml``.
"""

from __future__ import annotations

import re

from ..corpus.sentences import split_block
from ..gazetteer import ActorMention, find_actors
from ..gazetteer.actors import listed_as
from ..gazetteer.offices import office_phrases
from ..temporal.word_lists import word_lists
from .acting_sides import names_a_game
from .plan_words import SCHEDULED_TO
from .title_words import word_alternatives

__all__ = [
    "BODY_BEFORE",
    "BODY_REACH",
    "BODY_SAID_BEFORE",
    "STATEMENT_BODIES",
    "STATEMENT_WORDS",
    "a_known_actors_spokesperson",
    "a_known_announcer",
    "a_sayer_said_before",
    "a_state_says",
    "tells_a_plan",
    "the_headline_tells_it",
]

#: A planned act told: "will", "shall" or "'ll" ("would" is no plan: "said that it would not
#: comment", "said the ministry would review it" is reported speech; review24 finding 2).
_PLAN = re.compile(r"(?:\b(?:will|shall)|\w[’']ll)\s", re.IGNORECASE)
#: A plan that is no refusal: "will" not followed by "not" ("will not recognize Israel" tells
#: a stance, no act planned; seventy-third pass).
_PLAN_NOT_REFUSED = re.compile(r"(?:\b(?:will|shall)|\w[’']ll)\s(?!\s*not\b)", re.IGNORECASE)
#: A planned act told after the saying, as it is reported: "said on Sunday that Araghchi is
#: scheduled to hold meetings tomorrow" (twenty-seventh pass); "due to" only before an act's
#: verb (:data:`.plan_words.SCHEDULED_TO`, the piece :data:`.lexicon.PLANNED_CUES` also reads).
_PLAN_REPORTED = re.compile(SCHEDULED_TO, re.IGNORECASE)
#: A word of the announced clause's subject: not a relative pronoun ("sanctions that would").
_SUBJECT_WORD = r"(?!(?:that|which|who|whom|whose)\b)[\w’'.-]+"
#: After "announced", "would" is the plan announced, told in reported speech, when it is the
#: verb of the announced clause, right after its subject: "Frederiksen on Saturday announced
#: that she would visit Greenland", "announced on Monday he would travel". Matched at the
#: saying's end. Not "would" further in the sentence ("announced new sanctions that would hit
#: banks": the thing announced, no plan told), not a refusal ("would not", "would never"),
#: not a counterfactual ("would have"; review27 finding 3).
_PLAN_ANNOUNCED = re.compile(
    r"(?:[^.;]{0,30}?\bthat\s+|(?:,?\s+(?:on\s+)?(?:[A-Z]\w+|today))?\s+)"
    r"(?:he|she|it|they|we|I|(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    rf"(?:{_SUBJECT_WORD}\s+){{0,3}}?{_SUBJECT_WORD}"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"\s+(?i:would)\s+(?!(?i:not|never|have)\b)"
)
#: How far from the saying its sentence is searched for the plan, each side.
_PLAN_REACH = 250


def tells_a_plan(
    text: str, start: int, end: int, *, announced: bool = False, refusals: bool = True
) -> bool:
    """Whether the sentence of the saying at ``start:end`` tells a planned act, before it
    ("Yun will visit Tokyo this weekend, the ministry said") or after it ("announced on
    Saturday that Fidan will travel", "said Sunday that he is scheduled to meet"; after an
    ``announced`` saying, "that she would visit"), within :data:`_PLAN_REACH` characters;
    without ``refusals``, "will not" tells none (a refusal is a stance). The
    sentence is the reader's (:func:`timeline.corpus.sentences.split_block`: "U.S.", "Mr."
    end none), inside the paragraph.

    >>> text = "Blinken will meet U.S. allies in Tokyo, the State Department said Friday."
    >>> tells_a_plan(text, text.index("said"), text.index("said") + 4)
    True
    >>> text = "Talks will go on. The ministry said Monday that it would not comment."
    >>> tells_a_plan(text, text.index("said"), text.index("said") + 4)
    False
    >>> text = "Zahar said today that Hamas will not recognize Israel."
    >>> at = text.index("said")
    >>> tells_a_plan(text, at, at + 4), tells_a_plan(text, at, at + 4, refusals=False)
    (True, False)
    >>> text = "Frederiksen on Saturday announced that she would visit Greenland."
    >>> at = text.index("announced")
    >>> tells_a_plan(text, at, at + 9), tells_a_plan(text, at, at + 9, announced=True)
    (False, True)
    """
    lo = max(text.rfind("\n", 0, start) + 1, start - _PLAN_REACH)
    line_end = text.find("\n", end)
    hi = min(len(text) if line_end < 0 else line_end, end + _PLAN_REACH)
    for first, last in split_block(text, lo, hi):
        if first <= start < last:
            will = _PLAN if refusals else _PLAN_NOT_REFUSED
            return bool(
                will.search(text, first, start)
                or any(p.search(text, end, last) for p in (will, _PLAN_REPORTED))
                or (announced and _PLAN_ANNOUNCED.match(text, end, last))
            )
    return False


#: The reviewed words of statements (``data/statement_words.yaml``): the state bodies, and
#: the adjectives that keep "a statement" an official text (read by :mod:`.statement_rules`).
STATEMENT_WORDS = word_lists(
    "statement_words.yaml",
    {
        "statement_bodies": "words",
        "statement_adjectives": "words",
        "statement_texts": "words",
        "page_statement_texts": "words",
        "page_statement_adjectives": "words",
        "state_saying_verbs": "words",
        "quoted_saying_verbs": "words",
        "state_saying_objects": "words",
        "headline_saying_verbs": "words",
        "plain_saying_verbs": "words",
        "saying_adverbs": "words",
        "reaction_verbs": "words",
        "occasion_sayings": "words",
        "title_verbs": "values",
    },
)
#: The state bodies whose statement is read without its own day (``data/statement_words.yaml``).
STATEMENT_BODIES = STATEMENT_WORDS.words("statement_bodies")
#: The same bodies as a speaker's name ends with them: each of those words, and a ministry
#: named by its portfolio ("the Ministry of Foreign Affairs", "Ministry of Defence": each
#: "minister of / for <portfolio>" of the gazetteer's offices, as a ministry).
_BODY_NAME_ENDS = tuple(
    sorted(
        {
            *STATEMENT_BODIES,
            *(
                "ministry" + office.removeprefix("minister")
                for office in office_phrases()
                if office.startswith(("minister of ", "minister for "))
            ),
        }
    )
)

#: A state body's name ending right before a match, then "said" or not: "the Ministry of
#: Defence said in a statement", "the Ministry of External Affairs in a statement" (any
#: word ending so: "the white house", not "the house"; the bodies of :data:`_BODY_NAME_ENDS`).
_BODY_NAME = "(?:" + "|".join(r"\s".join(map(re.escape, w.split())) for w in _BODY_NAME_ENDS) + ")"
BODY_SAID_BEFORE = re.compile(rf"{_BODY_NAME}\s(?:said\s)?\Z", re.IGNORECASE)
BODY_BEFORE = re.compile(rf"{_BODY_NAME}\s\Z", re.IGNORECASE)
#: How far back they are searched: the longest name, " said ", the character before.
BODY_REACH = max(map(len, _BODY_NAME_ENDS)) + len(" said ") + 1
#: A spokesperson right before the saying, named or not: "Foreign Ministry spokesperson Lu
#: Kang announced Thursday", "U.N. spokesman Stephane Dujarric said Monday", "his
#: spokesperson said Thursday", "a spokesperson for the Foreign Ministry said on Monday";
#: groups ``spokesperson`` (its word), ``whose`` (the "for / of ..." phrase) and ``name``.
#: Whose spokesperson it is, is :func:`a_known_actors_spokesperson`'s to check.
_SPOKESPERSON_BEFORE = re.compile(
    r"\b(?P<spokesperson>(?i:spokes(?:man|woman|person)|press\s+secretary))"
    r"(?P<whose>\s+(?i:for|of)\s+(?:[\w’'.-]+\s+){1,6}?[\w’'.-]+)?"
    r"(?P<name>(?:,?\s+[A-Z][\w’'.-]*){0,4}),?\s\Z"
)
#: How far back it is searched.
_SPOKESPERSON_REACH = 120
#: A body's name anywhere in a "for / of ..." phrase ("for the Chinese Foreign Ministry").
_BODY_NAMED = re.compile(rf"\b{_BODY_NAME}\b", re.IGNORECASE)
#: A possessive standing for the person named before ("his spokesperson said").
_POSSESSIVE = re.compile(r"\b(?i:his|her)\s+\Z")
#: A capitalised word right before a name: the name is part of a longer one ("Real Madrid").
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*\s+\Z")
#: The offices of the gazetteer (``data/offices.yaml``), longest first.
_OFFICES = "|".join(
    r"\s+".join(map(re.escape, o.split())) for o in sorted(office_phrases(), key=len, reverse=True)
)
#: "of" right before a name, after an office ("the President of Mexico"), not after any
#: other noun ("Bank of China").
_OFFICE_OF_BEFORE = re.compile(rf"\b(?:{_OFFICES})\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
#: An office ending a phrase, perhaps with its holder's name: "the information minister",
#: "Kenyan President William Ruto".
_OFFICE_ENDS = re.compile(rf"\b(?P<office>(?i:{_OFFICES}))(?:\s+[A-Z][\w’'.-]*){{0,4}}\s\Z")
#: A state body named by "of" and its capitalised words: "the U.S. Department of Homeland
#: Security", "the Office of the High Commissioner".
_BODY_OF_BEFORE = re.compile(
    rf"\b(?i:{_BODY_NAME})\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:and\s+)?){{1,4}}\Z"
)
#: "of" (perhaps "of the") right before a name.
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?\Z", re.IGNORECASE)
#: How far back a name is looked for before a spokesperson or an announcement.
_NAME_REACH = 80


def _known(mention: ActorMention) -> bool:
    """Whether the gazetteer knows this actor: not a name it took only for the office
    before it ("Toyota President Akio Toyoda": no country)."""
    return mention.type != "person" or mention.form != "office" or mention.country is not None


def _an_actor_ends(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a known actor (:func:`find_actors`): a country,
    a demonym, a capital, an organization or a person of the gazetteer, as the head of the
    phrase ("U.N. spokesman", "Afghanistan's President Ashraf Ghani announced", "The
    President of Mexico announced"), not a modifier of another noun ("The Chinese team") nor
    a part of a longer name ("Real Madrid", "Bank of China"); or with a state body's name.

    >>> text = "The President of Mexico announced"
    >>> _an_actor_ends(text, 0, text.index(" announced"))
    True
    >>> text = "Real Madrid announced"
    >>> _an_actor_ends(text, 0, text.index(" announced"))
    False
    >>> text = "The Chinese team announced"
    >>> _an_actor_ends(text, 0, text.index(" announced"))
    False
    """
    head = text[start:end].rstrip()
    if BODY_BEFORE.search(head + " ") is not None or _BODY_OF_BEFORE.search(head + " "):
        return True
    stop = start + len(head)
    for m in find_actors(text, start, stop):
        if m.end != stop:
            continue
        if m.type == "person":
            if _known(m):
                return True
            continue
        before = text[start : m.start]
        if _CAPITALISED_BEFORE.search(before) is not None:
            continue
        if _OF_BEFORE.search(before) is not None and _OFFICE_OF_BEFORE.search(before) is None:
            continue
        return True
    return False


def _sentence_start(text: str, at: int) -> int:
    """Where the reader's sentence holding ``at`` starts (:func:`split_block`)."""
    lo = max(text.rfind("\n", 0, at) + 1, at - _PLAN_REACH)
    for first, last in split_block(text, lo, at + 1):
        if first <= at < last:
            return first
    return lo


def a_known_actors_spokesperson(text: str, start: int) -> bool:
    """Whether a spokesperson ends right before ``start`` (:data:`_SPOKESPERSON_BEFORE`) and
    is a state body's or a known actor's (review26 finding 1): the body or actor heads the
    words before the spokesperson ("Foreign Ministry spokesperson", "U.N. spokesman": not
    "a company spokesman", "a police spokeswoman"), is named in the "for / of ..." phrase
    ("a spokesperson for the Chinese Foreign Ministry": not "for the opposition Labour
    Party"), is the spokesperson (a person of the gazetteer), or is the person named before
    in the sentence that "his / her" stands for.

    >>> text = "Lavrov will go, Foreign Ministry spokesperson Maria Zakharova said"
    >>> a_known_actors_spokesperson(text, text.index("said"))
    True
    >>> text = "Boeing will deliver jets to Turkey, a company spokesman said"
    >>> a_known_actors_spokesperson(text, text.index("said"))
    False
    """
    lo = max(0, start - _SPOKESPERSON_REACH)
    said = _SPOKESPERSON_BEFORE.search(text, lo, start)
    if said is None:
        return False
    word = said.start("spokesperson")
    clause = max(text.rfind(",", 0, word), text.rfind("\n", 0, word), word - _NAME_REACH) + 1
    if _an_actor_ends(text, clause, word):
        return True
    whose = said.group("whose") or ""
    if _BODY_NAMED.search(whose) is not None:
        return True
    if any(_known(m) for m in find_actors(text, said.start("spokesperson"), said.end())):
        return True
    if _POSSESSIVE.search(text, clause, word) is not None:
        first = _sentence_start(text, word)
        return any(m.type == "person" and _known(m) for m in find_actors(text, first, word))
    return False


def _an_office_holder_ends(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with an office of the gazetteer held for a state: a
    minister's ("Ziad Makary the information minister"), or any office of a country or an
    organization the phrase names ("Kenyan President William Ruto"; not "Toyota President
    Akio Toyoda", "the club's chairman").

    >>> text = "Ziad Makary the information minister announced"
    >>> _an_office_holder_ends(text, 0, text.index(" announced"))
    True
    >>> text = "Toyota President Akio Toyoda announced"
    >>> _an_office_holder_ends(text, 0, text.index(" announced"))
    False
    """
    head = text[start:end].rstrip()
    office = _OFFICE_ENDS.search(head + " ")
    if office is None:
        return False
    if "minister" in office.group("office").lower():
        return True
    return any(m.type != "person" for m in find_actors(text, start, start + len(head)))


#: A parenthesis ending a phrase ("Andrés Manuel López Obrador (AMLO)").
_PARENTHESIS_END = re.compile(r"\s*\([^()]*\)\s*\Z")
#: How many comma-separated phrases before "announced" are read as its subject and its
#: appositions, and how many words each may have.
_SUBJECT_PHRASES = 3
_SUBJECT_WORDS = 8


def _known_sayer(text: str, start: int) -> int | None:
    """Where the known sayer of the verb at ``start`` begins (see :func:`a_known_announcer`),
    else None."""
    first = _sentence_start(text, start)
    end = start
    for _ in range(_SUBJECT_PHRASES):
        phrase_start = max(first, text.rfind(",", first, end) + 1)
        phrase = text[phrase_start:end]
        if _PLAN.search(phrase) or len(phrase.split()) > _SUBJECT_WORDS:
            return None
        bare = _PARENTHESIS_END.search(phrase)
        phrase_end = phrase_start + (bare.start() if bare else len(phrase))
        if _an_actor_ends(text, phrase_start, phrase_end) or _an_office_holder_ends(
            text, phrase_start, phrase_end
        ):
            return phrase_start
        if phrase_start == first:
            return None
        end = phrase_start - 1
    return None


def a_known_announcer(text: str, start: int) -> bool:
    """Whether "announced" at ``start`` has a known announcer: its subject, or a phrase in
    apposition to it ("The President of Mexico, Andrés Manuel López Obrador (AMLO),
    announced", "Alicia Bárcena, Mexico's foreign minister, announced"), is headed by a
    known actor or state body (:func:`_an_actor_ends`) or is an office holder of a state
    (:func:`_an_office_holder_ends`). Read back over up to three short phrases of the
    sentence, none telling the plan ("Toyota will build a plant in Mexico, the company
    announced" has no known announcer).

    >>> text = "The President of Mexico, Andrés Manuel López Obrador (AMLO), announced"
    >>> a_known_announcer(text, text.index("announced"))
    True
    >>> text = "Toyota will build a plant in Mexico, the company announced"
    >>> a_known_announcer(text, text.index("announced"))
    False
    """
    return _known_sayer(text, start) is not None


#: A headline that tells a saying: one of ``headline_saying_verbs`` (``data/statement_words.yaml``).
_HEADLINE_SAYING = re.compile(
    r"\b(?:" + "|".join(map(re.escape, STATEMENT_WORDS.words("headline_saying_verbs"))) + r")\b",
    re.IGNORECASE,
)
#: A headline's words attributed to their sayer after a colon at its end, as wire and South
#: Asian copy writes them ("Russia to suspend mission to NATO: FM Lavrov", "... will go a
#: long way: Nepal PM"): up to four capitalised words (thirty-sixth session).
_HEADLINE_ATTRIBUTION = re.compile(r":\s*((?:[A-Z][\w’'.-]*\s*){1,4})\s*$")
#: A headline's words attributed to their sayer before a colon at its start, as Wikinews and
#: many newsrooms write them ("Palestinian Foreign Minister: No peace with Israel", "Lavrov:
#: NATO must pull back"): up to four capitalised words (seventy-third pass).
_HEADLINE_SAYER_FIRST = re.compile(r"^\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*):\s")
#: A name's word: capitalised, three letters or more.
_NAME_WORD = re.compile(r"\b[A-Z][\w’'-]{2,}")
#: Capitalised words that name no one ("The", a weekday opening the sentence).
_NO_NAME = frozenset({"The", "This", "That", "His", "Her", "Its", "Their", "Our", "And"})


def the_headline_tells_it(text: str, start: int) -> bool:
    """Whether the saying at ``start`` is the news the headline carries: the headline (the
    page's first line) tells a saying (:data:`_HEADLINE_SAYING`), and the saying's sayer is
    a known actor or an office holder of a state (:func:`_known_sayer`) whom the headline
    names by a word of the sayer's name ("Ruto says ..." and "Kenyan President William
    Ruto said on Monday"), and the saying speaks of another side than its sayer's, no game
    (:func:`_speaks_of_another_side`).

    >>> head = "Chilean President Boric says border with Bolivia stays closed\\n"
    >>> text = head + "The president of Chile, Gabriel Boric, said on Monday that it stays shut."
    >>> the_headline_tells_it(text, text.index("said"))
    True
    >>> text = head + "The foreign minister of Peru, Javier Gonzalez, said on Monday it is open."
    >>> the_headline_tells_it(text, text.index("said"))
    False
    >>> head = "Russia to suspend its mission to NATO: FM Lavrov\\n"
    >>> text = head + "Russian Foreign Minister Sergei Lavrov said Monday that NATO must act."
    >>> the_headline_tells_it(text, text.index("said"))
    True
    >>> head = "Palestinian Foreign Minister: No peace with Israel\\n"
    >>> text = head + "Palestinian Foreign Minister Mahmoud al-Zahar said today that it is far."
    >>> the_headline_tells_it(text, text.index("said"))
    True
    >>> head = "Chilean President Boric says inflation is easing\\n"
    >>> text = head + "Chilean President Gabriel Boric said on Monday that inflation eased."
    >>> the_headline_tells_it(text, text.index("said"))
    False
    """
    line = text.find("\n")
    if line < 0 or start < line:
        return False
    named: set[str] = set()
    for verb in _HEADLINE_SAYING.finditer(text, 0, line):
        named.update(_NAME_WORD.findall(_headline_sayer(text[:line], verb.start(), verb.end())))
    attributed = _HEADLINE_ATTRIBUTION.search(text, 0, line)
    if attributed is not None:  # "Russia to suspend its mission to NATO: FM Lavrov"
        named.update(_NAME_WORD.findall(attributed.group(1)))
    first = _HEADLINE_SAYER_FIRST.match(text, 0, line)
    if first is not None:  # "Palestinian Foreign Minister: No peace with Israel"
        named.update(_NAME_WORD.findall(first.group(1)))
    named -= _NO_NAME
    if not named:
        return False
    sayer = _known_sayer(text, start)
    if sayer is None or not any(w in named for w in _NAME_WORD.findall(text, sayer, start)):
        return False
    return _speaks_of_another_side(text, sayer, start, line)


def _state_of(mention: ActorMention) -> str | None:
    """The state or body a mention names: a country's or an organization's id, a person's
    country."""
    return mention.country if mention.type == "person" else mention.id


def _speaks_of_another_side(text: str, sayer: int, start: int, line: int) -> bool:
    """Whether the saying at ``start`` (its sayer from ``sayer``; the headline ends at
    ``line``) speaks of a side other than its sayer's: a state or an organization, not the
    sayer's own, named in the saying's sentence after the verb or in the headline; and no
    game's word there (:func:`.acting_sides.names_a_game`: a leader praising a team). A
    leader's word on inflation at home, or on the national side's win, is no diplomatic
    statement (review29 finding 10)."""
    sentence_end = next((b for a, b in split_block(text, start, len(text))), len(text))
    if names_a_game(text, 0, line) or names_a_game(text, start, sentence_end):
        return False
    own = {_state_of(m) for m in find_actors(text, sayer, start)}
    spoken = [*find_actors(text, start, sentence_end), *find_actors(text, 0, line)]
    return any((side := _state_of(m)) is not None and side not in own for m in spoken)


#: The words of a headline's sayer: the words before its verb back to a comma or colon
#: ("Chilean President Boric says"), or after it when the verb follows a comma ("..., says
#: Boric"); up to six words.
_HEADLINE_WORDS = 6


def _headline_sayer(head: str, start: int, end: int) -> str:
    """The headline's sayer of the verb at ``start:end`` (:data:`_HEADLINE_WORDS`)."""
    before = head[:start].rstrip()
    if before.endswith((",", "’", "'", '"', "”")):
        return " ".join(head[end:].split()[:_HEADLINE_WORDS])
    cut = max(before.rfind(","), before.rfind(":"), before.rfind(";"))
    return " ".join(before[cut + 1 :].split()[-_HEADLINE_WORDS:])


#: A state's government named: "the Argentine government", "Russian authorities", "Sri
#: Lanka's government"; group ``who`` the state.
_GOVERNMENT_OF = re.compile(
    r"(?P<who>.+?)(?:[’']s)?\s+(?:government|authorities)"
    r"|(?:government|authorities)\s+of\s+(?:the\s+)?(?P<of>.+)",
    re.IGNORECASE,
)
#: The joins of a list of states: "Brazil and Paraguay", "Niger, Mali and Burkina Faso".
_STATES_JOINED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: An article opening a name: "The United States", "the Argentine government".
_THE = re.compile(r"(?i:the)\s+")
#: A capitalised "The" inside a sentence: where a label glued to the sentence ends ("Iran
#: Politics The United States ...": a page's rubric the reader did not cut off).
_INNER_THE = re.compile(r"\sThe\s")
#: The fewest words after a state's saying: a saying that ends its sentence ("..., Russia
#: said.", "Egyptian authorities said on Monday.") sources what is told before it.
_WORDS_AFTER = 3


def _a_state_named(
    text: str, start: int, end: int, forms: tuple[str, ...], types: tuple[str, ...] = ("country",)
) -> str | None:
    """The country (or actor of ``types``) named by exactly ``text[start:end]`` (one mention
    of the gazetteer of one of ``forms``), else None.

    A saying's subject is asked of here (every "said" of a page: :func:`a_state_says`) and
    is seldom exactly a name: unless the names table lists it for one of ``types``
    (:func:`timeline.gazetteer.actors.listed_as`, one look-up), no mention of those types
    can span it and none is searched for (a sixth of a steady pass's searches of the
    gazetteer's names over a span, seventy-third pass)."""
    if "person" not in types and not listed_as(text[start:end], types):
        return None
    mentions = find_actors(text, start, end)
    if len(mentions) != 1:
        return None
    m = mentions[0]
    ok = m.start == start and m.end == end and m.type in types and m.form in forms
    return m.id if ok else None


#: The actors a saying may be told of: states, and the organizations of states of the
#: gazetteer ("NATO urged ...", '"...," said the EU in a statement'; thirtieth pass).
_SAYERS = ("country", "organization")
#: A state's saying whose verb an organization's is read with too: a stance
#: (``state_saying_verbs`` less ``plain_saying_verbs``: "NATO urged", "the African Union
#: condemned"), not a plain saying ("the EU said", "ASEAN announced" source the news told;
#: "ASEAN states" are its members).
_ORGANIZATION_SAYING = re.compile(
    r"\s(?:(?:has|have)\s+)?(?:\w+ly\s+)?(?:"
    + "|".join(
        re.escape(verb)
        for verb in STATEMENT_WORDS.words("state_saying_verbs")
        if verb not in STATEMENT_WORDS.words("plain_saying_verbs")
    )
    + r")\b"
)


#: "Both" before the states joined: "Both Chile and Peru rejected the ruling".
_BOTH = re.compile(r"\s*both\s+(?=\S+.*\band\b)", re.IGNORECASE)


def _states_phrase(text: str, start: int, end: int, types: tuple[str, ...] = ("country",)) -> bool:
    """Whether ``text[start:end]`` names a state or states and nothing else: "Israel", "The
    United States and France", "the Argentine government", "Russian authorities", "the
    government of Sri Lanka".

    >>> text = "The United States and France"
    >>> _states_phrase(text, 0, len(text))
    True
    >>> text = "The Dominican ambassador"
    >>> _states_phrase(text, 0, len(text))
    False
    """
    the = _THE.match(text, start, end)
    start = the.end() if the else start
    both = _BOTH.match(text, start, end)  # "Both Chile and Peru" (review30 finding 4)
    start = both.end() if both else start
    government = _GOVERNMENT_OF.fullmatch(text, start, end)
    if government is not None:
        group = "who" if government.group("who") is not None else "of"
        forms = ("name", "alias", "demonym") if group == "who" else ("name", "alias")
        return _a_state_named(text, *government.span(group), forms) is not None
    at = start
    for join in [*_STATES_JOINED.finditer(text, start, end), None]:
        stop = end if join is None else join.start()
        the = _THE.match(text, at, stop)
        part = the.end() if the else at
        if part >= stop or _a_state_named(text, part, stop, ("name", "alias"), types) is None:
            return False
        if join is not None:
            at = join.end()
    return True


#: "said" and its sayer right before a match, the sayer after the verb as a quote's
#: attribution puts it ('"...," said the EU in a statement'); group ``who`` the sayer.
_SAID_BY_BEFORE = re.compile(r"\bsaid\s+(?P<who>[^\s,;:\"“”][^,;:\"“”]{0,60}?)\s+\Z")
#: How far back it is searched.
_SAID_BY_REACH = 80


def a_sayer_said_before(text: str, start: int) -> bool:
    """Whether "said" and a state or an organization of states named as its sayer
    (:func:`_states_phrase`) end right before ``start``: the attribution of a quote told
    before it ('"Monitors may not enter the site," said the EU in a statement',
    thirtieth pass).

    >>> text = '"Talks are over," said the EU in a statement.'
    >>> a_sayer_said_before(text, text.index("in a"))
    True
    >>> text = '"Talks are over," said the minister in a statement.'
    >>> a_sayer_said_before(text, text.index("in a"))
    False
    """
    said = _SAID_BY_BEFORE.search(text, max(0, start - _SAID_BY_REACH), start)
    if said is None or not _states_phrase(text, *said.span("who"), _SAYERS):
        return False
    # as :func:`a_state_says`: not a team named by its country ('"The result stands," said
    # Brazil in a statement after the match'), not a litigant (review30 finding 5)
    first = _sentence_start(text, said.start())
    sentence_end = next(
        (b for a, b in split_block(text, first, min(len(text), start + 400))), start
    )
    sentence_end = max(sentence_end, start)
    line_end = text.find("\n", start)
    if line_end >= 0:
        sentence_end = min(sentence_end, line_end)
    return not (
        names_a_game(text, first, sentence_end) or _A_LITIGANT.search(text, first, sentence_end)
    )


#: A state's saying as a litigant's, in a court of law: "in court", "before a federal court",
#: "told the district court"; not at an international court ("the International Court of
#: Justice", "the court in The Hague", "the European Court of Human Rights"), where states
#: speak as states.
_A_LITIGANT = re.compile(
    r"\b(?:in|before|told|asked|to)\s+(?:(?:a|the)\s+)?"
    r"(?:(?!(?:international|european|world|permanent|arbitral)\b)[\w-]+\s+)?court\b"
    r"(?!\s+(?:of\s+(?:justice|arbitration|human|public)|in\s+the\s+hague))",
    re.IGNORECASE,
)


#: What may stand between the sayer and its verb and is no part of its name: a sentence
#: adverb set off by a comma ("Russia, however called for diplomacy", "Japan, for its part,
#: urged ..."; ``sentence_adverbs`` of ``data/title_words.yaml``), or an abbreviation in
#: parentheses ("The United Kingdom (MoD) announced on Thursday ..."); seventy-third pass.
_AFTER_THE_SAYER = re.compile(
    r"(?:,\s*(?i:"
    + word_alternatives("sentence_adverbs")
    + r"),?|\s*\((?P<abbreviation>[A-Z][\w.&-]{1,11})\))\s*\Z"
)


#: A state body named as a sayer: "The Finnish Ministry for Foreign Affairs", "the Chinese
#: Foreign Ministry", "The Ministry of Defence", "the Kremlin", "The Dutch Presidency of the
#: European Union"; groups ``head`` (the words before the body: a state, the body's own
#: capitalised words), ``body`` (a name of :data:`_BODY_NAME_ENDS`) and ``of`` (the state or
#: organization an "of / for" phrase names).
_BODY_SUBJECT = re.compile(
    rf"(?:[Tt]he\s+)?(?P<head>(?:[\w’'.-]+\s+){{0,4}}?)(?P<body>(?i:{_BODY_NAME}))"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<of>[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*){0,4}))?"
)
#: A capitalised word of a body's name ("Foreign", "Prime Minister's").
_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*")


def _a_states_body(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a state body and nothing else: a body of
    :data:`_BODY_NAME_ENDS` after a state ("The Finnish Ministry for Foreign Affairs", "the
    German government"), or of a state or organization of states ("The Dutch Presidency of
    the European Union"), or a body's proper name alone ("The Ministry of Defence", "the
    Kremlin"); the words between the state and the body capitalised, no other actor.

    >>> text = "The Finnish Ministry for Foreign Affairs"
    >>> _a_states_body(text, 0, len(text))
    True
    >>> text = "The Ministry of Defence"
    >>> _a_states_body(text, 0, len(text))
    True
    >>> text = "The Ministry"
    >>> _a_states_body(text, 0, len(text))
    False
    >>> text = "the police department"
    >>> _a_states_body(text, 0, len(text))
    False
    """
    body = _BODY_SUBJECT.fullmatch(text, start, end)
    if body is None:
        return False
    head_start, head_end = body.span("head")
    rest = head_start
    named = False
    for m in find_actors(text, start, end):
        if m.type not in _SAYERS or (m.type == "country" and m.form == "office"):
            return False
        if head_start <= m.start and m.end <= head_end and rest == head_start:
            rest = m.end  # the state before the body: "The Finnish Ministry ..."
        elif m.start == body.start("of") and m.end == body.end("of"):
            pass  # the state or organization after it: "... of the European Union"
        elif not (m.start <= body.start("body") and body.end("body") <= m.end):
            return False  # the body itself may be a name of its state: "the White House"
        named = True
    words = re.sub(r"^[’']s\b", "", text[rest:head_end].strip()).split()
    if any(_CAPITALISED.fullmatch(w) is None for w in words):
        return False
    if named:
        return True
    # a body no state names is read only by its proper name, capitalised and more than its
    # common noun ("The Ministry of Defence", "The Foreign Office"; not "The Ministry urges")
    return body.group("body")[:1].isupper() and bool(words or body.group("of"))


def _subject_end(text: str, lo: int, hi: int) -> int:
    """Where the sayer's name ends in ``text[lo:hi]``, the words before a saying's verb:
    before a sentence adverb set off by a comma or an abbreviation in parentheses
    (:data:`_AFTER_THE_SAYER`) that names a body of the state, no actor of the gazetteer
    ("(MoD)"; not the state's own short name, "Qatar and the United Arab Emirates (UAE)",
    which the rule reads as it did before: the fifty-nine's gold lists no such saying),
    else at ``hi``.

    >>> text = "Russia, however called"
    >>> text[: _subject_end(text, 0, text.index(" called"))]
    'Russia'
    >>> text = "The United Kingdom (MoD) announced"
    >>> text[: _subject_end(text, 0, text.index(" announced"))]
    'The United Kingdom'
    >>> text = "The United Arab Emirates (UAE) announced"
    >>> text[: _subject_end(text, 0, text.index(" announced"))]
    'The United Arab Emirates (UAE)'
    """
    after = _AFTER_THE_SAYER.search(text, lo, hi)
    if after is None:
        return hi
    if after.group("abbreviation") and find_actors(text, *after.span("abbreviation")):
        return hi
    return after.start()


def a_state_says(text: str, start: int, end: int) -> bool:
    """Whether the saying matched at ``start:end`` (the space before it, perhaps "has / have"
    and an adverb, the verb) is a state's own, told as the news: its subject, right before
    it, is a state or states named and nothing else
    (:func:`_states_phrase`), opening the sentence or the
    clause after its last comma ("After the talks, the Argentine government praised"), and
    the saying goes on after the verb (a saying that ends its sentence sources what the
    sentence told before it). Not in the headline (the page's first line), which the
    article's first sentence tells again.

    >>> text = "Title\\nIsrael criticized the invitation of the delegation."
    >>> a_state_says(text, text.index(" criticized"), text.index(" the inv"))
    True
    >>> text = "Title\\nThe talks went well, Russia said."
    >>> a_state_says(text, text.index(" said"), text.index("."))
    False
    """
    if text.rfind("\n", 0, start) < 0:
        return False
    subject_end = start
    first = _sentence_start(text, end - 1)
    sentence_end = next((b for a, b in split_block(text, first, min(len(text), end + 400))), end)
    line_end = text.find("\n", end)
    if line_end >= 0:
        sentence_end = min(sentence_end, line_end)
    if len(text[end:sentence_end].split()) < _WORDS_AFTER:
        return False
    # an organization of states with a verb of stance (:data:`_ORGANIZATION_SAYING`)
    sayers = _SAYERS if _ORGANIZATION_SAYING.match(text, start, end) else ("country",)
    comma = text.rfind(",", first, subject_end)
    phrases = [(first, subject_end)]
    if comma >= 0:
        phrases.append((comma + 1, subject_end))
        if not text[comma + 1 : subject_end].strip():
            # the subject in apposition: "Egypt, the only other producer, voiced support"
            phrases.append((first, text.find(",", first, subject_end)))
    phrases += [(m.start() + 1, subject_end) for m in _INNER_THE.finditer(text, first, subject_end)]
    for lo, hi in phrases:
        lo += len(text[lo:hi]) - len(text[lo:hi].lstrip())
        hi = _subject_end(text, lo, hi)
        if lo < hi and (
            _states_phrase(text, lo, hi, sayers)
            or (len(sayers) > 1 and _a_states_body(text, lo, hi))
        ):
            break
    else:
        return False
    # the sentence's own tests last: a state is the sayer of few of the sayings tried
    # (the dearer tests only for them, thirty-fourth session)
    if names_a_game(text, first, sentence_end):
        return False  # a team named by its country: "Brazil criticized the referee" (review28 #12)
    # a state as a litigant: "denied the allegations in court" (review29 #4)
    return _A_LITIGANT.search(text, first, sentence_end) is None
