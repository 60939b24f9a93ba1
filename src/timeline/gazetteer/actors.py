"""Who: countries, organizations and people named in a text.

:func:`find_actors` finds every mention of a known actor, with offsets:

* countries by the names, demonyms (and their plurals, a people: "the Israelis"),
  combining forms, capitals, seats of government and governing authorities of
  ``data/countries.yaml`` ("Türkiye", "Turkish", "Sino-", "Ankara", "the White House",
  "the Palestinian Authority"), also
  inside hyphenated compounds ("Uzbek-Turkish", "Turkmenistan-Azerbaijan-
  Türkiye"), and territories by their ISO 3166-1 names (pycountry);
* organizations by the aliases in ``data/organizations.yaml`` (OTS = Turkic
  Council = CCTS);
* people by the aliases in ``data/people.yaml``, each with the country they
  act for and their office.

A capital is a place and, by metonymy, the state ("Ankara has sought ...").
Its mention has ``form="capital"`` and ``metonym`` set from the words before
it: after a locative word ("in Ankara", "to Ankara", "the capital Astana") it
is the place (``False``), otherwise the state (``True``).

Matching is case-sensitive, whole-word, longest match first, through one
trie-shaped regular expression built once per process
(:mod:`timeline.gazetteer.matching`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache
from typing import Any, Literal

import pycountry

from ..collector import cycle_collection_paused
from .codes import countries, country_name, organization, organizations, read_data
from .document_names import names_a_document
from .matching import NameMatch, NameMatcher, ascii_fold, spellings, transliterations
from .offices import lexicon, name_particles, office_forms
from .officials import find_officials
from .personal_names import given_names_before, inside_a_name, name_in_apposition

__all__ = [
    "ActorMention",
    "Person",
    "country_for_name",
    "find_actors",
    "listed_as",
    "people",
    "person",
]

ActorKind = Literal["country", "organization", "person"]
Form = Literal["name", "demonym", "prefix", "capital", "alias", "office", "group"]


@dataclass(frozen=True, slots=True)
class Person:
    """A person of ``data/people.yaml``."""

    id: str
    name: str
    country: str
    office: str
    aliases: tuple[str, ...]
    #: The name a title calls them by when neither the surname nor an alias is it, and
    #: the news writes that form with more words after it for others too ("Anwar" of
    #: Anwar Ibrahim, not an alias: "Anwar Gargash" is another man).
    short: str | None = None

    @property
    def terms(self) -> tuple[tuple[int, int | None], ...]:
        """The years of office the office's first parentheses of years give ("(2001-2009)",
        "(1994-1996, 1999-2001)", "(2021-)": still in office, "(2017)": one year); none when
        it gives none.

        >>> Person("x", "X", "US", "President (1994-1996, 1999-2001)", ()).terms
        ((1994, 1996), (1999, 2001))
        >>> Person("x", "X", "TD", "President of Chad (2021-)", ()).terms
        ((2021, None),)
        """
        found = _OFFICE_YEARS.search(self.office)
        if found is None:
            return ()
        terms: list[tuple[int, int | None]] = []
        for first, dash, last in _TERM.findall(found.group(1)):
            terms.append((int(first), int(last) if last else (None if dash else int(first))))
        return tuple(terms)

    def fits(self, year: int) -> int:
        """How well the year fits the person's years of office: 2 inside one, 1 when the
        office gives no years, 0 outside them all."""
        terms = self.terms
        if not terms:
            return 1
        return 2 if any(a <= year <= (b if b is not None else year) for a, b in terms) else 0


#: The years of office an office's parentheses give, and each term in them.
_OFFICE_YEARS = re.compile(
    r"\((\d{4}(?:\s*[-–]\s*(?:\d{4})?)?(?:,\s*\d{4}(?:\s*[-–]\s*(?:\d{4})?)?)*)\)"
)
_TERM = re.compile(r"(\d{4})(\s*[-–]\s*)?(\d{4})?")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor: ``text == source[start:end]``.

    ``type`` is an :class:`~timeline.model.ActorType` value; ``id`` the ISO
    code, organization code or person slug; ``country`` the ISO code a person
    acts for (``None`` otherwise); ``metonym`` is set only for capitals.
    """

    start: int
    end: int
    text: str
    id: str
    type: ActorKind
    name: str
    form: Form
    country: str | None = None
    office: str | None = None
    metonym: bool | None = None
    #: For a person of no country whose office is an international body's ("UN
    #: Secretary-General Kofi Annan"), that body's organization code.
    body: str | None = None


