"""The documents a clause names: a document noun phrase with the modifiers and determiner
before its noun and its topic after it, not its day ("a joint statement on enhanced strategic
partnership", "the Agreement on the Establishment of a Simplified Customs Corridor"); the
text a document act's title names when no document noun is there ("sanctions against
Belarus", "a resolution on Haiti"); and the :class:`~timeline.model.Agreement` made of one
named document, never of "a number of agreements". Read by :mod:`.mention` (an event's
agreement) and :mod:`.titles` (a document act's title).
"""

from __future__ import annotations

import re
import unicodedata

from ..model import ActorType, Agreement, Participant
from ..temporal import tag
from ..temporal.lexicon import MONTHS, WEEKDAYS
from .acting_sides import state_act_words
from .lexicon import agreement_type
from .sayings import STATEMENT_WORDS
from .trigger_rule import AGREEMENT_NOUNS

__all__ = [
    "PLURAL_OPENING",
    "agreement_for",
    "clean_phrase",
    "document_phrase",
    "document_phrases",
    "instrument_phrase",
    "slugify",
]

_DOC_NOUN = re.compile(rf"\b{AGREEMENT_NOUNS}\b", re.IGNORECASE)
#: The texts a document act's title may name when its clause names no document noun: a
#: resolution, sanctions, a communiqué, a pact, a law (``imposed_measures`` and
#: ``titled_instruments`` of ``data/state_act_words.yaml``, ``statement_texts`` of
#: ``data/statement_words.yaml``); titles only, never an agreement.
_INSTRUMENT = re.compile(
    rf"\b(?:{state_act_words('titled_instruments')}|{state_act_words('imposed_measures')}|"
    + "|".join(map(re.escape, sorted(STATEMENT_WORDS.words("statement_texts"), key=len)[::-1]))
    + r")\b",
    re.IGNORECASE,
)
#: The nouns of a quantity before "of" inside a document phrase ("a package of documents").
_QUANTITY = ("of", "series", "number", "total", "package", "set", "raft", "range", "batch")
#: Those an agreement's phrase takes (:func:`document_phrases`, unchanged since the titles'
#: were widened: an agreement is an output of its own).
_OLD_QUANTITY = _QUANTITY[:4]
#: Words that may stand before a document noun inside its phrase ("a new framework").
_MODIFIER = re.compile(
    r"^(?:[a-z][\w-]*(?:al|ary|ic|ive|ed|ing|ial|ry|ent|ant|ate|ern|ish|ian|ese|ish)|"
    r"framework|trade|transit|customs|visa|gas|oil|energy|defence|defense|security|"
    r"military|transport|investment|cooperation|partnership|licensing|joint|new|final|"
    r"[A-Z][\w’'-]*|[\"“”'-]+\w*)$"
)
_DETERMINER = re.compile(
    r"^(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|several|numerous|"
    r"of|series|number|total|package|set|raft|range|batch)$",
    re.IGNORECASE,
)
_NOT_MODIFIER = frozenset(
    [
        "signed",
        "inked",
        "adopted",
        "ratified",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "and",
        "or",
        "but",
        "by",
        "between",
        "with",
        "for",
        "on",
        "in",
        "at",
        "to",
        "from",
        "during",
        "after",
        "before",
        "following",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "also",
    ]
)


#: A document's topic after its noun ("on military cooperation"); not its day
#: (:func:`_a_date`).
def _topic(prepositions: str, named: str = "") -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:{prepositions})\s+"
        rf"([^,.;()]{{3,90}}?)(?=\s+(?:between|signed|inked|in\s+[A-Z]{named}|"
        # "the Declaration of Mexico and in the hands of ...": "and" before a preposition
        # joins the clause's phrases, not the topic's words
        r"and\s+(?:in|on|at|to|by|with|from|under|after|before|during|through)\s|"
        rf"on\s+[A-Z]{named}|at\s|during|with|by|which|that|was|were|came|entered|will|has|"
        r"had|is|are|would|could|may|might|must|should|shall|can|have)\b|[,.;()]|$)"
    )


_TOPIC = _topic("on|of|for|about|regarding")
#: An instrument's topic (:data:`_INSTRUMENT`) may also be its target ("sanctions against
#: Belarus"); it ends before "in <a name>" or "on <a name>" ("on March 22"), not only
#: before a one-letter name.
_INSTRUMENT_TOPIC = _topic(
    "on|of|for|about|regarding|against", r"\w*|over|following|after|but|held|took"
)


_SPECIFIC = re.compile(r"^(?:the|a|an)\s", re.IGNORECASE)
#: A count or a vague quantity opening a document phrase ("three agreements", "several
#: MoUs"): a plural, no one agreement; a title writes it in lower case mid-sentence.
PLURAL_OPENING = re.compile(
    r"^(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|numerous|a\s+number|"
    r"a\s+series|a\s+total)\b",
    re.IGNORECASE,
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "for",
        "and",
        "in",
        "to",
        "with",
        "between",
        "about",
        "regarding",
        "establishment",
    ]
)


