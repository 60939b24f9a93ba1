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
are not names are the reviewed ``data/offices.yaml``. The offices are found
in :func:`~timeline.gazetteer.find_actors`' own pass over the text (one trie
with the names); here is constant work per office and one pass of a pattern
of the names found, so it stays linear on any input.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from .codes import read_data
from .matching import ascii_fold, find_names

if TYPE_CHECKING:
    from .actors import ActorMention

__all__ = [
    "find_officials",
    "honorific_words",
    "inside_a_name",
    "minister_ranks",
    "name_particles",
    "office_forms",
    "office_phrases",
    "person_slug",
    "short_name",
]

#: The most people found by office in one text (bounds the later-mention pattern).
_MAX_PEOPLE = 200
#: How far back "the country's" looks for the country it means.
_COUNTRY_BACK = 600
#: The office of the same rank in another state: its holder's office is the one named last
#: before it in its sentence, within this many characters (:func:`_counterparts_office`).
_COUNTERPART = "counterpart"
_COUNTERPART_BACK = 200
#: The most offices read back (offices do not overlap: a few fit in the reach above).
_COUNTERPART_OFFICES = 16


@dataclass(frozen=True, slots=True)
class _Lexicon:
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
    offices.extend(data["titles"])
    return tuple(offices)


@cache
def honorific_words() -> tuple[str, ...]:
    """The honorifics skipped before a name (``data/offices.yaml``), longest first.

    >>> "H.E." in honorific_words(), honorific_words()[0] == max(honorific_words(), key=len)
    (True, True)
    """
    return _lexicon().honorifics


def office_phrases(*, ranks: bool = True) -> frozenset[str]:
    """The offices one holds as the gazetteer reads them, lower case: ``data/offices.yaml``'s
    titles and each portfolio's minister in every form and rank (without the deputy, state
    and first deputy ministers if ``ranks`` is False); not the military ranks.

    >>> {"culture minister", "minister of culture", "deputy foreign minister"} <= office_phrases()
    True
    >>> "general" in office_phrases(), "president" in office_phrases()
    (False, True)
    >>> "deputy foreign minister" in office_phrases(ranks=False)
    False
    """
    return frozenset(office.lower() for office in _offices_as_written(ranks))


@cache
def _past_holder() -> re.Pattern[str]:
    """ "Former", "ex-", "then" right before an office: ``data/offices.yaml``'s
    ``past_holder_words``, ending where the office (or the body before it) begins."""
    words = "|".join(re.escape(w) for w in read_data("offices.yaml")["past_holder_words"])
    return re.compile(rf"\b(?:{words})(?:\s+|-\s*)$", re.IGNORECASE)