@dataclass(frozen=True, slots=True)
class _Entry:
    id: str
    type: ActorKind | Literal["office"]
    form: Form


@cache
def aliases_data() -> dict[str, Any]:
    """The parsed ``data/aliases.yaml``."""
    data: dict[str, Any] = read_data("aliases.yaml")
    return data


@cache
def people() -> dict[str, Person]:
    """Every person of ``data/people.yaml``, by slug."""
    return {
        slug: Person(
            id=slug,
            name=entry["name"],
            country=entry["country"],
            office=entry.get("office", ""),
            aliases=tuple(entry.get("aliases", ())),
            short=entry.get("short"),
        )
        for slug, entry in read_data("people.yaml").items()
    }


def person(slug: str) -> Person | None:
    """The person with this slug, or ``None``."""
    return people().get(slug)


#: The endings of demonyms whose plural, with an "s", names the people: "Israeli" ->
#: "the Israelis", "Iranian" -> "Iranians", "Uzbek" -> "Uzbeks" (not "Chinese", "French",
#: "Swiss", "British": their plural is the demonym or another word).
_PLURAL_BY_S = ("an", "i", "ek", "ak", "ik", "kh", "ech", "ot", "in", "ar", "er")


def _country_names() -> dict[str, list[_Entry]]:
    table: dict[str, list[_Entry]] = {}

    def add(name: str, code: str, form: Form) -> None:
        for spelling in spellings(name):
            entries = table.setdefault(spelling, [])
            if not any(e.id == code for e in entries):
                entries.append(_Entry(code, "country", form))

    for code, country in countries().items():
        for name in (*country.names, *country.authorities):
            add(name, code, "name")  # "Hamas", "the Taliban": the state's side
            if "-" in name and name.replace("-", " ") not in table:
                # news writes a hyphenated name with a space too: "Timor Leste", "Guinea
                # Bissau" (thirty-third pass)
                add(name.replace("-", " "), code, "name")
        for name in country.demonyms:
            add(name, code, "demonym")
            if name.endswith(_PLURAL_BY_S):
                add(name + "s", code, "name")  # a people as a side: "the Israelis"
        for name in country.prefixes:
            add(name, code, "prefix")
        for name in (*country.capitals, *country.seats):
            add(name, code, "capital")  # a seat reads like a capital: "the Kremlin said"
    # Territories a text may name (Hong Kong, Puerto Rico): their ISO names.
    for record in pycountry.countries:
        if record.alpha_2 in countries():
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None)
            if value and "," not in value and "(" not in value:
                add(value, record.alpha_2, "name")
    return table


@cache
def _table() -> tuple[NameMatcher, dict[str, list[_Entry]]]:
    """Every name -> its entries, and the compiled pattern; built once, with the cycle
    collector paused (no cycles among them: :mod:`timeline.collector`)."""
    with cycle_collection_paused():
        return _names_table()


