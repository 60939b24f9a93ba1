"""The offices of ``data/offices.yaml`` and the words around a name, read once.

The titles ("President", "Crown Prince"), each portfolio's minister in every form and
rank ("Foreign Minister", "Minister of Foreign Affairs", "Deputy Foreign Minister"), the
military ranks, the honorifics skipped before a name ("H.E.", "Dr."), the words that say
an office was held ("former", "ex-"), the particles inside a name ("bin", "de") and the
capitalised words that are no names. :mod:`timeline.gazetteer.officials` reads offices
and names by them; extraction's rules read offices by :func:`office_phrases`,
:func:`honorific_words` and :func:`minister_ranks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .codes import read_data

__all__ = [
    "Lexicon",
    "honorific_at",
    "honorific_words",
    "lexicon",
    "minister_ranks",
    "name_particles",
    "office_forms",
    "office_phrases",
    "office_words",
    "past_holder",
]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words of ``data/offices.yaml`` that offices and names are read by (:func:`lexicon`)."""

    offices: frozenset[str]
    particles: frozenset[str]
    honorifics: tuple[str, ...]
    not_names: frozenset[str]
    place_nouns: frozenset[str]
    compound_tails: frozenset[str]
    titles_in_names: frozenset[str]
    title_styles: frozenset[str]


def _cases(phrase: str) -> list[str]:
    return [phrase, phrase.lower()] if phrase != phrase.lower() else [phrase]


@cache
def minister_ranks() -> tuple[str, ...]:
    """The ranks below a minister the gazetteer reads before each portfolio's minister, as
    written (``data/offices.yaml``'s ``minister_ranks``).

    >>> minister_ranks()
    ('Deputy', 'State', 'First Deputy', 'Vice', 'Assistant', 'Junior')
    """
    return tuple(read_data("offices.yaml")["minister_ranks"])


@cache
def _offices_as_written(ranks: bool = True) -> tuple[str, ...]:
    """``data/offices.yaml``'s titles and every form of each portfolio's minister, as written,
    with the ranks below a minister ("Deputy Foreign Minister") unless ``ranks`` is False."""
    data = read_data("offices.yaml")
    offices: list[str] = []
    for portfolio in data["portfolios"]:
        for form in (f"{portfolio} Minister", f"Minister of {portfolio}",
                     f"Minister for {portfolio}", f"Minister of the {portfolio}"):  # fmt: skip
            offices.extend(
                rank + form for rank in ("", *(f"{r} " for r in minister_ranks() if ranks))
            )
        if ranks:  # the state minister as Commonwealth and Gulf news write the rank after
            # the word: "Minister of State for Foreign Affairs Sultan Al Muraikhi",
            # "Minister of State for External Affairs V. Muraleedharan" (seventy-second pass)
            offices.append(f"Minister of State for {portfolio}")
    offices.extend(data["titles"])
    return tuple(offices)


@cache
def honorific_words() -> tuple[str, ...]:
    """The honorifics skipped before a name (``data/offices.yaml``), longest first.

    >>> "H.E." in honorific_words(), honorific_words()[0] == max(honorific_words(), key=len)
    (True, True)
    """
    return lexicon().honorifics


@cache
def office_phrases(*, ranks: bool = True) -> frozenset[str]:
    """The offices one holds as the gazetteer reads them, lower case: ``data/offices.yaml``'s
    titles and each portfolio's minister in every form and rank (without the deputy, state
    and first deputy ministers if ``ranks`` is False); not the military ranks. Made once
    (about 1 ms: the rules ask for it per candidate, 276 times a pass of the tuning sets).

    >>> {"culture minister", "minister of culture", "deputy foreign minister"} <= office_phrases()
    True
    >>> "general" in office_phrases(), "president" in office_phrases()
    (False, True)
    >>> "deputy foreign minister" in office_phrases(ranks=False)
    False
    """
    return frozenset(office.lower() for office in _offices_as_written(ranks))


@cache
def past_holder() -> re.Pattern[str]:
    """ "Former", "ex-", "then" right before an office: ``data/offices.yaml``'s
    ``past_holder_words``, ending where the office (or the body before it) begins."""
    words = "|".join(re.escape(w) for w in read_data("offices.yaml")["past_holder_words"])
    return re.compile(rf"\b(?:{words})(?:\s+|-\s*)$", re.IGNORECASE)


@cache
def office_adjectives() -> frozenset[str]:
    """The lower-case adjectives of an office's holder (``data/offices.yaml``'s
    ``office_adjectives`` and ``past_holder_words``), hyphenated ones whole and by parts.

    >>> {"re-elected", "re", "elected", "interim", "former"} <= office_adjectives()
    True
    """
    data = read_data("offices.yaml")
    words = (*data["office_adjectives"], *data["past_holder_words"])
    return frozenset(part for word in words for part in (word, *word.split("-")))


@cache
def lexicon() -> Lexicon:
    """``data/offices.yaml``'s offices (each as written and in lower case, the military ranks
    too), particles, honorifics and the words that tell where a name ends, read once."""
    data = read_data("offices.yaml")
    offices: set[str] = set()
    for office in (*_offices_as_written(), *data["ranks"]):
        offices.update(_cases(office))
    return Lexicon(
        offices=frozenset(offices),
        particles=frozenset((*data["particles"], *data["surname_particles"])),
        honorifics=tuple(sorted(data["honorifics"], key=len, reverse=True)),
        not_names=frozenset(data["not_names"]),
        place_nouns=frozenset(data["place_nouns"]),
        compound_tails=frozenset(data["compound_tails"]),
        titles_in_names=frozenset(data["titles_in_names"]),
        title_styles=frozenset(data["title_styles"]),
    )


@cache
def _honorific_pattern() -> re.Pattern[str]:
    """Any of :func:`lexicon`'s honorifics followed by a space, in their order (longest
    first). ``re`` tries an alternation's branches in order and takes the first that
    matches, so ``match(text, at)`` is the first honorific ``h`` with
    ``text.startswith(h + " ", at)``: one search instead of a loop over the forty words
    (their 550,000 ``startswith`` calls were 3 % of the gazetteer's actors in a pass over
    the tuning sets)."""
    honorifics = lexicon().honorifics
    if not honorifics:
        return re.compile(r"(?!)")
    return re.compile("|".join(re.escape(h + " ") for h in honorifics))


def honorific_at(text: str, at: int) -> str | None:
    """The first honorific (longest first) written at ``at`` with a space after it.

    >>> honorific_at("met H.E. Dr. Gebeyehu", 4), honorific_at("met Drs Gebeyehu", 4)
    ('H.E.', None)
    """
    found = _honorific_pattern().match(text, at)
    return None if found is None else found.group()[:-1]


def name_particles() -> frozenset[str]:
    """The small words inside a personal name ("bin", "de", "van"): ``data/offices.yaml``."""
    return lexicon().particles


def office_forms() -> frozenset[str]:
    """Every office as written before or after a name ("Foreign Minister", "crown prince").

    :func:`~timeline.gazetteer.find_actors` matches them in the same pass as the
    names (one trie), and hands their spans to
    :func:`~timeline.gazetteer.officials.find_officials`.
    """
    return lexicon().offices


@cache
def office_words() -> frozenset[str]:
    """The last word of every office and rank as written ("Minister", "President",
    "Ambassador", "Senator"): the word a title ends with, right before a name."""
    return frozenset(w for form in office_forms() if (w := form.split()[-1])[:1].isupper())