#: The longest gap :meth:`_Countries.just_before` reads between a possessive and an office.
_ADJECTIVES_GAP = 40


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
def _lexicon() -> _Lexicon:
    data = read_data("offices.yaml")
    offices: set[str] = set()
    for office in (*_offices_as_written(), *data["ranks"]):
        offices.update(_cases(office))
    return _Lexicon(
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
    """Any of :func:`_lexicon`'s honorifics followed by a space, in their order (longest
    first). ``re`` tries an alternation's branches in order and takes the first that
    matches, so ``match(text, at)`` is the first honorific ``h`` with
    ``text.startswith(h + " ", at)``: one search instead of a loop over the forty words
    (their 550,000 ``startswith`` calls were 3 % of the gazetteer's actors in a pass over
    the tuning sets)."""
    honorifics = _lexicon().honorifics
    if not honorifics:
        return re.compile(r"(?!)")
    return re.compile("|".join(re.escape(h + " ") for h in honorifics))


def _honorific_at(text: str, at: int) -> str | None:
    """The first honorific (longest first) written at ``at`` with a space after it.

    >>> _honorific_at("met H.E. Dr. Gebeyehu", 4), _honorific_at("met Drs Gebeyehu", 4)
    ('H.E.', None)
    """
    found = _honorific_pattern().match(text, at)
    return None if found is None else found.group()[:-1]


def short_name(name: str, country: str | None, aliases: Sequence[str] = ()) -> str:
    """How a title names a person: the surname, the last word but a generational suffix
    ("Marcos" for "Ferdinand Marcos Jr."), with the particles that open a European
    surname ("von der Leyen", "De Croo": ``surname_particles`` of ``data/offices.yaml``),
    the whole name where names are written family name first (``family_name_first``:
    "Wang Yi", not "Yi"), or a chain of fathers' names by its first two ("Tamim bin
    Hamad"; a Malay one by the given name, "Anwar").

    >>> short_name("Ferdinand Marcos Jr.", "PH"), short_name("Wang Yi", "CN")
    ('Marcos', 'Wang Yi')
    >>> short_name("Narendra Modi", "IN"), short_name("Hun Manet", "KH")
    ('Modi', 'Hun Manet')
    >>> short_name("Mohammed bin Salman", "SA"), short_name("Tamim bin Hamad Al Thani", "QA")
    ('Mohammed bin Salman', 'Tamim bin Hamad')
    >>> short_name("Anwar bin Ibrahim", "MY")
    'Anwar'
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
    chain = next((i for i, w in enumerate(words[1:-1], 1) if w in naming.patronymic), None)
    if chain is not None:
        return words[chain - 1] if country in naming.given_name else " ".join(words[: chain + 2])
    while len(words) > 1 and words[-1] in naming.suffixes:
        words.pop()
    if not words:
        return name
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


def name_particles() -> frozenset[str]:
    """The small words inside a personal name ("bin", "de", "van"): ``data/offices.yaml``."""
    return _lexicon().particles


def office_forms() -> frozenset[str]:
    """Every office as written before or after a name ("Foreign Minister", "crown prince").

    :func:`~timeline.gazetteer.find_actors` matches them in the same pass as the
    names (one trie), and hands their spans to :func:`find_officials`.
    """
    return _lexicon().offices


_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?\.?")
_ROMAN = re.compile(r"[IVX]+")
_SPACE = re.compile(r"[ \t]{1,3}")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
#: Before an office whose name came first: "<Name>, [the|a] [country's] <office>".
_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+)?(?P<countrys>(?:country|nation|kingdom)['’]s\s+)?$", re.IGNORECASE
)


def person_slug(name: str) -> str:
    """The participant id of a person: ``Mohammed bin Salman`` -> ``mohammed-bin-salman``."""
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(name).lower()).strip("-")


#: Capital letters alone that are words, not initials: the article and the pronoun.
_NOT_INITIALS = frozenset({"A", "I"})


def _word(token: str, lex: _Lexicon, first: bool) -> str | None:
    """What a token adds to a name: 'name', 'particle', 'roman', or None (the name ends)."""
    bare = token[:-1] if token.endswith(".") and not _is_initial(token) else token
    if bare.endswith(("'s", "’s")):
        bare = bare[:-2]
    if bare in lex.not_names or not bare:
        return None
    prefix, dash, rest = bare.partition("-")
    if dash and prefix in lex.particles and rest[:1].isupper():
        return "name"  # "el-Sisi", "al-Sudani"
    if not first and bare in lex.particles:
        return "particle"
    if not first and _ROMAN.fullmatch(bare):
        return "roman"
    if _is_initial(token) or (bare[0].isupper() and not bare.isupper()):
        return "name"
    if len(bare) == 1 and bare.isupper() and bare not in _NOT_INITIALS:
        # an initial written without its point ("Michael D Higgins", "S Jaishankar"): part
        # of the name only when a name goes on after it, as a particle is
        return "particle"
    return None


def _a_compound(tail: str, lex: _Lexicon) -> bool:
    """Whether a lower-case ``tail`` after a name's hyphen makes a compound of it
    ("Karapetyan-led", "Putin-era"), not a part of the name ("Nak-yon", "Ki-moon").

    >>> lex = _lexicon()
    >>> [_a_compound(t, lex) for t in ("led", "backed", "leaning", "era", "yon", "moon")]
    [True, True, True, True, False, False]
    """
    return tail.endswith(("ed", "ing")) or tail in lex.compound_tails


def _is_initial(token: str) -> bool:
    return len(token) == 2 and token[0].isupper() and token[1] == "."


#: A capitalised word right after a name: the name goes on in a mention of the table's.
_NAME_GOES_ON = re.compile(r" [^\W\d_a-z]")
#: A nickname in quotes inside a name, and the space after it: Ferdinand "Bongbong" Marcos.
_NICKNAME = re.compile(r"[\"“][^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)?[\"”] (?=[^\W\d_])")


def _name_text(text: str, span: tuple[int, int]) -> str:
    """The name at ``span`` without a nickname in quotes inside it: 'Joko "Jokowi" Widodo'
    is Joko Widodo (the nickname is an alias a table may list, not a part of the name)."""
    return " ".join(re.sub(r"[\"“][^\"”]*[\"”]", " ", text[span[0] : span[1]]).split())


#: The most honorifics read one after another before a name ("His Excellency Dr.").
_HONORIFICS_IN_A_ROW = 3


def _name_after(text: str, pos: int, stop: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The span of a personal name one space after ``pos``, or None."""
    gap = _SPACE.match(text, pos, stop)
    if gap is None:
        return None
    at = gap.end()
    for _ in range(_HONORIFICS_IN_A_ROW):  # "H.E. Dr. Workneh Gebeyehu", "Hon. Dr. ..."
        honorific = _honorific_at(text, at)
        if honorific is None:
            break
        at += len(honorific) + 1
    start, end, words = at, at, 0
    while words < 6:
        nickname = _NICKNAME.match(text, at, stop) if words else None
        if nickname is not None:  # Joko "Jokowi" Widodo: the name goes on after it
            at = nickname.end()
        token = _TOKEN.match(text, at, stop)
        if token is None:
            break
        word = token.group()
        head, dash, tail = word.rpartition("-")
        if dash and head and tail.islower() and _a_compound(tail, lex):
            # "Karapetyan-led": the name ends at the dash; not "Lee Nak-yon"
            if _word(head, lex, first=words == 0) == "name":
                end = token.start() + len(head)
            break
        if word.rstrip(".") in lex.place_nouns and words:
            return None  # "Sultan Qaboos Grand Mosque": a place named after a person
        kind = _word(word, lex, first=words == 0)
        if kind is None:
            break
        bare_end = token.end() - (1 if word.endswith(".") and not _is_initial(word) else 0)
        possessive = text.startswith(("'s", "’s"), bare_end - 2)
        if possessive:
            bare_end -= 2
        if kind != "particle":
            end = bare_end
        words += 1
        if possessive:
            break
        space = _SPACE.match(text, token.end(), stop)
        if space is None:
            break
        at = space.end()
    return (start, end) if end > start else None


#: An office's name set off by commas: the comma after the office, then the one (or a
#: bracket, a stop, a semicolon) that closes the name.
_OPENS_APPOSITION = re.compile(r",[ \t]?")
_CLOSES_APPOSITION = re.compile(r"\s*(?:[,;)]|\.(?=\s|$)|\s\()")


def _name_in_apposition(
    text: str, pos: int, stop: int, lex: _Lexicon, office_starts: set[int]
) -> tuple[int, int] | None:
    """The span of a name of two words or more set off by commas right after an office
    ending at ``pos``: "The Foreign Minister of Kenya, Alfred Mutua, said", "Kenya's
    foreign minister, Alfred Mutua." The comma that closes it (or a bracket, a stop)
    keeps a list or a clause out ("the President of Kenya, Uganda and Tanzania"); an
    office right after the comma introduces its own name.

    >>> lex = _lexicon()
    >>> text = "The Foreign Minister of Kenya, Alfred Mutua, said."
    >>> span = _name_in_apposition(text, text.index(","), len(text), lex, set())
    >>> text[span[0] : span[1]]
    'Alfred Mutua'
    >>> text = "The President of Kenya, Mutua said."
    >>> _name_in_apposition(text, text.index(","), len(text), lex, set()) is None
    True
    """
    comma = _OPENS_APPOSITION.match(text, pos, stop)
    if comma is None:
        return None
    after = comma.end() - 1  # _name_after reads the name one space on
    if text[after] != " ":
        return None
    if comma.end() in office_starts:
        return None
    name = _name_after(text, after, stop, lex)
    if name is None or len(text[name[0] : name[1]].split()) < 2:
        return None
    if _CLOSES_APPOSITION.match(text, name[1], stop) is None:
        return None
    return name


def _name_before(text: str, end: int, lo: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The span of a personal name of two words or more ending at ``end``, or None."""
    tokens = list(_TOKEN.finditer(text, max(lo, end - 80), end))
    start, at, words = end, end, 0
    for token in reversed(tokens):
        if token.end() != at and not (token.end() < at and not text[token.end() : at].strip()):
            break
        kind = _word(token.group(), lex, first=False)
        if kind is None:
            break
        start = token.start() if kind != "particle" or words else start
        at = token.start()
        words += 1
        if words >= 6:
            break
    if words < 2 or start == end or text[start:end].split()[0] in lex.particles:
        return None
    for _ in range(_HONORIFICS_IN_A_ROW):
        # "The Honourable Ana Ruiz, Minister of Foreign Affairs": the style is no name, when
        # a name of two words is left ("Mr. Smith" stays as it was read); up to three in a
        # row ("Rt Dame Cindy Kiro, Governor General of New Zealand")
        honorific = _honorific_at(text, start)
        if honorific is None or len(text[start + len(honorific) + 1 : end].split()) < 2:
            break
        start += len(honorific) + 1
    if text[start:end] in office_forms():
        return None  # "Crown Prince, Prime Minister, ... Mohammed bin Salman": offices in a row
    first = _TOKEN.match(text, start, end)
    if first is not None and first.group() in office_forms():
        # "Chancellor Guido Di Tella, Argentina's foreign minister": the title is no name
        rest = _SPACE.match(text, first.end(), end)
        if rest is None or len(text[rest.end() : end].split()) < 2:
            return None
        start = rest.end()
    return start, end


@dataclass(frozen=True, slots=True)
class _Official:
    start: int
    end: int
    name: str
    office: str
    country: str | None
    #: The international body the office is of, when no country is ("UN Secretary-General").
    body: str | None = None


class _Countries:
    """The country mentions of a text (or its organizations: ``kind``), searchable by
    offset."""

    def __init__(self, mentions: Sequence[ActorMention], kind: str = "country") -> None:
        self.items = [m for m in mentions if m.type == kind]
        self.starts = [m.start for m in self.items]
        self.ends = [m.end for m in self.items]

    def just_before(self, text: str, at: int) -> ActorMention | None:
        """A country named right before ``at``: "Kenyan ", "India's ", "US "."""
        k = bisect_right(self.ends, at) - 1
        if k < 0:
            return None
        m = self.items[k]
        gap = text[m.end : at]
        if len(gap) <= 3 and gap.strip() in ("", "'s", "’s"):
            return m
        # "Kenya's newly-appointed Foreign Minister": the holder's adjectives between
        if gap[:2] not in ("'s", "’s") or len(gap) > _ADJECTIVES_GAP:
            return None
        words = gap[2:].replace("-", " ").split()
        adjectives = office_adjectives()
        return m if words and all(w in adjectives for w in words) else None

    def of_after(self, text: str, at: int) -> tuple[ActorMention | None, int]:
        """A country named as "of <country>" right after ``at``, and where the phrase ends."""
        lead = _OF.match(text, at, at + 12)
        if lead is None:
            return None, at
        k = bisect_right(self.starts, lead.end()) - 1
        if k >= 0 and self.starts[k] == lead.end() and self.items[k].form != "demonym":
            return self.items[k], self.items[k].end
        return None, at

    def last_before(self, at: int) -> ActorMention | None:
        """The country named last before ``at``, if close enough for "the country's"."""
        k = bisect_right(self.ends, at) - 1
        if k >= 0 and at - self.ends[k] <= _COUNTRY_BACK:
            return self.items[k]
        return None


def _counterparts_office(text: str, offices: Sequence[tuple[int, int]], index: int) -> str:
    """The office of the counterpart named by ``offices[index]``: the office named last
    before it in its sentence ("Greek President Katerina Sakellaropoulou and her Maltese
    counterpart": the President), else none (""). ``offices`` are in text order; the ones
    read back lie within :data:`_COUNTERPART_BACK` characters (a text of many counterparts
    stays linear).

    >>> text = "Russian Foreign Minister Sergey Lavrov and his Burundian counterpart"
    >>> spans = [(8, 24), (text.index("counterpart"), len(text))]
    >>> _counterparts_office(text, spans, 1)
    'Foreign Minister'
    >>> _counterparts_office("He met his Kenyan counterpart", [(18, 29)], 0)
    ''
    >>> headline = "Foreign Minister in Nairobi\\nHe met his Kenyan counterpart"
    >>> _counterparts_office(headline, [(0, 16), (headline.index("counterpart"), len(headline))], 1)
    ''
    """
    at = offices[index][0]
    lo = max(0, at - _COUNTERPART_BACK)
    for o_start, o_end in reversed(offices[max(0, index - _COUNTERPART_OFFICES) : index]):
        if o_start < lo or _SENTENCE_END.search(text, o_end, at):
            break
        office = " ".join(text[o_start:o_end].split())
        if office.lower() != _COUNTERPART:
            return office
    return ""


#: A sentence's end between an office and a counterpart named after it: a stop before a
#: space, or a line break (a headline or a paragraph with no stop ends there too).
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _introductions(
    text: str,
    start: int,
    stop: int,
    offices: Sequence[tuple[int, int]],
    countries: _Countries,
    free: Callable[[int, int], bool],
    bodies: _Countries | None = None,
) -> list[_Official]:
    lex = _lexicon()
    found: list[_Official] = []
    office_starts = {o_start for o_start, _ in offices}
    office_ends = {o_end for _, o_end in offices}
    for index, (o_start, o_end) in enumerate(offices):
        if len(found) >= _MAX_PEOPLE:
            break
        title = " ".join(text[o_start:o_end].split())
        counterpart = title.lower() == _COUNTERPART
        if counterpart:
            title = _counterparts_office(text, offices, index)
        nation = countries.just_before(text, o_start)
        if nation is None and _inside_a_name(text, start, o_start, title, office_ends, lex):
            continue
        of_country, name_from = countries.of_after(text, o_end)
        if counterpart:
            if text.startswith(",", name_from):
                name_from += 1  # "his Ghanaian counterpart, John Mahama, ..."
            gap = _SPACE.match(text, name_from, stop)
            if gap is not None and gap.end() in office_starts:
                # "her Tanzanian counterpart Ambassador Liberata Mulamula": the office after
                # it introduces the name
                continue
        # "UN Secretary-General <Name>", "Secretary General of NATO <Name>": with no
        # country, the office is of the international body named with it
        body = None if bodies is None or nation else bodies.just_before(text, o_start)
        if body is None and bodies is not None and nation is None and of_country is None:
            body, name_from = bodies.of_after(text, o_end)
        # "Former UN Secretary-General <Name>": a past officer no longer stands for the body
        first = min(o_start, body.start) if body is not None else o_start
        past = _past_holder().search(text, max(0, first - 12), first) is not None
        name = _name_after(text, name_from, stop, lex) or _name_in_apposition(
            text, name_from, stop, lex, office_starts
        )
        if name is not None:
            if free(*name):
                if nation is None and of_country is None and body is None:
                    of_country, _ = countries.of_after(text, name[1])
                country = nation or of_country
                found.append(
                    _Official(
                        *name, _name_text(text, name), title, country.id if country else None,
                        body.id if body is not None and country is None and not past else None,
                    )
                )  # fmt: skip
            continue
        # "<Name>, [the] <Country's|Demonym> <office> [of <Country>]"
        if nation is None and body is not None:
            head = body.start  # "<Name>, the UN Secretary-General"
        else:
            head = nation.start if nation is not None else o_start
        window = max(start, head - 40)
        apposition = _APPOSITION.search(text, window, head)
        if apposition is None:
            continue
        if nation is None and apposition.group("countrys"):
            nation = countries.last_before(apposition.start())
        nation = nation or of_country
        name = _name_before(text, apposition.start(), start, lex)
        if name is not None and free(*name):
            found.append(
                _Official(
                    *name, _name_text(text, name), title, nation.id if nation else None,
                    body.id if body is not None and nation is None and not past else None,
                )
            )  # fmt: skip
    return found


#: The capitalised word right before an office, with the space between.
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)\s+$")


def _inside_a_name(
    text: str,
    start: int,
    o_start: int,
    title: str,
    office_ends: Collection[int],
    lex: _Lexicon,
) -> bool:
    """Whether a title that is a given name too (``titles_in_names`` of
    ``data/offices.yaml``) is a word of a name here: right after a capitalised word that is
    no office, style or word of ``not_names`` ("Hossein Amir Abdollahian"; not "His Majesty
    Sultan Haitham"). The caller has checked that no country or demonym stands before it.

    >>> _inside_a_name("Hossein Amir Abdollahian", 0, 8, "Amir", {12}, _lexicon())
    True
    >>> _inside_a_name("Majesty Sultan Haitham", 0, 8, "Sultan", {14}, _lexicon())
    False
    """
    if title not in lex.titles_in_names:
        return False
    before = _WORD_BEFORE.search(text, max(start, o_start - 40), o_start)
    if before is None:
        return False
    word = before.group(1)
    if word in lex.not_names or word in lex.title_styles or word in lex.honorifics:
        return False
    return before.end(1) not in office_ends


def find_officials(
    text: str,
    start: int,
    stop: int,
    known: Sequence[ActorMention],
    offices: Sequence[tuple[int, int]],
) -> list[ActorMention]:
    """Person mentions introduced by an office in ``text[start:stop]``, and their later mentions.

    ``known`` are the table's mentions over the same span and ``offices`` the
    spans of the offices (:func:`office_forms`), both found by
    :func:`~timeline.gazetteer.find_actors` in one pass: the countries give the
    officials' countries, and a name the table knows is left to the table.
    """
    from .actors import ActorMention

    taken = sorted((m.start, m.end) for m in known)
    t_starts = [s for s, _ in taken]

    def free(s: int, e: int) -> bool:
        k = bisect_right(t_starts, e - 1) - 1
        return not (k >= 0 and taken[k][1] > s)

    officials = _introductions(
        text, start, stop, offices, _Countries(known), free, _Countries(known, "organization")
    )
    if not officials:
        return []
    # One person per full name; a one-word name is the surname of a full one if any: of
    # one the table names in the text, else of one an office introduces.
    people: dict[str, tuple[str, str, str | None]] = {}  # slug -> name, office, country
    bodies: dict[str, str] = {}  # slug -> the international body of their office
    surnames: dict[str, set[str]] = {}
    in_table = _table_surnames(known)
    lex = _lexicon()
    table_words: dict[str, str] = {}  # a one-word name -> the table's person
    written: dict[str, str] = {}  # a name with a nickname inside, as written -> its person
    firsts: dict[str, set[str]] = {}  # the first word of a full name -> its people
    for o in sorted(officials, key=lambda o: -len(o.name.split())):
        words = [w for w in o.name.split() if not _ROMAN.fullmatch(w)]
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
        if _first_word_names(words, lex) and not _title_case_line(text, o.start):
            firsts.setdefault(words[0], set()).add(slug)
    spans = {(o.start, o.end) for o in officials}
    names: dict[str, str] = {}
    for slug, (name, _, _) in people.items():
        names[name] = slug
    for surname, slugs in surnames.items():
        if len(slugs) == 1 and surname not in names:
            names[surname] = next(iter(slugs))
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
    return out


def _first_word_names(words: Sequence[str], lex: _Lexicon) -> bool:
    """Whether the first of a full name's ``words`` names its person alone after an office:
    "President Samia" (Samia Suluhu Hassan), "Premier Li" (Li Qiang), "President Isaias".
    Not for a name with particles, whose first word is a given name many share ("Sheikh
    Mohammed" is not Mohammed bin Salman), nor an initial ("K", "K.", "KP").

    >>> _first_word_names(["Samia", "Suluhu", "Hassan"], _lexicon())
    True
    >>> _first_word_names(["Mohammed", "bin", "Salman"], _lexicon())
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
    lex = _lexicon()
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
            if " " not in word and not _ROMAN.fullmatch(word) and not word.endswith("."):
                by_word.setdefault(word, set()).add(m)
    return by_word


@cache
def _office_words() -> frozenset[str]:
    """The last word of every office and rank as written ("Minister", "President",
    "Ambassador", "Senator"): the word a title ends with, right before a name."""
    return frozenset(w for form in office_forms() if (w := form.split()[-1])[:1].isupper())


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a short one written in title case, every word of
    four letters or more with its capital (a headline, where capitals tell no name)."""
    lo, hi = max(0, at - _HEADLINE_REACH), min(len(text), at + _HEADLINE_REACH)
    line_start, line_end = text.rfind("\n", lo, at), text.find("\n", at, hi)
    if (line_start < 0 and lo > 0) or (line_end < 0 and hi < len(text)):
        return False  # a line longer than any headline, read no further
    line = text[line_start + 1 : line_end if line_end >= 0 else hi].split()
    words = [w for w in line if len(w) > 3]
    return len(line) <= _HEADLINE_WORDS and len(words) >= 3 and all(w[0].isupper() for w in words)


#: The most words of a line read as a headline (:func:`_title_case_line`), and how far
#: from the place its line's ends are looked for.
_HEADLINE_WORDS = 20
_HEADLINE_REACH = 300
#: How far back :func:`inside_a_name` reads the name before a place.
_NAME_REACH = 80


def inside_a_name(
    text: str, start: int, end: int, named: Callable[[int, int], bool] = lambda s, e: False
) -> bool:
    """Whether ``text[start:end]``, a word a place also bears, stands in a person's name the
    gazetteer does not know: after two words of a name ("Humberto Sierra Porto", "Dr Ahmed
    Hassan Al Hammadi"), after one with a word of a name after it ("António Hamilton
    Mourão"), or after an office or an honorific ("Foreign Minister Santiago Cafiero",
    "Sheikh Salem al-Sabah", "Hon. Kamina Johnson Smith"). Not in a headline or another
    line in title case, not after a possessive ("Azerbaijan's Gazakh") or a name the
    gazetteer knows (``named``: a country's, "Ukraine"), and not beside a place's noun
    ("Art Museum", "Airport").

    >>> text = "Talks were held. Defence Secretary Lloyd Austin attended."
    >>> inside_a_name(text, text.index("Austin"), text.index(" attended"))
    True
    >>> text = "Talks were held in Occupied Jerusalem on Monday."
    >>> inside_a_name(text, text.index("Jerusalem"), text.index(" on"))
    False
    >>> text = "It slammed interference in its internal affairs. Ottawa said it was concerned."
    >>> inside_a_name(text, text.index("Ottawa"), text.index(" said"))
    False
    >>> text = "It backed the plan for Western Sahara. Algiers called it a violation."
    >>> inside_a_name(text, text.index("Algiers"), text.index(" called"))
    False
    """
    if start < 2 or text[start - 1] != " ":
        return False
    lo = max(0, start - _NAME_REACH)  # a bounded look back: linear on a line of any length
    previous = max(text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1), lo - 1) + 1
    lex = _lexicon()
    if (
        not text[previous : previous + 1].isupper()
        and text[previous : start - 1] not in lex.particles
    ):
        return False  # "in Ankara", "to Dodoma": most places, at once; not "Arévalo de León"
    before, titled = 0, False
    at = start
    for token in reversed(list(_TOKEN.finditer(text, lo, start))):
        if text[token.end() : at] != " ":
            break
        word = token.group()
        bare = word.rstrip(".")
        if word in lex.honorifics or bare in lex.honorifics or bare in _office_words():
            titled = True
            break
        if word.endswith(".") and not _is_initial(word):
            break  # a sentence ends there: "... on Western Sahara. Algiers called it"
        if (
            bare.endswith(("'s", "’s"))
            or bare in lex.place_nouns
            or named(token.start(), token.end())
        ):
            break
        kind = _word(word, lex, first=False)
        if kind is None:
            break
        before += kind == "name"
        at = token.start()
    if before == 0 and not titled:
        return False
    if before == 1 and not titled:
        after = _TOKEN.match(text, end + 1) if text.startswith(" ", end) else None
        if after is None or after.group().rstrip(".") in lex.place_nouns:
            return False
        if _word(after.group(), lex, first=True) != "name" or named(after.start(), after.end()):
            return False
    return not _title_case_line(text, start)  # the dearer test last, for the few
