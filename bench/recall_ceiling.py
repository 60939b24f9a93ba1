"""Recall's ceiling on the tuning sets: for every gold event extraction misses, the best
candidate of its document, and why the worst-reached ones have none.

    .venv/bin/python bench/recall_ceiling.py                 # the fifty-nine tuning sets
    .venv/bin/python bench/recall_ceiling.py --sentences F   # + the missed events' sentences

Every document is read as extraction reads it (the shipped detector, its candidates'
rivals when the shipped scorer weighs them, the candidates' log kept:
``bench/event_scorer.py``'s :func:`read_split`) and chosen by the shipped event scorer end to
end. For each gold event no extracted event matches, every candidate of its (first)
document, kept or dropped, the rules' or the detector's, a variant or a rival, is held
against it on the three parts of :func:`timeline.extract.evaluate.matches`: the kind class,
the date (inside the gold interval) and the key participants
(:func:`timeline.extract.evaluate.match_parts`, which ``matches`` is built on: one rule).
The event is counted once,
in the first class that holds:

* ``all three``: some candidate matches it (the choice, or the merge, loses it);
* ``class + sides``: the best candidate is right but for its date;
* ``class + date``: right but for its participants;
* ``date + sides``: right but for its kind class;
* ``none``: no candidate is right on two parts of the three.

The ``all three`` group is then counted by what lost it (:func:`lost_by`, the first
step of the choice that holds, in the order extraction takes them): the event scorer
kept none of the matching candidates (by how far the nearest one stands under its
threshold, :data:`GAPS`); a rival of a detected sentence won
(:func:`timeline.extract.pipeline.one_of_rivals`); a matching candidate was chosen but
no mention of the document matches (coreference, or a mention without participants);
the fold of one gathering told twice took it (:mod:`timeline.extract.duplicates`: no
folded mention matches it, or one of its mentions was folded into one of another kind,
a meeting into its summit, which still matches it by class but went to another gold
event); the
merge lost it: the merged event holding the matching mention is left out (one side
only), or matches another gold event instead, or none; last, a merged event matches it
but the one-to-one scoring gave it to another gold event.

The ``none`` group is then counted by cause, the first that holds: the gold evidence not
found in the article's body (searched from the body's first sentence: only in the
headline, or a paraphrase); the evidence running over
two sentences or more; its sentence holding a candidate of its class (wrong date and
participants), or only candidates of another class; a sentence without any candidate, by
what kept the detector away (:func:`timeline.extract.detector.may_tell_an_event`: no actor
named, no date expression; no detector loaded; else its probability under the threshold).
Counts per split (``matched``: the gold events extraction matches),
then the old splits (seed ... test-m) against the fresh ones (test-n on); last, the same
causes for every missed event no candidate matches (the two-part classes too), by its own
sentence. Every figure is on data tuned on.

A known coupling: the candidates' log records the candidates, not what a sentence
without one held, so :func:`cause` reads the reader's private ``_actors``, ``_places``
and ``_timex_starts`` to find the sentence's actors and date expressions and rebuilds the
detector's decision as
:meth:`timeline.extract.detector_proposals.DetectorProposals._detected` takes it (its
features, :meth:`~timeline.extract.detector.EventDetector.features_of`, against the
threshold; the per-sentence cap on mentions is not applied). A change to those
attributes or to that decision must be mirrored here; the tests of ``cause``
(``tests/bench/test_recall_ceiling.py``) fail when the attributes go.
"""

from __future__ import annotations

import argparse
import platform
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import event_scorer as es
from extraction import DEFAULT, FRESH_FROM

from timeline.extract.detector import may_tell_an_event, sentence_tokens
from timeline.extract.evaluate import GoldEvent, kind_class, match_parts
from timeline.extract.pipeline import ScorerChoice, one_of_rivals, weighs_rivals
from timeline.extract.scorer import shipped_scorer
from timeline.model import Event

