"""Why a candidate's date is missed: the diagnostics of the learned date choice (#12).

    .venv/bin/python bench/date_misses.py classes    # the gold's counts of the classes
    .venv/bin/python bench/date_misses.py wrong -v   # the wrong dates, by mechanism
    .venv/bin/python bench/date_misses.py ceiling    # right but for the date, after the ranker

The tuning sets (bench/extraction.py's DEFAULT, or the folders named) are read as
``bench/date_choice.py`` reads them (``bench/event_scorer.py``'s :func:`read_split`); the
held-out splits are never read. Fitting and judging the ranker is ``bench/date_choice.py``'s.

* ``classes``: counts the gold of the classes of dates (:func:`classes`), on which
  :func:`~timeline.extract.date_choice.may_take`'s constraints were decided.
* ``ceiling``: ``bench/recall_ceiling.py``'s "right but for the date" after the shipped
  ranker, by what the ranker could do with the right option (:func:`ceiling`).
* ``wrong``: counts the events extraction outputs that match a gold event in everything
  but the date, by how the date went wrong (:func:`wrong_dates`); ``-v`` lists them.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from date_choice import PAIR, SHIPPED_SCORER, InUse, apply
from event_scorer import Split, keep_at, optioned_candidates, read_split
from extraction import DEFAULT, FRESH_FROM

from timeline.extract.candidates import Candidate
from timeline.extract.clauses import in_since_clause
from timeline.extract.date_choice import KEEPS, OWN_SENTENCE, Decision
from timeline.extract.dated_spans import DatedSpan, TimexLike
from timeline.extract.evaluate import GoldEvent, kind_class
from timeline.extract.pipeline import ReadDocument
from timeline.extract.redating import DateOption, Story
from timeline.model import Event, EventDate, Precision


def classes(splits: list[Split], verbose: bool = False) -> None:
    """Count, in the tuning gold, the two classes the general ranker undid (docs, "Seventeenth
    pass: dates"): (1) multi-day gatherings (and visits) whose text writes a range of days,
    dated by the range or by its opening day; (2) candidates the rules date by the publication
    day offered another sentence's day two or more days back, and which of the two the gold
    gives them. With ``verbose``, the cases of ``test_rules_day_before``'s class (2 days
    back, the other sentence's events of the candidate's class, ledes too) one by one:
    the candidate's sentence, the other sentence, the gold."""
    ranges: dict[str, dict[str, int]] = {}
    on_options: dict[str, dict[str, int]] = {}
    in_clause: dict[str, dict[str, int]] = {}
    back: dict[str, dict[str, int]] = {}
    since_before: dict[str, dict[str, int]] = {}

    def add(table: dict[str, dict[str, int]], row: str, column: str) -> None:
        table.setdefault(row, {}).setdefault(column, 0)
        table[row][column] += 1

    for s in splits:
        for doc_id, _, read in s.documents:
            gold = [g for g in s.gold.events if doc_id in g.documents]
            story = read.reader.story
            spans = [sp for i in range(len(story.bounds)) for sp in story.dated(i)] if story else []
            multi = [sp.date for sp in spans if _is_days(sp.date)]
            for g in gold:
                k = kind_class(g.kind)
                if k not in ("gathering", "visit") or g.documents[0] != doc_id:
                    continue  # an event of several articles is counted at its first
                if _is_days(g.date):
                    add(ranges, k, "range")
                elif g.date.precision is Precision.day:
                    written = [d for d in multi if d.start <= g.date.start <= d.end]
                    if any(d.start == g.date.start for d in written):
                        add(ranges, k, "opening day of a range written")
                    elif any(d.end == g.date.start for d in written):
                        add(ranges, k, "closing day of a range written")
                    elif written:
                        add(ranges, k, "a day of a range written")
                    else:
                        add(ranges, k, "one")
            for c, told in optioned_candidates(read, gold):
                k = kind_class(c.draft.kind)
                first = [o for o in c.options if "first day" in o.sources]
                for o in first:
                    whole = [
                        r for r in c.options if _is_days(r.date) and r.date.start == o.date.start
                    ]
                    row = f"{k if k in ('gathering', 'visit') else 'other kinds'}" + (
                        ", own date the range" if whole and "current" in whole[0].sources else ""
                    )
                    exact = {g.date.value for g in told}
                    if whole and whole[0].date.value in exact:
                        add(on_options, row, "gold the range")
                    elif o.date.value in exact:
                        add(on_options, row, "gold the opening day")
                    elif told:
                        add(on_options, row, "gold another date")
                    else:
                        add(on_options, row, "no gold event")
                _count_written(c, told, in_clause)
                _count_since_before(c, told, story, since_before)
                pub = c.published
                own = c.draft.date
                if pub is None or not (own.start == own.end == pub):
                    continue
                for o in c.options:
                    if o.sources & OWN_SENTENCE or o.date.end > pub - timedelta(days=2):
                        continue
                    days = (pub - o.date.end).days
                    row = (
                        ("lede, " if c.lede else "")
                        + ("2" if days == 2 else "3-31" if days <= 31 else "32+")
                        + " days back"
                        + (", coarser" if o.date.precision is not Precision.day else "")
                        + (", its events" if o.other_event else "")
                        + (" of the class" if o.other_event and o.shares_kind else "")
                    )
                    inside = [
                        g for g in told if g.date.start <= o.date.start and o.date.end <= g.date.end
                    ]
                    today = [g for g in told if g.date.start <= pub <= g.date.end]
                    answer = (
                        "gold the other day"
                        if inside
                        else "gold the publication day"
                        if today
                        else "gold another date"
                        if told
                        else "no gold event"
                    )
                    add(back, row, answer)
                    if verbose and days == 2 and o.other_event and o.shares_kind and story:
                        _show_day_before_case(s.name, doc_id, c, o, story, told, answer)

    def show(title: str, table: dict[str, dict[str, int]], columns: list[str]) -> None:
        print(f"\n## {title}\n")
        print("| | " + " | ".join(columns) + " |")
        print("| --- |" + " ---: |" * len(columns))
        for row in sorted(table):
            print(f"| {row} | " + " | ".join(str(table[row].get(c, 0)) for c in columns) + " |")

    answers = ["gold the range", "gold the opening day", "gold another date", "no gold event"]
    show(
        "gold gatherings and visits of days: a range, a day of a range written, or one day",
        ranges,
        ["range", *(f"{d} day of a range written" for d in ("opening", "closing", "a")), "one"],
    )
    show("candidates offered the first day of a range of their sentence", on_options, answers)
    show(
        "candidates dated the publication day offered another sentence's day 2+ days back",
        back,
        ["gold the other day", "gold the publication day", *answers[2:]],
    )
    show(
        "candidates not dated 'own' whose clause writes their date, offered another sentence's",
        in_clause,
        ["gold the own date", "gold the other date", "gold both", *answers[2:]],
    )
    show(
        "candidates offered the option 'before': its date in a 'since' clause or not",
        since_before,
        ["gold the option's date", "gold the own date", "gold both", *answers[2:]],
    )


