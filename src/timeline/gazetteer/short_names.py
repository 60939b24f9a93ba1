"""How a title names a person: "Marcos", "Wang Yi", "Tamim bin Hamad", "López Obrador".

The surname with the particles that open it, the whole name where the family name is
written first, a chain of fathers' names by its first two, or the alias of
``data/people.yaml`` the news of the person's country uses: the naming lists of
``data/offices.yaml``. Extraction's titles name people by it, and the gazetteer reads a
table's person named by it after an office ("Prime Minister Abe").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from .codes import read_data
from .matching import ascii_fold

__all__ = ["named_by_given_name", "short_name"]


def short_name(name: str, country: str | None, aliases: Sequence[str] = ()) -> str:
    """How a title names a person: the surname, the last word but a generational suffix
    ("Marcos" for "Ferdinand Marcos Jr."), with the particles that open a European
    surname ("von der Leyen", "De Croo": ``surname_particles`` of ``data/offices.yaml``),
    the whole name where names are written family name first (``family_name_first``:
    "Wang Yi", not "Yi"), or a chain of fathers' names by its first two ("Tamim bin
    Hamad"; a Malay one by the given name, "Anwar"), the given name where news names
    people so (``given_name_states``: "Workneh" for "Workneh Gebeyehu").

    >>> short_name("Ferdinand Marcos Jr.", "PH"), short_name("Wang Yi", "CN")
    ('Marcos', 'Wang Yi')
    >>> short_name("Narendra Modi", "IN"), short_name("Hun Manet", "KH")
    ('Modi', 'Hun Manet')
    >>> short_name("Mohammed bin Salman", "SA"), short_name("Tamim bin Hamad Al Thani", "QA")
    ('Mohammed bin Salman', 'Tamim bin Hamad')
    >>> short_name("Mohamed Bin Zayed", "AE")
    'Mohamed Bin Zayed'
    >>> short_name("Anwar bin Ibrahim", "MY"), short_name("Workneh Gebeyehu", "ET")
    ('Anwar', 'Workneh')
    >>> short_name("Ursula von der Leyen", "DE"), short_name("Alexander De Croo", "BE")
    ('von der Leyen', 'De Croo')
    >>> short_name("Vo Van Thuong", "VN")  # ``surnames_without_particles``
    'Thuong'
    >>> short_name("Mohammed VI", "MA"), short_name("James A. Baker III", "US")
    ('Mohammed VI', 'Baker')

    A person of ``data/people.yaml`` comes with the ``aliases`` news writes them by, and
    one of those is the name where the last word is not: a fuller surname the name ends
    with ("López Obrador", "Lula da Silva", "Suu Kyi"), else the given name the news of
    their country uses ("Prayut", "Mahathir", "Abiy"). The surname stands where it is an
    alias, or where no alias is part of the name:

    >>> short_name("Andrés Manuel López Obrador", "MX", ("López Obrador",))
    'López Obrador'
    >>> short_name("Prayut Chan-o-cha", "TH", ("Prayut Chan-o-cha", "Prayut"))
    'Prayut'
    >>> short_name("Recep Tayyip Erdoğan", "TR", ("Tayyip Erdoğan", "Erdoğan"))
    'Erdoğan'
    >>> short_name("Scott Morrison", "AU", ("Scott Morrison",))
    'Morrison'
    """
    naming = _naming()
    words = name.split()
    if country in naming.family_first or (len(words) == 2 and _REGNAL.fullmatch(words[1])):
        return name  # "Wang Yi"; a monarch's regnal name, "Mohammed VI", "Charles III"
    # "bin" as news writes it, or with its capital ("Mohamed Bin Zayed", "Tamim Bin Hamad")
    chain = next((i for i, w in enumerate(words[1:-1], 1) if w.lower() in naming.patronymic), None)
    if chain is not None:
        return words[chain - 1] if country in naming.given_name else " ".join(words[: chain + 2])
    while len(words) > 1 and words[-1] in naming.suffixes:
        words.pop()
    if not words:
        return name
    if country in naming.given_name and len(words) >= 2 and not aliases:
        return words[0]  # "Abiy" for "Abiy Ahmed", "Srettha" for "Srettha Thavisin"
    opens = len(words) - 1
    particles = naming.surname_particles if country not in naming.no_particles else frozenset()
    while opens > 1 and words[opens - 1].lower() in particles:
        opens -= 1
    surname = " ".join(words[opens:])
    known = [alias.split() for alias in aliases]
    if not known or words[opens:] in known:
        return surname
    folded = [ascii_fold(w) for w in words]
    runs = [
        (start, len(alias))
        for alias in ([ascii_fold(w) for w in alias_words] for alias_words in known)
        if len(alias) < len(folded)
        for start in range(len(folded) - len(alias) + 1)
        if folded[start : start + len(alias)] == alias
    ]
    ending = [run for run in runs if sum(run) == len(words)]
    chosen = min(ending or runs, key=lambda run: (run[1], run[0]), default=None)
    if chosen is None:
        return surname
    return " ".join(words[chosen[0] : sum(chosen)])


def named_by_given_name(country: str | None) -> bool:
    """Whether the news of ``country`` tells its people by their given name alone
    (``given_name_states`` of ``data/offices.yaml``: "Abiy", "Srettha", "Anwar").

    >>> named_by_given_name("ET"), named_by_given_name("FR"), named_by_given_name(None)
    (True, False, False)
    """
    return country in _naming().given_name


#: A regnal number after a monarch's name ("Mohammed VI", "Charles III"): no generational
#: suffix when the name is one word before it.
_REGNAL = re.compile(r"[IVX]{1,5}")


class _Naming(NamedTuple):
    """How titles name people: the naming lists of ``data/offices.yaml``, read once."""

    family_first: frozenset[str]
    suffixes: frozenset[str]
    patronymic: frozenset[str]
    given_name: frozenset[str]
    surname_particles: frozenset[str]
    no_particles: frozenset[str]


@cache
def _naming() -> _Naming:
    data = read_data("offices.yaml")
    return _Naming(
        family_first=frozenset(data["family_name_first"]),
        suffixes=frozenset(data["name_suffixes"]),
        patronymic=frozenset(data["patronymic_particles"]),
        given_name=frozenset(data["given_name_states"]),
        surname_particles=frozenset(data["surname_particles"]),
        no_particles=frozenset(data["surnames_without_particles"]),
    )
