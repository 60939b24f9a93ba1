"""The phrases of a plan that set a date's direction before the nearest tense marker does.

A deadline ("by Friday", "to run through June"), a day a plan was fixed for ("a hearing
was scheduled for Wednesday") and a day that completes a plan's adjective ("the report is
due in December") are ahead of the DCT (TimeML Annotation Guidelines 1.2.1, section 2.2,
``value``: the direction of the expression's own clause), unless the plan is one seen
from the past ("had been due to expire Friday", "was originally expected to", "were
initially set to wrap up by the end of May"). :class:`~timeline.temporal.clause_tense.ClauseTense`
asks these readers first, in a fixed order, then the tense markers around the expression.
"""

from __future__ import annotations

import re

from .anchoring_words import WORDS

__all__ = [
    "PAST_PERFECT",
    "deadline_preposition",
    "in_headline",
    "moved_to",
    "past_auxiliary_before",
    "plan_adjective",
    "range_end",
    "reported_expectation",
    "schedule_copula",
    "scheduled_for",
    "seen_from_past",
]

#: A date right after these is a deadline or a schedule: "payable Dec. 15", "by February",
#: "to run through June" (not the end of a range: see :func:`range_end`).
_FUTURE_PREPOSITIONS = frozenset(WORDS.words("future_prepositions"))
#: A date right after "<one of these> for" is the day a plan was fixed for, ahead of the
#: DCT even in the past tense ("a hearing was scheduled for Wednesday", "the trial date
#: was set for May 14", "pencilled in for June"): the value is the day the plan
#: names, resolved against the DCT (TimeML Annotation Guidelines 1.2.1, section 2.2.1,
#: ``value``), and a plan reported as news is still ahead; "had been scheduled for" (a
#: past perfect) is not.
_SCHEDULED_FOR = frozenset(WORDS.words("scheduled_for"))
#: A date that completes "due" or "expected" (a place may stand between) is the day a plan
#: is due: "the report is due in December", "Wang Yi is due in Kenya on Saturday",
#: "Zambian President Expected in Angola On Tuesday" (after a present "be" or in a
#: headline line: see :func:`plan_adjective`). The place is one to three capitalized
#: words after "in" or "at"; "due to" (a cause) is no such phrase.
_PLAN_ADJECTIVE = re.compile(
    r"(?<![\w'-])(?P<word>(?i:"
    + "|".join(WORDS.words("plan_adjectives"))
    + r"))(?:\s+(?i:back|home))?(?:\s+(?i:in|at)\s+(?:(?i:the)\s+)?(?:[A-Z][\w'.-]*\s+){1,3}?)?"
    r"\s*(?:(?i:in|on|for|at|by|around)\s+)?$"
)
#: Within three words before "due" or "expected", these make it a comparison: "slower
#: than expected in March", "as expected in June".
_PLAN_ADJECTIVE_COMPARISONS = frozenset(WORDS.words("plan_adjective_comparisons"))
#: One adverb that may stand after an auxiliary: one of a revised plan ("was earlier
#: expected to", ``plan_revision_adverbs``) or any in -ly ("was widely expected").
_PLAN_REVISION_ADVERBS = frozenset(WORDS.words("plan_revision_adverbs"))
_ADVERB = r"(?:[a-z]+ly|" + "|".join(sorted(_PLAN_REVISION_ADVERBS)) + ")"
#: A present form of "be" right before "due" or "expected", an adverb perhaps between:
#: "is due in December", "are widely expected on Monday", "He's due on Friday".
_PRESENT_BE_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(WORDS.words("plan_adjective_present")) + r")|\w['\u2019]s)\s+"
    r"(?:" + _ADVERB + r"\s+)?$",
    re.I,
)
#: A present form of "be" and a preposition right before a date, an adverb perhaps
#: between: "the election is in November", "the vote is now on Sunday"
#: (``schedule_copula``, ``schedule_copula_prepositions``); one place or state of a
#: body perhaps between ("the minister is in Paris in June", "the court is in recess in
#: August": ``schedule_copula_states``), never a figure ("is at 4 percent in March");
#: the second of two dates joined by "and" or "or" reads as the first ("is in January
#: and February").
_SCHEDULE_PLACE = (
    r"(?:in|at)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|(?i:"
    + "|".join(WORDS.words("schedule_copula_states"))
    + r"))\s+"
)
_SCHEDULE_COPULA = re.compile(
    r"(?<![\w'-])(?i:"
    + "|".join(WORDS.words("schedule_copula"))
    + r")\s+(?:"
    + _ADVERB
    + r"\s+)?(?:"
    + _SCHEDULE_PLACE
    + r")?(?i:"
    + "|".join(WORDS.words("schedule_copula_prepositions"))
    + r")\s+(?:[A-Z][a-z]+\s+(?:and|or)\s+)?$"
)
#: A possessive right after the date: the date names a report or a figure, not the time
#: of the subject ("the rise is in November's figures").
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")
#: A past or past-perfect auxiliary (``past_auxiliaries``: "was", "were", "had been")
#: right before a position, one adverb perhaps between ("was earlier expected to", "was
#: widely expected on Monday"): read by :func:`past_auxiliary_before` only.
_PAST_AUXILIARY_BEFORE = re.compile(
    r"\b(?P<auxiliary>"
    + "|".join(a.replace(" ", r"\s+") for a in WORDS.words("past_auxiliaries"))
    + r")\s+(?:(?P<adverb>"
    + _ADVERB
    + r")\s+)?$"
)
#: How far back (characters) the past auxiliary of a future marker is looked for.
_AUXILIARY_REACH = 28
#: The past perfect's auxiliary: a plan or schedule it tells has passed ("had agreed to
#: hold"); also read by anchoring's plan-month rule.
PAST_PERFECT = re.compile(r"\b(?:had|Had)\b")
#: A past achievement before a deadline makes it a day that has passed: "was able to
#: reopen the road by Sunday", "managed to finish by June" (the aim was met).
_ACHIEVED = re.compile(r"\b(?:was|were|wasn't|weren't) able to\b|\bmanaged to\b", re.I)


