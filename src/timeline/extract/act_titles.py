"""Titles of `other` acts: the act as its sentence tells it, ended where its clause ends
(docs/extraction.md, "Title and summary", seventy-first pass).

An `other` event (relations severed, a border reopened, an envoy expelled, an office taken)
was titled by its sides and the sentence's next sixty characters, cut where the count
fell: "Iraq, Saudi Arabia and Iran: reopened their land border for the first time in 30
years, with closer trade ties", "Qatar and the United Arab Emirates: restoring diplomatic
ties and reopening embassies, officials", "Jordan and Syria: reopen the Jaber border
crossing with Syria starting". A reader wants a headline: the act's words end at the
first clause break after the trigger (a comma, a semicolon, a colon or a dash, not a
comma of a list of names) or at a word that opens a clause of its own (``clause_openers``
of ``data/title_words.yaml``: "which", "following", "officials ... reported"), an opening
sentence adverb is no word of it ("Meanwhile, ..."), and no day nor a word a day was cut
from ends it ("starting", "last"). When the side that acts is named right before an act's
verb in the past (``act_verbs``), the title tells it as a headline, the verb in the present
("NATO expels eight Russians in an espionage scandal"); else the sides and the act's words
("Qatar and the United Arab Emirates: restoring diplomatic ties and reopening embassies").
"""

from __future__ import annotations

import re

from .document_phrases import clean_phrase
from .statement_titles import (
    TITLE_WORDS,
    cut_at_word_end,
    named_before,
    sayer_mentions,
    third_person,
    tidy,
    without_days,
    without_opening_adverb,
    word_alternatives,
)
from .title_names import joined_names

__all__ = ["act_title"]

#: The act's verbs in the past, to their base forms.
_ACT_VERBS = TITLE_WORDS.values("act_verbs")
_ACT_VERB_PAST = "|".join(sorted(map(re.escape, _ACT_VERBS), key=len, reverse=True))

#: Where an act's words end: a clause's punctuation and the space after it, a word that
#: opens a clause of its own, or "and" before a verb in the past, perhaps after a subject
#: of its own ("annexed Crimea and the West imposed sanctions", "upgraded relations and
#: struck agreements": a second act).
_CLAUSE_BREAK = re.compile(
    rf"\s*[,;:]\s|\s+[-–—]+\s|\s*\(|\s+(?:{word_alternatives('clause_openers')})\b"
    r"|\s+and\s+(?:(?:the|a|an|its|their|his|her|[A-Z][\w’'-]*)\s+){0,3}"
    rf"(?-i:[a-z]+ed|{_ACT_VERB_PAST})\b",
    re.I,
)
#: After a comma, a list of names goes on ("welcome Argentina, Egypt, Ethiopia and the
#: UAE"): capitalised words, up to four, then a comma or "and".
_NAMES_LISTED = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?:,|\s+and\b)")
#: A name right before that comma: the list's first item ("Argentina, Egypt"; not "ties,
#: Taiwan and Palau have").
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*$")
#: A word a day was cut from, at a title's end ("starting", "last").
_DAY_REMNANT = re.compile(rf"\s+(?:{word_alternatives('day_remnants')})$", re.I)
#: A preposition or "and" that opens a phrase of its own: words the reach cut end before
#: the last of them that leaves two words or more ("in all AU activities until the
#: effective": "in all AU activities"; "battle against the Spanish king's troops and sealing
#: Chile's": "battle against the Spanish king's troops"); not "of", whose phrase completes
#: the noun before it.
_PHRASE_OPENING = re.compile(rf"\s+(?:{word_alternatives('phrase_openers')})\s", re.I)
#: The fewest words after the trigger that a cut back to a phrase's opening leaves.
_FEWEST_LEFT = 2
#: A verb's particle ending a trigger ("sworn in", "took over", "stepped down"), which
#: stays; a preposition a day was cut from does not ("election on [9 November]").
_VERB_PARTICLE = re.compile(r"\b(?:sworn|t[ao]ok|taken|[a-z]+ed)\s+(?:in|over|up|off|down|out)$")
#: A short aside in brackets.
_ASIDE = re.compile(r"\s*\([^()\n]{0,40}\)")
#: A possessive at a title's end, whose noun was cut off ("eight members of Russia’s").
_POSSESSIVE_END = re.compile(r"\s+\S+['’]s$")
#: A function word twice, where a day between was left out ("sworn in [on June 18] in").
_TWICE = re.compile(r"\b(in|on|at|for|to|the|of)\s+\1\b", re.I)
#: A passive's or a perfect's auxiliary right before the verb ("was elected", "has been
#: appointed"): the side named before is no doer of an act in the present.
_AUXILIARY_BEFORE = re.compile(
    rf"\b(?:{word_alternatives('auxiliaries')})(?:\s+[a-z]+ly)?\s+$", re.I
)
#: "and" shortly before the verb: the doer the title would name may be one of a pair
#: ("Xi Jinping and his Brazilian counterpart Lula da Silva upgraded").
_AND_BEFORE = re.compile(r"\band\b", re.I)

