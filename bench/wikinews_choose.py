"""Choose English Wikinews articles for new splits, by keywords and country names only.

    .venv/bin/python bench/wikinews_choose.py --mirror MIRROR --seed 27 --target 60 \\
        --splits wn-a,wn-b -o chosen.tsv
    .venv/bin/python bench/wikinews_choose.py --mirror MIRROR --seed 28 --target 90 \\
        --exclude bench/data/wikinews_events/chosen.tsv --splits wn-c,wn-d,wn-e \\
        -o chosen.tsv --layout FOLDER

The first command drew wn-a and wn-b (twenty-seventh session), the second wn-c, wn-d and
wn-e (twenty-eighth): both reproduce ``bench/data/wikinews_events/chosen.tsv`` row for row.
A next draw takes a new seed, ``--exclude`` the whole chosen table and new split names.
Those commands read the four files of step 1 and nothing else; ``--sources`` names the
repositories to read instead (``Docma-TU/toscaData,vanatteveldt/wikinews,amir-zeldes/gum``
adds GUM's 24 Wikinews news articles, :data:`MORE_SOURCE_FILES`), so that a new source
never changes an earlier draw. Every step below sees the articles of all the sources read
at once: the same story in two sources is one article (step 3), and ``--exclude`` leaves
out a table's story in whichever source tells it again.

The articles are read with ``bench/wikinews_events.py``'s readers (the sources, their
commits and the benches' layout are that module's), so a chosen article is the text
``materialize`` rebuilds. Nothing here reads an event, runs the extractor or looks at gold:
the choice sees the words of the lists in ``bench/data/wikinews_events/choice/lists.yaml``
(states, diplomatic vocabulary, sport and off-topic words) and nothing else:

1. every article of the four source files (toscaData's ``politics.rda``, ``economy.rda``;
   vanatteveldt's 2019 and 2020 CSV; with ``--sources``, the files of the repositories
   named), the first copy of a record read twice, dated
   2005–2024, with 2 paragraphs or more and a body of 300–6,000 characters, no ``/`` and no
   off-topic word in its title, fewer than two sport words, two states named or more, two
   distinct core terms and six strong ones or more (:func:`eligible`; ``--min-strong``
   lowers the six for a new draw: five, the smallest relaxation that leaves a split's worth
   of new articles, docs/history/extraction-log.md "Thirtieth pass: wnsource";
   ``--max-chars`` and ``--first-day`` widen the body's length and the dates for a new
   draw once a smaller count of strong terms adds nothing: wn-l, docs/extraction.md
   "Development set");
2. its states ranked by mentions (the title's count thrice), the first two its pair, the
   first its main state, its region the first state's (the second's when the first is the
   United States) (:func:`describe`);
3. the same story told twice dropped, the earlier kept: titles sharing more than half
   their words, the same pair within ten days, a shared state within two days, or a
   shared paragraph of over 120 characters (:func:`distinct`); and with ``--exclude``, any
   article of the table's records (but the splits drawn now) or the same story as one;
4. per region, a random order (the seed), then by core terms and strong terms' density;
   regions taken round-robin in name order, each giving, of its best dozen left, the one
   of the least represented year, at most two per pair and four per main state, until
   ``--target`` (:func:`choose`);
5. the chosen, in date and address order, shuffled again by the seed and dealt into the
   splits: ``n // k`` each, the last the rest (:func:`deal`).

The chosen table (``-o``; tab-separated, the columns of ``chosen.tsv``) lists each split's
articles by date; ``--layout`` writes them too, one folder per split in the benches'
layout with a ``HELD_OUT`` file, for the annotators.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

import yaml
from extraction import HELD_OUT_MARKER
from heldout_pack import PackError, sha256_of
from wikinews_events import (
    PACKED,
    SOURCES,
    Article,
    article_text,
    read_records,
    source_files,
)

LISTS = PACKED / "choice" / "lists.yaml"
#: the files read by default, in this order (the order decides which copy of a record is
#: kept): the files every earlier draw read
SOURCE_FILES = (
    ("Docma-TU/toscaData", "data/politics.rda"),
    ("Docma-TU/toscaData", "data/economy.rda"),
    ("vanatteveldt/wikinews", "data/wikinews_2019.csv"),
    ("vanatteveldt/wikinews", "data/wikinews_2020.csv"),
)
#: the files read only when ``--sources`` names their repository, after the default ones; a
#: path that is not a file names every file under it (GUM: one file per article)
MORE_SOURCE_FILES = (("amir-zeldes/gum", "dep/GUM_news_"),)
FIRST_DAY, LAST_DAY = date(2005, 1, 1), date(2024, 12, 31)
MIN_CHARS, MAX_CHARS = 300, 6000
MIN_CORE, MIN_STRONG, MAX_SPORT = 2, 6, 1
PER_PAIR, PER_MAIN_STATE, BEST = 2, 4, 12
PAIR_DAYS, STATE_DAYS, TITLE_OVERLAP, LONG_PARAGRAPH = 10, 2, 0.5, 120
COLUMNS = (
    "split", "file_id", "date", "repository", "commit", "path", "record", "url", "region",
    "countries", "sha256", "licence",
)  # fmt: skip


@dataclass(frozen=True)
class Lists:
    """The reviewed lists, compiled (:func:`load_lists`)."""

    names: dict[str, re.Pattern[str]]
    regions: dict[str, str]
    not_when: dict[str, re.Pattern[str]]
    confirmed_by: dict[str, re.Pattern[str]]
    strong: tuple[str, ...]
    core: tuple[str, ...]
    sport: re.Pattern[str]
    off_topic_title: re.Pattern[str]


def _words(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def load_lists(path: Path = LISTS) -> Lists:
    """The lists file, its states in file order (the order breaks ties between states)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    names: dict[str, re.Pattern[str]] = {}
    regions: dict[str, str] = {}
    for region, states in raw["regions"].items():
        for state, spellings in states.items():
            longest_first = sorted(spellings, key=len, reverse=True)
            alternatives = "|".join(re.escape(name) for name in longest_first)
            names[state] = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")
            regions[state] = region
    return Lists(
        names=names,
        regions=regions,
        not_when={state: re.compile(p) for state, p in raw["not_when"].items()},
        confirmed_by={state: re.compile(p) for state, p in raw["confirmed_by"].items()},
        strong=tuple(term.lower() for term in raw["strong"]),
        core=tuple(term.lower() for term in raw["core"]),
        sport=_words(raw["sport"]),
        off_topic_title=_words(raw["off_topic_title"]),
    )