#: The classes of a missed gold event, in the order they are tried.
CLASSES = ("all three", "class + sides", "class + date", "date + sides", "none")
#: The causes of the ``none`` group, in the order they are tried.
CAUSES = (
    "evidence not in the body",
    "told across two sentences",
    "a candidate of its class in its sentence",
    "only another class in its sentence",
    "no candidate: no actor named",
    "no candidate: no date expression",
    "no candidate: no detector loaded",
    "no candidate: detector under its threshold",
    "no candidate: detector fired, none built",
)

#: How far under its threshold the nearest matching candidate the scorer drops stands.
GAPS = (0.05, 0.10, 0.20)
#: What lost an ``all three`` event (:func:`lost_by`), in the order tried.
LOSSES = (
    "scorer: under by < 0.05",
    "scorer: under by 0.05-0.10",
    "scorer: under by 0.10-0.20",
    "scorer: under by 0.20+",
    "a rival won",
    "chosen, no mention matches",
    "the duplicates fold",
    "merge: left out (one side)",
    "merge: joined another gold event's",
    "merge: joined, matches none",
    "one-to-one: merged with another gold event's mention",
    "one-to-one: one mention, a second candidate dropped",
    "one-to-one: one mention tells both",
)


def _band(gap: float) -> str:
    """The :data:`LOSSES` label of a matching candidate ``gap`` under its threshold."""
    names = ("< 0.05", "0.05-0.10", "0.10-0.20")
    label = next((n for n, top in zip(names, GAPS, strict=True) if gap < top), "0.20+")
    return f"scorer: under by {label}"


def _spans(e: Event) -> set[tuple[str, int, int]]:
    return {(s.document, s.start, s.end) for s in e.sources}


def _folded_into_another_kind(e: Event, folded: Sequence[Event]) -> bool:
    """Whether the fold took the mention ``e`` into a stronger one of another kind (a
    meeting into its summit): ``folded`` holds its quote only in mentions of other kinds,
    which the merge, joining mentions of one kind, would have kept apart."""
    spans = _spans(e)
    holding = [f for f in folded if spans <= _spans(f)]
    return bool(holding) and all(f.kind is not e.kind for f in holding)


def lost_by(
    g: GoldEvent,
    candidates: Sequence[Any],
    keep: ScorerChoice,
    unfolded: Sequence[Event],
    folded: Sequence[Event],
    mentions: Sequence[Event],
    merged: Sequence[Event],
    taken: dict[int, GoldEvent],
) -> str:
    """The first of :data:`LOSSES` that holds for ``g``, a missed gold event some of its
    document's ``candidates`` match on all three parts.

    ``keep``: the scorer's choice; ``unfolded`` and ``folded``: the document's mentions
    as chosen by ``keep`` (:meth:`timeline.extract.pipeline.ReadDocument.mentions`
    without and with the fold); ``mentions`` and ``merged``: the split's folded mentions
    and merged events; ``taken``: the gold event each merged event (by ``id``) is matched
    to. The fold lost it when no folded mention matches it, or when it has mentions of its own
    kind and every one was folded into one of another kind (:func:`_folded_into_another_kind`:
    the stronger one, of its class, may still match it; unfolded, the merge would have
    kept it apart, to be scored on its own); a mention of its kind the fold kept leaves
    the loss to what comes after. Past the merge, a merged event that matches ``g`` went
    to another gold event: the merge joined a mention of ``g`` with one of that event
    (each matches its own), or one mention tells both, the scorer dropping a matching
    candidate of another sentence, or there being none."""
    right = [c for c in candidates if all(match_parts(g, c.event))]
    chosen = [c for c in right if keep(c)]
    if not chosen:
        return _band(min(keep.scorer.threshold_for(c.features) - keep.rank(c) for c in right))
    if any(c.rival_group is not None for c in candidates):
        resolved = one_of_rivals(candidates, keep)
        if not any(resolved(c) for c in chosen):
            return "a rival won"
    if not any(all(match_parts(g, e)) for e in unfolded):
        return "chosen, no mention matches"
    own = [e for e in folded if all(match_parts(g, e))]
    mine = [e for e in unfolded if all(match_parts(g, e))]
    into_another = [_folded_into_another_kind(e, folded) for e in mine if e.kind is g.kind]
    if not own or (into_another and all(into_another)):
        return "the duplicates fold"
    spans = set().union(*(_spans(e) for e in own))
    holding = [m for m in merged if _spans(m) & spans]
    if not holding:
        return "merge: left out (one side)"
    won = [m for m in holding if all(match_parts(g, m))]
    if not won:
        if any(id(m) in taken for m in holding):
            return "merge: joined another gold event's"
        return "merge: joined, matches none"
    for m in won:
        other = taken[id(m)]
        inside = [e for e in mentions if _spans(e) <= _spans(m) and not _spans(e) & spans]
        if any(all(match_parts(other, e)) for e in inside):
            return "one-to-one: merged with another gold event's mention"
    told = set().union(*(_spans(m) for m in won))
    if any(not keep(c) and not _spans(c.event) & told for c in right):
        return "one-to-one: one mention, a second candidate dropped"
    return "one-to-one: one mention tells both"


