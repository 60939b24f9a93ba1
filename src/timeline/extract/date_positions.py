"""Where a date stands in its sentence, which tells what it dates.

A date that opens the sentence before a comma dates every event of it (:func:`is_leading`);
one written between the subject and its past verb, as wire copy writes it, dates the act
told (:func:`between_subject_and_verb`); one in the story's dateline is the day of the
telling (:func:`is_dateline`), and so is one in the attribution that opens the sentence
(:func:`in_an_opening_attribution`).
"""

from __future__ import annotations

import re

from ..temporal.tense_markers import irregular_past
from .dated_spans import DatedSpan

__all__ = [
    "IRREGULAR_PAST",
    "between_subject_and_verb",
    "in_an_opening_attribution",
    "is_dateline",
    "is_leading",
]


_LEADING_WORDS = re.compile(
    r"^[\W_]*(?:(?:back|earlier|later|also|and|then|already)\s+)?"
    r"(?:in|on|at|during|by)?\s*$",
    re.IGNORECASE,
)


def is_leading(text: str, sentence_start: int, span: DatedSpan) -> bool:
    """True for a sentence-opening date that dates every event of the sentence.

    "In the end of May, ...", "Back in June 2022, ...", "On March 29-30, ...".
    """
    before = text[sentence_start : span.start]
    after = text[span.end : span.end + 2]
    return bool(_LEADING_WORDS.match(before)) and after.startswith(",")


#: The irregular past forms and participles (``irregular_past`` of
#: ``data/tense_markers.yaml``) as a regex alternation, longest first: with a regular form,
#: a verb in the past (here and :mod:`.reader`'s detected acts).
IRREGULAR_PAST = "|".join(sorted(map(re.escape, irregular_past()), key=len, reverse=True))
#: Right after a date between a subject and its verb: the verb in the past, an adverb
#: perhaps before it ("Japan on July 29 filed", "Iran on Monday formally began").
_PAST_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|" + IRREGULAR_PAST + r")\b")
#: Before it: a subject of a few words with no comma ("Japan", "The South Korean
#: government"), after "on" perhaps.
_SUBJECT_BEFORE = re.compile(r"[^,;:()\n]{2,60}?\s(?:on\s+)?")


def between_subject_and_verb(text: str, sentence_start: int, span: DatedSpan) -> bool:
    """True for a date written between the sentence's subject and its past verb, as wire
    copy writes it: it dates the act told.

    >>> from timeline.model import EventDate
    >>> text = "Japan on July 29 filed a protest over the launch the previous night."
    >>> day = DatedSpan(9, 16, "July 29", EventDate.from_value("2017-07-29"))
    >>> between_subject_and_verb(text, 0, day)
    True
    >>> night = DatedSpan(49, 67, "the previous night", EventDate.from_value("2017-07-28"))
    >>> between_subject_and_verb(text, 0, night)
    False
    """
    return bool(
        _SUBJECT_BEFORE.fullmatch(text, sentence_start, span.start)
        and _PAST_VERB_AFTER.match(text, span.end)
    )


#: Before a dateline's date: the place, a few capitalized words and commas ("MOSCOW, ",
#: "Tarawa, ", "Rio de Janeiro, ", "(CARICOM Secretariat, Turkeyen, Guyana – "), the
#: outlet's bracket opening after the place ("MOSCOW (UrduPoint News / Sputnik - 02nd
#: September, 2021)": sixty-seventh pass), or nothing.
_DATELINE_BEFORE = re.compile(
    r"[\s(]*(?:\(?[A-Z][\w.’'/-]*(?:\s+(?:de|da|del|es))?[\s,/–—-]+){0,8}"
)
#: After it: the place, the agency, bracketed or not, then the dash, colon or bracket that
#: opens the story ("(Xinhua) --", ", (dpa/GNA) –", ", SPA --", " (TDI):", ")   –", ",
#: Vilnius -": a place after the day, thirty-third pass).
_DATELINE_AFTER = re.compile(
    r",?\s*(?:\([A-Z][\w/ .&-]{0,40}\)|[A-Z][A-Z/&.]{1,15})?\s*(?:--|[-–—:)])"
)
#: The same with the place after the day, read only for a day that opens the sentence
#: ("Thursday, February 14, Vilnius - ..."; not "On March 3, Prime Minister Modi - who
#: ...": review33 finding 4).
_DATELINE_PLACE_AFTER = re.compile(r",\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,?\s*(?:--|[-–—])\s")
#: A place and a comma alone before the day, the story's first word right after it, where
#: the outlet's mark was lost ("Addis Ababa, Sep 11 The AU has suspended ...", "Quito,
#: April 30 Peruvian President ..."); not a sentence's opening phrase ("On Monday, March
#: 3 Peru ...", "In Lima, May 5 ...").
_PLACE_ALONE_BEFORE = re.compile(
    r"\s*(?!(?:On|In|At|By|From|Since|Until|Till|Before|After|During|For|As|Last|Next|This)\b)"
    r"[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|de|da|del|es)){0,3},\s*"
)
_STORY_AFTER = re.compile(r"\s+[A-Z]")


