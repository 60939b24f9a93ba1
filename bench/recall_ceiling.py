"""Recall's ceiling on the tuning sets: for every gold event extraction misses, the best
candidate of its document, and why the worst-reached ones have none.

    .venv/bin/python bench/recall_ceiling.py                 # the forty-three tuning sets
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
detector's decision as :meth:`timeline.extract.reader.Reader._detected` takes it (its
features, :meth:`~timeline.extract.detector.EventDetector.features_of`, against the
threshold; the per-sentence cap on mentions is not applied). A change to those
attributes or to that decision must be mirrored here; the tests of ``cause``
(``tests/bench/test_recall_ceiling.py``) fail when the attributes go.
"""

from __future__ import annotations

import argparse
import platform
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import event_scorer as es
from extraction import DEFAULT, FRESH_FROM

from timeline.extract.detector import may_tell_an_event, sentence_tokens
from timeline.extract.evaluate import GoldEvent, kind_class, match_parts
from timeline.extract.pipeline import weighs_rivals
from timeline.extract.scorer import shipped_scorer

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
    actors = [m for m in reader._actors if start <= m.start and m.end <= end]
    lo, hi = bisect_left(reader._timex_starts, start), bisect_left(reader._timex_starts, end)
    timexes = reader.timexes[lo:hi]
    if not actors:
        return "no candidate: no actor named", sentence
    if not may_tell_an_event(actors, timexes):
        return "no candidate: no date expression", sentence
    detector = reader.detector
    if detector is None:
        return "no candidate: no detector loaded", sentence
    places = [m for m in reader._places if start <= m.start and m.end <= end]
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
    keep = es._keep(scorer, (scorer.threshold, scorer.kept_threshold))
    by_class: dict[str, Counter[str]] = {}
    by_cause: dict[str, Counter[str]] = {}
    by_sentence: dict[str, Counter[str]] = {}
    lines: list[str] = []
    for folder in args.folders or DEFAULT:
        split = es.read_split(folder)
        matched = {id(g) for g, _ in split.scores(keep).matched}
        classes: Counter[str] = Counter()
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
        by_sentence[split.name] = local
        print(f"read {split.name}", file=sys.stderr, flush=True)
    table(
        "Missed gold events by the best candidate of their document",
        ("gold", "matched", *CLASSES),
        by_class,
    )
    table("The 'none' group by cause", CAUSES, by_cause)
    table("Every missed event no candidate matches, by its own sentence", CAUSES, by_sentence)
    if args.sentences is not None:
        args.sentences.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
