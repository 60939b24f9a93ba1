"""The clauses of a sentence, and which clause's words an act's sides are read from.

:func:`clause_bounds` cuts a sentence at its clause breaks (a semicolon, a dash, a
relative clause or a participle after a comma, a "since" clause, reported speech after a
verb of saying, a new subject after ", and") and splits a relative clause from the main
clause it interrupts (:func:`is_relative_clause`), whose date dates no act after it
(:func:`not_the_relatives_date`); :func:`in_since_clause` tells a "since"
clause; :func:`with_its_sayer` widens a reported clause opened by a pronoun to its sayer;
:func:`office_clause` gives the words an office begun in an opening "since" phrase takes
its sides from.
"""

from __future__ import annotations

import re

__all__ = [
    "clause_bounds",
    "in_since_clause",
    "is_relative_clause",
    "not_the_relatives_date",
    "office_clause",
    "with_its_sayer",
]


#: Boundaries inside a sentence that separate one clause from the next: a
#: semicolon, a relative clause, a participle or attribution after a comma,
#: reported speech after a verb of saying.
#: A verb of saying (or of belief) that a reported clause follows: the clause breaks after it
#: (:data:`_CLAUSE_BREAK`), and a pronoun opening that clause stands for its subject
#: (:func:`with_its_sayer`).
_SAYING_VERB = (
    r"(?:said|stated|noted|announced|added|believes|believed|stressed|emphasized|"
    r"emphasised|reported|reports|told)"
)
_CLAUSE_BREAK = re.compile(
    r";\s|\s[–—]\s|,\s+(?=(?:which|where|who|whose|while|whereas|but|supporting|condemning|"
    r"through\s+which|in\s+which|by\s+which|whereby|"
    r"according\s+to|citing|adding|noting|saying|stressing|emphasizing)\b)"
    r"|\s(?=(?:that|which)\s+(?:started|began|erupted|broke\s+out|ended|lasted)\b)"
    r"|\s(?=since\s+(?:[a-z]+ing|[A-Z][\w’'-]*\s+[a-z]+ed)\b)"
    # "since" and a subject of a few words, then its past verb: "since the two nations
    # established ties in 1961", "since Saddam Hussein's troops invaded Kuwait in 1990",
    # "since he was appointed ... in October"
    r"|\s(?=since\s+(?:the|his|her|their|its|he|she|they|it|[A-Z][\w’'-]*)\s+"
    r"(?:[\w’'-]+\s+){0,5}?(?:[a-z]+ed|was|were|took|became|came|won|began|made|left|met|"
    r"held|broke|gave|got|went|led|rose|fell|seized|set)\b)"
    rf"|\b{_SAYING_VERB}\s+(?:that\s+)?(?=[a-z\"“])"
    # ", and" before a new subject and its verb: "ratify the agreement by the end of the
    # year, and the pipeline could enter into service in 2029", "visited Baku on Tuesday,
    # and Aliyev will travel to Ankara next month" (fortieth pass). A name's verb only a
    # modal: "Gambia, Sao Tome and Principe, and Burkina Faso were welcomed" is a list.
    r"|,\s+and\s+(?=(?:the|its|their|his|her)\s+(?:[a-z][\w’'-]*\s+){0,3}?"
    r"(?:will|would|could|can|may|might|should|is|are|was|were|has|have|had)\s"
    r"|[A-Z][\w’'-]*\s+(?:[A-Z][\w’'-]*\s+){0,2}"
    r"(?:will|would|could|can|may|might|should)\s)",
)

#: The opening of a clause a verb of saying reports (:data:`_CLAUSE_BREAK` breaks after the
#: verb), up to a trigger whose subject is a pronoun: "in April that it would", "on Monday
#: it would", "it had", "that they will immediately". The pronoun stands for the sayer.
_REPORTED_PRONOUN = re.compile(
    r"(?:(?:on|in|late|earlier|last|this)\s+(?:[\w’'-]+\s+){0,2}?)?(?:that\s+)?"
    r"(?:it|they|he|she|we)\s+(?:(?:would|will|had|has|have|was|were|is|are)\s+)?"
    r"(?:[a-z]+ly\s+)?",
    re.IGNORECASE,
)
#: The break between the sayer's clause and the clause reported: its verb of saying, as
#: :data:`_CLAUSE_BREAK` breaks there.
_SAYING_BREAK = re.compile(rf"\s*{_SAYING_VERB}\s+(?:that\s+)?", re.IGNORECASE)


