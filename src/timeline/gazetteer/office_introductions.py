"""A name an office introduces, and the country or international body the text ties to it.

"Kenyan President William Ruto", "India's Prime Minister Narendra Modi", "President of
Kenya William Ruto", "President William Ruto of Kenya", "The Foreign Minister of Kenya,
Alfred Mutua, said", "Anthony Albanese, Australia's prime minister", "Mohammed bin Salman,
the country's crown prince" (the country named last before it), "his Maltese counterpart"
(the office named last before it in its sentence), "UN Secretary-General Kofi Annan" (the
body, unless a past holder: "Former UN Secretary-General"). Constant work per office:
:func:`~timeline.gazetteer.officials.find_officials` makes people of what is found here,
over the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .offices import Lexicon, lexicon, office_adjectives, past_holder
from .personal_names import WORD_GAP, name_after, name_before, name_in_apposition, name_text

if TYPE_CHECKING:
    from .actors import ActorMention

__all__ = ["MentionIndex", "Official", "introductions"]

#: The most people found by office in one text (bounds the later-mention pattern).
_MAX_PEOPLE = 200
#: How far back "the country's" looks for the country it means.
_COUNTRY_BACK = 600
#: The longest gap :meth:`_Countries.just_before` reads between a possessive and an office.
_ADJECTIVES_GAP = 40
#: The office of the same rank in another state: its holder's office is the one named last
#: before it in its sentence, within this many characters (:func:`_counterparts_office`).
_COUNTERPART = "counterpart"
_COUNTERPART_BACK = 200
#: The most offices read back (offices do not overlap: a few fit in the reach above).
_COUNTERPART_OFFICES = 16

_OF = re.compile(r"\s+of\s+(?:the\s+)?")
#: Before an office whose name came first: "<Name>, [the|a] [country's] <office>".
_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+)?(?P<countrys>(?:country|nation|kingdom)['’]s\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Official:
    """A person an office introduces: the name's span and text, the office as written and the
    country the text ties to it."""

    start: int
    end: int
    name: str
    office: str
    country: str | None
    #: The international body the office is of, when no country is ("UN Secretary-General").
    body: str | None = None
    #: A person of ``data/people.yaml`` (the name's span is the table's) whom the office
    #: ties to ``body``: "NATO Secretary General Mark Rutte" acts for NATO, not the
    #: Netherlands he led.
    in_table: bool = False


class MentionIndex:
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


def introductions(
    text: str,
    start: int,
    stop: int,
    offices: Sequence[tuple[int, int]],
    countries: MentionIndex,
    free: Callable[[int, int], bool],
    bodies: MentionIndex | None = None,
) -> list[Official]:
    """The people the ``offices`` (their spans, in text order) introduce in
    ``text[start:stop]``, at most :data:`_MAX_PEOPLE`, each with its office and the country
    (of ``countries``) or the international body (of ``bodies``) the text ties to it; a name
    whose span is not ``free`` is the table's, returned (``in_table``) only when the office
    is an international body's."""
    lex = lexicon()
    found: list[Official] = []
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
            gap = WORD_GAP.match(text, name_from, stop)
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
        past = past_holder().search(text, max(0, first - 12), first) is not None
        name = name_after(text, name_from, stop, lex) or name_in_apposition(
            text, name_from, stop, lex, office_starts
        )
        if name is not None:
            if not free(*name) and body is not None and nation is of_country is None and not past:
                found.append(
                    Official(*name, name_text(text, name), title, None, body.id, in_table=True)
                )
            elif free(*name):
                if nation is None and of_country is None and body is None:
                    of_country, _ = countries.of_after(text, name[1])
                country = nation or of_country
                found.append(
                    Official(
                        *name, name_text(text, name), title, country.id if country else None,
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
        name = name_before(text, apposition.start(), start, lex)
        if name is not None and not free(*name) and body is not None and nation is None:
            if not past:  # "Mark Rutte, the NATO Secretary General": the table's, for NATO
                found.append(
                    Official(*name, name_text(text, name), title, None, body.id, in_table=True)
                )
        elif name is not None and free(*name):
            found.append(
                Official(
                    *name, name_text(text, name), title, nation.id if nation else None,
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
    lex: Lexicon,
) -> bool:
    """Whether a title that is a given name too (``titles_in_names`` of
    ``data/offices.yaml``) is a word of a name here: right after a capitalised word that is
    no office, style or word of ``not_names`` ("Hossein Amir Abdollahian"; not "His Majesty
    Sultan Haitham"). The caller has checked that no country or demonym stands before it.

    >>> _inside_a_name("Hossein Amir Abdollahian", 0, 8, "Amir", {12}, lexicon())
    True
    >>> _inside_a_name("Majesty Sultan Haitham", 0, 8, "Sultan", {14}, lexicon())
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