#: A name and a comma, or "and", right before a name: a list goes on before it (not "In
#: fact, Venezuela").
#: How far before the first name a list's item and its comma are read: the pattern ends
#: at the name, so one word and its comma is all it needs (a search from the text's start
#: cost a pass over the whole document for every title, and quadratic time on a run of one
#: long capitalised word).
_LIST_REACH = 80
_LIST_GOES_ON = re.compile(r"(?:\b[A-Z][\w’'.-]*,|\b[Aa]nd)\s+(?:the\s+)?$")
#: The most doers a title names (:func:`.statement_titles.named_before`'s).
_MOST_DOERS = 3

#: The most characters an act's words run to after its trigger.
_ACT_REACH = 60


def _act_words(text: str, trigger: tuple[int, int], end: int) -> str:
    """The act's words: the trigger, after a sentence adverb opening it, and what follows it
    in its clause up to ``end``, without its days, to the first clause break after the
    trigger that no list of names goes on past; when none comes within
    :data:`_ACT_REACH` characters, to the last phrase that opens within them; without a word
    that cannot end a title.

    >>> text = "Qatar and the UAE agreed on restoring ties and reopening embassies, officials said"
    >>> at = text.index("restoring")
    >>> _act_words(text, (at, at + 9), len(text))
    'restoring ties and reopening embassies'
    >>> text = "the bloc will welcome Argentina, Egypt and Iran as new members starting January 1"
    >>> at = text.index("welcome")
    >>> _act_words(text, (at, at + 7), len(text))
    'welcome Argentina, Egypt and Iran as new members'
    >>> text = "President Ndayishimiye was sworn in yesterday June 18, 2020 in Burundi's capital"
    >>> at = text.index("sworn")
    >>> _act_words(text, (at, at + 8), len(text))
    "sworn in Burundi's capital"
    """
    adverb = len(text[trigger[0] : end]) - len(without_opening_adverb(text[trigger[0] : end]))
    first = trigger[0] + adverb
    own = without_days(text[first : max(first, trigger[1])])
    # a bracket's short aside is no break of the act's words ("open the Nassib (Jaber) border
    # crossing"); an initialism in brackets goes with it
    rest = _ASIDE.sub("", without_days(text[max(first, trigger[1]) : end]))
    reach = cut_at_word_end(rest, 0, len(rest), _ACT_REACH)
    # a trigger left empty by its day opens on the punctuation after it ("Beginning on May
    # 26, as Secretary General ..."): no break of the act's words
    lead = 0 if own.strip(" ,;:–—-") else len(reach) - len(reach.lstrip(" ,;:–—-"))
    for cut in _CLAUSE_BREAK.finditer(reach, lead):
        listed = _NAMES_LISTED.match(reach, cut.end()) and _NAME_BEFORE.search(
            own + reach[: cut.start()]
        )
        if cut.group(0).strip() == "," and listed:
            continue  # a list of names goes on after the comma
        reach = reach[: cut.start()]
        break
    else:
        if len(reach) < len(rest.rstrip()):
            # the reach cut a phrase: the words end before the last phrase it opened
            openings = [
                m.start()
                for m in _PHRASE_OPENING.finditer(reach)
                if len(reach[: m.start()].split()) >= _FEWEST_LEFT
            ]
            if openings:
                reach = reach[: openings[-1]]
    # a trigger may open on the punctuation before its words (", as Secretary General ...")
    words = _TWICE.sub(r"\1", clean_phrase(own + reach)).lstrip(" ,;:–—-")
    # the trigger's own words stay whole ("took over", "sworn in": a particle, no
    # preposition of a phrase cut off)
    own = clean_phrase(own).lstrip(" ,;:–—-").rstrip(" ,;:.")
    least = len(own if _VERB_PARTICLE.search(own) else tidy(own))
    while True:
        shorter = _POSSESSIVE_END.sub("", _DAY_REMNANT.sub("", tidy(words)))
        if shorter == words or len(shorter) < least:
            return words.rstrip(" ,;:.") if len(shorter) < least else words
        words = shorter