def _names_table() -> tuple[NameMatcher, dict[str, list[_Entry]]]:
    table = _country_names()
    written_as = aliases_data().get("organization_spellings", ())
    for code, org in organizations().items():
        for alias in (org.name, *org.aliases):
            for written in transliterations(alias, written_as):
                for spelling in spellings(written):
                    entries = table.setdefault(spelling, [])
                    if not any(e.id == code for e in entries):
                        entries.append(_Entry(code, "organization", "alias"))
    groups = aliases_data().get("name_transliterations", ())
    for slug, p in people().items():
        for alias in (p.name, *p.aliases):
            for written in transliterations(alias, groups):
                for spelling in spellings(written):
                    entries = table.setdefault(spelling, [])
                    if not any(e.id == slug for e in entries):
                        entries.append(_Entry(slug, "person", "alias"))
    for name in aliases_data().get("not_actors", ()):
        for spelling in spellings(name):
            table[spelling] = []
    for office in office_forms():  # matched in the same pass, for the office patterns
        table.setdefault(office, [_Entry("", "office", "office")])
    return NameMatcher(table), table


_LOCATIVE = re.compile(
    r"\b(?:in|at|to|from|into|near|outside|inside|via|visited|visiting|visit|reached|toward|"
    r"towards|across|around|hosted|hosts?|capital|city)(?:\s+of)?,?\s+(?:the\s+)?$"
)
_PLACE_AFTER = re.compile(r"^,\s+(?:the\s+)?(?:capital|city)\b")


