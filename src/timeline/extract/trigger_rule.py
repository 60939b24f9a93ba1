r"""A rule of the trigger lexicon (:class:`Trigger`), how one is built (:func:`rule`), and
what the rule modules share: the document nouns (:data:`AGREEMENT_NOUNS`) and the
case folding their patterns are matched on (:func:`fold`).

The rules are in one module per group of kinds (:mod:`~timeline.extract.agreement_rules`,
:mod:`~timeline.extract.gathering_rules`, :mod:`~timeline.extract.visit_rules`,
:mod:`~timeline.extract.statement_rules`, :mod:`~timeline.extract.kind_other_rules`), gathered
in matching order in :data:`timeline.extract.lexicon.TRIGGERS`.

>>> r = rule("ratification", EventKind.ratification, r"\bratif(?:ied|ies|y)\b", ("ratif",))
>>> bool(r.pattern.search("Parliament RATIFIED the treaty")), r.folded is not None
(True, True)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..model import EventKind
from ..temporal.lexicon import alternation
from ..word_lists import word_lists

__all__ = ["AGREEMENT_NOUNS", "DOCUMENT_WORDS", "Trigger", "fold", "rule"]


@dataclass(frozen=True, slots=True)
class Trigger:
    """One rule of the lexicon.

    ``name`` identifies the rule in tests and docs; ``pattern`` is matched
    case-insensitively unless ``case`` is set; ``nominal`` marks event nouns,
    which may refer back to an event already told ("the visit") and then add
    no new event; ``needs_date_after`` demands that a date follow the trigger
    closely ("established in 2009"), for words that are events only then;
    ``page_day_unless_after`` dates the match by a date right after it ("said in a
    statement on Sunday") and else by the page's day, never by another date of the
    sentence (a statement's day is not the day of what it reports); ``accept``, when set,
    is a further check of each match in the text, ``accept(text, start, end)``, for what a
    regular expression says badly (a word anywhere in the match's sentence).
    """

    name: str
    kind: EventKind
    pattern: re.Pattern[str]
    nominal: bool = False
    needs_date_after: bool = False
    example: str = ""
    #: Lower-case substrings one of which every match contains: a document
    #: without any of them cannot match, so the rule is not run over it.
    needs: tuple[str, ...] = ()
    page_day_unless_after: bool = False
    accept: Callable[[str, int, int], bool] | None = None

    @property
    def folded(self) -> re.Pattern[str] | None:
        """The pattern without IGNORECASE, for text already lower-cased; None when case matters.

        Python's ``re`` is about twice as fast case-sensitive, and extraction
        scans every document with every rule: see :func:`fold`.
        """
        if not self.pattern.flags & re.IGNORECASE:
            return None
        return _folded(self.pattern.pattern, self.pattern.flags & ~re.IGNORECASE)


@functools.cache
def _folded(regex: str, flags: int) -> re.Pattern[str]:
    return re.compile(regex, flags)


def fold(text: str) -> str | None:
    """``text`` lower-cased character for character (same offsets), or None if impossible.

    Lower-casing never shortens a character but can lengthen one (Turkish
    ``İ`` becomes ``i̇``); ``İ`` is folded to ``i`` first, and any other
    lengthening makes this return None so callers scan case-insensitively.
    """
    low = text.replace("\u0130", "I").lower()
    return low if len(low) == len(text) else None


def rule(
    name: str,
    kind: EventKind,
    regex: str,
    needs: tuple[str, ...],
    *,
    nominal: bool = False,
    needs_date_after: bool = False,
    example: str = "",
    case: bool = False,
    page_day_unless_after: bool = False,
    accept: Callable[[str, int, int], bool] | None = None,
) -> Trigger:
    """A :class:`Trigger` whose ``regex`` is matched case-insensitively unless ``case``."""
    flags = 0 if case else re.IGNORECASE
    pattern = re.compile(regex, flags)
    return Trigger(
        name,
        kind,
        pattern,
        nominal,
        needs_date_after,
        example,
        needs,
        page_day_unless_after,
        accept,
    )


#: The reviewed word lists of ``data/document_words.yaml``: the agreement nouns, the
#: other texts a gathering adopts (``adopted_texts``, read by
#: :mod:`~timeline.extract.agreement_rules`) and the plans named by their horizon year
#: (``horizon_nouns``, read by :mod:`~timeline.extract.named_years`), and the words before a
#: gathering's text that tell it referred to (``text_referred_before``, read by
#: :mod:`~timeline.extract.candidate_log`), and the stances "ratify" reaffirms
#: (``ratified_stances``, read by :mod:`~timeline.extract.agreement_rules`), and the words
#: before "sign" as a noun (``sign_noun_before``, read by the same).
DOCUMENT_WORDS = word_lists(
    "document_words.yaml",
    {
        "agreement_nouns": "words",
        "adopted_texts": "words",
        "horizon_nouns": "words",
        "text_referred_before": "words",
        "ratified_stances": "words",
        "sign_noun_before": "words",
    },
)
#: Documents that are signed, adopted, ratified or come into force: a pattern matching any
#: noun of ``agreement_nouns`` in ``data/document_words.yaml`` (a reviewed list), as a group.
AGREEMENT_NOUNS = "(?:" + alternation(DOCUMENT_WORDS.words("agreement_nouns")) + ")"


def rules_from(table: Mapping[str, tuple[str, ...]]) -> Callable[..., Trigger]:
    """:func:`rule` with each name's keywords read from ``table`` (each rule module keeps
    one table of its rules' keywords): ``rules_from(table)(name, kind, regex, **options)``."""

    def make(name: str, kind: EventKind, regex: str, **options: Any) -> Trigger:
        return rule(name, kind, regex, table[name], **options)

    return make
