"""Statement titles: who says and what, as an editor would write it ("Japan urges China
to ...", "Iran and Syria deny the report", "Mali says Ambassador Joel Meyer has been asked
to leave Mali within 72 hours", "Joint statement by Tajikistan and Turkmenistan"): the
sayers named right before the verb of saying, the verb in the present in their number
(``title_verbs`` of ``data/statement_words.yaml``), the reported clause before the sayer
when the words after the verb tell nothing, and no day (an event's date is its own field).
The cutting and tidying of a title's words that :mod:`.titles` uses for every kind are
here too (:func:`cut_at_word_end`, :func:`tidy`, :func:`without_days`).
"""

from __future__ import annotations

import re

from ..corpus.sentences import split_block
from ..gazetteer import ActorMention, find_actors
from ..gazetteer.codes import organization
from ..model import ActorType, Participant
from ..temporal import tag
from ..temporal.lexicon import MONTHS, WEEKDAYS
from .detector import function_words
from .document_phrases import clean_phrase
from .sayings import STATEMENT_BODIES, STATEMENT_WORDS
from .title_names import joined_names, names_of, person_name
from .title_words import TITLE_WORDS, word_alternatives

__all__ = [
    "TITLE_WORDS",
    "TRAILING",
    "cut_at_word_end",
    "is_saying_verb",
    "named_before",
    "sayer_mentions",
    "sides_named_in",
    "statement_title",
    "third_person",
    "tidy",
    "without_days",
    "without_opening_adverb",
    "word_alternatives",
]


#: A sentence adverb and its comma opening a clause ("Meanwhile, ", "In addition, ").
_OPENING_ADVERB = re.compile(rf"^\s*(?:{word_alternatives('sentence_adverbs')})\s*,+\s*", re.I)


def without_opening_adverb(words: str) -> str:
    """``words`` without the sentence adverb and comma that open them, which tie a clause
    to the one before it and are no part of a title.

    >>> without_opening_adverb("Meanwhile, the foreign minister of Iran will visit Turkey")
    'the foreign minister of Iran will visit Turkey'
    >>> without_opening_adverb("Earlier, Uzbekistan's national airline resumed flights")
    "Uzbekistan's national airline resumed flights"
    >>> without_opening_adverb("Also attending was the minister")
    'Also attending was the minister'
    """
    return _OPENING_ADVERB.sub("", words, count=1)