#: What ends the words before a sayer's name in its clause (:func:`with_its_sayer`).
_BEFORE_A_SAYER = re.compile(r"[,;:\"“”]")
#: The most words a sayer's name has (:func:`with_its_sayer`).
_SAYER_WORDS = 8


def with_its_sayer(
    text: str, clauses: list[tuple[int, int]], at: int, *, the_sayings_own: bool = False
) -> tuple[int, int]:
    """The clause of the trigger at ``at``, widened to the clause before it when it is
    reported by a verb of saying and opens with a pronoun that stands for the sayer: the
    sayer is then the act's side ("Bahrain announced in April that it would restore
    diplomatic ties": Bahrain restores them; "Bolivia's government announced it had severed
    ties with Israel"). With ``the_sayings_own`` (a statement's trigger), also when the
    trigger itself opens that clause: it is the saying's own text, given by the sayer ("The
    Chinese Foreign Ministry said in a statement that ...": China's statement).

    >>> text = "Bahrain announced in April that it would restore diplomatic ties."
    >>> clauses = clause_bounds(text, 0, len(text))
    >>> clauses
    [(0, 8), (18, 65)]
    >>> with_its_sayer(text, clauses, text.index("restore"))
    (0, 65)
    >>> text = "Bahrain said in April that Qatar would restore diplomatic ties."
    >>> with_its_sayer(text, clause_bounds(text, 0, len(text)), text.index("restore"))
    (13, 63)
    >>> text = "The Kremlin said in a statement that Mugabe was a hero."
    >>> with_its_sayer(text, clause_bounds(text, 0, len(text)), 17, the_sayings_own=True)
    (0, 55)
    >>> text = "Talks will go on, the Foreign Ministry said in a statement."
    >>> with_its_sayer(text, clause_bounds(text, 0, len(text)), 44, the_sayings_own=True)
    (17, 59)
    """
    index = next((i for i, (a, b) in enumerate(clauses) if a <= at < b), len(clauses) - 1)
    clause = clauses[index]
    if index <= 0:
        return clause
    before = clauses[index - 1]
    if _SAYING_BREAK.fullmatch(text, before[1], clause[0]) is None:
        return clause
    if _REPORTED_PRONOUN.fullmatch(text, clause[0], at) is not None:
        return (before[0], clause[1])
    if the_sayings_own and clause[0] <= at and not text[clause[0] : at].strip():
        # the sayer alone, not a quote told before it ("..., the ministry said in a
        # statement"): the words after the clause's last comma or quote mark, a name
        start = before[0]
        for mark in _BEFORE_A_SAYER.finditer(text, before[0], before[1]):
            start = mark.end()
        if 0 < len(text[start : before[1]].split()) <= _SAYER_WORDS:
            return (start, clause[1])
    return clause


def clause_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]`` as ``(start, end)`` spans."""
    bounds = []
    pos = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > pos:
            bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, end))
    return _close_relatives(text, [(s, e) for s, e in bounds if e > s])


def in_since_clause(text: str, sentence: tuple[int, int], at: int) -> bool:
    """Whether offset ``at`` of the sentence ``text[sentence[0]:sentence[1]]`` lies in a
    "since" clause (:func:`clause_bounds`): the act it tells starts a state and is not the
    sentence's news ("since the last Extraordinary Summit held on 25th March 2022").

    >>> text = "The Authority met twice since the last Summit held on 25th March 2022."
    >>> whole = (0, len(text))
    >>> in_since_clause(text, whole, text.index("25th")), in_since_clause(text, whole, 4)
    (True, False)
    """
    for a, b in clause_bounds(text, *sentence):
        if a <= at < b:
            return text.startswith("since", a)
    return False


#: A sentence opened by a "since" phrase, up to its comma ("Since becoming PM last May, ").
_OPENING_SINCE = re.compile(r"[\"“'‘(]?since\s[^,;.]{1,150}?(,)\s+", re.I)
#: At most this many words between the phrase's comma and the main clause's subject.
_WORDS_BEFORE_SUBJECT = 3
#: The lower-case words that may come before the subject's name ("the French minister").
_DETERMINERS = frozenset({"the", "a", "an"})
#: The words of a subject after its actor's name, up to its verb: "minister", "President
#: Lula" (not an auxiliary, a past or a present verb).
_SUBJECT_REST = re.compile(
    r"(?:\s+(?!(?:has|have|had|is|was|were|will|would|can|could|did|does|said|says)\b)"
    r"(?![a-z]+(?:ed|es)\b)[\w’'.-]+){1,3}(?=\s+(?:has|have|had|is|was|were|will|would|can|"
    r"could|did|does|said|says|[a-z]+ed|[a-z]+es)\b)"
)


def office_clause(
    text: str, sentence: tuple[int, int], at: int, actors: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The words whose sides an office begun at offset ``at`` may have when a "since" phrase
    opens its sentence: the phrase and the main clause's subject (an actor within three
    capitalised words or articles after the phrase's comma, up to its verb), not the rest
    of the main clause, whose places and objects are the news since ("Since becoming PM
    last May, Johnson has visited Paris": Johnson, not France). None when ``at`` is not in
    such a phrase (review33 finding 5).

    >>> text = "Since becoming PM last May, Johnson has visited Paris twice."
    >>> span = office_clause(text, (0, len(text)), 6, [(28, 35), (48, 53)])
    >>> text[span[0] : span[1]]
    'Since becoming PM last May, Johnson'
    """
    m = _OPENING_SINCE.match(text, sentence[0], sentence[1])
    if m is None or not m.start() <= at < m.start(1):
        return None
    end = m.start(1)
    for a, b in actors:
        if a >= m.end():
            words = text[m.end() : a].split()
            if len(words) <= _WORDS_BEFORE_SUBJECT and all(
                w[0].isupper() or w in _DETERMINERS for w in words
            ):
                # the subject's last words after the actor, up to its verb ("the French
                # minister has visited")
                rest = _SUBJECT_REST.match(text, b, sentence[1])
                end = rest.end() if rest else b
            break
    return (m.start(), end)