def _is_place_reading(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    if _LOCATIVE.search(before):
        return True
    return bool(_PLACE_AFTER.match(text[end : end + 30]))


@cache
def _company_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words after and before a country's name that make it a company's or a
    newspaper's (``data/aliases.yaml``, ``company_words``), as patterns matched right after
    and right before the name."""
    words = aliases_data().get("company_words", {})
    after = "|".join(map(re.escape, words.get("after", ()))) or "(?!)"
    before = "|".join(map(re.escape, words.get("before", ()))) or "(?!)"
    return re.compile(rf"[ \t]+(?:{after})\b"), re.compile(rf"\b(?:{before})[ \t]+\Z")


def _a_company(text: str, start: int, end: int) -> bool:
    """Whether the country's name at ``start:end`` names a company or a newspaper:
    "Singapore Airlines", "China Daily", "Air India" (not "the Pakistan Air Force").

    >>> [_a_company(t, *re.search("China|India|Pakistan", t).span()) for t in (
    ...     "China Daily said", "Air India flew", "the Pakistan Air Force", "China said")]
    [True, True, False, False]
    """
    after, before = _company_words()
    return bool(after.match(text, end) or before.search(text, max(0, start - 8), start))


@cache
def _organization_seats() -> dict[str, str]:
    seats: dict[str, str] = aliases_data().get("organization_seats", {})
    return dict(seats)


def organization_seat(place: str) -> str | None:
    """The organization a city seats, whose gatherings the news names by the city alone
    (``data/aliases.yaml``, ``organization_seats``).

    >>> organization_seat("Brussels"), organization_seat("Paris")
    ('EU', None)
    """
    return _organization_seats().get(place)


def country_for_name(name: str) -> str | None:
    """The ISO code for a country name, demonym or capital (``"Kazakh"`` -> ``KZ``)."""
    _, table = _table()
    for entry in table.get(name, ()):
        if entry.type == "country":
            return entry.id
    return None


def listed_as(name: str, types: Collection[str]) -> bool:
    """Whether the names table :func:`find_actors` reads lists exactly ``name`` for an
    actor of one of ``types`` ("country", "organization", "person"). A country or an
    organization that :func:`find_actors` finds alone in a span and spanning all of it is
    one such name (the country a coordination elides, "North" of "North and South Korea",
    is found only beside the other); a person may be named otherwise (a surname alone, an
    office).

    >>> listed_as("Kazakh", ("country",)), listed_as("the Kazakh", ("country",))
    (True, False)
    >>> listed_as("NATO", ("country",)), listed_as("NATO", ("country", "organization"))
    (False, True)
    """
    _, table = _table()
    return any(entry.type in types for entry in table.get(name, ()))


#: The word after a word of a name ("Kim Keon-hee", "Mohammed bin Rashid").
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def _is_name_word(word: str) -> bool:
    """A capitalized word of letters of three or more: "Yoon", "Uhuru", "Kassym-Jomart"."""
    return len(word) >= 3 and word.istitle() and word.replace("-", "").isalpha()


def _whole_words(text: str, words: Iterable[str], start: int, stop: int) -> list[tuple[int, str]]:
    """Where each of ``words`` stands as a whole word in ``text[start:stop]``, in order: a
    substring search per word (a document has a few; a pattern of them would be compiled
    for each document)."""
    found = []
    for word in words:
        at = text.find(word, start, stop)
        while at >= 0:
            end = at + len(word)
            if not (at > 0 and text[at - 1].isalnum()) and not (
                end < len(text) and text[end].isalnum()
            ):
                found.append((at, word))
            at = text.find(word, end, stop)
    return sorted(found)


#: The word before a word of a text: "Eid" in "Eid Mubarak", "bin" in "Khalid bin Salman".
_WORD_BEFORE = re.compile(r"(\w[\w.]*)[ \t]+$")
#: A sentence's start before a word: its first word may be capitalized without being a name.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s+|\n\s*)$")


@cache
def _not_surnames_alone() -> frozenset[str]:
    """Last words of names that are never the person alone: a month or a weekday of the
    temporal lexicon ("in May": not Theresa May) and the common words of
    ``data/aliases.yaml``'s ``not_surnames_alone`` ("Rice imports": not Condoleezza Rice).

    >>> {"May", "Monday", "Rice"} <= _not_surnames_alone()
    True
    """
    lexicon = read_data("temporal_words.yaml")  # the tagger's lists (timeline.temporal.lexicon)
    calendar = {w.capitalize() for w in (*lexicon["months"], *lexicon["weekdays"])}
    return frozenset(calendar | set(aliases_data().get("not_surnames_alone", ())))


def _beside_a_name(text: str, at: int, end: int, particles: frozenset[str]) -> bool:
    """Whether the word at ``at``-``end`` is joined by a hyphen to a word ("Al-Mubarak") or
    stands beside another word of a name: a capitalized word or a particle before it that
    does not start a sentence ("Eid Mubarak", "bin Salman"), a capitalized word after it
    ("Blair House")."""
    after = _NEXT_WORD.match(text, end)
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    joined = (at > 0 and text[at - 1] in "-‐") or text[end : end + 1] in ("-", "‐")
    return (
        joined
        or (after is not None and after.group(1)[0].isupper())
        or (
            before is not None
            and (before.group(1)[0].isupper() or before.group(1) in particles)
            and not before.group(1).endswith(".")  # "met Peres. Arafat said", "Mr. Blair"
            and before.start() > 0
            and _SENTENCE_START.search(text, max(0, before.start() - 3), before.start()) is None
        )
    )


def _name_words_alone(
    text: str,
    start: int,
    stop: int,
    mentions: list[ActorMention],
    table: dict[str, list[_Entry]],
    *,
    last: bool,
) -> list[ActorMention]:
    """The people of the table named in full in ``text[start:stop]``, mentioned again by the
    first word of that name alone (``last=False``) or by its last word (``last=True``).

    **First words**: "President Yoon Suk Yeol ... Yoon will then make", "President Uhuru
    Kenyatta ... In March, Uhuru visited". News names a person whose family name comes
    first (Korean, Chinese, Vietnamese) by it, and some leaders by their given name; the
    table lists the usual short form, this finds the others. The word is the person's
    only when it is no entry of the table nor an office and, wherever the text has it
    before another word of a name (capitalized, or a particle: "bin", "de"), that is the
    same person's name: with "First Lady Kim Keon-hee" in the text, "Kim" is no longer
    Kim Jong Un's, nor "Mohammed" Mohammed bin Salman's with "Sheikh Mohammed bin Rashid".

    **Last words**: "Hosni Mubarak ... Mubarak said", "Tony Blair ... Blair told"; never a
    month, a weekday or a common word (:func:`_not_surnames_alone`: "in May"). A surname
    the table cannot list alone, because it is also a greeting, a place or part of other
    names ("Eid Mubarak", "Blair House", "Mount Arafat", "Al-Mubarak"), is the person's
    only after the person's name in the same text, as officials' surnames are
    (:func:`timeline.gazetteer.officials.find_officials`). The word is the person's from
    its first mention after the full name on, when it is no entry of the table nor an
    office, and wherever the text has it joined by a hyphen to a word, or beside another
    word of a name (:func:`_beside_a_name`), that is inside the same person's name: with
    "Blair House" or "Eid Mubarak" in the text, the word is nobody's.
    """
    named_by: dict[str, dict[str, ActorMention]] = {}
    for m in mentions:
        if m.type != "person" or " " not in m.text or (last and m.form != "alias"):
            continue
        word = m.text.split()[-1 if last else 0]
        if (
            _is_name_word(word)
            and word not in table
            and word not in office_forms()
            and not (last and word in _not_surnames_alone())
        ):
            named_by.setdefault(word, {}).setdefault(m.id, m)
    words = {w: next(iter(by.values())) for w, by in named_by.items() if len(by) == 1}
    if not words:
        return []
    particles = name_particles()
    starts = [m.start for m in mentions]  # sorted: find_actors' mentions are in order
    alone: list[tuple[int, int, str]] = []
    shared: set[str] = set()
    for at, word in _whole_words(text, words, start, stop):
        end = at + len(word)
        k = bisect_right(starts, at) - 1
        inside = mentions[k] if k >= 0 and at < mentions[k].end else None
        own = inside is not None and inside.id == words[word].id
        if last:
            if own:
                continue  # the full name itself
            if inside is not None or _beside_a_name(text, at, end, particles):
                shared.add(word)  # "Eid Mubarak", "Blair House", "Al-Mubarak": another name
            else:
                alone.append((at, end, word))
            continue
        after = _NEXT_WORD.match(text, end)
        if after is not None and (after.group(1)[0].isupper() or after.group(1) in particles):
            if not own:
                shared.add(word)  # another person's name has the word
        elif inside is None:
            alone.append((at, end, word))
    found: list[ActorMention] = []
    for s, e, word in alone:
        m = words[word]
        if word in shared or (last and s < m.start):
            continue
        found.append(
            ActorMention(
                s, e, word, m.id, "person", m.name, "alias", country=m.country, office=m.office
            )
        )
    return found


#: Before an office named alone: "the" ("The President later met", "the prime minister").
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+$")
#: After an office that introduces or qualifies someone: a name, "of", a comma and a name.
_QUALIFIED_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?(?:[A-Z]|of\b|for\b)")


def _offices_alone(
    text: str, mentions: list[ActorMention], offices: list[tuple[int, int]]
) -> list[ActorMention]:
    """The people named earlier in the text by a name and then by their office alone: "Kenyan
    President William Ruto ... The President later met", "Prime Minister Narendra Modi ...
    the prime minister also had". Like a first word alone (:func:`_name_words_alone`), the
    office stands for the person named in full before it: it is theirs only when "the"
    comes before it, no name, "of" nor "for" after it, and exactly one person named
    before it holds an office that begins with it ("President" is "President of Kenya"'s,
    not "Vice President"'s)."""
    found: list[ActorMention] = []
    people = sorted((m for m in mentions if m.type == "person" and m.office), key=lambda m: m.end)
    if not people:
        return found
    # the people named so far, by each word-prefix of their office ("prime", "prime
    # minister", "prime minister of", ...): one look-up per office, linear in the text
    holders: dict[str, dict[str, ActorMention]] = {}
    seen = 0
    for s, e in offices:
        while seen < len(people) and people[seen].end <= s:
            m = people[seen]
            words = str(m.office).lower().split()
            for n in range(1, len(words) + 1):
                holders.setdefault(" ".join(words[:n]), {}).setdefault(m.id, m)
            seen += 1
        if _THE_BEFORE.search(text, max(0, s - 5), s) is None or _QUALIFIED_AFTER.match(text, e):
            continue
        held = holders.get(" ".join(text[s:e].lower().split()), {})
        if len(held) == 1:
            (m,) = held.values()
            found.append(
                ActorMention(
                    s, e, text[s:e], m.id, "person", m.name, "office",
                    country=m.country, office=m.office,
                )
            )  # fmt: skip
    return found


#: The word and "and" before a country's name of two words or more: "North and South Korea".
_ELIDED_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+) and $")


def _elided_names(
    text: str, start: int, mentions: list[ActorMention], table: dict[str, list[_Entry]]
) -> list[ActorMention]:
    """The countries whose name a coordination shares with the next one: "North and South
    Korea", "South and North Korea" name both Koreas (the first word and the rest of the
    name that follows make a country's name of the table)."""
    found = []
    for m in mentions:
        if m.type != "country" or m.form != "name" or " " not in m.text:
            continue
        before = _ELIDED_BEFORE.search(text, max(start, m.start - 20), m.start)
        if before is None:
            continue
        word = before.group(1)
        other = next(
            (e for e in table.get(word + m.text[m.text.index(" ") :], ()) if e.type == "country"),
            None,
        )
        if other is not None and other.id != m.id:
            found.append(
                ActorMention(
                    before.start(1), before.end(1), word, other.id, "country",
                    country_name(other.id) or other.id, "name",
                )
            )  # fmt: skip
    return found


#: A language's compound after a demonym: "French-speaking nations", "the English-language
#: press", "Portuguese-speaking countries" name a language, not the state.
_LANGUAGE_AFTER = re.compile(r"-(?:speaking|speakers?|languages?)\b")

#: A subject pronoun right before a word, or a word in capitals right before or after it.
_SUBJECT_BEFORE = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Ww]ho)\s+$")
_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}\W*$")
_CAPITALS_AFTER = re.compile(r"\W*[A-Z]{2,}\b")