def statement_title(
    text: str, trigger: tuple[int, int], clause: tuple[int, int], sides: list[Participant]
) -> str:
    """The title of a statement: who says (the actors named right before its verb of
    saying, else the ``sides`` named before it, else all of them) and what, its verb in the
    present in their number ("Japan urges China to ...", "Iran and Syria deny the report"),
    told by the reported clause before the sayer when the words after the verb tell nothing
    or only name the text it was said in, and without its day (an event's date is its own
    field)."""
    trig = text[trigger[0] : trigger[1]]
    day = _DAY_IN_TITLE.match(trig)
    if day and day.end() < len(trig.rstrip()):
        # the saying's day written before its verb ("Japan on Monday criticized"): the
        # title tells the verb, the event's date is its own field
        trigger = (trigger[0] + day.end(), trigger[1])
        trig = text[trigger[0] : trigger[1]]
    sayers = sides_named_in(text, clause[0], trigger[0], sides) or sides
    # the clause may end inside the trigger (a verb of saying opens a clause break)
    # a point of an abbreviation ("the U.S. and ...") does not end the saying
    # what a verb of saying says runs on past the clause break the verb opens ("Russia
    # said on Monday that it will suspend ..."), to the sentence's next stop or the
    # line's end; a statement told by its noun keeps to its clause
    reach = clause[1]
    # the verb may follow its auxiliary and an adverb ("has stated that", "has also
    # announced that")
    opening = [w for w in trig.split() if w.lower() not in _AUXILIARIES][:1]
    if opening and is_saying_verb(opening[0]):
        line_end = text.find("\n", trigger[1])
        reach = max(reach, min(trigger[1] + 120, len(text) if line_end < 0 else line_end))
    said = _saying_words(text, trigger, max(reach, trigger[1])) or trig
    words = len(trig.split())
    if (
        words == 1
        and is_saying_verb(trig)
        and _A_NOUN_BEFORE.search(text, max(0, trigger[0] - 12), trigger[0])
        and _reported_before(text, clause[0], trigger[0], "says")
    ):
        # a verb's word as a noun ("according to a press release"): what was said is
        # told by the reported clause before it
        said = "said"
    at = trigger[0] + len(trig) - len(trig.lstrip())
    told = _SAID_IN.search(text, max(0, trigger[0] - 20), trigger[0])
    if told is not None and _IN.match(trig) and sayers:
        # "the ministry said in a statement": the verb before the trigger is the saying's
        said, words, at = f"{told.group(1)} {said}", words + 1, told.start(1)
    # the sayer named right before a verb of the saying, though the clause after it may
    # name only the place or the side spoken of ("Kenya announced ... to Haiti")
    at_verb = _verb_at(said.split(), words)
    before_verb = named_before(text, at) if at_verb is not None else []
    if at_verb is not None and len(before_verb) == 1:
        # a plural verb ("give", "hold") has more sayers than the one found right before
        told_verb = said.split()[at_verb].lower()
        if told_verb == _base_form(told_verb) != third_person(told_verb):
            before_verb = []
    if before_verb:  # the sayer the sentence names before the verb, not yet a side
        saying = tidy(_present_saying(said, words, plural=len(before_verb) > 1))
        saying = _said_before_the_medium(text, clause[0], at, saying, len(before_verb) > 1) or (
            saying + _reported_before(text, clause[0], at, saying)
        )
        only = _only_its_text(text, clause[0], at, saying, joined_names(before_verb))
        return only or f"{joined_names(before_verb)} {saying}".strip()
    body = _body_before(text, at) if at_verb is not None and sayers is sides else None
    if body is not None and len(sides) > 1:
        # no side named as the sayer, but a body of one ("the ministry said"): the title
        # names it as the text does, not every side as saying it (seventieth pass)
        saying = tidy(_present_saying(said, words, plural=False))
        saying = _said_before_the_medium(text, clause[0], at, saying) or (
            saying + _reported_before(text, clause[0], at, saying)
        )
        return f"{body} {saying}".strip()
    saying = tidy(_present_saying(said, words, plural=len(sayers) > 1))
    saying = _said_before_the_medium(text, clause[0], at, saying, len(sayers) > 1) or (
        saying + _reported_before(text, clause[0], at, saying)
    )
    occasion = _AT_AN_OCCASION.match(saying)
    if occasion is not None:
        # told by where it was said, opening its sentence ("At a joint news conference on
        # Saturday, Rouhani hailed ..."): the sayers first, the occasion after them
        saying = saying[: occasion.end()].lower() + saying[occasion.end() :]
    elif at_verb is None and not _IN.match(said) and saying[:1].isupper():
        # a statement told by its capitalised noun names its sayers itself ("Joint
        # Statement by the Foreign Ministers of ..."; review31 F-h)
        return saying
    names = names_of(sayers)
    return (names and _only_its_text(text, clause[0], at, saying, names)) or (
        f"{names or 'Statement'} {saying}".strip()
    )


_WEEKDAY_NAMES = "|".join(sorted(w.capitalize() for w in WEEKDAYS))
_MONTH_NAMES = "|".join(sorted(m.capitalize() for m in MONTHS))
_NTH = r"\d{1,2}(?:st|nd|rd|th)?"
#: A day told in a title's saying or snippet ("says Thursday", "on Monday that", "in Tokyo
#: on July 31", "in March", "in 2015", "today"): an event's date is its own field, its title
#: tells the act (thirty-first pass, titles). A month needs a preposition or a day's number
#: with it ("May" alone is a name or a verb); a range of months goes whole ("in March-June
#: 2003", "between March and June 2003").
_MONTH_OF_RANGE = rf"(?:(?:late|early|mid)[\s-]+)?(?:{_MONTH_NAMES})"
_DAY_IN_TITLE = re.compile(
    rf"(?:^|\s+)(?:(?:in|on|from|between|since|until|by|for)\s+)?{_MONTH_OF_RANGE}\s*[-–]\s*"
    rf"{_MONTH_OF_RANGE}(?:,?\s+\d{{4}})?\b"
    rf"|(?:^|\s+)(?:in|from|between|since|until|by|for)\s+(?:the\s+months\s+of\s+)?"
    rf"{_MONTH_OF_RANGE}\s+(?:to|and|until|till|through)\s+{_MONTH_OF_RANGE}(?:,?\s+\d{{4}})?\b"
    r"|(?:^|\s+)(?:(?:on|last|this|next|early|late|earlier|later|since|until|by|for)\s+)?"
    rf"(?:{_WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|(?:^|\s+)(?:(?:on|in|since|from|by|until|for)\s+(?:the\s+)?(?:(?:late|early|mid)[\s-]+)?"
    rf"(?:{_NTH}\s+(?:of\s+)?)?(?:{_MONTH_NAMES})|(?:on\s+)?{_NTH}\s+(?:{_MONTH_NAMES})"
    rf"|(?:on\s+)?(?:{_MONTH_NAMES})\s+{_NTH}\b)(?:\s+{_NTH}\b)?(?:,?\s+\d{{4}})?\b"
    r"|(?:^|\s+)(?:in|since)\s+\d{4}\b"
    # a month's abbreviation after its preposition ("on Jan. 29", "in Sept. 2019")
    r"|(?:^|\s+)(?:on|in|since|from|by|until)\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
    r"Dec)\.(?:\s+\d{1,2}\b)?(?:,?\s+\d{4}\b)?"
    r"|(?:^|\s+)(?:(?:earlier|later)\s+)?(?:today|yesterday|tomorrow|tonight)\b"
    r"|(?:^|\s+)(?:last|next|(?:earlier\s+|later\s+)?this)\s+(?:week|month|year)\b"
)
#: A day that opens a list or a range is kept ("in 2020 and 2022", "on May 3-4").
_DAY_LISTED = re.compile(r"\s*(?:,|and|or|to|-|–)\s*\d")