#: A non-restrictive relative clause: its pronoun, then up to its closing comma and
#: the verb of the main clause it interrupts ("el-Sisi, who co-chairs the summit,
#: has arrived in Sochi").
_RELATIVE = re.compile(r"(?:who|which)\s[^,;]{1,150}?(,)\s+(?=[a-z])")


def is_relative_clause(text: str, clause: tuple[int, int]) -> bool:
    """Whether ``clause``, one of :func:`clause_bounds`, is a relative clause that
    interrupts its main clause ("<subject>, who is on an official visit to Pakistan, and
    <subject> was held ...").

    >>> text = "Talks between Sirisena, who is on a visit to Pakistan, and Abbasi were held."
    >>> [is_relative_clause(text, c) for c in clause_bounds(text, 0, len(text))]
    [False, True, False]
    """
    if text[clause[0] - 2 : clause[0]] != ", ":
        return False
    relative = _RELATIVE.match(text, clause[0])
    return relative is not None and relative.start(1) == clause[1]


#: A relative clause's opening after a comma: its pronoun ("the call, which had been
#: arranged Tuesday", "Biya, who arrived on Monday").
_RELATIVE_OPENING = re.compile(r"(?:which|who|whose)\s")


def not_the_relatives_date(text: str, clause: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether a date in ``clause`` is no date of the trigger at ``trigger``: the clause is a
    relative one after a comma ("which", "who", "whose") and the trigger comes after it, in
    the main clause it interrupts. The relative clause's date is its own verb's ("The
    agreement, which builds on the declaration signed on April 25, takes immediate effect":
    not the entry into force's; "The meeting, which began on Wednesday, also saw Biya pass
    on the mandate": not the handover's), or that of the noun it tells of, before it ("the
    summit, which will be held on 5 May").

    >>> text = "The meeting, which began on Wednesday, also saw Biya pass on the mandate."
    >>> relative = clause_bounds(text, 0, len(text))[1]
    >>> text[relative[0] : relative[1]]
    'which began on Wednesday'
    >>> not_the_relatives_date(text, relative, (text.index("pass"), text.index(" the m")))
    True
    >>> not_the_relatives_date(text, relative, (4, 11))
    False
    """
    if trigger[0] < clause[1] or _RELATIVE_OPENING.match(text, clause[0]) is None:
        return False
    return text[clause[0] - 2 : clause[0]] == ", "


def _close_relatives(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a relative clause from the main clause it interrupts.

    "<subject>, who <relative>, <main verb> ...": the words after the closing comma
    are the main clause's, with its subject: that clause starts where the subject's
    starts (the spans overlap; a position is in the first clause that holds it).
    """
    out: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(bounds):
        m = _RELATIVE.match(text, a, b) if k > 0 and text[a - 2 : a] == ", " else None
        if m is None:
            out.append((a, b))
            continue
        comma = m.start(1)
        out += [(a, comma), (bounds[k - 1][0], b)]
    return out