def _show_day_before_case(
    split: str,
    doc_id: str,
    c: Candidate,
    o: DateOption,
    story: Story,
    told: list[GoldEvent],
    answer: str,
) -> None:
    """Print one case of :func:`classes`' row of ``test_rules_day_before``'s class: the
    candidate's sentence, the nearest other sentence writing the option's date, the gold."""
    a, b = story.bounds[c.sentence_index]
    near = sorted(
        (abs(i - c.sentence_index), i)
        for i in range(len(story.bounds))
        if i != c.sentence_index and any(d.date.value == o.date.value for d in story.dated(i))
    )
    other = story.text[slice(*story.bounds[near[0][1]])] if near else ""
    gold = "; ".join(f"{g.kind.value} {g.date.value}: {g.evidence[:90]}" for g in told) or "-"
    print(
        f"* {split} {doc_id} (published {c.published}; {c.draft.kind.value}"
        f"{', lede' if c.lede else ''}) {answer}, the other day {o.date.value}\n"
        f"  own: {' '.join(story.text[a:b].split())[:300]}\n"
        f"  other: {' '.join(other.split())[:300]}\n  gold: {gold}"
    )


def _count_written(c: Candidate, told: list[GoldEvent], table: dict[str, dict[str, int]]) -> None:
    """Count (in ``table``) a candidate the rules date by the discourse or the sentence with a
    date its own clause writes ("established back in 2018 during Mr. Erdogan's visit": the
    visit, attached to the founding, takes its 2018), and each option from another sentence,
    by which of the two dates the gold gives it."""
    current = next((o for o in c.options if "current" in o.sources), None)
    if c.date_source == "own" or current is None or "clause" not in current.sources:
        return
    for o in c.options:
        if o.sources & OWN_SENTENCE:
            continue
        own_right = any(_within(c.draft.date, g.date) for g in told)
        other_right = any(_within(o.date, g.date) for g in told)
        column = (
            "gold both"
            if own_right and other_right
            else "gold the own date"
            if own_right
            else "gold the other date"
            if other_right
            else "gold another date"
            if told
            else "no gold event"
        )
        row = f"dated {c.date_source}" + (", lede" if c.lede else "")
        table.setdefault(row, {}).setdefault(column, 0)
        table[row][column] += 1