def past_auxiliary_before(text: str, i: int) -> tuple[str, str] | None:
    """The past or past-perfect auxiliary right before ``text[i]`` and the adverb between
    them ("" when none), or None. Right before a future marker or a plan's adjective it
    makes the plan one seen from the past ("had been due to expire Friday", "was due in
    December"); "was expected" with no adverb of a revised plan may also report an
    expectation still open (:func:`reported_expectation`).

    >>> past_auxiliary_before("The vote was originally expected", 24)
    ('was', 'originally')
    >>> past_auxiliary_before("It had  been due", 13)
    ('had been', '')
    >>> past_auxiliary_before("It has been due", 12)
    """
    m = _PAST_AUXILIARY_BEFORE.search(text, max(0, i - _AUXILIARY_REACH), i)
    if m is None:
        return None
    return " ".join(m["auxiliary"].split()), m["adverb"] or ""


def reported_expectation(text: str, cue: re.Match[str]) -> bool:
    """Whether ``cue`` is "expected" after "was" or "were", not after "had been": an
    expectation reported, still open at the DCT ("Lavrov was expected to meet with the
    Egyptian leadership on Sunday", "he was expected in Chad on Wednesday", published
    the day or two before), not a plan whose day has passed ("had been due to expire
    Friday evening"). TimeML 1.2.1, section 2.2, ``value``: the tense of the
    expression's own clause, here a future reported in the past.
    """
    if not cue.group().lower().startswith("expected"):
        return False
    auxiliary = past_auxiliary_before(text, cue.start())
    return (
        auxiliary is not None
        and auxiliary[0] != "had been"
        and auxiliary[1] not in _PLAN_REVISION_ADVERBS
    )


