"""Which rules the extracted events come from, and how many of each are right, per set.

    PYTHONPATH=src .venv/bin/python bench/rule_precision.py FOLDER ... [--jobs 2] [--dump F]

Every candidate the reader logs (:mod:`timeline.extract.candidate_log`) carries the name of
the trigger rule that proposed it (``visit-verb``, ``signed`` ..., ``detected`` for the
event detector's proposals, ``at a gathering`` for a text adopted at a gathering). This
bench runs the extraction end to end, finds for each event output the candidates logged
in the sentences of its sources (same document, same sentence span, same kind class) and
counts, per rule and per set of folders, the events found, the right ones (matched to the
gold as :func:`timeline.extract.evaluate.score` matches them) and the documents they come
from. An event no logged candidate tells (an anniversary's counted act, a page's act)
counts under ``(no candidate)``; one told by several rules counts under the first
source's first rule, and the rule names of its other sources are listed in the dump.

``--dump F`` writes one line per event: ``R`` (right) or ``S`` (spurious), its rule, every
rule its sources tell in brackets, the set and document, its kind, date and quote, then in
braces its sides (states and organizations, 3 for three or more), the shipped scorer's
probability of its candidate in tenths (``p:7``) and that candidate's general features
(``time:background``, ``cue:quoted``, ``fate:undated`` ...), to count any class of events
by grep.

``--by-fit`` prints one table for the sets the shipped detector and event scorer were
fitted on (:func:`fitted_sets`) and one for the others: on their own sets the detector's
proposals are right 0.84 of the time, elsewhere about half (prec74).

Removing ``r`` right events of ``f`` found raises F1 when ``r / f < F1 / 2``: a rule
whose precision is below about a third on every set is a candidate for narrowing
(docs/extraction.md, "Seventy-fourth pass", prec74).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

import extraction as X

from timeline.extract import extract
from timeline.extract.candidate_log import CandidateLog
from timeline.extract.evaluate import kind_class, load_gold_set, score
from timeline.extract.scorer import shipped_scorer
from timeline.model import Event

#: (document id, sentence start, sentence end) -> (kind class, rule, fate) of each candidate.
_LOGGED: dict[tuple[str, int, int], list[tuple[str, str, str, Any]]] = defaultdict(list)


@contextmanager
def installed() -> Iterator[None]:
    """Wrap the candidate log's two recorders to note each candidate's rule by sentence,
    for the ``with`` block only: the recorders are put back and the notes dropped after
    it (left installed, every later extraction of the process kept its candidates)."""
    log = CandidateLog._log
    gathering = CandidateLog._adoption_at_gathering

    def _log(self: Any, trig: Any, m: Any, *args: Any, **kwargs: Any) -> None:
        before = len(self.candidates or [])
        log(self, trig, m, *args, **kwargs)
        for c in (self.candidates or [])[before:]:
            key = (self.doc.id, m.sentence[0], m.sentence[1])
            _LOGGED[key].append((kind_class(c.draft.kind), trig.name, c.fate, c))

    def _adoption(self: Any, sentence: tuple[int, int]) -> None:
        before = len(self.candidates or [])
        gathering(self, sentence)
        for c in (self.candidates or [])[before:]:
            key = (self.doc.id, sentence[0], sentence[1])
            _LOGGED[key].append((kind_class(c.draft.kind), "at a gathering", c.fate, c))

    _LOGGED.clear()
    CandidateLog._log = _log  # type: ignore[method-assign]
    CandidateLog._adoption_at_gathering = _adoption  # type: ignore[method-assign]
    try:
        yield
    finally:
        CandidateLog._log = log  # type: ignore[method-assign]
        CandidateLog._adoption_at_gathering = gathering  # type: ignore[method-assign]
        _LOGGED.clear()


def rules_of(event: Event) -> tuple[list[str], str]:
    """The rules of the candidates logged in the sentences of ``event``'s sources, and the
    general features (:func:`timeline.extract.candidates.candidate_features`) of the first."""
    out: list[str] = []
    features = ""
    cls = kind_class(event.kind)
    for s in event.sources:
        for k, rule, fate, c in _LOGGED.get((s.document, s.start, s.end), []):
            name = rule if fate in ("kept", "detected", "at a gathering") else f"{rule}/{fate}"
            if k == cls and name not in out:
                out.append(name)
                if not features:
                    scorer = shipped_scorer()
                    prob = scorer.probability(c.features) if scorer is not None else 1.0
                    features = f"p:{min(9, int(prob * 10))} " + " ".join(
                        sorted(
                            f.replace(" ", "_")
                            for f, v in c.features.items()
                            if v and ":" in f and not f.startswith(("word ", "trigger word"))
                        )
                    )
    return out or ["(no candidate)"], features


def one(folder_name: str, gold_file: Path | None = None) -> list[tuple[str, str, str, bool, str]]:
    """(rule, all rules, document, right, line) of every event found in a folder (scored
    against ``gold_file``, by default the folder's gold, :func:`extraction.gold_for`), with
    the candidates' recorders installed for the pass (:func:`installed`)."""
    folder = Path(folder_name)
    if X.is_held_out(folder):
        raise SystemExit(f"held out: {folder}")
    gold = load_gold_set(gold_file or X.gold_for(folder))
    rows = []
    with installed():  # the rules are read from the notes while they are kept
        found = extract([folder], jobs=1)
        s = score(found.events, gold.events, gold.documents())
        for right, events in ((True, [e for _, e in s.matched]), (False, s.spurious)):
            for e in events:
                rules, features = rules_of(e)
                doc = f"{folder.name}/{e.sources[0].document}"
                sides = len({*e.countries, *e.organizations})
                line = (
                    f"{e.kind.value} {e.date.label()} {e.sources[0].quote[:110]!r}"
                    f" {{sides:{min(sides, 3)} {features}}}"
                )
                rows.append((rules[0], ",".join(rules), doc, right, line))
    return rows


def table(rows: Sequence[tuple[str, str, str, bool, str]]) -> list[str]:
    """Right, found, precision and documents (with a spurious event) per rule."""
    found: dict[str, int] = defaultdict(int)
    right: dict[str, int] = defaultdict(int)
    docs: dict[str, set[str]] = defaultdict(set)
    bad_docs: dict[str, set[str]] = defaultdict(set)
    for rule, _, doc, ok, _ in rows:
        found[rule] += 1
        right[rule] += ok
        docs[rule].add(doc)
        if not ok:
            bad_docs[rule].add(doc)
    out = []
    for rule in sorted(found, key=lambda r: found[r] - right[r], reverse=True):
        p = right[rule] / found[rule]
        out.append(
            f"{rule:40} right {right[rule]:5} found {found[rule]:5} P {p:.3f}"
            f" docs {len(docs[rule]):4} spurious-docs {len(bad_docs[rule]):4}"
        )
    return out


def fitted_sets() -> frozenset[str]:
    """The sets the shipped event detector was fitted on (its ``trained_on``; the seed
    articles, ``corpus/``, named ``seed``), which the event scorer was fitted on too."""
    data = json.loads(files("timeline").joinpath("data/event_detector.json").read_text())
    return frozenset(data.get("trained_on", ()))


def by_fit(rows: Sequence[tuple[str, str, str, bool, str]]) -> dict[str, list[Any]]:
    """``rows`` split by whether their set is one the learned models were fitted on: their
    precision there is partly memory (the detector's proposals: docs/extraction.md, prec74)."""
    fitted = fitted_sets()
    groups: dict[str, list[Any]] = {"fitted": [], "not fitted": []}
    for row in rows:
        name = row[2].split("/", 1)[0]
        name = "seed" if name == "corpus" else name
        groups["fitted" if name in fitted else "not fitted"].append(row)
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--dump", type=Path, help="write every event with its rule here")
    parser.add_argument(
        "--by-fit",
        action="store_true",
        help="one table for the sets the learned models were fitted on, one for the others",
    )
    args = parser.parse_args()
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = [r for rs in pool.map(one, args.folders) for r in rs]
    if args.by_fit:
        for name, group in by_fit(rows).items():
            print(f"## {name}: {len(group)} events")
            print("\n".join(table(group)))
    else:
        print("\n".join(table(rows)))
    if args.dump:
        lines = sorted(
            f"{'R' if ok else 'S'} {rule} [{every}] {doc} | {line}"
            for rule, every, doc, ok, line in rows
        )
        args.dump.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