def _count_since_before(
    c: Candidate, told: list[GoldEvent], story: Story | None, table: dict[str, dict[str, int]]
) -> None:
    """Count (in ``table``) a candidate's option "before" (the last date of the nearest
    dated sentence before its own), by whether that date lies in a "since" clause ("since
    the last Extraordinary Summit held on 25th March 2022"), and which date the gold gives
    the candidate: the option's, its own, another."""
    if story is None or not any("before" in o.sources for o in c.options):
        return
    i = c.sentence_index
    j = next((j for j in range(i - 1, -1, -1) if story.dated(j)), None)
    if j is None:
        return
    span = story.dated(j)[-1]
    row = (
        "from a 'since' clause"
        if in_since_clause(story.text, story.bounds[j], span.start)
        else ("from another clause")
    )
    option_right = any(_within(span.date, g.date) for g in told)
    own_right = any(_within(c.draft.date, g.date) for g in told)
    column = (
        "gold both"
        if option_right and own_right
        else "gold the option's date"
        if option_right
        else "gold the own date"
        if own_right
        else "gold another date"
        if told
        else "no gold event"
    )
    table.setdefault(row, {}).setdefault(column, 0)
    table[row][column] += 1


def _within(when: EventDate, gold: EventDate) -> bool:
    return gold.start <= when.start and when.end <= gold.end


#: Mechanisms of a wrong date (:func:`mechanism`), in the order they are tested.
MECHANISMS = (
    "overlaps the gold: a range or a part of one",
    "own sentence right: a past act told again",
    "own sentence right: another date taken",
    "publication day for an undated act",
    "right date in another sentence",
    "other",
)
#: A date of a past act told again in its own sentence: "back in 2018", "in 2018, during".
_PAST_ACT_BEFORE = re.compile(r"\bback\s+(?:in|on)\s*$", re.IGNORECASE)
_PAST_ACT_AFTER = re.compile(r"\s*,?\s*(?:during|when|at\s+the\s+time)\b", re.IGNORECASE)


def mechanism(
    c: Candidate, when: EventDate, story: Story, g: GoldEvent
) -> tuple[str, DatedSpan | None]:
    """How candidate ``c``'s date ``when`` (its event's, as output) missed gold event ``g``
    that it matches in all else, and the written date that was right (the first of its
    sentence, else of the document), if any.

    In order: its date overlaps the gold's interval without lying inside it (a range taken
    for one of its days, or a day of a range for another); its own sentence writes a date
    inside the gold's (then a *past act told again* when that date is a year or month
    earlier than the one taken, or cued "back in" / "in 2018, during"); it took the
    publication day and its sentence writes no date; another sentence writes a right date;
    else other (the right date is written nowhere as a date, or only in words the tagger
    does not read as the act's)."""
    inside = lambda d: g.date.start <= d.start and d.end <= g.date.end  # noqa: E731
    if when.start <= g.date.end and g.date.start <= when.end:
        return MECHANISMS[0], None
    trigger = story.places[c.draft.id][0] if c.draft.id in story.places else None
    at = trigger[0] if trigger else c.event.sources[0].start
    own_i = next((i for i, (a, b) in enumerate(story.bounds) if a <= at < b), None)
    own = story.dated(own_i) if own_i is not None else []
    right = [d for d in own if inside(d.date)]
    if right:
        d = right[0]
        cued = _PAST_ACT_BEFORE.search(story.text, max(0, d.start - 12), d.start) or (
            _PAST_ACT_AFTER.match(story.text, d.end)
        )
        earlier = d.date.precision in (Precision.year, Precision.month) and d.date.end < when.start
        return MECHANISMS[1 if cued or earlier else 2], d
    pub = story.published
    if pub is not None and when.value == pub.value and not own:
        return MECHANISMS[3], None
    for i in range(len(story.bounds)):
        other = [d for d in story.dated(i) if inside(d.date)]
        if i != own_i and other:
            return MECHANISMS[4], other[0]
    return MECHANISMS[5], None


