"""Where a person's name begins and ends in a text, and whether a word stands in one.

A name no table lists is read by its shape: capitalised words, the particles inside a
name ("bin", "de"), initials and a regnal number, after up to three honorifics ("H.E.
Dr.") and without a nickname in quotes inside it; it ends at a word that is no name
(``not_names`` of ``data/offices.yaml``), at a compound ("Karapetyan-led") or a
possessive, and a place's noun after it makes it the name of a place ("Sultan Qaboos
Grand Mosque"), a document's word the name of a document ("General Cooperation
Agreement": :func:`timeline.gazetteer.document_names.names_a_document`).
:mod:`timeline.gazetteer.office_introductions` reads the name an office introduces with
:func:`name_after`, :func:`name_in_apposition` and :func:`name_before`;
:func:`inside_a_name` tells a place's word that stands in a person's name
(:mod:`timeline.gazetteer.places`). The capitals of a headline tell no name
(:func:`title_case_line`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .document_names import names_a_document
from .offices import Lexicon, honorific_at, lexicon, office_forms, office_words

__all__ = [
    "ROMAN",
    "WORD_GAP",
    "given_names_before",
    "inside_a_name",
    "name_after",
    "name_before",
    "name_in_apposition",
    "name_text",
    "title_case_line",
]

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?\.?")
#: A Roman numeral, a word of a name after its first ("Charles III", "James A. Baker III").
ROMAN = re.compile(r"[IVX]+")
#: The space between two words of a name, or between an office and the name after it.
WORD_GAP = re.compile(r"[ \t]{1,3}")

#: Capital letters alone that are words, not initials: the article and the pronoun.
_NOT_INITIALS = frozenset({"A", "I"})


def _word(token: str, lex: Lexicon, first: bool) -> str | None:
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
    if not first and ROMAN.fullmatch(bare):
        return "roman"
    if _is_initial(token) or (bare[0].isupper() and not bare.isupper()):
        return "name"
    if len(bare) == 1 and bare.isupper() and bare not in _NOT_INITIALS:
        # an initial written without its point ("Michael D Higgins", "S Jaishankar"): part
        # of the name only when a name goes on after it, as a particle is
        return "particle"
    return None


def _a_compound(tail: str, lex: Lexicon) -> bool:
    """Whether a lower-case ``tail`` after a name's hyphen makes a compound of it
    ("Karapetyan-led", "Putin-era"), not a part of the name ("Nak-yon", "Ki-moon").

    >>> lex = lexicon()
    >>> [_a_compound(t, lex) for t in ("led", "backed", "leaning", "era", "yon", "moon")]
    [True, True, True, True, False, False]
    """
    return tail.endswith(("ed", "ing")) or tail in lex.compound_tails


def _is_initial(token: str) -> bool:
    return len(token) == 2 and token[0].isupper() and token[1] == "."


def _ends_a_sentence(token: str) -> bool:
    """Whether a name's word ends with a full stop that closes the sentence: not an
    initial's nor an abbreviation's the sentence splitter knows (``data/abbreviations.yaml``:
    "Hon.", "Prof.", "Jr.", "Th." of "Guðni Th. Jóhannesson").

    >>> [_ends_a_sentence(w) for w in ("Mutua.", "A.", "Prof.", "Jr.", "Mutua")]
    [True, False, False, False, False]
    """
    if not token.endswith(".") or _is_initial(token):
        return False
    # read here, not at import: validating curated events imports the gazetteer and reads
    # no name, so it reads only its own data files (events_cache.VALIDATION_DATA)
    from ..corpus.sentences import ABBREVIATIONS

    bare = token[:-1]
    return bare not in ABBREVIATIONS and bare.lower() not in ABBREVIATIONS


#: A nickname in quotes inside a name, and the space after it: Ferdinand "Bongbong" Marcos.
_NICKNAME = re.compile(r"[\"“][^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)?[\"”] (?=[^\W\d_])")


#: Initials written together in capitals without points: "AK", "NP", "JP", "AKM".
_CAPITAL_INITIALS = re.compile(r"[A-Z]{2,3}")


def _initials_in_capitals(text: str, token: re.Match[str], stop: int, lex: Lexicon) -> bool:
    """Whether a name's first token is its initials written together in capitals, as
    South Asian news writes them after an office ("Foreign Minister Dr AK Abdul Momen",
    "Home Minister NP Saud", "Health Minister JP Nadda"): two or three capitals, then a
    word of a name that is no honorific. Only at the start of a name an office
    introduces (:func:`name_after`): elsewhere such letters are mostly an acronym ("PM
    Modi", "UN Secretary-General").

    >>> lex = lexicon()
    >>> text = "Foreign Minister AK Abdul Momen met"
    >>> _initials_in_capitals(text, _TOKEN.match(text, 17), len(text), lex)
    True
    >>> text = "Foreign Minister UN officials met"
    >>> _initials_in_capitals(text, _TOKEN.match(text, 17), len(text), lex)
    False
    """
    if not _CAPITAL_INITIALS.fullmatch(token.group()):
        return False
    space = WORD_GAP.match(text, token.end(), stop)
    after = _TOKEN.match(text, space.end(), stop) if space is not None else None
    return (
        after is not None
        and _word(after.group(), lex, first=True) == "name"
        and honorific_at(text, after.start()) is None
    )


def name_text(text: str, span: tuple[int, int]) -> str:
    """The name at ``span`` without a nickname in quotes inside it: 'Joko "Jokowi" Widodo'
    is Joko Widodo (the nickname is an alias a table may list, not a part of the name)."""
    return " ".join(re.sub(r"[\"“][^\"”]*[\"”]", " ", text[span[0] : span[1]]).split())


#: The most honorifics read one after another before a name ("His Excellency Dr.").
_HONORIFICS_IN_A_ROW = 3


def name_after(text: str, pos: int, stop: int, lex: Lexicon) -> tuple[int, int] | None:
    """The span of a personal name one space after ``pos``, or None."""
    gap = WORD_GAP.match(text, pos, stop)
    if gap is None:
        return None
    at = gap.end()
    for _ in range(_HONORIFICS_IN_A_ROW):  # "H.E. Dr. Workneh Gebeyehu", "Hon. Dr. ..."
        honorific = honorific_at(text, at)
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
        if kind is None and words == 0 and _initials_in_capitals(text, token, stop, lex):
            kind = "particle"  # "Foreign Minister Dr AK Abdul Momen", "Minister NP Saud"
        if kind is None:
            break
        bare_end = token.end() - (1 if word.endswith(".") and not _is_initial(word) else 0)
        possessive = text.startswith(("'s", "’s"), bare_end - 2)
        if possessive:
            bare_end -= 2
        if kind != "particle":
            end = bare_end
        words += 1
        if possessive or _ends_a_sentence(word):
            break  # "Alfred Mutua. Ruto said": a full stop ends the sentence and the name
        space = WORD_GAP.match(text, token.end(), stop)
        if space is None:
            break
        at = space.end()
    if end > start and names_a_document(text, end):
        return None  # "a General Cooperation Agreement": a document's name, no general's
    return (start, end) if end > start else None


#: An office's name set off by commas: the comma after the office, then the one (or a
#: bracket, a stop, a semicolon) that closes the name.
_OPENS_APPOSITION = re.compile(r",[ \t]?")
_CLOSES_APPOSITION = re.compile(r"\s*(?:[,;)]|\.(?=\s|$)|\s\()")


def name_in_apposition(
    text: str, pos: int, stop: int, lex: Lexicon, office_starts: set[int]
) -> tuple[int, int] | None:
    """The span of a name of two words or more set off by commas right after an office
    ending at ``pos``: "The Foreign Minister of Kenya, Alfred Mutua, said", "Kenya's
    foreign minister, Alfred Mutua." The comma that closes it (or a bracket, a stop)
    keeps a list or a clause out ("the President of Kenya, Uganda and Tanzania"); an
    office right after the comma introduces its own name.

    >>> lex = lexicon()
    >>> text = "The Foreign Minister of Kenya, Alfred Mutua, said."
    >>> span = name_in_apposition(text, text.index(","), len(text), lex, set())
    >>> text[span[0] : span[1]]
    'Alfred Mutua'
    >>> text = "The President of Kenya, Mutua said."
    >>> name_in_apposition(text, text.index(","), len(text), lex, set()) is None
    True
    """
    comma = _OPENS_APPOSITION.match(text, pos, stop)
    if comma is None:
        return None
    after = comma.end() - 1  # name_after reads the name one space on
    if text[after] != " ":
        return None
    if comma.end() in office_starts:
        return None
    name = name_after(text, after, stop, lex)
    if name is None or len(text[name[0] : name[1]].split()) < 2:
        return None
    if _CLOSES_APPOSITION.match(text, name[1], stop) is None:
        return None
    return name


def name_before(text: str, end: int, lo: int, lex: Lexicon) -> tuple[int, int] | None:
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
        honorific = honorific_at(text, start)
        if honorific is None or len(text[start + len(honorific) + 1 : end].split()) < 2:
            break
        start += len(honorific) + 1
    if text[start:end] in office_forms():
        return None  # "Crown Prince, Prime Minister, ... Mohammed bin Salman": offices in a row
    first = _TOKEN.match(text, start, end)
    if first is not None and first.group() in office_forms():
        # "Chancellor Guido Di Tella, Argentina's foreign minister": the title is no name
        rest = WORD_GAP.match(text, first.end(), end)
        if rest is None or len(text[rest.end() : end].split()) < 2:
            return None
        start = rest.end()
    return start, end


def title_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a short one written in title case, every word of
    four letters or more with its capital (a headline, where capitals tell no name)."""
    lo, hi = max(0, at - _HEADLINE_REACH), min(len(text), at + _HEADLINE_REACH)
    line_start, line_end = text.rfind("\n", lo, at), text.find("\n", at, hi)
    if (line_start < 0 and lo > 0) or (line_end < 0 and hi < len(text)):
        return False  # a line longer than any headline, read no further
    line = text[line_start + 1 : line_end if line_end >= 0 else hi].split()
    words = [w for w in line if len(w) > 3]
    return len(line) <= _HEADLINE_WORDS and len(words) >= 3 and all(w[0].isupper() for w in words)


#: The most words of a line read as a headline (:func:`title_case_line`), and how far
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
    lex = lexicon()
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
        if word in lex.honorifics or bare in lex.honorifics or bare in office_words():
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
    return not title_case_line(text, start)  # the dearer test last, for the few


def _honorific_ends_at(text: str, end: int, lex: Lexicon) -> bool:
    """Whether one of the honorifics ends at ``end`` ("Dr", "Hon.", "Dato’ Sri"), its
    apostrophe written straight or curly.

    >>> text = "the Honourable Dato’ Sri Mohd Najib"
    >>> [_honorific_ends_at(text, text.index(w) + len(w), lexicon()) for w in ("Sri", "Mohd")]
    [True, False]
    """
    return any(
        text[max(0, end - len(h)) : end].replace("’", "'") == h
        and (end == len(h) or not text[end - len(h) - 1].isalnum())
        for h in lex.honorifics
    )


#: The most words of a name read before a family name (:func:`given_names_before`).
_GIVEN_NAMES = 3


def given_names_before(
    text: str, start: int, named: Callable[[int, int], bool] = lambda s, e: False
) -> list[str]:
    """The words of a name written right before the word at ``start``, in their order, up
    to three: "Arzu Rana" before "Deuba", "First Lady Jill" before "Biden". The run stops
    at an honorific or an office's word ("Prime Minister Deuba": none), an initial, a
    particle, a possessive, a full stop that ends a sentence, a word no name has and a name
    the gazetteer knows (``named``: "Nepali", "Belgrade"); a line in title case (a
    headline) tells no name, so it gives none.

    >>> text = "Foreign Minister Arzu Rana Deuba arrived."
    >>> given_names_before(text, text.index("Deuba"))
    ['Arzu', 'Rana']
    >>> text = "It was a visit by Prime Minister Deuba."
    >>> given_names_before(text, text.index("Deuba"))
    []
    """
    if start < 2 or text[start - 1] != " ":
        return []
    lex = lexicon()
    words: list[str] = []
    at = start
    for token in reversed(list(_TOKEN.finditer(text, max(0, start - _NAME_REACH), start))):
        if text[token.end() : at] != " " or len(words) == _GIVEN_NAMES:
            break
        word = token.group()
        bare = word.rstrip(".")
        if (
            bare in office_words()
            or word.endswith(".")  # an initial, an abbreviation or a sentence's end
            or _word(word, lex, first=True) != "name"
            or bare.endswith(("'s", "’s"))
            or named(token.start(), token.end())
            or _honorific_ends_at(text, token.end(), lex)  # the dearer test last
        ):
            break
        words.append(word)
        at = token.start()
    if not words or title_case_line(text, start):
        return []
    return words[::-1]