def _a_word(text: str, match: re.Match[str] | NameMatch) -> bool:
    """Whether an alias that is also an English word (``word_aliases``) reads as the word
    here: after a subject pronoun, or beside another word written in capitals.

    >>> [_a_word(t, re.search("CAN", t)) for t in ("we CAN do", "HOW NATO CAN", "the CAN,")]
    [True, True, False]
    """
    start, end = match.span()
    before = max(0, start - 12)
    return bool(
        _SUBJECT_BEFORE.search(text, before, start)
        or _CAPITALS_BEFORE.search(text, before, start)
        or _CAPITALS_AFTER.match(text, end, end + 12)
    )


def _found_among(mentions: list[ActorMention]) -> Callable[[int, int], bool]:
    """Whether a span is one of ``mentions`` (a name the gazetteer knows), for
    :func:`~timeline.gazetteer.personal_names.inside_a_name`: "the Prime Minister of
    Ukraine Kyiv" is no name; the last few mentions are enough, the look back is short."""
    recent = {(m.start, m.end) for m in mentions[-8:]}
    return lambda start, end: (start, end) in recent


def _opens_a_name_after_an_office(
    text: str, start: int, stop: int, offices: list[tuple[int, int]]
) -> bool:
    """Whether the word at ``start`` opens a name of two words or more set off by commas
    right after an office (:func:`~timeline.gazetteer.personal_names.name_in_apposition`):
    "Argentina's Minister of Foreign Affairs, Santiago Andres Cafiero, as ...".

    >>> text = "The Argentine Foreign Minister, Santiago Cafiero, is on a visit."
    >>> at = text.index(",")
    >>> _opens_a_name_after_an_office(text, at + 2, len(text), [(15, at)])
    True
    >>> text = "He went to the capital, Santiago, on Monday."
    >>> _opens_a_name_after_an_office(text, text.index("Santiago"), len(text), [])
    False
    """
    comma = start - 2
    if comma < 0 or text[comma:start] != ", " or not offices or offices[-1][1] != comma:
        return False
    name = name_in_apposition(text, comma, stop, lexicon(), set())
    return name is not None and name[0] == start


