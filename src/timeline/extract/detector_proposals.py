"""The sentence detector's candidates: where no rule proposed one, the learned detector may.

In a sentence that names an actor and a date (:func:`.detector.may_tell_an_event`) and
where no rule's trigger gave a candidate, :meth:`DetectorProposals._detected` proposes one
when the detector (:mod:`.detector`) fires: the class it detects, at the word that counts
most (a saying at its verb, a state's act at its verb in the past), dated by the
sentence's own date, else the nearest; not where the rules' own guards read no act (a
game, an invasion no state made, a noun that is no object of its verb, a person's life, a
thing sent or received). With the reader's options, the rivals of a detected candidate
(its second class, its other dates) and the candidates beside the rules' of another
class; the options are :class:`.reader.Reader`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import EventKind
from .acting_sides import a_state_invades, names_a_game, state_act_words
from .actor_mentions import Mentions
from .candidate_log import CandidateLog
from .candidates import Candidate
from .date_positions import IRREGULAR_PAST, between_subject_and_verb, is_dateline, is_leading
from .dated_spans import DatedSpan
from .dating import OWN_DAY_AFTER
from .detector import (
    EventDetector,
    Token,
    may_tell_an_event,
    process_verbs,
    sentence_features,
    sentence_tokens,
    tells_people_met,
)
from .discourse import distance
from .evaluate import kind_class
from .lists import dated_items
from .relation_guards import no_object
from .statement_titles import is_saying_verb
from .topics import has_a_stance_on_war, opens_on_a_crowd, tells_a_strike
from .trigger_guards import recalled_without_its_year, told_as_a_habit
from .trigger_rule import Trigger
from .usable_dates import report_days, usable_timexes
from .visit_rules import no_traveller_sent_or_received, talks_with_no_journey

__all__ = [
    "DATE_RIVALS",
    "KIND_MARGIN",
    "DetectorProposals",
]

#: A detected sentence's rival of the detector's second class: when that class's
#: probability is within this margin of the first's (fixed before any score).
KIND_MARGIN = 0.2
#: A detected sentence's rivals dated by its other dates: at most this many (the nearest).
DATE_RIVALS = 3

#: A person's life told in a sentence: a detected visit there is where they were born, lay
#: ill, died or served, no trip (the detector's visit class is dropped there).
_LIFE = re.compile(
    r"\b(?:was\s+born|born\s+in|died|dies|passed\s+away|hospitali[sz]ed|(?:his|her|their)\s+"
    r"death|term\s+(?:ends|ended|expires|expired))\b",
    re.I,
)

#: A word of an invasion (``invasion_words`` of ``data/state_act_words.yaml``): the detector's
#: candidate there is a state's act only where the rules' guard (:func:`.a_state_invades`)
#: reads one.
_INVASION_WORD = re.compile(state_act_words("invasion_words"), re.I)

#: A verb in the past: a regular form or an irregular one (``irregular_past`` of
#: ``data/tense_markers.yaml``): where a detected act of kind ``other`` stands.
_PAST_VERB = re.compile(r"[a-z]{3,}ed|" + IRREGULAR_PAST)

#: The detector's class of people meeting (meeting, summit, forum): only in a sentence that
#: tells people met (:func:`.detector.tells_people_met`).
_GATHERING = kind_class(EventKind.meeting)

#: Matches nothing: the pattern of a candidate the detector proposes (no rule found it).
_NO_PATTERN = re.compile(r"(?!)")


class DetectorProposals(CandidateLog):
    """Proposes the sentence detector's candidates, where no rule proposed one (with a log
    and a detector; the options are set by :class:`.reader.Reader`)."""

    #: The sentence detector, with a log; else None.
    detector: EventDetector | None
    #: Every sentence the detector reads is proposed, whatever its probability (the bench
    #: judges it).
    propose_all: bool
    #: A detected candidate's rivals too: its second class, its other dates.
    detected_variants: bool
    #: A sentence whose rules' candidates are all of another class is read too.
    beside_rules: bool
    #: (sentence index, span, features) of every sentence, with ``record_sentences``.
    sentence_features: list[tuple[int, tuple[int, int], dict[str, float]]] | None

    def _detected(self, sentence: tuple[int, int], mentions: Mentions, context: list[str]) -> None:
        """Propose a candidate where the detector fires and no rule proposed one, in a
        sentence with a date expression and an actor (:func:`.detector.may_tell_an_event`):
        the class it detects, at the sentence's word that counts most for an event, dated by
        the nearest date of the sentence, else the publication day, with the participants of
        the sentence (the rules of a dropped trigger, :meth:`CandidateLog._shadow`). Only
        the features the detector names are built (:meth:`.detector.EventDetector.features_of`).
        With :attr:`detected_variants`, its rivals too: the detector's second class when
        within :data:`KIND_MARGIN` of the first, and each other date of the sentence (at
        most :data:`DATE_RIVALS`), each a candidate of its own that the scorer judges
        (feature ``detected variant:...``); at most one of them is kept. With
        :attr:`beside_rules`, a sentence whose rules' candidates are all of another kind
        class than the detector's first is read too (a rival of their class is not
        proposed): its candidates name those classes (:attr:`.candidates.Candidate.beside`,
        feature ``detected:beside the rules``)."""
        assert self.candidates is not None
        index = self._sentence_index
        lo, hi = (
            bisect_left(self._timex_starts, sentence[0]),
            bisect_left(self._timex_starts, sentence[1]),
        )
        timexes = self.timexes[lo:hi]
        lede = sentence[0] == self.lede_start
        tokens: list[Token] | None = None
        if self.sentence_features is not None:
            tokens = sentence_tokens(self.text, sentence, mentions.actors, mentions.places, timexes)
            features = sentence_features(tokens, mentions.actors, index, lede)
            self.sentence_features.append((index, sentence, features))
        detector = self.detector
        if detector is None or not may_tell_an_event(mentions.actors, timexes):
            return
        rules: set[str] = set()  # the kind classes of the rules' candidates of the sentence
        for c in reversed(self.candidates):
            if c.sentence_index < index:
                break
            if not self.beside_rules and not c.saying:
                return  # the rules have a candidate in this sentence
            rules.add(kind_class(c.draft.kind))
        if tokens is None:
            tokens = sentence_tokens(self.text, sentence, mentions.actors, mentions.places, timexes)
        features = detector.features_of(tokens, mentions.actors, index, lede)
        probability = detector.probability(features)
        if probability < detector.threshold and not self.propose_all:
            return
        word = detector.strongest(tokens)
        if word is None:
            return
        if not self.propose_all and (
            self._no_states_act(sentence, word.start, word.end)
            or recalled_without_its_year(self.text, word.start, word.end, sentence)
        ):
            # "recalled the ice-breaking visit of": an earlier act (the rules' guard)
            return
        margin = KIND_MARGIN if self.detected_variants else -1.0
        kinds = detector.kinds_within(features, margin)
        if (
            EventKind.other in kinds
            and not self.propose_all
            and no_object(self.text, *sentence, at=word.start)
        ):
            # the kind-other rules' negative evidence around the detector's word: the noun is
            # no object of its verb
            if kinds[0] is EventKind.other:
                return
            kinds = [k for k in kinds if k is not EventKind.other]
        if (
            EventKind.visit in kinds
            and not self.propose_all
            and (
                _LIFE.search(self.text, *sentence)
                or no_traveller_sent_or_received(self.text, *sentence)
                or tells_a_strike(self.text[sentence[0] : sentence[1]])
            )
        ):
            # a person's life told ("was born in 1924 in Sacho", "had been hospitalized in
            # Nairobi", "his term ends on December 31"): where they were is no visit; nor
            # where a state sent or received a thing ("sent a note verbale to China",
            # "sent troops to", "welcomed the ceasefire agreement")
            if kinds[0] is EventKind.visit:
                return
            kinds = [k for k in kinds if k is not EventKind.visit]
        if (
            EventKind.visit in kinds
            and not self.propose_all
            and talks_with_no_journey(self.text, *sentence)
        ):
            # a talk with a person and no journey nor place told ("Workneh discussed with
            # Burundian External Relations Minister Alain Nyamitwe ways of ...", "has also
            # conferred with Botswana's Foreign Minister"): a meeting, no visit
            kinds = list(
                dict.fromkeys(EventKind.meeting if k is EventKind.visit else k for k in kinds)
            )
        if (
            not self.propose_all
            and any(kind_class(k) == _GATHERING for k in kinds)
            and not tells_people_met(tokens)
        ):
            # no word of people meeting, no organization, one person at most: a speech, an
            # accusation, a crime at a consulate is no gathering ("Barak told troops training
            # in the Golan Heights that Hezbollah and Syria ...")
            if kind_class(kinds[0]) == _GATHERING:
                return
            kinds = [k for k in kinds if kind_class(k) != _GATHERING]
        if (
            not self.propose_all
            and kinds[0] is not EventKind.statement
            and told_as_a_habit(self.text, word.start, word.end, sentence)
        ):
            # "has visited the continent several times": a set of acts, no act of a day (the
            # rules' guard); a saying may be told with its day ("has repeatedly called for
            # reconciliation ... and in a July speech voiced his desire")
            return
        if rules and not self.propose_all:  # the bench's folds re-kind every candidate
            if kind_class(kinds[0]) in rules:
                return  # the rules told the sentence in the detector's class
            kinds = [k for k in kinds if kind_class(k) not in rules]  # nor a rival of theirs
        if kinds[0] is EventKind.statement:
            # a saying stands at its verb, which its title tells ("Zahar says that ..."), not
            # at the word that counts most for the detector
            word = next((t for t in tokens if not t.masked and is_saying_verb(t.text)), word)
        elif kinds[0] is EventKind.other and not _PAST_VERB.fullmatch(word.text):
            # a state's act stands at its verb, which its title tells ("India and the Maldives:
            # discussed security in the Indian Ocean"), not at a noun that counts most
            word = next(
                (
                    t
                    for t in tokens
                    if not t.masked and t.start < word.start and _PAST_VERB.fullmatch(t.text)
                ),
                word,
            )
        if (
            kinds[0] is EventKind.other
            and not self.propose_all
            and word.text.lower() in process_verbs()
        ):
            return  # "the dismantling stalled": a process's course, no state's act
        beside = frozenset(rules)
        trig = Trigger(name="detected", kind=kinds[0], pattern=_NO_PATTERN)
        if self.counted and self.counted_act(trig, word.start, word.end) is not None:
            return  # the act an anniversary counts from: the rules' or the anniversary's
        dated = usable_timexes(self.text, timexes, *sentence) if timexes else []
        # a date opening the sentence dates every act of it ("On July 29, Japan filed a
        # protest over the launch the night before"), as it dates a rule's trigger
        # (:meth:`_own_dates`), and so does one between the subject and its verb, as wire
        # copy writes it ("Japan on July 29 filed ..."); else the nearest date to the word
        leading = next(
            (
                d
                for d in dated
                if (
                    is_leading(self.text, sentence[0], d)
                    and not is_dateline(self.text, sentence[0], d)
                )
                or between_subject_and_verb(self.text, sentence[0], d)
            ),
            None,
        )
        if leading is None and kinds[0] is EventKind.statement:
            # a saying's own day right after its verb ("the Ministry of Defence said on
            # Thursday that ..."): the day of the telling dates no act (:func:`report_days`),
            # but it dates the saying, as it dates a rule's statement (:data:`OWN_DAY_AFTER`)
            leading = next(
                (
                    d
                    for d in report_days(self.text, timexes, *sentence)
                    if 0 <= d.start - word.end <= OWN_DAY_AFTER
                ),
                None,
            )
        before = len(self.candidates)
        self._shadow(
            trig,
            word.start,
            word.end,
            "detected",
            [sentence],
            dated if leading is None else [leading],
            sentence,
            mentions,
            context,
        )
        if len(self.candidates) == before:
            return
        first = self.candidates[before]
        first.detector = probability
        for c in self.candidates[before:]:
            c.beside = beside
        if not self.detected_variants:
            self._detected_again(first, dated, trig, word, sentence, mentions, context, beside)
            return
        # the rivals: the second class, then each other date of the sentence (the rules
        # dated the first by the nearest: the others, nearest first, each date once)
        rivals: list[tuple[str, Trigger, list[DatedSpan]]] = []
        if len(kinds) > 1 and kind_class(kinds[1]) != kind_class(kinds[0]):
            second = Trigger(name="detected", kind=kinds[1], pattern=_NO_PATTERN)
            rivals.append(("second class", second, dated))
        seen = {first.draft.date.value}
        for span in sorted(dated, key=lambda d: distance(d, (word.start, word.end))):
            if len(seen) > DATE_RIVALS or span.date.value in seen:
                continue
            seen.add(span.date.value)
            rivals.append(("other date", trig, [span]))
        for rival, rival_trig, rival_dated in rivals:
            start = len(self.candidates)
            self._shadow(
                rival_trig, word.start, word.end, "detected", [sentence], rival_dated, sentence,
                mentions, context,
            )  # fmt: skip
            for c in self.candidates[start:]:
                c.rival = rival
                c.beside = beside
            if len(self.candidates) > start:
                self.candidates[start].detector = probability
        if len(self.candidates) > before + 1 and any(c.rival for c in self.candidates[before:]):
            for c in self.candidates[before:]:
                c.rival_group = before
        self._detected_again(first, dated, trig, word, sentence, mentions, context, beside)

    def _detected_again(
        self,
        first: Candidate,
        dated: list[DatedSpan],
        trig: Trigger,
        word: Token,
        sentence: tuple[int, int],
        mentions: Mentions,
        context: list[str],
        beside: frozenset[str],
    ) -> None:
        """The detected act told again at each further date of a list after its own ("has
        held the ASEAN chairmanship four times - in 1977, 1997, 2005 and 2015", "two coups,
        in August 2020 and in May 2021": :func:`.lists.dated_items`), one candidate each, as
        a rule's act is (:meth:`.mention_copies.MentionCopies._elided`); none of them a rival of the
        first (each is an act of its own)."""
        assert self.candidates is not None
        own = next((d for d in dated if d.date.value == first.draft.date.value), None)
        if own is None:
            return
        for again in dated_items(self.text, own, dated, ()):
            start = len(self.candidates)
            self._shadow(
                trig, word.start, word.end, "detected", [sentence], [again], sentence, mentions,
                context,
            )  # fmt: skip
            for c in self.candidates[start:]:
                c.detector = first.detector
                c.beside = beside
                # its list's date names it: the date choice keeps it (`date_named`)
                c.date_source = "own"
                c.date_named = True

    def _no_states_act(self, sentence: tuple[int, int], start: int, end: int) -> bool:
        """Whether the detector's word at ``start:end`` tells no state's act by the rules' own
        guards (review31 F-l): a game's word in its sentence (:func:`.names_a_game`: a team
        named by its country plays, "said Paraguay after the final against Ecuador"), or an
        invasion the rules refuse (:func:`.a_state_invades`: no side its subject, "fire ants
        invaded Samoa", or "a pitch invasion"), or a stance taken on a war in its sentence
        (:func:`.topics.has_a_stance_on_war`: "deciding to oppose the Iraq War in 2002", an
        opinion; seventy-third pass), or a crowd its subject (:func:`.topics.opens_on_a_crowd`:
        "Protesters demonstrating against Japan broke windows", no state's act)."""
        text = self.text
        if (
            names_a_game(text, *sentence)
            or has_a_stance_on_war(text, *sentence)
            or opens_on_a_crowd(text, *sentence)
        ):
            return True
        invasion = _INVASION_WORD.fullmatch(text, start, end) is not None
        return invasion and not a_state_invades(text, start, end)