def _reported_before(text: str, start: int, verb: int, saying: str) -> str:
    """What a saying told after what is said says, for its title when the words after its
    verb tell nothing (``saying`` is the verb alone): the reported clause before the sayer,
    from ``start`` (its clause's; the sentence's opening, :func:`_sentence_opening`, when
    the clause opens at the sayer) to the last comma before the sayer, without a wire
    story's dateline, when it opens a sentence (a capital) and has four words or more; " "
    and it, at most 80 characters cut at a word's end, else "" ("Ambassador Joel Meyer has
    been asked to leave Mali within 72 hours, Mali's government said": "Mali says
    Ambassador Joel Meyer has been asked to leave Mali within 72 hours"; thirty-fourth
    pass; the sentence's opening and the dateline, thirty-eighth session).

    >>> text = "The decision was unanimous among all 28 nations, the EU said."
    >>> _reported_before(text, 0, text.index("said"), "says")
    ' the decision was unanimous among all 28 nations'
    >>> _reported_before(text, 0, text.index("said"), "says that it agreed")
    ''
    """
    if len(saying.split()) != 1:
        return ""
    told = text[start:verb]
    if told.rfind(",") <= 0:  # the clause opens at the sayer: the reported clause is before it
        opening = _sentence_opening(text, verb)
        if opening is None or opening >= start:
            return ""
        told = text[opening:verb]
    told = _DATELINE_OPENING.sub("", told, count=1)
    comma = told.rfind(",")
    reported = told[:comma].strip(" \"“”‘’'") if comma > 0 else ""
    if not reported[:1].isupper() or len(reported.split()) < 4 or "\n" in reported:
        return ""
    opening_day = next(iter(tag(reported)), None)
    if opening_day is not None and opening_day.start == 0:
        # a day opening the clause dates it, the event's own field tells it ("Yesterday, the
        # United Nations voted ..."), and a dateline may follow it ("September 6, 2019
        # (KHARTOUM) - The African Union ...")
        reported = _AFTER_A_DAY.sub("", reported[opening_day.end :], count=1)
        reported = _DATELINE_OPENING.sub("", reported, count=1)
    # nor the sentence adverb that ties it to the sentence before ("Meanwhile, the foreign
    # minister of Iran will pay a visit to Turkey, the ministry said"; seventy-first pass)
    reported = without_opening_adverb(reported)
    dayless = without_days(reported)
    if not _ASTRAY.search(dayless):
        # its days too, unless their removal leaves punctuation astray ("scheduled from,,
        # to", "On, he will hold talks": the day stays)
        reported = dayless
    reported = cut_at_word_end(reported, 0, len(reported), 80)
    first = reported.split(" ", 1)[0]
    if first.istitle() and first != "I" and first.lower() in function_words():
        # "The decision ..." is "the decision"; not "I" nor "US"
        reported = first.lower() + reported[len(first) :]
    return f" {TRAILING.sub('', reported).rstrip(' ,;:')}"


def _said_before_the_medium(
    text: str, start: int, verb: int, saying: str, plural: bool = False
) -> str:
    """A saying whose words after the verb only name the text it was said in ("says in a
    statement", "say in a joint statement on its website": ``statement_texts`` and
    ``statement_adjectives`` of ``data/statement_words.yaml``; no verb when it came before
    the sayer, "said the U.N. in a statement": "says", or "say" for ``plural`` sayers) told
    by the reported clause before the sayer instead (:func:`_reported_before`); "" when it
    tells more, or when no clause is reported before (thirty-ninth session: 40 of the 417
    statement titles of the fifty-nine tuning sets ended "says in a statement").

    >>> text = "The sanctions are illegal, Russia said in a statement."
    >>> _said_before_the_medium(text, 0, text.index("said"), "says in a statement")
    'says the sanctions are illegal'
    >>> _said_before_the_medium(text, 0, text.index("said"), "says in a statement that it")
    ''
    """
    medium = _SAYING_MEDIUM.fullmatch(saying)
    if medium is None:
        return ""
    told = medium.group(1) or ("say" if plural else "says")
    reported = _reported_before(text, start, verb, told)
    return f"{told}{reported}" if reported else ""