def best_class(g: GoldEvent, candidates: Sequence[Any]) -> str:
    """The first of :data:`CLASSES` some candidate reaches for ``g``."""
    seen = {tuple(match_parts(g, c.event)) for c in candidates}
    if (True, True, True) in seen:
        return "all three"
    for name, want in (
        ("class + sides", (True, False, True)),
        ("class + date", (True, True, False)),
        ("date + sides", (False, True, True)),
    ):
        if want in seen:
            return name
    return "none"


def body_sentences(read: Any) -> list[tuple[int, int]]:
    """The spans of the body's sentences, as the reader reads them (headings left out)."""
    doc = read.reader.doc
    return [(int(s.start), int(s.end)) for s in doc.sentences if not getattr(s, "heading", False)]


def cause(g: GoldEvent, read: Any, sentences: list[tuple[int, int]]) -> tuple[str, str]:
    """The first of :data:`CAUSES` that holds for ``g`` (in the ``none`` group), and the
    text of its sentence (the evidence alone when it is not in the body). ``sentences``:
    :func:`body_sentences` of ``read``."""
    reader = read.reader
    text = reader.doc.text
    body = sentences[0][0] if sentences else len(text)
    at = text.find(g.evidence, body) if g.evidence else -1
    inside = [i for i, (a, b) in enumerate(sentences) if a <= at < b]
    if at < 0 or not inside:
        return "evidence not in the body", g.evidence
    index = inside[0]
    start, end = sentences[index]
    if at + len(g.evidence) > end + 1:
        return "told across two sentences", text[start : at + len(g.evidence)]
    sentence = text[start:end]
    own = [c for c in read.candidates if c.sentence_index == index]
    if any(kind_class(c.draft.kind) == kind_class(g.kind) for c in own):
        return "a candidate of its class in its sentence", sentence
    if own:
        return "only another class in its sentence", sentence
    actors, places, timexes = reader.named_in(start, end)
    if not actors:
        return "no candidate: no actor named", sentence
    if not may_tell_an_event(actors, timexes):
        return "no candidate: no date expression", sentence
    detector = reader.detector
    if detector is None:
        return "no candidate: no detector loaded", sentence
    tokens = sentence_tokens(text, (start, end), actors, places, timexes)
    features = detector.features_of(tokens, actors, index, start == reader.lede_start)
    if detector.probability(features) < detector.threshold:
        return "no candidate: detector under its threshold", sentence
    return "no candidate: detector fired, none built", sentence


