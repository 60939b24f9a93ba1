"""People without a table: names introduced by an office, and their later mentions.

News names a leader with an office long before anyone adds them to a table:
"Kenyan President William Ruto", "India's Prime Minister Narendra Modi",
"President of Kenya William Ruto", "President William Ruto of Kenya",
"Anthony Albanese, Australia's prime minister", "Mohammed bin Salman, the
country's crown prince", "Crown Prince Mohammed bin Salman", "Foreign
Minister Penny Wong". Each such name becomes a person mention
(``form="office"``) with the office as written and the country the text ties
to it: a country name, possessive or demonym right before the office, "of
<country>" after the office or the name, or, for "the country's", the country
named last before it. Within the same text the person's full name and surname
alone ("Ruto said") are mentions of the same person, with the country found
for any of them; a surname after an office ("Prime Minister Abe") is the person
of ``data/people.yaml`` the text names in full ("Shinzo Abe") when one has it.
An office of an international body with no country ("UN Secretary-General Kofi
Annan", "Secretary General of NATO <name>", "<name>, the UN Secretary-General")
gives the person that body (``body``), for every mention.

The offices, portfolios, ranks, name particles and the capitalised words that
are not names are the reviewed ``data/offices.yaml`` (:mod:`timeline.gazetteer.offices`).
The offices are found in :func:`~timeline.gazetteer.find_actors`' own pass over the
text (one trie with the names). The name each introduces and its country are read
in :mod:`timeline.gazetteer.office_introductions`, with constant work per office, by
the shapes of names of :mod:`timeline.gazetteer.personal_names`; here they become one
person per full name over the whole text, whose later mentions one pass of a pattern
of the names finds, so it stays linear on any input. How a title names a person is
:func:`timeline.gazetteer.short_names.short_name`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .matching import ascii_fold, find_names
from .office_introductions import MentionIndex, introductions
from .offices import Lexicon, lexicon
from .personal_names import ROMAN, title_case_line
from .short_names import named_by_given_name, short_name

if TYPE_CHECKING:
    from .actors import ActorMention

__all__ = ["find_officials", "person_slug"]

#: A capitalised word right after a name: the name goes on in a mention of the table's.
_NAME_GOES_ON = re.compile(r" [^\W\d_a-z]")


def person_slug(name: str) -> str:
    """The participant id of a person: ``Mohammed bin Salman`` -> ``mohammed-bin-salman``."""
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(name).lower()).strip("-")


def find_officials(
    text: str,
    start: int,
    stop: int,
    known: Sequence[ActorMention],
    offices: Sequence[tuple[int, int]],
) -> tuple[list[ActorMention], dict[str, tuple[str, str]]]:
    """Person mentions introduced by an office in ``text[start:stop]``, and their later
    mentions; and the people of the table an international body's office introduces
    (person id -> the body's code and the office as written).

    ``known`` are the table's mentions over the same span and ``offices`` the
    spans of the offices (:func:`~timeline.gazetteer.offices.office_forms`), both found by
    :func:`~timeline.gazetteer.find_actors` in one pass: the countries give the
    officials' countries, and a name the table knows is left to the table, except that
    a body's office says whom they act for here ("NATO Secretary General Mark Rutte": NATO,
    not the Netherlands he led).
    """
    from .actors import ActorMention

    taken = sorted((m.start, m.end) for m in known)
    t_starts = [s for s, _ in taken]

    def free(s: int, e: int) -> bool:
        k = bisect_right(t_starts, e - 1) - 1
        return not (k >= 0 and taken[k][1] > s)

    officials = introductions(
        text, start, stop, offices, MentionIndex(known), free, MentionIndex(known, "organization")
    )
    acting: dict[str, tuple[str, str]] = {}
    if any(o.in_table for o in officials):
        table_at = {(m.start, m.end): m for m in known if m.type == "person"}
        for o in officials:
            held = table_at.get((o.start, o.end)) if o.in_table else None
            if held is not None and o.body is not None:
                acting.setdefault(held.id, (o.body, o.office))
        officials = [o for o in officials if not o.in_table]
    if not officials:
        return [], acting
    # One person per full name; a one-word name is the surname of a full one if any: of
    # one the table names in the text, else of one an office introduces.
    people: dict[str, tuple[str, str, str | None]] = {}  # slug -> name, office, country
    bodies: dict[str, str] = {}  # slug -> the international body of their office
    surnames: dict[str, set[str]] = {}
    in_table = _table_surnames(known)
    lex = lexicon()
    table_words: dict[str, str] = {}  # a one-word name -> the table's person
    written: dict[str, str] = {}  # a name with a nickname inside, as written -> its person
    firsts: dict[str, set[str]] = {}  # the first word of a full name -> its people
    for o in sorted(officials, key=lambda o: -len(o.name.split())):
        words = [w for w in o.name.split() if not ROMAN.fullmatch(w)]
        if len(words) == 1 and len(in_table.get(words[0], ())) == 1:
            (table,) = in_table[words[0]]
            people.setdefault(table.id, (table.name, o.office, table.country))
            table_words[words[0]] = table.id
            continue
        if len(words) == 1 and words[0] in surnames and len(surnames[words[0]]) == 1:
            slug = next(iter(surnames[words[0]]))
        elif (
            len(words) == 1
            and words[0] not in surnames
            and len(firsts.get(words[0], ())) == 1
            and not _NAME_GOES_ON.match(text, o.end)  # "Mohammed Bazoum": the table's
        ):
            # "President Samia" after "President Samia Suluhu Hassan": the first word of one
            # full name, a given name news uses alone or a family name written first
            slug = next(iter(firsts[words[0]]))
            table_words[words[0]] = slug
        else:
            slug = person_slug(o.name)
        name, office, country = people.get(slug, (o.name, o.office, None))
        people[slug] = (name, office, country or o.country)
        if text[o.start : o.end] != o.name:  # 'Joko "Jokowi" Widodo' as written
            written[text[o.start : o.end]] = slug
        if o.body is not None:
            bodies.setdefault(slug, o.body)
        if len(words) >= 2 and len(words[-1]) >= 3:
            surnames.setdefault(words[-1], set()).add(slug)
        if _first_word_names(words, lex) and not title_case_line(text, o.start):
            firsts.setdefault(words[0], set()).add(slug)
    spans = {(o.start, o.end) for o in officials}
    names: dict[str, str] = {}
    for slug, (name, _, _) in people.items():
        names[name] = slug
    for surname, slugs in surnames.items():
        if len(slugs) == 1 and surname not in names:
            names[surname] = next(iter(slugs))
    for first, slugs in firsts.items():
        # "Workneh" after "Dr. Workneh Gebeyehu": the given name news of the person's
        # state tells them by, one full name's, no surname of the text
        if len(slugs) == 1 and first not in names:
            (slug,) = slugs
            if named_by_given_name(people[slug][2]):
                names[first] = slug
    names.update(table_words)
    names.update(written)
    out: list[ActorMention] = []
    for s, e, said in find_names(names, text, start, stop):
        if (s, e) not in spans and not free(s, e):
            continue
        slug = names[said]
        name, office, country = people[slug]
        out.append(
            ActorMention(s, e, said, slug, "person", name, "office", country=country,
                         office=office or None, body=None if country else bodies.get(slug))
        )  # fmt: skip
    return out, acting


def _first_word_names(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether the first of a full name's ``words`` names its person alone after an office:
    "President Samia" (Samia Suluhu Hassan), "Premier Li" (Li Qiang), "President Isaias".
    Not for a name with particles, whose first word is a given name many share ("Sheikh
    Mohammed" is not Mohammed bin Salman), nor an initial ("K", "K.", "KP").

    >>> _first_word_names(["Samia", "Suluhu", "Hassan"], lexicon())
    True
    >>> _first_word_names(["Mohammed", "bin", "Salman"], lexicon())
    False
    """
    return (
        len(words) >= 2
        and len(words[0]) >= 2
        and words[0][1:].isalpha()
        and words[0][1:].islower()
        and not any(word in lex.particles for word in words)
    )


def _table_surnames(known: Sequence[ActorMention]) -> dict[str, set[ActorMention]]:
    """The people of ``data/people.yaml`` the text names, by the one word a title or an
    office names each by (:func:`short_name`, and the last word of the name): "Prime
    Minister Abe" in a text that names "Shinzo Abe" is Shinzo Abe, not a person of his own.
    One mention per person (the first)."""
    from .actors import people

    table = people()
    lex = lexicon()
    first: dict[str, ActorMention] = {}
    for m in known:
        if m.type == "person" and m.id in table:
            first.setdefault(m.id, m)
    by_word: dict[str, set[ActorMention]] = {}
    for slug, m in first.items():
        person = table[slug]
        # the first word too: "Premier Li" beside "Li Qiang", "President Isaias" beside
        # "Isaias Afeworki" (a family name written first, a given name used alone)
        words = {short_name(person.name, person.country, person.aliases), person.name.split()[-1]}
        if _first_word_names(person.name.split(), lex):
            words.add(person.name.split()[0])
        for word in words:
            if " " not in word and not ROMAN.fullmatch(word) and not word.endswith("."):
                by_word.setdefault(word, set()).add(m)
    return by_word