#: The two mechanisms :func:`detail` breaks down (the eighteenth pass's largest with a date
#: of their own to find: neither is another date of the sentence taken).
DETAILED = (MECHANISMS[3], MECHANISMS[5])


def detail(
    c: Candidate, when: EventDate, story: Story, g: GoldEvent, timexes: Sequence[TimexLike]
) -> tuple[str, str]:
    """What gold event ``g``'s date is, and where the text fixes it, for a candidate ``c``
    dated ``when`` under one of :data:`DETAILED`.

    What: against the publication day (the day before it, a later day: a planned act, the
    same year, an earlier year; "no publication day" without one). Where, the first that
    holds: the date taken is the gold's month (and day) in another year (the tagger's
    year of a month or day written without one); a sentence writes a right usable date
    (the headline, the lede, the sentence before the candidate's, an earlier one, a later
    one); a timex the rules do not use writes it (a "since", "by", a statistic's year, a
    report's day: :func:`.usable_dates.usable_timexes`); a timex writes the gold's month and
    day in another year; nowhere."""
    inside = lambda d: g.date.start <= d.start and d.end <= g.date.end  # noqa: E731
    pub = story.published
    if pub is None:
        what = "no publication day"
    elif g.date.end == pub.start - timedelta(days=1):
        what = "the day before publication"
    elif g.date.start > pub.end:
        what = "after publication"
    elif g.date.start.year == pub.start.year:
        what = "earlier, the same year"
    else:
        what = "an earlier year"
    same_day = lambda d: (  # noqa: E731
        d.start.year != g.date.start.year
        and d.precision is g.date.precision
        and (d.start.month, d.start.day) == (g.date.start.month, g.date.start.day)
    )
    if g.date.precision in (Precision.day, Precision.month) and same_day(when):
        return what, "the date taken: the gold's month or day, another year"
    trigger = story.places[c.draft.id][0] if c.draft.id in story.places else None
    at = trigger[0] if trigger else c.event.sources[0].start
    own_i = next((i for i, (a, b) in enumerate(story.bounds) if a <= at < b), len(story.bounds))
    for i in range(len(story.bounds)):
        if any(inside(d.date) for d in story.dated(i)):
            return what, (
                "the headline"
                if i < story.lede
                else "the lede"
                if i == story.lede
                else "own sentence"
                if i == own_i
                else "the sentence before"
                if i == own_i - 1
                else "an earlier sentence"
                if i < own_i
                else "a later sentence"
            )
    dates = [d for t in timexes if (d := t.event_date()) is not None]
    if any(inside(d) for d in dates):
        return what, "a timex the rules do not use"
    if any(same_day(d) for d in dates):
        return what, "a timex: the gold's month or day, another year"
    return what, "nowhere"