def is_dateline(text: str, sentence_start: int, span: DatedSpan) -> bool:
    """True for the date of a story's dateline, written before the story's first words
    ("MOSCOW, March 27 (Xinhua) -- Putin will pay a state visit to Kyrgyzstan on
    Thursday", "Nov 30th, 2019 (SSNN)-The 13th Ordinary Summit ... was held on 29 November
    2019"): the day of the telling, which a date the sentence writes for its act is finer
    than.

    >>> from timeline.model import EventDate
    >>> def dateline(said: str, written: str) -> bool:
    ...     at = said.index(written)
    ...     when = EventDate.from_value("2019-11-30")
    ...     return is_dateline(said, 0, DatedSpan(at, at + len(written), written, when))
    >>> dateline("Nov 30th, 2019 (SSNN)-The 13th Ordinary Summit was held.", "Nov 30th, 2019")
    True
    >>> dateline("MOSCOW, March 27 (Xinhua) -- Putin will visit Bishkek.", "March 27")
    True
    >>> dateline("Tarawa, 28 May 2022 (TDI): The President met Wang Yi.", "28 May 2022")
    True
    >>> dateline("Doha, December 6, 2023, SPA -- At the close of the visit", "December 6, 2023")
    True
    >>> dateline("February 14, Vilnius - On February 21-22, she will go", "February 14")
    True
    >>> dateline("On March 29-30, the President visited Ankara.", "March 29-30")
    False
    >>> dateline("Today, the Prime Minister met the President.", "Today")
    False
    >>> dateline("The summit was held on November 30 - a day late.", "November 30")
    False
    >>> dateline("Addis Ababa, Sep 11 The AU has suspended Guinea.", "Sep 11")
    True
    >>> dateline("MOSCOW (UrduPoint News / Sputnik - 02nd September, 2021) Lavrov will meet",
    ...          "02nd September, 2021")
    True
    >>> dateline("On Monday, March 3 Peru said so.", "March 3")
    False
    """
    before = _DATELINE_BEFORE.match(text, sentence_start, span.start)
    if before is None or before.end() != span.start:
        return False
    stop = min(len(text), span.end + 60)
    if _DATELINE_AFTER.match(text, span.end, stop) is not None:
        return True
    opens = not text[sentence_start : span.start].strip()
    if opens and _DATELINE_PLACE_AFTER.match(text, span.end, stop) is not None:
        return True
    place = _PLACE_ALONE_BEFORE.fullmatch(text, sentence_start, span.start)
    return place is not None and _STORY_AFTER.match(text, span.end, stop) is not None


#: From the sentence's start to a date: "According to" and its source, with no comma,
#: semicolon or full stop between ("According to Seoul's foreign ministry on ").
_ATTRIBUTION_BEFORE = re.compile(r"[\W_]*according\s+to\s[^,;.:\n]{0,100}", re.IGNORECASE)
#: From the date to the attribution's comma: a few words more of the source ("on Monday
#: night", "released Sunday by the presidency").
_ATTRIBUTION_AFTER = re.compile(r"[^,;.:\n]{0,60},")


def in_an_opening_attribution(text: str, sentence_start: int, span: DatedSpan) -> bool:
    """True for a date in the attribution that opens the sentence, before its comma
    ("According to Seoul's foreign ministry on Thursday, minister Park Jin had a breakfast
    meeting with ... Kamikawa on Wednesday"): the day of the telling, which a date the
    sentence writes for its act is finer than, as a dateline's is (:func:`is_dateline`).

    >>> from timeline.model import EventDate
    >>> def attribution(said: str, written: str) -> bool:
    ...     at = said.index(written)
    ...     when = EventDate.from_value("2023-11-16")
    ...     span = DatedSpan(at, at + len(written), written, when)
    ...     return in_an_opening_attribution(said, 0, span)
    >>> attribution("According to the ministry on Thursday, Park met Kamikawa.", "Thursday")
    True
    >>> attribution("According to a note released Sunday by the presidency, they met.", "Sunday")
    True
    >>> attribution("Park met Kamikawa on Thursday, according to the ministry.", "Thursday")
    False
    >>> attribution("According to the ministry, Park met Kamikawa on Thursday.", "Thursday")
    False
    """
    before = _ATTRIBUTION_BEFORE.fullmatch(text, sentence_start, span.start)
    return (
        before is not None
        and _ATTRIBUTION_AFTER.match(text, span.end, min(len(text), span.end + 61)) is not None
    )