#: How alike two spellings of a given name must be to be one name ("Kyriacos" and
#: "Kyriakos", "Nikos" and "Nicos", "Boiko" and "Boyko": :func:`_resembles`).
_SAME_NAME_RATIO = 0.75


def _resembles(word: str, other: str) -> bool:
    """Whether two words of names are one name spelled two ways: equal without accents,
    one the start of the other ("Navin" of "Navinchandra"), or alike letter by letter.

    >>> [_resembles(a, b) for a, b in (("Kyriacos", "Kyriakos"), ("Navinchandra", "Navin"),
    ...     ("Masud", "Masoud"), ("Arzu", "Sher"), ("Rana", "Bahadur"))]
    [True, True, True, False, False]
    """
    a, b = ascii_fold(word).casefold(), ascii_fold(other).casefold()
    return (
        a.startswith(b)
        or b.startswith(a)
        or SequenceMatcher(None, a, b).ratio() >= _SAME_NAME_RATIO
    )


def _named_at(
    text: str, table: dict[str, list[_Entry]], mentions: list[ActorMention]
) -> Callable[[int, int], bool]:
    """Whether a word is, or is inside, a name the gazetteer knows: an entry of the table
    ("Nepali") or the last actors found ("Salvador" of "El Salvador")."""
    recent = mentions[-4:]
    return lambda start, end: (
        text[start:end] in table or any(m.start <= start < m.end for m in recent)
    )