def wrong_dates(splits: list[Split], verbose: bool) -> None:
    """Count the events extraction outputs (the shipped event scorer's choice, rules' and
    detected candidates' alike) that match a missed gold event of their document in kind
    class and participants but not in date (bench/extraction.py's cause "date"), by
    :func:`mechanism`, in the older splits and the fresh ones (from :data:`FRESH_FROM`),
    and by who proposed them (the rules kept it, or the scorer took it: a dropped or
    detected candidate). An event whose gold another event matches is counted apart:
    re-dated, it would be a duplicate."""
    keep = keep_at(SHIPPED_SCORER, PAIR) if SHIPPED_SCORER is not None else None
    table: dict[str, dict[str, int]] = {}
    details: dict[tuple[str, str, str], dict[str, int]] = {}
    per_split: dict[str, dict[str, int]] = {}
    fresh = [s.name for s in splits]
    fresh = fresh[fresh.index(FRESH_FROM) :] if FRESH_FROM in fresh else []
    for s in splits:
        scores = s.scores(keep)
        matched = {id(g) for g, _ in scores.matched}
        gold = [g for g, _ in scores.matched] + scores.missed
        reads = {doc_id: read for doc_id, _, read in s.documents}
        for e in scores.spurious:
            actors = set(e.countries) | set(e.organizations)
            told = [
                g
                for g in gold
                if {x.document for x in e.sources} & set(g.documents)
                and kind_class(g.kind) == kind_class(e.kind)
                and g.actors <= actors
                and not (g.date.start <= e.date.start and e.date.end <= g.date.end)
            ]
            found = _candidate_of(e, reads, keep)
            if not told or found is None:
                continue
            c, story = found
            g = next((g for g in told if id(g) not in matched), told[0])
            how, span = mechanism(c, e.date, story, g)
            column = ("fresh" if s.name in fresh else "older") + (
                ", gold taken" if id(g) in matched else ""
            )
            if how in DETAILED and id(g) not in matched:
                timexes = reads[e.sources[0].document].reader.timexes
                what, where = detail(c, e.date, story, g, timexes)
                for key in ((how, what, where), (how, "", where), (how, what, "")):
                    details.setdefault(key, {}).setdefault(column, 0)
                    details[key][column] += 1
                how_detail = f"; {what}; {where}"
            else:
                how_detail = ""
            row = f"{how} ({'rules' if c.kept else c.fate})"
            for key in (how, row):
                table.setdefault(key, {}).setdefault(column, 0)
                table[key][column] += 1
            if id(g) not in matched:
                per_split.setdefault(s.name, {}).setdefault(how, 0)
                per_split[s.name][how] += 1
            if verbose:
                where = f" right: {span.text!r}" if span else ""
                print(
                    f"  {s.name} {e.sources[0].document} {e.kind.value} {e.date.value} gold"
                    f" {g.date.value} [{how}{how_detail}; {c.fate}, date:{c.date_source}]{where}"
                    f" | {e.sources[0].quote[:160]}"
                )
    columns = ["older", "fresh", "older, gold taken", "fresh, gold taken"]
    print("\n## wrong dates by mechanism (events matching a gold event but for the date)\n")
    print("| mechanism | " + " | ".join(columns) + " |")
    print("| --- |" + " ---: |" * len(columns))
    for row in sorted(table, key=lambda r: (MECHANISMS.index(r.split(" (")[0]), r)):
        print(f"| {row} | " + " | ".join(str(table[row].get(c, 0)) for c in columns) + " |")
    print("\n## the two classes broken down (gold missed): what the gold's date is, where\n")
    print("| mechanism | the gold's date | where the text fixes it | older | fresh |")
    print("| --- | --- | --- | ---: | ---: |")
    for how, what, where in sorted(details, key=lambda k: (k[0], k[1] != "", k[1], k[2])):
        counts = details[(how, what, where)]
        print(
            f"| {how} | {what or 'all'} | {where or 'all'} | {counts.get('older', 0)}"
            f" | {counts.get('fresh', 0)} |"
        )
    print("\n## per split (gold missed)\n")
    print("| split | " + " | ".join(MECHANISMS) + " |")
    print("| --- |" + " ---: |" * len(MECHANISMS))
    for name in [s.name for s in splits]:
        counts = per_split.get(name, {})
        print(f"| {name} | " + " | ".join(str(counts.get(m, 0)) for m in MECHANISMS) + " |")


#: How a gold event right but for the date after the ranker (:func:`ceiling`) is missed.
CEILING = (
    "no right option",
    "right option: the scorer drops the candidate",
    "right option: a statement of the page",
    "right option: may not move (a day its clause writes)",
    "right option: barred by may_take",
    "right option: barred by the planned days",
    "right option: moved elsewhere by the ranker",
    "right option: the ranker's best, under its threshold",
    "right option: the ranker prefers another",
)