def table(title: str, columns: Sequence[str], counts: dict[str, Counter[str]]) -> None:
    """One markdown table: a row per split, then old, fresh and all."""
    print(f"\n{title}\n")
    print("| set | " + " | ".join(columns) + " |")
    print("| --- |" + " ---: |" * len(columns))
    names = list(counts)
    fresh_at = names.index(FRESH_FROM) if FRESH_FROM in names else len(names)
    groups = {
        "old (seed ... test-m)": names[:fresh_at],
        "fresh (test-n on)": names[fresh_at:],
    }
    for name in names:
        print(f"| {name} | " + " | ".join(str(counts[name][c]) for c in columns) + " |")
    for label, members in [*groups.items(), ("all", names)]:
        total: Counter[str] = Counter()
        for n in members:
            total.update(counts[n])
        print(f"| **{label}** | " + " | ".join(str(total[c]) for c in columns) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sentences",
        type=Path,
        help="write every missed event no candidate matches, with its sentence, here",
    )
    parser.add_argument("folders", nargs="*", type=Path, help="default: the tuning sets")
    args = parser.parse_args()
    scorer = shipped_scorer()
    assert scorer is not None, "no shipped event scorer"
    es.READ_RIVALS[0] = weighs_rivals(scorer)
    print(f"Python {platform.python_version()} on {platform.machine()}, one process", flush=True)
    keep = es.keep_at(scorer, (scorer.threshold, scorer.kept_threshold))
    by_class: dict[str, Counter[str]] = {}
    by_loss: dict[str, Counter[str]] = {}
    by_cause: dict[str, Counter[str]] = {}
    by_sentence: dict[str, Counter[str]] = {}
    lines: list[str] = []
    for folder in args.folders or DEFAULT:
        split = es.read_split(folder)
        chosen = {doc_id: read.mentions(keep, fold=False)[0] for doc_id, _, read in split.documents}
        folded = {doc_id: read.mentions(keep) for doc_id, _, read in split.documents}
        mentions = [e for events, _ in folded.values() for e in events]
        agreements = [a for _, found in folded.values() for a in found]
        timeline, scores = split.score_mentions(mentions, agreements)
        matched = {id(g) for g, _ in scores.matched}
        taken = {id(e): g for g, e in scores.matched}
        classes: Counter[str] = Counter()
        losses: Counter[str] = Counter()
        causes: Counter[str] = Counter()
        local: Counter[str] = Counter()
        for doc_id, _, read in split.documents:
            sentences = body_sentences(read)
            for g in (g for g in split.gold.events if g.documents[0] == doc_id):
                classes["gold"] += 1
                if id(g) in matched:
                    classes["matched"] += 1
                    continue
                got = best_class(g, read.candidates)
                classes[got] += 1
                if got == "all three":
                    loss = lost_by(
                        g,
                        read.candidates,
                        keep,
                        chosen[doc_id],
                        folded[doc_id][0],
                        mentions,
                        timeline.events,
                        taken,
                    )
                    losses[loss] += 1
                    lines.append(
                        f"{split.name}\t{doc_id}\t{got}\t{loss}\t{g.kind.value}\t"
                        f"{g.date.value}\t{' '.join(sorted(g.actors))}\t"
                        f"{' '.join(g.evidence.split())}"
                    )
                    continue
                why, sentence = cause(g, read, sentences)
                local[why] += 1
                if got == "none":
                    causes[why] += 1
                lines.append(
                    f"{split.name}\t{doc_id}\t{got}\t{why}\t{g.kind.value}\t{g.date.value}\t"
                    f"{' '.join(sorted(g.actors))}\t{' '.join(sentence.split())}"
                )
        by_class[split.name], by_cause[split.name] = classes, causes
        by_loss[split.name] = losses
        by_sentence[split.name] = local
        print(f"read {split.name}", file=sys.stderr, flush=True)
    table(
        "Missed gold events by the best candidate of their document",
        ("gold", "matched", *CLASSES),
        by_class,
    )
    table("The 'all three' group by what lost it", LOSSES, by_loss)
    table("The 'none' group by cause", CAUSES, by_cause)
    table("Every missed event no candidate matches, by its own sentence", CAUSES, by_sentence)
    if args.sentences is not None:
        args.sentences.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