@dataclass
class Candidate:
    """An article of a source file, with what the choice reads of it."""

    repository: str
    path: str
    record: str
    url: str
    article: Article
    states: list[str] = field(default_factory=list)
    region: str = ""
    core: int = 0
    density: float = 0.0

    @property
    def text(self) -> str:
        """The title and the paragraphs, one per line (what the lists are matched on)."""
        return self.article.title + "\n" + "\n".join(self.article.paragraphs)

    @property
    def pair(self) -> tuple[str, ...]:
        return tuple(sorted(self.states[:2]))

    @property
    def main_state(self) -> str:
        return self.states[0]

    @property
    def year(self) -> int:
        return self.article.day.year


def url_of(repository: str, record: str) -> str:
    """An article's address: the page id's for toscaData, the CSV's address tidied.

    >>> url_of("Docma-TU/toscaData", "ID4054")
    'https://en.wikinews.org/wiki?curid=4054'
    >>> url_of("vanatteveldt/wikinews", "https://en.wikinews.org//wiki/X")
    'https://en.wikinews.org/wiki/X'
    """
    if repository == "Docma-TU/toscaData":
        return "https://en.wikinews.org/wiki?curid=" + record.removeprefix("ID")
    return record.replace(".org//wiki/", ".org/wiki/")