#: A saying's verb and the text it was said in, with at most four words after that name
#: no content ("on its website", "late"); not "that ..." (:func:`_said_before_the_medium`).
_STATEMENT_ADJECTIVES = "|".join(map(re.escape, STATEMENT_WORDS.words("statement_adjectives")))
_STATEMENT_TEXTS = "|".join(
    map(re.escape, sorted(STATEMENT_WORDS.words("statement_texts"), key=len, reverse=True))
)
_SAYING_MEDIUM = re.compile(
    r"(?:(\S+)\s+)?(?:in|via|through)\s+(?:a|an|the|its|their|his|her)\s+"
    rf"(?:(?:{_STATEMENT_ADJECTIVES})\s+)*(?:{_STATEMENT_TEXTS})(?:\s+(?!that\b)\S+){{0,4}}",
    re.IGNORECASE,
)


#: The words in -ing that name a thing or a time, not what a text does ("after the meeting",
#: "during his ongoing visit"; not "summarising their discussions").
_ING_NOUNS = r"(?:meetings?|evening|morning|building|gathering|briefing|during|following|ongoing)"
#: The verbs that cite a text ("a statement ... said", "the communiqué reads").
_CITING = r"(?:said|says|stated|states|noted|notes|read|reads|added|adds)"
#: A saying that names only the text it was said in, perhaps who issued it and when, and
#: the verb that cites it: "a statement from the Foreign Office said", "statement issued by
#: the MEA", "a statement of the Presidency of the Republic reads", "in a statement",
#: "joint statement by the two presidents" (:func:`_only_its_text`).
_ONLY_ITS_TEXT = re.compile(
    r"(?:(?:read|reads)\s+)?(?:(?:in|via|through)\s+)?(?:(?:a|an|the|its|their|his|her)\s+)?"
    rf"(?P<adjectives>(?:(?:{_STATEMENT_ADJECTIVES})\s+)*)(?:press\s+)?(?P<text>{_STATEMENT_TEXTS})"
    r"(?:\s+(?:issued|released|posted|published|sent|given|signed))?"
    # who issued it, when or where: words, none a verb ("from the Foreign Office", "after
    # the talks"; not "by Egypt's Foreign Ministry said Shoukry met Dendias", "following the
    # meeting condemned Israel": what the text said goes on)
    r"(?:\s+(?:by|from|of|after|following|during|at|on)(?:\s+(?!" + _CITING + r"\b|that\b|which\b)"
    r"(?-i:(?![a-z]+ed\b)(?!(?!" + _ING_NOUNS + r"\b)[a-z]+ing\b))[^\s,;:\"“”]+){1,14})?"
    rf"(?:\s+(?:{_CITING})(?:\s+as\s+follows)?)?",
    re.IGNORECASE,
)


#: A reported clause that opens with a conjunction goes on from a sentence before it ("And
#: at a time, when ..."): no title of its own.
_CONJUNCTION = re.compile(r"(?:and|but|or|so|yet)\b", re.IGNORECASE)


def _only_its_text(text: str, start: int, verb: int, saying: str, names: str) -> str:
    """The title of a statement whose saying only names the text it was said in
    (:data:`_ONLY_ITS_TEXT`): its sayers ``names`` and the reported clause before them, as
    :func:`_said_before_the_medium` tells it ("Erdoğan and Zelensky say ..."), else the
    text's name and its sayers ("Joint statement by Tajikistan and Turkmenistan"); "" when
    the saying tells more. Before, such titles read "Pakistan and Turkmenistan a statement
    from the Foreign Office said" (18 of the 423 statement titles of the fifty-nine tuning
    sets, forty-third session).

    >>> text = "The talks went well, a statement from the Foreign Office said."
    >>> at = text.index("a statement")
    >>> _only_its_text(text, 0, at, "a statement from the Foreign Office said", "Pakistan")
    'Pakistan says the talks went well'
    >>> _only_its_text("x", 0, 0, "joint statement by the two presidents", "Chile and Peru")
    'Joint statement by Chile and Peru'
    >>> _only_its_text("x", 0, 0, "says the talks went well", "Chile")
    ''
    """
    medium = _ONLY_ITS_TEXT.fullmatch(saying.strip())
    if medium is None:
        return ""
    plural = " and " in names or "," in names
    told = "say" if plural else "says"
    reported = clean_phrase(_reported_before(text, start, verb, told))
    if reported and not _CONJUNCTION.match(reported):
        return f"{names} {told} {reported}"
    joint = "joint " if "joint" in medium.group("adjectives").lower() else ""
    name = f"{joint}{medium.group('text').lower()}"
    return f"{name[:1].upper()}{name[1:]} by {names}"