def _another_persons_name(
    text: str, start: int, person: Person, named: Callable[[int, int], bool]
) -> bool:
    """Whether a person's family name alone at ``start`` ends the name of someone else:
    two words of a name or more right before it, none of them a word of the person's
    names however spelled ("Foreign Minister Arzu Rana Deuba" is not Sher Bahadur Deuba,
    "Nkosazana Dlamini Zuma" not Jacob Zuma, "First Lady Jill Biden" not Joe Biden,
    "Francisco Pascual Obama" not Barack Obama). One word before is most often a middle
    name or another spelling of the person's own ("Yoweri Kaguta Museveni" written
    "Kaguta Museveni", "Anthony Blinken", "Joseph Biden"): it stays the person's.

    >>> nobody = lambda start, end: False
    >>> text = "She met the new minister, Arzu Rana Deuba, on Monday."
    >>> _another_persons_name(text, text.index("Deuba"), people()["sher-bahadur-deuba"], nobody)
    True
    >>> _another_persons_name("Joseph Biden", 7, people()["joe-biden"], nobody)
    False
    """
    before = given_names_before(text, start, named)
    if len(before) < 2:
        return False
    own = [w for name in (person.name, *person.aliases) for w in name.replace("-", " ").split()]
    return not any(_resembles(word, name) for word in before for name in own)


