"""Sides told without being named: plural references to the sides listed before ("the
three leaders", "both countries") and the sayers of a joint saying ("Colombia and
Venezuela announced plans ..."), read for :func:`.actors.participants_for`.

Their words are the reviewed lists of ``data/counterpart_words.yaml``
(:data:`.counterpart_words.WORDS`); docs/history/extraction-log.md, "Twenty-fifth pass:
participants".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .counterpart_words import REPORTING_VERBS
from .counterpart_words import WORDS as _COUNTERPART_WORDS
from .cue_search import Cue

__all__ = [
    "BOTH_SIDES",
    "PLURAL_SIDES",
    "format_count",
    "joint_sayers",
    "plural_sides",
    "sayers_counted",
]

#: Phrases that name the two sides without naming them: their countries come from
#: the sentences before ("the leaders of both countries").
BOTH_SIDES = Cue(
    r"\b(?:both\s+(?:countries|sides|leaders|presidents|states|nations)|the\s+(?:two\s+|"
    r"neighbou?ring\s+)(?:[A-Z][a-z]+\s+)?(?:countries|sides|leaders|presidents|states|nations|"
    r"governments)|the\s+parties|the\s+sides|bilateral|two\s+countries)\b",
    re.IGNORECASE,
)


#: A plural reference to sides listed before, with its numeral ("the three leaders", "all
#: four countries", "the foreign ministers of the four countries"): ``side_determiners``,
#: ``side_numerals`` and ``side_nouns`` of ``data/counterpart_words.yaml``.
_SIDE_NUMERALS = _COUNTERPART_WORDS.numbers("side_numerals")
PLURAL_SIDES = Cue(
    r"\b(?:"
    + "|".join(map(re.escape, _COUNTERPART_WORDS.words("side_determiners")))
    + r")\s+(?P<n>"
    + "|".join(map(re.escape, _SIDE_NUMERALS))
    + r")\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _COUNTERPART_WORDS.words("side_nouns"))
    + r")\b",
    re.IGNORECASE,
)


#: A gathering's format that counts its sides, right before the trigger, up to two words
#: between ("the quadripartite summit", "trilateral naval drills"): ``format_counts`` of
#: ``data/counterpart_words.yaml``.
_FORMAT_COUNTS = _COUNTERPART_WORDS.numbers("format_counts")
_FORMAT_BEFORE = re.compile(
    r"\b(?P<n>"
    + "|".join(map(re.escape, sorted(_FORMAT_COUNTS, key=len, reverse=True)))
    + r")\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def format_count(text: str, trigger_start: int) -> int:
    """How many sides the format right before a trigger counts ("the quadripartite summit
    held in Luanda": 4; "a tripartite meeting": 3); 0 when none stands there.

    >>> text = "the three presidents agreed during the quadripartite summit held in Luanda"
    >>> format_count(text, text.index("summit")), format_count(text, text.index("Luanda"))
    (4, 0)
    """
    m = _FORMAT_BEFORE.search(text, max(0, trigger_start - 60), trigger_start)
    return _FORMAT_COUNTS[m.group("n").lower()] if m is not None else 0


#: Before a plural reference, a side joined to it: "President Yoon and the leaders of the
#: five countries" counts five sides besides Yoon's.
_JOINED_BEFORE = re.compile(r"\band\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def plural_sides(text: str, start: int, end: int) -> tuple[int, bool]:
    """How many sides a plural reference of ``text[start:end]`` counts (the largest
    numeral of :data:`PLURAL_SIDES`; 0 when there is none), and whether they are besides
    the sides named before it (it follows "and": :data:`_JOINED_BEFORE`).

    >>> text = "The three leaders met in Athens on Monday."
    >>> plural_sides(text, 0, len(text)), plural_sides("They met on Monday.", 0, 19)
    ((3, False), (0, False))
    >>> text = "President Yoon and the leaders of the five countries plan to hold a summit."
    >>> plural_sides(text, 0, len(text))
    (5, True)
    """
    best, besides = 0, False
    for m in PLURAL_SIDES.finditer(text, start, end):
        n = _SIDE_NUMERALS[m.group("n").lower()]
        if n > best:
            best = n
            besides = _JOINED_BEFORE.search(text, max(start, m.start() - 40), m.start()) is not None
    return best, besides


#: A verb of saying right before a clause (``reporting_verbs`` and ``joint_saying_verbs``
#: of ``data/counterpart_words.yaml``), with its auxiliary: the clause's statement is said
#: by the verb's subject.
_SAYING_VERB = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, (*REPORTING_VERBS, *_COUNTERPART_WORDS.words("joint_saying_verbs"))))
    + r")\s+(?:that\s+)?$",
    re.IGNORECASE,
)
#: Between the last sayer and the verb: a possessive and up to three words, no punctuation
#: ("Brazil and Paraguay have announced", "Chile and Peru's foreign ministers said").
_SAYER_TAIL = re.compile(r"(?:[’']s?)?(?:\s+[\w-]+){0,3}\s+")
#: Between two mentions of the subject: "and", or a list's comma before it ("Niger,
#: Burkina Faso and Mali"), then up to four words of a title ("Greek Prime Minister
#: Kyriakos Mitsotakis and Cypriot President Nikos Christodoulides"); a gap without a
#: comma or "and" joins two mentions of one side only, a comma alone ("in Baku, the
#: Russian Defense Ministry said") no sides before the list's "and".
_SAYER_GAP = re.compile(
    r"(?:[’']s?)?(?P<join>\s*,\s*(?:and\s+)?|,?\s+and\s+)?\s*(?:the\s+)?(?:[\w.-]+\s+){0,4}?"
)


def joint_sayers(
    text: str, clause: tuple[int, int], sides: Sequence[tuple[int, int, str | None]]
) -> list[str]:
    """The sides of a joint saying whose said clause is ``clause``: the subject of the
    verb of saying right before it, two sides or more joined by "and" or a list's commas
    (a person stands for their country). Empty when the clause follows no such verb or
    its subject is one side. The clause breaks after a verb of saying (the sayer of
    "X said that ..." is no side of what is said), but the sayers of a statement told by
    its saying are its sides: "Colombia and Venezuela announced plans", "the foreign
    ministers of Chile and Peru said in a joint statement on Monday"
    (docs/history/extraction-log.md,
    "Twenty-fifth pass: participants"). ``sides`` are the actor mentions of ``text`` as
    their start, end and the side each stands for (None for none:
    :func:`.actor_mentions.mention_sides`).

    >>> text = "Colombia and Venezuela announced plans on 2 March 2022 to reopen the border."
    >>> joint_sayers(text, (text.index("plans"), len(text)), [(0, 8, "CO"), (13, 22, "VE")])
    ['CO', 'VE']
    >>> text = "Talks between Colombia and Venezuela went well, Peru said in a statement."
    >>> sides = [(14, 22, "CO"), (27, 36, "VE"), (48, 52, "PE")]
    >>> joint_sayers(text, (text.index("in a"), len(text)), sides)
    []
    >>> text = "They met in Baku, the Russian Defense Ministry said in a statement."
    >>> joint_sayers(text, (text.index("in a"), len(text)), [(12, 16, "AZ"), (22, 29, "RU")])
    []
    """
    verb = _SAYING_VERB.search(text, max(0, clause[0] - 40), clause[0])
    if verb is None:
        return []
    end = verb.start()
    found: list[str] = []
    joined = False
    for m_start, m_end, side in sorted(
        (s for s in sides if s[1] <= end), key=lambda s: s[0], reverse=True
    ):
        if m_end > end:
            continue  # a mention inside another one already read
        gap = text[m_end:end]
        if not found:
            ok = _SAYER_TAIL.fullmatch(gap) is not None
        else:
            g = _SAYER_GAP.fullmatch(gap)
            join = g.group("join") if g is not None else None
            # the sayer nearest the verb is joined by "and"; a list's commas go on from it
            ok = g is not None and (
                side in found if join is None else joined or "and" in join.lower()
            )
            joined |= ok and join is not None
        if not ok or side is None:
            break
        if side not in found:
            found.append(side)
        end = m_start
    return sorted(found) if joined and len(found) >= 2 else []


def sayers_counted(text: str, clause: tuple[int, int]) -> int:
    """How many sides a plural reference counts that is the subject of the verb of saying
    right before ``clause`` ("the three countries said in a joint communique", "the two
    leaders announced plans"): its numeral (:data:`PLURAL_SIDES`), two for
    :data:`BOTH_SIDES`; 0 when there is none.

    >>> text = "The three countries said in a joint communique issued in Jerusalem."
    >>> sayers_counted(text, (text.index("in a"), len(text)))
    3
    """
    verb = _SAYING_VERB.search(text, max(0, clause[0] - 40), clause[0])
    if verb is None:
        return 0
    lo, end = max(0, verb.start() - 80), verb.start()
    for m in PLURAL_SIDES.finditer(text, lo, end):
        if _SAYER_TAIL.fullmatch(text, m.end(), end):
            return _SIDE_NUMERALS[m.group("n").lower()]
    both = BOTH_SIDES.search(text, lo, end)
    return 2 if both is not None and _SAYER_TAIL.fullmatch(text, both.end(), end) else 0