def ceiling(splits: list[Split], verbose: bool) -> None:
    """``bench/recall_ceiling.py``'s "class + sides" (the missed gold events whose best
    candidate is right but for its date) after the shipped ranker, re-dating as extraction
    does: each one's candidate (the first the scorer keeps) by what the ranker could do with
    its options (:data:`CEILING`; "no right option" by :func:`mechanism`); ``-v`` lists
    them (split, document, class, kind, gold date, date, own date, source, options)."""
    from recall_ceiling import best_class

    from timeline.extract import date_choice as dc
    from timeline.extract.evaluate import match_parts

    ranker = dc.shipped_ranker()
    if SHIPPED_SCORER is None or ranker is None:
        raise SystemExit("no shipped scorer or ranker")
    table: dict[str, int] = {}
    for s in splits:
        keep = keep_at(SHIPPED_SCORER, PAIR)
        decisions: dict[str, dict[str, dc.Decision]] = {}
        for doc_id, _, read in s.documents:
            read.redate(ranker, keep, decisions.setdefault(doc_id, {}))
        keep = keep_at(SHIPPED_SCORER, PAIR)
        scores = s.scores(keep)
        matched = {id(g) for g, _ in scores.matched}
        for doc_id, _, read in s.documents:
            story = read.reader.story
            for g in (g for g in s.gold.events if g.documents[0] == doc_id):
                if id(g) in matched or best_class(g, read.candidates) != "class + sides":
                    continue
                right = [
                    c for c in read.candidates
                    if tuple(match_parts(g, c.event)) == (True, False, True)
                ]  # fmt: skip
                used = [c for c in right if keep(c)]
                c = (used or right)[0]
                how = _missed_date(c, bool(used), g, story, decisions[doc_id])
                table[how] = table.get(how, 0) + 1
                if verbose:
                    base = c.base or c
                    own = base.original[0].date if base.original else base.draft.date
                    options = ";".join(
                        f"{o.date.value}:{'+'.join(sorted(o.sources))}" for o in base.options
                    )
                    print(
                        f"  {s.name}\t{doc_id}\t{how}\t{g.kind.value}\t{g.date.value}\t"
                        f"{c.event.date.value}\t{own.value}\t{c.date_source}\t{options}"
                    )
        apply([s], None, None)
    print("\n## right but for the date, after the ranker\n")
    print("| how | events |\n| --- | ---: |")
    for how in sorted(table, key=lambda h: -table[h]):
        print(f"| {how} | {table[how]} |")
    print(f"| all | {sum(table.values())} |")


def _missed_date(
    c: Candidate, used: bool, g: GoldEvent, story: Story | None, decisions: dict[str, Decision]
) -> str:
    """The :data:`CEILING` class of candidate ``c`` (``used``: the scorer keeps it), right
    but for the date of gold event ``g``, read from ``decisions`` (what
    :func:`timeline.extract.date_choice.redate` decided in its document, by event id: no
    decision, the candidate was not in use on its own date)."""
    base = c.base or c
    inside = lambda d: g.date.start <= d.start and d.end <= g.date.end  # noqa: E731
    if not any(inside(o.date) for o in base.options):
        how = mechanism(c, c.event.date, story, g)[0] if story is not None else "?"
        return f"{CEILING[0]}: {how}"
    decision = decisions.get(base.draft.id) if used else None
    if decision is None:
        return CEILING[1]
    if decision.kept_because == KEEPS[0]:
        return CEILING[2]
    if decision.kept_because == KEEPS[1]:
        return CEILING[3]
    bars = decision.bars or ("",) * len(base.options)
    right = [bar for o, bar in zip(base.options, bars, strict=True) if inside(o.date)]
    if "" not in right:
        return f"{CEILING[4]} ({decision.source})" if "may_take" in right else CEILING[5]
    if base.original is not None:
        return CEILING[6]
    best = decision.best
    if best is not None and inside(best.date) and decision.kept_because == KEEPS[4]:
        return CEILING[7]
    return CEILING[8]


def _candidate_of(
    e: Event, reads: dict[str, ReadDocument], keep: InUse | None
) -> tuple[Candidate, Story] | None:
    """The chosen candidate an output event was built from (by its document, sentence and
    kind), and its document's story."""
    for x in e.sources:
        read = reads.get(x.document)
        if read is None or read.reader.story is None:
            continue
        chosen = [
            c
            for c in read.candidates
            if not c.variant
            and (keep(c) if keep is not None else c.kept)
            and kind_class(c.draft.kind) == kind_class(e.kind)
        ]
        for c in sorted(chosen, key=lambda c: c.draft.date.value != e.date.value):
            try:
                built = c.event
            except ValueError:
                continue
            if built.sources[0].start == x.start:
                return c, read.reader.story
    return None


def _is_days(when: EventDate) -> bool:
    return when.precision is Precision.day and when.end > when.start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("classes", "wrong", "ceiling"))
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="wrong, ceiling: the events; classes: the day-before ones",
    )
    parser.add_argument("folders", nargs="*", type=Path, help="default: the tuning sets")
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, one process")
    splits = [read_split(f) for f in args.folders or DEFAULT]
    if args.command == "classes":
        classes(splits, args.verbose)
    elif args.command == "wrong":
        wrong_dates(splits, args.verbose)
    else:
        ceiling(splits, args.verbose)


if __name__ == "__main__":
    main()