def find_actors(
    text: str, start: int = 0, end: int | None = None, year: int | None = None
) -> list[ActorMention]:
    """Every actor named in ``text[start:end]``, in order, offsets into ``text``. A name two
    people share is the one whose full name came last before it; when neither came, with
    the ``year`` the text was published, the one in office that year (:meth:`Person.fits`),
    else the first listed.

    >>> [(m.text, m.id) for m in find_actors("Uzbek-Turkish talks with Tokayev")]
    [('Uzbek', 'UZ'), ('Turkish', 'TR'), ('Tokayev', 'kassym-jomart-tokayev')]
    >>> [m.id for m in find_actors("President Bush arrived.", year=2008)]
    ['george-w-bush']
    """
    pattern, table = _table()
    stop = len(text) if end is None else end
    mentions: list[ActorMention] = []
    last_person: dict[str, int] = {}
    offices: list[tuple[int, int]] = []
    for match in pattern.finditer(text, start, stop):
        found = match.group()
        entries = table.get(found, [])
        if not entries:
            continue  # a name that is not an actor ("Kazakhstan Engineering")
        entry = entries[0]
        if entry.type == "office":
            offices.append(match.span())
            continue
        if entry.form == "prefix" and text[match.end() : match.end() + 1] != "-":
            continue  # "Sino-Indian" names China; "Sino" alone is not a country
        if len(entries) > 1 and entry.type == "person":
            # A shared surname: the person whose name came last before it, else the one in
            # office the year of the text (George W. Bush in 2008), else the first listed.
            everyone = people()
            entry = max(
                entries,
                key=lambda e: (
                    last_person.get(e.id, -1),
                    everyone[e.id].fits(year) if year is not None else 0,
                ),
            )
        if entry.type == "person":
            p = people()[entry.id]
            if " " not in found and _another_persons_name(
                text, match.start(), p, _named_at(text, table, mentions)
            ):
                continue  # "Arzu Rana Deuba": someone else of that family name
            last_person[entry.id] = match.start()
            mentions.append(
                ActorMention(
                    match.start(), match.end(), found, p.id, "person", p.name, "alias",
                    country=p.country, office=p.office,
                )
            )  # fmt: skip
        elif entry.type == "organization":
            org = organization(entry.id)
            if org is not None and found in org.word_aliases and _a_word(text, match):
                continue  # "we CAN do more", "HOW NATO CAN RESPOND": the verb
            mentions.append(
                ActorMention(
                    match.start(), match.end(), found, entry.id, "organization",
                    org.name if org else entry.id, "alias",
                )
            )  # fmt: skip
        else:
            if _a_company(text, match.start(), match.end()):
                continue  # "Singapore Airlines", "China Daily": a company's name
            if entry.form == "demonym" and _LANGUAGE_AFTER.match(text, match.end()):
                continue  # "French-speaking nations": the language, not France
            if entry.form == "capital" and (
                inside_a_name(text, match.start(), match.end(), _found_among(mentions))
                or _opens_a_name_after_an_office(text, match.start(), stop, offices)
            ):
                # a given name a capital bears, after an office or before a family name:
                # "Foreign Minister Santiago Cafiero", "The Argentine Foreign Minister,
                # Santiago Cafiero,", "Under Secretary Victoria Nuland" (sixty-eighth pass);
                # not a state's name, which news writes after an office ("President
                # Iceland, Gudni Johannesson")
                continue
            metonym = None
            if entry.form == "capital":
                if names_a_document(text, match.end()):
                    continue  # "the Paris Agreement": a document's name, not the state
                metonym = not _is_place_reading(text, match.start(), match.end())
            mentions.append(
                ActorMention(
                    match.start(), match.end(), found, entry.id, "country",
                    country_name(entry.id) or entry.id, entry.form, metonym=metonym,
                )
            )  # fmt: skip
    short = _name_words_alone(text, start, stop, mentions, table, last=False)
    short += _name_words_alone(text, start, stop, mentions, table, last=True)
    if short:
        mentions = sorted(mentions + short, key=lambda m: m.start)
    extra, acting = find_officials(text, start, stop, mentions, offices) if offices else ([], {})
    if acting:
        # "NATO Secretary General Mark Rutte": the table's person acts for the body here,
        # in every mention of the text (sixty-ninth pass)
        mentions = [
            replace(m, country=None, office=acting[m.id][1], body=acting[m.id][0])
            if m.type == "person" and m.id in acting
            else m
            for m in mentions
        ]
    extra += _elided_names(text, start, mentions, table)
    if extra:
        mentions = sorted(mentions + extra, key=lambda m: m.start)
    if offices:
        alone = _offices_alone(text, mentions, offices)
        if alone:
            mentions = sorted(mentions + alone, key=lambda m: m.start)
    return mentions