#: A determiner or "press" right before a word: the word is a noun ("a press release").
_A_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|press|news)\s+$", re.IGNORECASE)
#: Punctuation a day's removal left astray in a reported clause.
_ASTRAY = re.compile(r",\s*,|\b(?:on|in|from|to|by|since|until)\s*[,.]|^\W", re.I)
#: The comma after a day that opens a reported clause.
_AFTER_A_DAY = re.compile(r"^\s*,\s*")

#: How far back :func:`_sentence_opening` looks for its sentence's first character.
_OPENING_REACH = 400
#: A wire story's dateline at a sentence's opening: the place in capitals or a name, its day,
#: the agency in parentheses, a dash or a colon ("SEOUL, June 9 (Yonhap) --", "HONOLULU
#: (Reuters) -", "Tokyo (VNA) -", "BEIJING:", "MOSCOW/MINSK (Sputnik) -", "(KHARTOUM) -"); not part
#: of what is reported.
_DATELINE_OPENING = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'’/ -]{1,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\([^()\n]{1,80}\)\s*(?:--|[-–—:])?|\s*(?:--|[–—:]))"
    r"|\([A-Z][A-Z .'’/-]{1,30}\)\s*(?:--|[-–—:]))\s*"
)


def _sentence_opening(text: str, at: int) -> int | None:
    """Where the sentence holding ``at`` opens (:func:`split_block`, within its line and
    :data:`_OPENING_REACH` characters); None when it opens further back.

    >>> text = "Title\\nPutin will visit Kyrgyzstan on Thursday, the Kremlin said."
    >>> _sentence_opening(text, text.index("said"))
    6
    >>> _sentence_opening("x" * 500 + " the Kremlin said.", 505) is None
    True
    """
    line = text.rfind("\n", 0, at) + 1
    low = max(line, at - _OPENING_REACH)
    for first, last in split_block(text, low, min(len(text), at + 1)):
        if first <= at < last:
            return first if first > low or low == line else None
    return None


def without_days(words: str) -> str:
    """``words`` without the days of :data:`_DAY_IN_TITLE` not in a list or range."""
    return _DAY_IN_TITLE.sub(
        lambda m: m.group(0) if _DAY_LISTED.match(words, m.end()) else "", words
    )


#: What may not end a title: a word that opens what was cut off ("... as a", "... and"),
#: or a clause's punctuation ("issue the following statement:").
TRAILING = re.compile(
    r"(?:\s+(?:and|or|but|the|a|an|of|to|on|in|at|for|with|by|from|as|that|its|their|his|"
    r"between|into|about|against|under|than|via|within|through|toward|towards|including|"
    r"her|this|these|which|who|where|when|after|before|during|over|since|while|because|"
    r"is|are|was|were|be|been|being|has|have|had|will|would|shall|should|could|might|must|"
    r"can))+\s*$"
    r"|\s*[:,;.–-]+\s*$"
    r"|\s+\d{1,2}\s*$",
    re.IGNORECASE,
)


#: The auxiliaries and adverbs a saying's verb may follow in its trigger ("has stated").
_AUXILIARIES = frozenset({"has", "have", "had", *STATEMENT_WORDS.words("saying_adverbs")})

#: What a saying's title reads up to: no comma, semicolon or sentence's point; the point
#: of a one-letter abbreviation ("U.S.", "U.N.") is no stop.
_NO_STOP = r"(?:[^,.;]|(?<=\b[A-Z])\.)"


#: The reported clause's opening after a day set off by commas ("..., that").
_THAT = re.compile(r"\s+that\s", re.IGNORECASE)


def _saying_words(text: str, trigger: tuple[int, int], reach: int) -> str:
    """What a saying's title reads from its trigger up to ``reach``: to the first comma,
    semicolon or sentence's point (:data:`_NO_STOP`), at most 80 characters cut at a word's
    end, but over the commas of a day set off right after the verb, up to two, when "that"
    follows them ("announced on Friday, November 25th, that U.S. President Joe Biden ...
    will attend": the day is the event's own field, what was announced is the title's;
    seventieth pass). A comma right after the verb ("said, however, that") is no day's,
    and a day's comma before a participle ends the saying ("said on Friday, adding").

    >>> text = "Mexico announced on Friday, November 25th, that Biden will attend."
    >>> _saying_words(text, (7, 16), len(text))
    'announced that Biden will attend'
    >>> text = "Mexico said on Friday, adding that Biden will attend."
    >>> _saying_words(text, (7, 11), len(text))
    'said on Friday'
    """
    said = cut_at_word_end(text, trigger[0], reach, 80, _NO_STOP)
    start, end = trigger[1], trigger[0] + len(said)
    for _ in range(2):
        told = text[start:end]
        if end >= reach or text[end] != "," or not told.strip() or without_days(told).strip():
            break
        start = end + 1
        end = start + len(rest := cut_at_word_end(text, start, reach, 80, _NO_STOP))
        if _THAT.match(rest):
            return text[trigger[0] : trigger[1]] + rest
    return said