def act_title(text: str, trigger: tuple[int, int], clause: tuple[int, int], who: str) -> str:
    """The title of an `other` act: its doer named right before its verb in the past and
    the act in the present ("NATO expels eight Russians"), else its sides ``who`` and the
    act's words (:func:`_act_words`), else the act's words alone, with a capital. A verb
    after an auxiliary ("was elected", "has been appointed") or a doer that may be one of a
    pair ("and" shortly before the verb) keeps the sides' form.

    >>> text = "NATO expelled eight Russians in an espionage scandal, officials said."
    >>> at = text.index("expelled")
    >>> act_title(text, (at, at + 8), (0, len(text) - 1), "Russia and NATO")
    'NATO expels eight Russians in an espionage scandal'
    >>> text = "Egypt and Turkiye agreed on restoring ties, a move hailed by the UN."
    >>> at = text.index("restoring")
    >>> act_title(text, (at, at + 9), (0, len(text) - 1), "Egypt and Turkiye")
    'Egypt and Turkiye: restoring ties'
    >>> text = "Ghana's President Akufo-Addo was elected as the new Chairman of ECOWAS."
    >>> at = text.index("elected")
    >>> act_title(text, (at, at + 7), (0, len(text) - 1), "Akufo-Addo and ECOWAS")
    'Akufo-Addo and ECOWAS: elected as the new Chairman of ECOWAS'
    """
    act = _act_words(text, trigger, clause[1])
    verb, _, rest = act.partition(" ")
    base = _ACT_VERBS.get(verb)
    before = text[max(clause[0], trigger[0] - 60) : trigger[0]]
    if (
        base is not None
        and rest
        and _AUXILIARY_BEFORE.search(before) is None
        and text.startswith(verb, trigger[0])
    ):
        doers = named_before(text, trigger[0])
        named = sayer_mentions(text, trigger[0])
        # a list of more goes on before the names ("Saudi Arabia, the United Arab
        # Emirates, Bahrain and Egypt restored": four doers, not the last three)
        listed = (
            bool(named)
            and _LIST_GOES_ON.search(text, max(0, named[0].start - _LIST_REACH), named[0].start)
            is not None
        )
        subject = text[clause[0] : named[0].start] if named else ""
        single = bool(doers) and _AND_BEFORE.search(subject + before) is None
        if not listed and len(named) <= _MOST_DOERS and (len(doers) > 1 or single):
            present = base if len(doers) > 1 else third_person(base)
            return f"{joined_names(doers)} {present} {rest}"
    if who:
        return f"{who}: {act}"
    return act[:1].upper() + act[1:]