def files_of(sources: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """The source files read: :data:`SOURCE_FILES` unless ``sources`` names repositories,
    then the files of those, of :data:`SOURCE_FILES` and :data:`MORE_SOURCE_FILES` in order.

    >>> files_of() == list(SOURCE_FILES)
    True
    >>> files_of(["amir-zeldes/gum", "vanatteveldt/wikinews"])[-1]
    ('amir-zeldes/gum', 'dep/GUM_news_')
    """
    if sources is None:
        return list(SOURCE_FILES)
    every = [*SOURCE_FILES, *MORE_SOURCE_FILES]
    unknown = sorted(set(sources) - {repository for repository, _ in every})
    if unknown:
        known = sorted({repository for repository, _ in every})
        raise PackError(f"--sources: {', '.join(unknown)} unknown (known: {', '.join(known)})")
    return [(repository, path) for repository, path in every if repository in sources]


def read_candidates(mirror: Path, sources: Sequence[str] | None = None) -> list[Candidate]:
    """Every article of the source files (:func:`files_of`), the first copy of a record, in
    file order."""
    seen: set[str] = set()
    out = []
    for repository, named in files_of(sources):
        for path in source_files(mirror, repository, named):
            for record, article in read_records(mirror, repository, path).items():
                if record not in seen:
                    seen.add(record)
                    url = article.url or url_of(repository, record)
                    out.append(Candidate(repository, path, record, url, article))
    return out


def states_in(text: str, lists: Lists) -> Counter[str]:
    """How often each state is named, in the lists' order.

    >>> lists = load_lists()
    >>> dict(states_in("Papua New Guinea and Chad met in Tbilisi; Georgia agreed.", lists))
    {'Chad': 1, 'Papua New Guinea': 1, 'Georgia': 1}
    >>> dict(states_in("The Georgian delegation met Guinea.", lists))
    {'Guinea': 1}
    """
    counts: Counter[str] = Counter()
    for state, pattern in lists.names.items():
        blanked = lists.not_when[state].sub(" ", text) if state in lists.not_when else text
        found = len(pattern.findall(blanked))
        if found:
            counts[state] += found
    for state, confirmation in lists.confirmed_by.items():
        if counts.get(state) and not confirmation.search(text):
            del counts[state]
    return counts


def vocabulary(text: str, lists: Lists) -> tuple[int, int]:
    """(distinct core terms, occurrences of strong terms) in ``text``, case ignored."""
    low = text.lower()
    return sum(1 for term in lists.core if term in low), sum(low.count(t) for t in lists.strong)


def eligible(
    candidate: Candidate,
    lists: Lists,
    min_strong: int = MIN_STRONG,
    max_chars: int = MAX_CHARS,
    first_day: date = FIRST_DAY,
) -> bool:
    """Whether an article may be chosen at all (step 1 of the module's docstring);
    ``min_strong`` occurrences of strong terms or more, a body of ``max_chars`` characters
    or fewer, dated ``first_day`` or later."""
    article = candidate.article
    body = "\n".join(article.paragraphs)
    if not first_day <= article.day <= LAST_DAY or len(article.paragraphs) < 2:
        return False
    if not MIN_CHARS <= len(body) <= max_chars:
        return False
    if lists.off_topic_title.search(article.title) or "/" in article.title:
        return False
    if len(lists.sport.findall(article.title + " " + body)) > MAX_SPORT:
        return False
    if len(states_in(candidate.text, lists)) < 2:
        return False
    core, strong = vocabulary(candidate.text, lists)
    return core >= MIN_CORE and strong >= min_strong


def describe(candidate: Candidate, lists: Lists) -> None:
    """Set the article's states (by mentions), region and vocabulary scores (step 2)."""
    counts = states_in(candidate.text, lists)
    counts.update({state: 3 * n for state, n in states_in(candidate.article.title, lists).items()})
    candidate.states = [state for state, _ in counts.most_common()]
    lead = candidate.states[0]
    if lead == "United States" and len(candidate.states) > 1:
        lead = candidate.states[1]  # a story of the US and another state: the other's region
    candidate.region = lists.regions[lead]
    candidate.core, strong = vocabulary(candidate.text, lists)
    candidate.density = round(1000 * strong / max(1, len(candidate.text)), 2)


def _title_words(candidate: Candidate) -> set[str]:
    return set(re.findall(r"[a-z]{4,}", candidate.article.title.lower()))


def same_story(one: Candidate, other: Candidate) -> bool:
    """Titles sharing over half their words, the same pair of states within ten days, or a
    state in common within two days."""
    words, others = _title_words(one), _title_words(other)
    if len(words & others) / max(1, len(words | others)) > TITLE_OVERLAP:
        return True
    gap = abs((one.article.day - other.article.day).days)
    shared = set(one.pair) & set(other.pair)
    return (one.pair == other.pair and gap <= PAIR_DAYS) or bool(shared and gap <= STATE_DAYS)


def distinct(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates by date and title, each story once (step 3): the first told is kept,
    and a later one sharing a long paragraph with a kept one goes too."""
    kept: list[Candidate] = []
    seen: set[str] = set()
    for candidate in sorted(candidates, key=lambda c: (c.article.day, c.article.title)):
        long_ones = {p for p in candidate.article.paragraphs if len(p) > LONG_PARAGRAPH}
        if any(same_story(candidate, earlier) for earlier in kept) or long_ones & seen:
            continue
        kept.append(candidate)
        seen |= long_ones
    return kept


def choose(candidates: Sequence[Candidate], seed: int, target: int) -> list[Candidate]:
    """Round-robin over the regions (step 4); ``candidates`` described, in their order."""
    rng = random.Random(seed)
    by_region: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        by_region[candidate.region].append(candidate)
    for waiting in by_region.values():
        rng.shuffle(waiting)
        waiting.sort(key=lambda c: (-c.core, -c.density))
    chosen: list[Candidate] = []
    per_pair: Counter[tuple[str, ...]] = Counter()
    per_main: Counter[str] = Counter()
    per_year: Counter[int] = Counter()
    while len(chosen) < target and any(by_region.values()):
        for region in sorted(by_region):
            waiting = [
                c
                for c in by_region[region]
                if per_pair[c.pair] < PER_PAIR and per_main[c.main_state] < PER_MAIN_STATE
            ]
            by_region[region] = waiting
            if not waiting:
                continue
            best = min(range(min(BEST, len(waiting))), key=lambda i: per_year[waiting[i].year])
            picked = waiting.pop(best)
            chosen.append(picked)
            per_pair[picked.pair] += 1
            per_main[picked.main_state] += 1
            per_year[picked.year] += 1
            if len(chosen) >= target:
                break
    return chosen


def deal(
    chosen: Sequence[Candidate], seed: int, splits: Sequence[str]
) -> dict[str, list[Candidate]]:
    """The chosen dealt at random into ``splits``: ``n // k`` each, the last the rest, each
    split by date (step 5).

    >>> days = [Candidate("r", "p", str(n), f"u{n}", Article("t", date(2005, 1, n), ()))
    ...         for n in range(1, 8)]
    >>> {name: [c.record for c in got] for name, got in deal(days, 1, ["a", "b"]).items()}
    {'a': ['4', '6', '7'], 'b': ['1', '2', '3', '5']}
    """
    order = sorted(chosen, key=lambda c: (c.article.day, c.url))
    random.Random(seed).shuffle(order)
    size = len(order) // len(splits)
    dealt = {}
    for number, name in enumerate(splits):
        end = len(order) if number == len(splits) - 1 else (number + 1) * size
        dealt[name] = sorted(order[number * size : end], key=lambda c: c.article.day)
    return dealt


def slug(title: str) -> str:
    """A title as a file name's tail: lower case, runs of other characters one '-', 48 long.

    >>> slug("Iran's envoy: 'talks go on' (update)")
    'iran-s-envoy-talks-go-on-update'
    """
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:48].rstrip("-")


def file_id(candidate: Candidate) -> str:
    """The document's name: ``wn`` + its date + its title's slug."""
    return f"wn{candidate.article.day.strftime('%Y%m%d')}-{slug(candidate.article.title)}"


def excluded(table: Path, drawing: Sequence[str]) -> tuple[set[str], set[str]]:
    """The records and addresses of a chosen table, but those of the splits being drawn."""
    with table.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t")]
    if rows and not {"split", "record", "url"} <= set(rows[0]):
        raise PackError(f"{table}: a chosen table (split, record, url columns) is expected")
    kept = [row for row in rows if row["split"] not in drawing]
    return {row["record"] for row in kept}, {row["url"] for row in kept}


def draw(
    candidates: Sequence[Candidate],
    lists: Lists,
    seed: int,
    target: int,
    splits: Sequence[str],
    exclude: tuple[set[str], set[str]] = (set(), set()),
    min_strong: int = MIN_STRONG,
    max_chars: int = MAX_CHARS,
    first_day: date = FIRST_DAY,
) -> dict[str, list[Candidate]]:
    """Steps 1–5 on every article read (:func:`read_candidates`'s order)."""
    pool = [c for c in candidates if eligible(c, lists, min_strong, max_chars, first_day)]
    for candidate in pool:
        describe(candidate, lists)
    pool = distinct(pool)
    records, urls = exclude
    earlier = [c for c in candidates if c.record in records or c.url in urls]
    for candidate in earlier:
        if not candidate.states:
            describe(candidate, lists)
    pool = [
        c
        for c in pool
        if not any(c.record == e.record or c.url == e.url or same_story(c, e) for e in earlier)
    ]
    return deal(choose(pool, seed, target), seed, splits)


def rows_of(dealt: dict[str, list[Candidate]]) -> list[dict[str, str]]:
    """The chosen table's rows, split by split."""
    rows = []
    for split, candidates in dealt.items():
        for c in candidates:
            rows.append(
                {
                    "split": split,
                    "file_id": file_id(c),
                    "date": c.article.day.isoformat(),
                    "repository": c.repository,
                    "commit": SOURCES[c.repository][0],
                    "path": c.path,
                    "record": c.record,
                    "url": c.url,
                    "region": c.region,
                    "countries": ";".join(c.states[:4]),
                    "sha256": sha256_of(article_text(c.article)),
                    "licence": SOURCES[c.repository][1],
                }
            )
    return rows


def write_table(rows: Sequence[dict[str, str]], out: TextIO) -> None:
    """The chosen table, tab-separated, with a header row."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def lay_out(dealt: dict[str, list[Candidate]], folder: Path) -> None:
    """Each split's articles as ``folder/<split>/<file_id>.txt``, with a ``HELD_OUT`` file."""
    for split, candidates in dealt.items():
        target = folder / split
        if target.exists() and any(target.iterdir()):
            raise PackError(f"{target}: not empty; lay the split out in a new folder")
        target.mkdir(parents=True, exist_ok=True)
        (target / HELD_OUT_MARKER).write_text(f"held out: {split}\n", encoding="utf-8")
        for candidate in candidates:
            text = article_text(candidate.article)
            (target / f"{file_id(candidate)}.txt").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--mirror", type=Path, required=True, help="the folder of the sources' git repositories"
    )
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--target", type=int, required=True, help="how many articles to choose")
    parser.add_argument("--splits", required=True, help="the splits' names, comma-separated")
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="a chosen table whose records (but the splits drawn now) are left out, with the "
        "stories they tell; repeatable",
    )
    parser.add_argument(
        "--sources",
        help="the repositories read, comma-separated (default: the files of every earlier "
        "draw, toscaData's and vanatteveldt's); amir-zeldes/gum adds GUM's Wikinews news",
    )
    parser.add_argument(
        "--min-strong",
        type=int,
        default=MIN_STRONG,
        help=f"occurrences of strong terms an article needs (default {MIN_STRONG}, every "
        "earlier draw's); a new draw may lower it",
    )
    parser.add_argument(
        "--max-chars",
        type=int,
        default=MAX_CHARS,
        help=f"the longest body an article may have (default {MAX_CHARS}, every earlier "
        "draw's); a new draw may raise it",
    )
    parser.add_argument(
        "--first-day",
        type=date.fromisoformat,
        default=FIRST_DAY,
        help=f"the earliest date an article may have, YYYY-MM-DD (default {FIRST_DAY}, every "
        "earlier draw's); a new draw may move it back",
    )
    parser.add_argument("--lists", type=Path, default=LISTS, help="the reviewed lists")
    parser.add_argument("-o", "--out", default="-", help="the chosen table ('-': stdout)")
    parser.add_argument("--layout", type=Path, help="also write each split's articles here")
    args = parser.parse_args(argv)
    splits = [name for name in args.splits.split(",") if name]
    try:
        if not splits or len(set(splits)) != len(splits):
            raise PackError(f"--splits {args.splits!r}: distinct names, comma-separated")
        records: set[str] = set()
        urls: set[str] = set()
        for table in args.exclude:
            more_records, more_urls = excluded(table, splits)
            records |= more_records
            urls |= more_urls
        sources = [name for name in args.sources.split(",") if name] if args.sources else None
        if args.min_strong < 1:
            raise PackError(f"--min-strong {args.min_strong}: one or more")
        if args.max_chars < MIN_CHARS:
            raise PackError(f"--max-chars {args.max_chars}: {MIN_CHARS} or more")
        if args.first_day > LAST_DAY:
            raise PackError(f"--first-day {args.first_day}: {LAST_DAY} or before")
        candidates = read_candidates(args.mirror, sources)
        lists = load_lists(args.lists)
        exclude = (records, urls)
        widened = (args.min_strong, args.max_chars, args.first_day)
        dealt = draw(candidates, lists, args.seed, args.target, splits, exclude, *widened)
        rows = rows_of(dealt)
        if args.out == "-":
            write_table(rows, sys.stdout)
        else:
            with open(args.out, "w", encoding="utf-8", newline="") as handle:
                write_table(rows, handle)
        if args.layout:
            lay_out(dealt, args.layout)
    except (PackError, OSError, KeyError, ValueError, yaml.YAMLError) as exc:
        print(f"wikinews_choose: {exc}", file=sys.stderr)
        return 1
    sizes = ", ".join(f"{name} {len(got)}" for name, got in dealt.items())
    print(f"{len(candidates)} articles read, {len(rows)} chosen: {sizes}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