def slugify(text: str, max_words: int = 8) -> str:
    """Lower-case ASCII words joined by hyphens: 'Türkiye JEC' -> 'turkiye-jec'."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_.lower())
    return "-".join(words[:max_words])


def document_phrase(
    text: str, start: int, end: int, near: int | None = None
) -> tuple[int, int] | None:
    """Span of a document noun phrase in ``text[start:end]`` ("a joint statement on ...").

    The phrase is a document noun (:data:`~timeline.extract.trigger_rule.AGREEMENT_NOUNS`)
    with the modifiers and determiner before it and its topic after it ("on
    military cooperation"); the one nearest ``near`` wins (default: the first).
    """
    spans = document_phrases(text, start, end, near)
    return spans[0] if spans else None


def document_phrases(
    text: str, start: int, end: int, near: int | None = None
) -> list[tuple[int, int]]:
    """Document noun phrases in ``text[start:end]``, nearest to ``near`` first.

    At most :data:`_MAX_PHRASES` (a hostile sentence may hold thousands of nouns).
    """
    return _phrases(text, start, end, near, _DOC_NOUN, _TOPIC)


def instrument_phrase(text: str, start: int, end: int, near: int) -> tuple[int, int] | None:
    """The span of the text a document act names in ``text[start:end]`` for its title, nearest
    ``near``: a document noun phrase (:func:`document_phrase`), else an instrument's
    (:data:`_INSTRUMENT`: "sanctions against Belarus", "a resolution on Haiti").

    >>> t = "The council adopted new sanctions against Belarus on Monday."
    >>> s = instrument_phrase(t, 0, len(t), 12)
    >>> t[s[0] : s[1]] if s else None
    'new sanctions against Belarus'
    """
    spans = _phrases(text, start, end, near, _DOC_NOUN, _TOPIC, _TITLE_STOPS)
    spans = spans or _phrases(
        text, start, end, near, _INSTRUMENT, _INSTRUMENT_TOPIC, _TITLE_STOPS | _ACTED
    )
    return spans[0] if spans else None


def _phrases(
    text: str,
    start: int,
    end: int,
    near: int | None,
    nouns_of: re.Pattern[str],
    topic: re.Pattern[str],
    stops: frozenset[str] | None = None,
) -> list[tuple[int, int]]:
    found = list(nouns_of.finditer(text, start, end))
    # "five memorandums of understanding (MoUs) were signed": the noun in brackets right
    # after another is its short form, not a phrase of its own
    nouns = [
        n
        for i, n in enumerate(found)
        if not (i and _SHORT_FORM_GAP.fullmatch(text, found[i - 1].end(), n.start()))
    ]
    if near is not None:
        nouns.sort(key=lambda m: min(abs(m.start() - near), abs(m.end() - near)))
    return [_phrase(text, start, end, noun, topic, stops) for noun in nouns[:_MAX_PHRASES]]


#: Words that end a document phrase in a title before its noun, besides
#: :data:`_NOT_MODIFIER`: a day ("sign Thursday extended sanctions") and the act's own
#: gerund ("sign signing documents").
_TITLE_STOPS = frozenset([*WEEKDAYS, *MONTHS, "signing", "adopting", "ratifying", "implementing"])
#: The verbs of a text acted on that end an instrument's phrase before its noun ("the EU
#: imposed sanctions": "sanctions", not "EU imposed sanctions"): ``imposing_verbs``.
_ACTED = frozenset(
    re.findall(r"[a-z]+(?:-[a-z]+)?", state_act_words("imposing_verbs").replace("\\-", "-"))
) | {"approved", "issued", "released", "announced", "agreed", "endorsed", "unveiled"}


#: A day's number after a month's name (a title's stop): no modifier of a document phrase.
_DAY_AFTER_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?\s+")
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(MONTHS)})\.?\s+$", re.IGNORECASE)
#: Between a document noun and its short form in brackets: "memorandums of understanding (".
_SHORT_FORM_GAP = re.compile(r"\s*\(")
#: How many document phrases of one clause are considered, nearest first.
_MAX_PHRASES = 8
#: How far before its noun a document phrase's modifiers may start.
_PHRASE_REACH = 160


def _phrase(
    text: str,
    start: int,
    end: int,
    noun: re.Match[str],
    topics: re.Pattern[str] = _TOPIC,
    stops: frozenset[str] | None = None,
) -> tuple[int, int]:
    """The span of the phrase of ``noun``. With ``stops`` (a title's phrase), the words in
    them end it too and a quantity's noun before "of" stays in it ("a package of
    documents"); a bare "of" opens no phrase ("sign of documents", "the signature of
    memoranda")."""
    left = noun.start()
    start = max(start, noun.start() - _PHRASE_REACH)
    words = list(re.finditer(r"[\w\"“”'’-]+", text[start : noun.start()]))
    taken = 0
    before_of: int | None = None  # where the phrase began before an "of" taken last
    for w in reversed(words):
        token = w.group(0)
        gap = text[start + w.end() : left]
        if gap.strip():
            break
        if token.lower() in _NOT_MODIFIER and token.lower() != "of":
            break
        if stops is not None and token.lower() in stops:
            break
        if _DETERMINER.match(token) and (
            stops is not None or token.lower() in _OLD_QUANTITY or token.lower() not in _QUANTITY
        ):
            before_of = left if token.lower() == "of" else None
            left = start + w.start()
            if token.lower() in (_QUANTITY if stops is not None else _OLD_QUANTITY):
                continue
            break
        if taken >= 4 or not _MODIFIER.match(token):
            break
        before_of = None
        left = start + w.start()
        taken += 1
    if before_of is not None:
        # "sign of documents", "the text of the treaty": no "of" first, in a title's phrase
        # or an agreement's ("the signature of memoranda of understanding":
        # "memoranda of understanding", not "of memoranda of understanding")
        left = before_of
    day = _DAY_AFTER_MONTH.match(text, left, noun.start()) if stops is not None else None
    if day is not None and _MONTH_BEFORE.search(text, max(0, left - 12), left):
        left = day.end()  # "the July 9 agreement": "agreement", not "9 agreement"
    right = noun.end()
    topic = topics.match(text, right, end)
    if topic is not None:
        right = _topic_end(text, topic.start(1), topic.end(1)) or right
    return left, right


def _topic_end(text: str, start: int, end: int) -> int | None:
    """The end of the topic ``text[start:end]`` after a document's noun, without its day, as
    the temporal tagger reads it (one reading for every date the tagger knows, abbreviations
    and relative days too, no second list; review31 F-c, F-c2): None when the topic is a
    day, an expression that starts at its first word with no noun of it after ("the
    agreement on Monday", "a declaration on 5 May", "the accord on Sept 5", "the memorandum
    of last week", "the protocol of Dec. 12", "a declaration on Monday on the anniversary"),
    and cut before a day told after it with "on" or "in" ("on military cooperation on
    Monday"). A date that modifies the topic's noun is the topic's ("a memorandum on 2030
    climate targets"), and a number is no date ("on 5G cooperation").

    >>> [_topic_end(t, 0, len(t)) for t in ("5 May", "last week", "Dec. 12", "5G cooperation")]
    [None, None, None, 14]
    >>> text = "2030 climate targets on Monday"
    >>> text[: _topic_end(text, 0, len(text))]
    '2030 climate targets'
    """
    for timex in tag(text[start : min(len(text), end + _DATE_REACH)]):
        at = start + timex.start
        if at >= end:
            break
        if timex.start == 0 and _NO_NOUN_AFTER.match(text[start + timex.end : end]):
            return None
        day = _DAY_TOLD.search(text, start, at)
        if day is not None:
            return day.start()
    return end


#: How far past a topic the tagger reads its date ("Dec" of "Dec. 12", cut at its point).
_DATE_REACH = 20
#: What follows a day that opens a document's topic and is all of it, or an adjunct of
#: the act ("a joint declaration on Monday on the anniversary"): no noun it tells.
_NO_NOUN_AFTER = re.compile(
    r"\W*(?:$|(?:on|of|for|in|at|to|with|between|about|regarding|and|by)\b)", re.IGNORECASE
)
#: A day told after a document's topic ("... cooperation on Monday").
_DAY_TOLD = re.compile(r"\s+(?:on|in)\s+$", re.IGNORECASE)


def clean_phrase(phrase: str) -> str:
    phrase = re.sub(r"\s+", " ", phrase).strip(" \"“”'")
    if phrase.count('"') % 2 or phrase.count("“") != phrase.count("”"):
        phrase = re.sub(r"[\"“”]", "", phrase)
    return phrase


def agreement_for(phrase: str, parties: list[Participant]) -> Agreement | None:
    """An :class:`Agreement` for one named document, or ``None`` for plural or vague ones."""
    phrase = clean_phrase(phrase)
    if PLURAL_OPENING.match(phrase):
        return None
    body = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
    kind = agreement_type(body.split(" on ")[0].split(" for ")[0])
    if kind is None:
        return None
    has_topic = re.search(r"\s(?:on|of|for|about|regarding)\s", body) is not None
    named = body[:1].isupper() and len(body.split()) >= 2
    if not (has_topic or named):
        return None
    codes = sorted(
        {p.id for p in parties if p.type is not ActorType.person}
        | {p.country for p in parties if p.type is ActorType.person and p.country}
    )
    words = [w for w in slugify(body, 14).split("-") if w not in _STOP]
    slug = "-".join([c.lower() for c in codes[:4]] + words[:7]) or "agreement"
    title = body[0].upper() + body[1:]
    try:
        return Agreement(id=slug, title=title, type=kind, parties=codes)
    except ValueError:
        return None