def cut_at_word_end(text: str, start: int, end: int, limit: int, allowed: str = r"[\s\S]") -> str:
    """``text[start:end]`` as far as ``allowed`` characters run, at most ``limit`` of them,
    and cut at a word's end: a word the limit splits is left out ("... normalize t" is
    "... normalize")."""
    m = re.match(rf"{allowed}{{0,{limit}}}", text[start:end])
    told = m.group(0) if m else ""
    after = start + len(told)
    if told and after < end and text[after].isalnum() and text[after - 1].isalnum():
        told = told[: len(told) - len(re.split(r"\W", told)[-1])]
    return told


def tidy(words: str) -> str:
    """A title's saying or snippet without the day it tells (:data:`_DAY_IN_TITLE`) and
    without what cannot end it (:data:`TRAILING`).

    >>> tidy("says Thursday")
    'says'
    >>> tidy("says on Monday that eleven ministers will attend")
    'says that eleven ministers will attend'
    >>> tidy("issues a joint communique in Hanoi on July 31")
    'issues a joint communique in Hanoi'
    >>> tidy("announces a plan in 2015 to help the")
    'announces a plan to help'
    >>> tidy("says May will resign")
    'says May will resign'
    >>> tidy("seized power in 2020 and 2022, respectively")
    'seized power in 2020 and 2022, respectively'
    >>> tidy("is scheduled for May 3 in Lome")
    'is scheduled in Lome'
    """
    words = without_days(words)
    while True:
        shorter = TRAILING.sub("", words)
        if shorter == words:
            return words.strip()
        words = shorter


#: "has / have" before a statement's verb ("has said"): dropped from its title.
_AUXILIARY = re.compile(r"\s*(?:has|have)\s", re.IGNORECASE)


def sides_named_in(text: str, start: int, end: int, sides: list[Participant]) -> list[Participant]:
    """The ``sides`` named in ``text[start:end]``, by any name the gazetteer reads (a demonym,
    a person of theirs): before a statement's verb the ones who say, not the ones spoken of
    (review28 finding 12: "Iran denied the US claim" is Iran's); before a ratification's verb
    (or after it in the passive) the state that ratifies, not the other party.

    >>> mn = Participant(id="MN", type="country", name="Mongolia")
    >>> kz = Participant(id="KZ", type="country", name="Kazakhstan")
    >>> text = "The Mongolian parliament ratified the agreement with Kazakhstan."
    >>> [p.id for p in sides_named_in(text, 0, text.index("ratified"), [mn, kz])]
    ['MN']
    """
    named = {m.country if m.type == "person" else m.id for m in find_actors(text, start, end)}
    words = set(re.findall(r"[\w’'-]+", text[start:end]))
    return [
        p
        for p in sides
        if (p.country if p.type is ActorType.person else p.id) in named
        # a person told by one of the names ("Kishida and Yoon held ..."), not in the gazetteer
        or (p.type is ActorType.person and bool(p.name) and bool(words & set(p.name.split())))
    ]


