"""Every candidate event the pipeline considers: why it was kept or dropped, and its features.

The rules of :mod:`.reader` find each trigger of the lexicon, date it and keep
it, or drop it: a word that tells no act ("plans to sign"), an organization's
name that its own words do not date, a hypothetical or negated clause, no date
found, an event the model refuses. When the reader keeps a log (issue #12), every
trigger it considers becomes a :class:`Candidate`, the dropped ones too: a
dropped trigger is dated all the same, by the nearest date of its sentence, else
by the publication day (the last-resort anchor of a report), and built into an
event with the same participants, status and title rules as a kept one. Each
candidate records a small set of *general* features (:func:`candidate_features`:
its kind, the rule's fate, where its date came from and how precise it is, the
tense and modality cues before it, its participants, where it stands in the
article, how far its date lies before the publication, whether another candidate
tells the same kind on the same date) and never a document id or outlet, so that a
scorer trained on them (:mod:`.scorer`) can carry to articles it has never seen.
Beside them, its *lexical context* (:func:`context_words`): the lower-cased words of
its trigger and of its clause next to it, which a scorer weighs only for the words of
its own vocabulary (chosen on the sets it is trained on, named in its data file).

``bench/event_scorer.py`` measures with this log the oracle recall (the gold
events some candidate matches) and trains the scorer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..model import ActorType, Event, EventDate, EventKind, Location, Participant, Precision, Status
from .evaluate import kind_class

__all__ = [
    "BESIDE_RULES",
    "DATE_SOURCES",
    "DETECTED_VARIANTS",
    "FATES",
    "Candidate",
    "Draft",
    "add_repetition",
    "band",
    "candidate_features",
    "context_words",
    "feature_names",
    "implied_participants",
    "is_lexical",
]

#: What the rules did with a candidate: kept it, or the filter that dropped it; or,
#: for a text adopted at a gathering the log holds ("at a gathering"), that no rule
#: proposed it (:meth:`timeline.extract.candidate_log.CandidateLog._adoption_at_gathering`);
#: for a sentence no rule proposed anything in, that the learned detector did ("detected",
#: :mod:`.detector`).
FATES = (
    "kept",
    "no act",
    "organization name",
    "hypothetical or negated",
    "undated",
    "at a gathering",
    "detected",
)
#: Where a candidate's date came from: its own clause, a date opening the sentence,
#: the discourse (an attached or anaphoric event, the scene, the news of the day), or,
#: for the candidates the rules dropped, the nearest date of the sentence or the
#: publication day.
DATE_SOURCES = ("own", "leading", "inferred", "sentence", "publication")
#: Cues read in the clause before the trigger (see :mod:`.lexicon`) and in its sentence.
CUES = (
    "planned",
    "hypothetical",
    "negated",
    "intended",
    "hedged",
    "postponed or cancelled",
    "quoted",
    "said",
    "definite",
    "adopted or issued",
)
#: Where a variant's added participants may come from, besides its own sentence.
DISCOURSE = ("previous sentence", "lede", "headline")
#: Where the gathering of an adoption at a gathering was told: in the sentence of the
#: text adopted, or before it in the document.
GATHERING = ("gathering in the sentence", "gathering before")
_PRECISIONS = {
    Precision.day: "day",
    Precision.week: "week or month",
    Precision.month: "week or month",
    Precision.year: "year",
}
#: The rivals of a candidate the detector proposed
#: (:meth:`.detector_proposals.DetectorProposals._detected`): the same sentence told with
#: the detector's second class, or dated by another date of the sentence. The scorer judges
#: each; at most one of a sentence's rivals is kept.
DETECTED_VARIANTS = ("second class", "other date")
#: The feature of a detected candidate proposed beside the rules' candidates of other
#: classes in its sentence (:attr:`Candidate.beside`); a scorer weighing it has them read.
BESIDE_RULES = "detected:beside the rules"
#: The bands of the detector's probability of a candidate it proposed (lower bounds).
DETECTOR_BANDS = (0.0, 0.5, 0.7, 0.85)
#: Days before the publication beyond which a date is background, not the news.
BACKGROUND_DAYS = 365
#: Days before the publication within which a date is the news of the week or month.
RECENT_DAYS = 31
#: The words of a trigger's clause read on each side of it for its lexical context.
LEXICAL_WINDOW = 5
#: Where a word of the lexical context stands: before the trigger, in it, after it.
LEXICAL_PLACES = ("word before", "trigger word", "word after")
#: A word: letters, with an apostrophe inside ("president's", "Côte"); no digits.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Characters read per word of the window (news words are 5-6 letters and a space).
_CHARS_A_WORD = 15
_LEXICAL = re.compile(rf"(?:{'|'.join(LEXICAL_PLACES)}):{_WORD.pattern}")


@dataclass(frozen=True)
class Draft:
    """What the features read of an event not built yet: a dropped trigger's.

    Most dropped triggers are never kept, so their title, summary, evidence and
    validated :class:`~timeline.model.Event` are built only when asked for
    (:attr:`Candidate.event`); the participants are those the event will have
    (:func:`implied_participants`).
    """

    id: str
    kind: EventKind
    date: EventDate
    status: Status
    participants: list[Participant]
    location: Location | None
    agreement: str | None


def implied_participants(participants: list[Participant]) -> list[Participant]:
    """The participants with the countries their people imply, as an
    :class:`~timeline.model.Event` completes them (Erdoğan brings TR)."""
    out = list(participants)
    present = {p.id for p in out}
    for p in participants:
        if p.type is ActorType.person and p.country and p.country not in present:
            out.append(Participant(id=p.country, type=ActorType.country, role=p.role))
            present.add(p.country)
    return out


@dataclass
class Candidate:
    """One trigger the reader considered, with what the rules did and the event it makes."""

    #: The event, or for a dropped trigger its :class:`Draft` until :attr:`event` builds it.
    draft: Event | Draft
    fate: str
    date_source: str
    nominal: bool
    cues: frozenset[str]
    sentence_index: int
    paragraph: int
    lede: bool
    published: date | None
    #: Other candidates of the document with the same kind class and date (set at the end).
    same_date: int = 0
    #: Of them, those the rules kept.
    same_date_kept: int = 0
    features: dict[str, float] = field(default_factory=dict)
    #: For a variant, the candidate it widens: the same trigger, date and kind, with the
    #: participants of its whole sentence, or of the discourse before (:attr:`origin`).
    base: Candidate | None = None
    #: For a variant, where its added participants were named: "sentence" (its whole
    #: sentence), else the discourse before ("previous sentence", "lede", "headline");
    #: for an adoption at a gathering, where the gathering was told (:data:`GATHERING`).
    origin: str = ""
    #: Builds the event of a :class:`Draft` (may raise ``ValueError``: the model refuses it).
    build: Callable[[], Event] | None = field(default=None, repr=False, compare=False)
    #: When dates are offered (:mod:`.redating`): the tense of its trigger's clause, its
    #: article's genre, and for a weakly dated candidate the dates its story offers, its
    #: own features crossed with their sources, and what builds their features
    #: (:attr:`option_features`, on first read: the learned choice sums their weights
    #: without them).
    tense: str = ""
    genre: tuple[str, ...] = ()
    options: list[Any] = field(default_factory=list, repr=False, compare=False)
    own_features: list[str] = field(default_factory=list, repr=False, compare=False)
    option_builder: Callable[[], list[dict[str, float]]] | None = field(
        default=None, repr=False, compare=False
    )
    _option_features: list[dict[str, float]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    #: The draft and builder as the rules dated them, while the candidate is re-dated.
    original: tuple[Event | Draft, Callable[[], Event] | None] | None = field(
        default=None, repr=False, compare=False
    )
    #: For a candidate the detector proposed (fate "detected"), its probability.
    detector: float | None = None
    #: Its lexical context (:func:`context_words`), features of a scorer's vocabulary.
    words: tuple[str, ...] = ()
    #: For a rival of a detected candidate, which (:data:`DETECTED_VARIANTS`); "" else.
    rival: str = ""
    #: For a detected candidate with rivals, and for them: the group (one per sentence) of
    #: which at most one is kept (:meth:`.pipeline.ReadDocument.mentions`).
    rival_group: int | None = None
    #: For a detected candidate (and its rivals) proposed in a sentence where the rules
    #: proposed candidates of other kind classes: those classes (empty else).
    beside: frozenset[str] = frozenset()
    #: Whether its trigger is a state's saying (:data:`.statement_rules.BESIDE_AN_ACT`): the
    #: act its sentence may tell stays the detector's to propose
    #: (:meth:`.detector_proposals.DetectorProposals._detected`).
    saying: bool = False
    #: Whether its trigger is dated only by the date written right after it
    #: (:attr:`.trigger_rule.Trigger.needs_date_after`: "the Treaty of 1918", "talks broke
    #: down in April 2003", "established in 2009"), or a detected act told again at a
    #: further date of a list ("four times - in 1977, 1997, 2005 and 2015":
    #: :meth:`.detector_proposals.DetectorProposals._detected_again`): that date names the
    #: act, and the date choice (:mod:`.date_choice`) does not move it to another date of its
    #: story.
    date_named: bool = False

    @property
    def event(self) -> Event:
        """The event this candidate makes (a draft's is built on first use)."""
        if isinstance(self.draft, Event):
            return self.draft
        if self.build is None:
            raise ValueError(f"candidate {self.draft.id} has no event builder")
        self.draft = self.build()
        return self.draft

    @property
    def option_features(self) -> list[dict[str, float]]:
        """Each option's features (:func:`.redating.option_features`), built on first read."""
        if self._option_features is None:
            if self.option_builder is None:
                return []
            self._option_features = self.option_builder()
        return self._option_features

    @option_features.setter
    def option_features(self, features: list[dict[str, float]]) -> None:
        self._option_features = features

    def move_to(self, when: EventDate) -> None:
        """Re-date the candidate (:mod:`.redating`); :meth:`restore` gives its own date back."""
        if self.original is None:
            self.original = (self.draft, self.build)
        draft, build = self.original
        if isinstance(draft, Event):
            self.draft = draft.model_copy(update={"date": when})
        else:
            self.draft = replace(draft, date=when)
            if build is not None:
                self.build = lambda: build().model_copy(update={"date": when})

    def restore(self) -> None:
        """The date the rules gave, back (after :meth:`move_to`)."""
        if self.original is not None:
            self.draft, self.build = self.original
            self.original = None

    @property
    def kept(self) -> bool:
        """True when the rules alone keep it (never a variant)."""
        return self.fate == "kept" and self.base is None

    @property
    def variant(self) -> bool:
        """True for the wider-participants variant of another candidate."""
        return self.base is not None


def feature_names() -> list[str]:
    """Every feature :func:`candidate_features` may set, in a fixed order."""
    names = [f"kind:{k.value}" for k in EventKind]
    names += [f"fate:{f}" for f in FATES]
    names += [f"date:{s}" for s in DATE_SOURCES]
    names += [f"precision:{p}" for p in ("day", "week or month", "year", "coarser")]
    names += [f"time:{t}" for t in ("background", "months before", "recent", "after", "unknown")]
    names += [f"cue:{c}" for c in CUES]
    names += ["status:planned", "status:postponed or cancelled"]
    names += [f"participants:{n}" for n in ("0", "1", "2", "3+")]
    names += ["has:organization", "has:person", "has:location", "has:agreement"]
    names += ["position:lede", "position:early", "position:late", "paragraph:later"]
    names += ["trigger:nominal", "repeat:same date", "repeat:same date kept", "date:re-dated"]
    names += [f"re-dated:{f}" for f in FATES]
    names += ["variant:wider participants", "variant:adds 2+"]
    names += [f"variant:from {o}" for o in DISCOURSE]
    names += [f"source:{o}" for o in GATHERING]
    names += [band(b) for b in DETECTOR_BANDS]
    names += [f"detected variant:{v}" for v in DETECTED_VARIANTS]
    names += [BESIDE_RULES]
    return names


def context_words(text: str, clause: tuple[int, int], trigger: tuple[int, int]) -> tuple[str, ...]:
    """The lexical context of a trigger: the lower-cased words of the trigger, and up to
    :data:`LEXICAL_WINDOW` words of its clause on each side, as feature names (each once).

    >>> text = "Leaders had hoped to sign the pact in Lima on Friday."
    >>> context_words(text, (0, len(text)), (text.index("sign"), text.index("sign") + 4))
    ... # doctest: +NORMALIZE_WHITESPACE
    ('word before:leaders', 'word before:had', 'word before:hoped', 'word before:to',
     'trigger word:sign', 'word after:the', 'word after:pact', 'word after:in',
     'word after:lima', 'word after:on')
    """
    start, end = trigger
    reach = _CHARS_A_WORD * LEXICAL_WINDOW  # the window in characters: a word cut is dropped
    lo, hi = max(clause[0], start - reach), min(clause[1], end + reach)
    before = _WORD.findall(text, lo, start)[1 if lo > clause[0] else 0 :]
    after = _WORD.findall(text, end, hi)
    after = after[:-1] if hi < clause[1] else after
    names = [f"word before:{w.lower()}" for w in before[-LEXICAL_WINDOW:]]
    names += [f"trigger word:{w.lower()}" for w in _WORD.findall(text, start, end)]
    names += [f"word after:{w.lower()}" for w in after[:LEXICAL_WINDOW]]
    return tuple(dict.fromkeys(names))


def is_lexical(name: str) -> bool:
    """Whether a feature name is one of a lexical context (:func:`context_words`).

    >>> is_lexical("word after:pact"), is_lexical("word after:Pact"), is_lexical("kind:visit")
    (True, False, False)
    """
    return _LEXICAL.fullmatch(name) is not None and name == name.lower()


def band(probability: float) -> str:
    """The feature naming the band of :data:`DETECTOR_BANDS` a detector probability is in.

    >>> band(0.62)
    'detector:0.50+'
    """
    low = max(b for b in DETECTOR_BANDS if probability >= b)
    return f"detector:{low:.2f}+"


def candidate_features(c: Candidate) -> dict[str, float]:
    """The features of one candidate: names of :func:`feature_names`, value 1 when set."""
    e = c.draft
    on = [f"kind:{e.kind.value}", f"fate:{c.fate}", f"date:{c.date_source}"]
    on.append(f"precision:{_PRECISIONS.get(e.date.precision, 'coarser')}")
    on.append(f"time:{_time(e, c.published)}")
    on += [f"cue:{cue}" for cue in sorted(c.cues)]
    if e.status is Status.planned:
        on.append("status:planned")
    elif e.status is not Status.occurred:
        on.append("status:postponed or cancelled")
    sides = [p for p in e.participants if p.type is not ActorType.person]
    on.append(f"participants:{len(sides) if len(sides) < 3 else '3+'}")
    if any(p.type is ActorType.organization for p in e.participants):
        on.append("has:organization")
    if any(p.type is ActorType.person for p in e.participants):
        on.append("has:person")
    if e.location is not None:
        on.append("has:location")
    if e.agreement is not None:
        on.append("has:agreement")
    if c.lede:
        on.append("position:lede")
    else:
        on.append("position:early" if c.sentence_index <= 3 else "position:late")
    if c.paragraph >= 2:
        on.append("paragraph:later")
    if c.nominal:
        on.append("trigger:nominal")
    if c.same_date:
        on.append("repeat:same date")
    if c.same_date_kept:
        on.append("repeat:same date kept")
    if c.original is not None:
        on += ["date:re-dated", f"re-dated:{c.fate}"]
    if c.base is not None:
        on.append("variant:wider participants")
        if len(e.participants) - len(c.base.draft.participants) >= 2:
            on.append("variant:adds 2+")
        if c.origin in DISCOURSE:
            on.append(f"variant:from {c.origin}")
    elif c.origin in GATHERING:
        on.append(f"source:{c.origin}")
    detected = (c.base or c).detector
    if detected is not None:
        on.append(band(detected))
    if c.rival:
        on.append(f"detected variant:{c.rival}")
    if (c.base or c).beside:
        on.append(BESIDE_RULES)
    on += c.words
    return dict.fromkeys(on, 1.0)


def _time(e: Event | Draft, published: date | None) -> str:
    if published is None:
        return "unknown"
    if e.date.start > published:
        return "after"
    days = (published - e.date.end).days
    if days > BACKGROUND_DAYS:
        return "background"
    return "months before" if days > RECENT_DAYS else "recent"


def add_repetition(
    candidates: list[Candidate], changed: Collection[Candidate] | None = None
) -> None:
    """Count, for each candidate, the others of its document with its kind class and date;
    then compute every candidate's features. With ``changed`` (the candidates whose own
    fields changed since their features were computed: a re-dating's moves), only those
    and the ones whose counts change are computed again: the others' are the same."""

    def key(c: Candidate) -> tuple[str, str]:
        return kind_class(c.draft.kind), c.draft.date.value

    # a rival tells its sentence again: it counts no repetition of another candidate
    told = Counter(key(c) for c in candidates if c.base is None and not c.rival)
    kept = Counter(key(c) for c in candidates if c.kept)
    redo = None if changed is None else {id(c) for c in changed}
    for c in candidates:
        k = key(c)
        own = c.base or c
        same_date = told[k] - (0 if own.rival else 1)
        same_date_kept = kept[k] - (1 if own.kept else 0)
        if (
            redo is not None
            and id(c) not in redo
            and (same_date, same_date_kept) == (c.same_date, c.same_date_kept)
        ):
            continue
        c.same_date, c.same_date_kept = same_date, same_date_kept
        c.features = candidate_features(c)