def seen_from_past(text: str, cue: re.Match[str] | None) -> bool:
    """Whether the future marker ``cue`` (the last one before a deadline) follows "was",
    "were" or "had been" (an adverb of a revised plan perhaps between): "were initially
    set to wrap up by the end of May but have faced delays" tells of a plan seen from the
    past, so the deadline after it is not ahead of the DCT as such. An expectation
    reported in the simple past ("were expected to reopen ... by mid-June") is still open
    (:func:`reported_expectation`)."""
    if cue is None or reported_expectation(text, cue):
        return False  # "embassies were expected to reopen ... by mid-June": open
    return past_auxiliary_before(text, cue.start()) is not None


def range_end(preposition: str, start: int, last: tuple[str, int] | None) -> bool:
    """Whether "through" ends a range whose start was just named (``last``: the value and
    end of the last date found): "this year through August", "from March through June"
    are the end of a span, not a deadline ("loans through January", "to run through
    June").

    >>> range_end("through", 18, ("2024", 9))
    True
    >>> range_end("through", 18, None)
    False
    """
    if preposition.lower() != "through" or last is None:
        return False
    return 0 <= start - last[1] <= len(" through ") + 1


def deadline_preposition(
    text: str, bounds: tuple[int, int], start: int, end: int, last: tuple[str, int] | None
) -> str | None:
    """The preposition of a deadline or schedule right before ``start:end`` ("by Friday",
    "payable Dec. 15") as written, in the sentence ``bounds``: not the end of a range
    (:func:`range_end`), not in the past perfect ("had filed reports by Friday"), not
    after a past achievement ("managed to finish by June"). The caller also excludes a
    simple past right before it ("peaked by the end of the year") and a plan seen from
    the past (:func:`seen_from_past`).

    >>> deadline_preposition("It will close by Friday.", (0, 24), 17, 23, None)
    'by'
    >>> deadline_preposition("They had filed it by Friday.", (0, 28), 21, 27, None)
    """
    left, right = bounds
    lead = text[max(left, start - 12) : start].split()
    if (
        lead
        and lead[-1].lower() in _FUTURE_PREPOSITIONS
        and not range_end(lead[-1], start, last)
        and not PAST_PERFECT.search(text, max(left, start - 60), min(right, end + 40))
        and not _ACHIEVED.search(text, max(left, start - 60), start)
    ):
        return lead[-1]
    return None


def scheduled_for(text: str, left: int, start: int) -> bool:
    """Whether ``start`` follows "scheduled for", "set for", "pencilled in for"... and no
    past perfect ("had been scheduled for") is in the 60 characters before it.

    >>> scheduled_for("A hearing was scheduled for Wednesday.", 0, 28)
    True
    >>> scheduled_for("A hearing had been scheduled for Wednesday.", 0, 33)
    False
    """
    words = text[max(left, start - 30) : start].lower().split()
    if len(words) < 2 or words[-1] != "for":
        return False
    verb = words[-3] if words[-2] == "in" and len(words) > 2 else words[-2]
    return verb in _SCHEDULED_FOR and not PAST_PERFECT.search(text, max(left, start - 60), start)


#: A verb of a plan moved (``moved_to_verbs`` of ``data/anchoring_words.yaml``), up to
#: a hundred characters of its object with no clause break, and "to", "until" or "till" right
#: before the expression.
_MOVED_TO = re.compile(
    r"\b(?:"
    + "|".join(v.replace(" ", r"\s+") for v in WORDS.words("moved_to_verbs"))
    + r")\b[^,;:.()]{0,100}?\s(?:to|until|till)\s+\Z",
    re.IGNORECASE,
)