#: What may stand between a sayer and its verb ("Kenya announced", "Russia's foreign
#: ministry said", "The Algerian presidency announced"): up to three words, no punctuation,
#: no line's end and no "and" ("Kishida and Yoon held": Yoon, whom the gazetteer may not
#: know, says too); the sayer's short name in brackets may follow the name, and the comma
#: closing their apposition after it ("The President of Mexico, Andrés Manuel López Obrador
#: (AMLO), announced": seventieth pass).
_SAYER_GAP = re.compile(
    r"(?:['’]s)?(?:[ \t]+\([A-Z][A-Za-z.]{1,10}\),?)?"
    r"(?:[ \t]+(?!(?:and|or|with|but)\b)[\w’'-]+){0,3}?[ \t]+",
    re.IGNORECASE,
)
#: A preposition right before a name: the name is a place or a post, not the subject ("the
#: ambassador to Peru", "the envoy for Yemen", "officials in Lima").
_POST_BEFORE = re.compile(r"\b(?:to|in|for|at)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: From a sender to its envoy's post: "Japan's ambassador to", "the UN envoy for" (up to
#: three words, the last a preposition).
_ENVOY_GAP = re.compile(
    r"(?:['’]s)?(?:[ \t]+(?!(?:and|or|with|but)\b)[\w’'-]+){1,3}?[ \t]+(?:to|in|for|at)[ \t]+"
    r"(?:the[ \t]+)?",
    re.IGNORECASE,
)
#: Two sayers joined ("Peru and Chile said").
_SAYERS_JOINED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")


#: A state body as a saying's subject right before its verb, the gazetteer naming no actor
#: in it: "the ministry", "the Ministry of Foreign Affairs", "the presidential office"
#: (``statement_bodies`` of ``data/statement_words.yaml``; up to three words before the
#: body and no "and" among them, capitalised words after "of": not "the Army and the
#: Ministry of Defence will be").
_BODY_BEFORE = re.compile(
    r"(?<![\w’'-])[Tt]he[ \t]+(?:(?!(?:and|or)\b)[\w’'-]+[ \t]+){0,3}?(?i:"
    + "|".join(map(re.escape, sorted(STATEMENT_BODIES, key=len, reverse=True)))
    + r")(?:[ \t]+of(?:[ \t]+(?:[A-Z][\w’'-]*|and|for|the)){0,4}?[ \t]+[A-Z][\w’'-]*)?[ \t]+$"
)


def _body_before(text: str, verb: int) -> str | None:
    """The state body a saying's verb at ``verb`` follows, as the text names it and with a
    capital, when the gazetteer reads no actor in it ("the ministry said": "The ministry";
    "the Ministry of Foreign Affairs said": "The Ministry of Foreign Affairs"); else None.

    >>> text = "The two sides reviewed relations, the Ministry of Foreign Affairs said."
    >>> _body_before(text, text.index("said"))
    'The Ministry of Foreign Affairs'
    >>> text = "The Army and the Ministry of Defence will be giving help, he said."
    >>> _body_before(text, text.index("giving")) is None
    True
    >>> text = "Relations are good, the Indian foreign ministry said."
    >>> _body_before(text, text.index("said")) is None
    True
    """
    found = _BODY_BEFORE.search(text, max(0, verb - 80), verb)
    if found is None or found.end() != verb:
        return None
    if any(m.end <= verb for m in find_actors(text, found.start(), verb)):
        return None
    phrase = found.group(0).strip()
    return phrase[:1].upper() + phrase[1:]


def sayer_mentions(text: str, verb: int) -> list[ActorMention]:
    """The mentions of the actors named right before a verb at ``verb``, as
    :func:`named_before` reads them (every one of a list joined by "and", in order); a
    title of an act asks whether a list of more goes on before them."""
    found = [m for m in find_actors(text, max(0, verb - 120), verb) if m.end <= verb]
    if not found or _SAYER_GAP.fullmatch(text, found[-1].end, verb) is None:
        return []
    if _POST_BEFORE.search(text, 0, found[-1].start):
        # where an envoy serves is no sayer: "Japan's ambassador to Peru said" is Japan's,
        # the actor that opens the subject before the post (review31 F-m), else none
        envoy = found[-2] if len(found) > 1 else None
        if envoy is None or _ENVOY_GAP.fullmatch(text, envoy.end, found[-1].start) is None:
            return []
        found = found[:-1]
    sayers = [found[-1]]
    joined_by_and = False
    for m in reversed(found[:-1]):
        joint = _SAYERS_JOINED.fullmatch(text, m.end, sayers[0].start)
        if joint is None or not (joined_by_and or "and" in joint.group()):
            break  # a comma joins a list only before its "and" ("in Baku, Russia said")
        joined_by_and = True
        sayers.insert(0, m)
    return sayers


def named_before(text: str, verb: int) -> list[str]:
    """The actors named right before a statement's verb at ``verb`` (:data:`_SAYER_GAP`,
    joined by "and" or commas), as a title names them: "Kenya announced on Monday that it
    will send police to Haiti" is Kenya's saying, though the clause after the verb names
    Haiti only (at most three, a person's country once).

    >>> named_before("Kenya announced on Monday that police will go to Haiti.", 6)
    ['Kenya']
    >>> named_before("In Lima, the minister said it will go to Haiti.", 22)
    []
    """
    sayers = sayer_mentions(text, verb)
    names: dict[str, str] = {}
    for m in sayers:
        if m.type == "person":
            key, name = m.country or m.id, person_name(m.id, m.name, m.country)
        elif m.type == "organization":
            org = organization(m.id)
            key, name = m.id, org.label if org is not None else m.id
        else:
            key, name = m.id, m.name
        names.setdefault(key, name)
    return list(names.values())[:3]


#: The verbs a statement's title may open with, by the form the text tells, to their base
#: form (``title_verbs`` of ``data/statement_words.yaml``), and the adverbs kept before them.
_TITLE_VERBS = STATEMENT_WORDS.values("title_verbs")
_SAYING_ADVERBS = frozenset(STATEMENT_WORDS.words("saying_adverbs"))
#: A listed verb right before a statement's trigger that opens with "in" ("said in a
#: statement"), and that opening.
_SAID_IN = re.compile(r"\b(" + "|".join(map(re.escape, _TITLE_VERBS)) + r")\s+$", re.I)
_IN = re.compile(r"\s*in\s", re.I)
#: A saying told by the occasion it was made at, opening the title: "At a joint news
#: conference", "During the joint press briefing" (rule ``statement-press-conference-at``).
_AT_AN_OCCASION = re.compile(r"(?:At|During)\b")


def third_person(base: str) -> str:
    """The third person singular of a verb's base form by the regular rule of English:
    +es after s, sh, ch, x, z or o, consonant + y to -ies, else +s (every base of
    ``title_verbs`` is regular).

    >>> [third_person(v) for v in ("urge", "deny", "address", "publish", "say", "sign")]
    ['urges', 'denies', 'addresses', 'publishes', 'says', 'signs']
    """
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


#: Each base form of ``title_verbs`` by its own form and by its third person singular.
_BASE_FORMS = {
    **{base: base for base in _TITLE_VERBS.values()},
    **{third_person(base): base for base in _TITLE_VERBS.values()},
}


def _base_form(word: str) -> str | None:
    """The base form of a verb of ``title_verbs`` in any form listed or made (None if not)."""
    word = word.lower()
    return _TITLE_VERBS.get(word) or _BASE_FORMS.get(word)


def is_saying_verb(word: str) -> bool:
    """Whether ``word`` is a verb a statement's title opens with (``title_verbs`` of
    ``data/statement_words.yaml``, in any form listed or made).

    >>> is_saying_verb("Said"), is_saying_verb("criticizes"), is_saying_verb("peace")
    (True, True, False)
    """
    return _base_form(word.lower()) is not None


def _present(verb: str, plural: bool = False) -> str | None:
    """A statement's verb in the present, for its title; ``plural`` for two sayers or more
    ("Iran and Syria deny"); None for a verb ``title_verbs`` does not list (its form is not
    guessed from a suffix: "urged" is "urge", "agreed" "agree").

    >>> [_present(v) for v in ("announced", "denied", "urged", "welcomed", "agreed", "put")]
    ['announces', 'denies', 'urges', 'welcomes', 'agrees', 'puts']
    >>> [_present(v, plural=True) for v in ("announced", "denied", "said", "address")]
    ['announce', 'deny', 'say', 'address']
    >>> _present("strongly") is None
    True
    """
    base = _base_form(verb)
    if base is None:
        return None
    return base if plural else third_person(base)


def _next(words: list[str], i: int) -> str:
    """The word after ``words[i]``, lower case ("" at the end)."""
    return words[i + 1].lower() if i + 1 < len(words) else ""


def _verb_at(words: list[str], trigger_words: int) -> int | None:
    """The index of a saying's verb of ``title_verbs`` among the trigger's first words, after
    "has / have" and adverbs of ``saying_adverbs`` (None if the trigger opens otherwise)."""
    for i, word in enumerate(words[: max(1, trigger_words)]):
        if _present(word) is not None and (word.lower() in _TITLE_VERBS or _next(words, i) != "of"):
            return i  # a base form before "of" is a noun ("the release of a statement")
        if not (_AUXILIARY.match(word + " ") or word.lower() in _SAYING_ADVERBS):
            return None
    return None


def _present_saying(said: str, trigger_words: int, plural: bool = False) -> str:
    """The saying ``said`` (the trigger's words first, then what follows in its clause) with
    its verb in the present: the first word of the trigger that ``title_verbs`` lists, after
    "has / have" (dropped) and adverbs of ``saying_adverbs`` (kept): "has strongly
    condemned the coup" -> "strongly condemns the coup". A trigger that opens otherwise
    ("in a statement", "a statement by ...") is told as written.

    >>> _present_saying("has strongly condemned the coup in Mali", 3)
    'strongly condemns the coup in Mali'
    >>> _present_saying("has threatened not to renew the deal", 2)
    'threatens not to renew the deal'
    >>> _present_saying("urged Peru to free the crew", 1, plural=True)
    'urge Peru to free the crew'
    >>> _present_saying("In a statement on Friday", 3)
    'in a statement on Friday'
    """
    words = said.split()
    i = _verb_at(words, trigger_words)
    if i is not None:
        verb = _present(words[i], plural)
        kept = [w for w in words[:i] if not _AUXILIARY.match(w + " ")]
        rest = clean_phrase(" ".join(words[i + 1 :]))
        return " ".join([*kept, verb or words[i], rest]).strip()
    if not words:
        return ""
    rest = clean_phrase(" ".join(words[1:]))
    # only a function word is lowered mid-title; a capitalised trigger ("Joint Statement")
    # is kept as written (review31 F-h)
    first = words[0].lower() if words[0].lower() in _LOWERED else words[0]
    return f"{first} {rest}".strip()


#: The opening words of a saying lowered mid-title ("In a statement", "A statement by").
_LOWERED = frozenset(["in", "a", "an", "the"])