def moved_to(text: str, left: int, start: int) -> bool:
    """Whether ``start`` is the new time of a plan moved ("pushed back a decision on the
    relocation of EU agencies ... to November", "was delayed to October"), with no past
    perfect ("had been postponed to") in the 60 characters before the verb's phrase.

    >>> said = "The 27 also pushed back a decision on the relocation of EU agencies to November."
    >>> moved_to(said, 0, said.index("November"))
    True
    >>> moved_to("They had been postponed to March.", 0, 27)
    False
    >>> moved_to("They moved to Paris in March.", 0, 23)
    False
    """
    lo = max(left, start - 130)
    phrase = _MOVED_TO.search(text, lo, start)
    return phrase is not None and not PAST_PERFECT.search(
        text, max(left, phrase.start() - 60), start
    )


def schedule_copula(text: str, left: int, start: int, end: int) -> bool:
    """Whether the expression at ``start`` is the complement of a present "be" and a
    preposition (``schedule_copula``): "the election is in November", "the talks are now
    on Monday". The present of a timetable is its future (TimeML Annotation Guidelines
    1.2.1, section 2.2, ``value``: the direction of the expression's own clause); "was in
    November" and "up from 3 percent in November" are not such a clause.

    A possessive right after the date makes it a report's or a figure's ("the rise is
    in November's figures"), and one place or state may stand before the preposition
    ("the minister is in Paris in June").

    >>> schedule_copula("The election is in November.", 0, 19, 27)
    True
    >>> schedule_copula("Inflation is up from 3 percent in November.", 0, 34, 42)
    False
    >>> schedule_copula("Inflation is in November's figures.", 0, 16, 24)
    False
    >>> schedule_copula("The minister is in Paris in June.", 0, 28, 32)
    True
    """
    if _POSSESSIVE_AFTER.match(text, end):
        return False
    return _SCHEDULE_COPULA.search(text, max(left, start - 60), start) is not None


def plan_adjective(text: str, left: int, start: int) -> str | None:
    """The plan's adjective, "due" or "expected" (lower case), when the expression at
    ``start`` completes it, a place perhaps between, after a present form of "be" (an
    adverb perhaps between: "is due in December", "is due back in Paraguay on Friday",
    "are widely expected on Monday") or in a headline line ("Expected in Angola On
    Tuesday"). The adjective of a plan makes its clause a plan, so the date is ahead of
    the DCT (TimeML Annotation Guidelines 1.2.1, section 2.2, ``value``: the direction
    of the expression's own clause). Elsewhere the other cues decide: "expected" is
    most often the past of the verb ("Officials expected on Monday that ..."), "due" a
    reduced relative ("a repayment due on Monday was missed") or a past ("fell due in
    March"); so do a comparison ("than expected in March") and a past auxiliary ("was
    originally due in March": a plan seen from the past).

    >>> plan_adjective("The report is due in December.", 0, 21)
    'due'
    >>> plan_adjective("Sales were lower than expected in March.", 0, 34)
    >>> plan_adjective("The ruling was widely expected on Monday.", 0, 33)
    """
    lo = max(left, start - 60)
    m = _PLAN_ADJECTIVE.search(text[lo:start])
    if m is None:
        return None
    at = lo + m.start()
    if past_auxiliary_before(text, at) is not None:
        return None
    before = text[max(left, at - 40) : at].lower().split()
    if any(word in _PLAN_ADJECTIVE_COMPARISONS for word in before[-3:]):
        return None
    if _PRESENT_BE_BEFORE.search(text, max(left, at - 40), at) or in_headline(text, at):
        return m["word"].lower()
    return None


def in_headline(text: str, i: int) -> bool:
    """Whether ``text[i]`` is in a headline line: a line with no sentence's end after
    its last word ("Estonian PM due on Friday").

    >>> in_headline("Minister due on Friday\\nHe is here.", 9)
    True
    >>> in_headline("Officials expected on Monday that it would fail.", 10)
    False
    """
    end = text.find("\n", i)
    line = text[text.rfind("\n", 0, i) + 1 : len(text) if end == -1 else end]
    return not line.rstrip().endswith((".", "!", "?", '"', "\u201d", "'", "\u2019", ":", ";"))
