"""The scale benchmark: synthetic corpora and event sets, and what extract, build and
Datasette cost on them, for this code and (with --baseline) an older commit side by side.

    .venv/bin/python bench/scale.py --articles 1000 10000 --events 10000 100000 \\
        --datasette 100000 1000000 --baseline 0e818e6 --work /tmp/scale

Corpora are realistic because they are real: paragraphs of the articles in
corpus/ and tests/data (seed, held-out and tagger test articles) recombined
into new articles, years shifted (with the publication date, so relative
dates still resolve) and countries swapped, each article with a stated
publication date. Event sets repeat the curated events/ with new ids and
shifted years, citing the seed articles (so every quote checks). The
Datasette database of N events is a build of min(N, --datasette-base)
events whose event rows are then copied with new ids up to N.

Each step runs in a fresh process (``python -c`` of the CLI, with
``PYTHONPATH`` at the code measured); reported are wall time, CPU time (user
+ system of the process tree), cores used (CPU / wall) and peak memory (the
largest sum over the process tree of each process's proportional set size, sampled
every 50 ms: a forked child's pages shared with its parent counted once).
The build runs with the CLI's defaults: every core, and (for code that has
it) the cache of validated event files beside the database, so "build after
one edit" reads the other files from the cache the first build filled; the
stages of one build are measured by ``bench/build_stages.py``.
Datasette requests go through Datasette's in-process client (no network), the
database configured as ``timeline serve`` serves it (Datasette's time limits: our
pages bound their counts and facets by them; a page where one was cut off is flagged):
every page is requested ``--requests`` times (feeds, rendered per request,
three times; above ``--feeds-max`` events not at all) after one warm-up and
the 95th percentile is reported, of the wall time and of the CPU time of the
process (its SQL threads included: on a loaded machine the wall is mostly waiting).
Results are printed as a Markdown table and written to WORK/results.json.

``--tiny`` runs the smallest sizes (the test suite runs it; no timing is
asserted anywhere).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
#: Real articles whose paragraphs are recombined.
SOURCES = [
    ROOT / "corpus",
    ROOT / "tests" / "data" / "corpus" / "extra",
    ROOT / "tests" / "data" / "temporal" / "seed",
]
#: Countries swapped for one another (each article draws its own permutation).
COUNTRIES = [
    "Kazakhstan",
    "Uzbekistan",
    "Kyrgyzstan",
    "Turkmenistan",
    "Tajikistan",
    "Azerbaijan",
    "Georgia",
    "Hungary",
    "Mongolia",
]
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_COUNTRY = re.compile(r"\b(" + "|".join(COUNTRIES) + r")\b")
_DATE_LINE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}.*$", re.M)


# --- generating ------------------------------------------------------------------------


def _paragraphs() -> list[str]:
    out: list[str] = []
    for folder in SOURCES:
        for f in sorted(folder.glob("*.txt")):
            text = _DATE_LINE.sub("", f.read_text(encoding="utf-8"))
            out.extend(p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) >= 120)
    return out


def generate_corpus(count: int, folder: Path, seed: int = 15) -> int:
    """Write ``count`` synthetic articles into ``folder``; return their size in bytes."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for i in range(count):
        shift = rng.randint(-8, 3)
        swap = dict(zip(COUNTRIES, rng.sample(COUNTRIES, len(COUNTRIES)), strict=True))
        published = date(2022 + shift, rng.randint(1, 12), rng.randint(1, 28))
        body = [rng.choice(paragraphs) for _ in range(rng.randint(5, 10))]
        text = "\n\n".join(body)
        text = _YEAR.sub(lambda m, s=shift: str(int(m.group(1)) + s), text)
        text = _COUNTRY.sub(lambda m, w=swap: w[m.group(1)], text)
        title = body[0].split(".")[0][:90]
        article = f"{title}\ndate {published.isoformat()}\n\n{text}\n"
        path = folder / f"{i:06d}_synthetic.txt"
        path.write_text(article, encoding="utf-8")
        size += len(article.encode("utf-8"))
    return size


def generate_events(count: int, folder: Path) -> None:
    """``folder``/events with ``count`` events (the curated ones repeated) and ``folder``/corpus.

    Copy ``c`` of a curated event has the id ``<id>-x<c>`` and its date shifted by
    ``c % 40 - 20`` years; each of the 40 shifts is dumped once and the other copies
    only change the id line, so a million files take minutes, not hours.
    """
    from timeline.curated import load_events
    from timeline.event_writer import dump_event, write_agreement
    from timeline.model import EventDate

    seed = load_events(ROOT / "events")
    events_dir = folder / "events"
    shutil.copytree(ROOT / "corpus", folder / "corpus")
    for a in seed.agreements:
        write_agreement(a, events_dir)
    templates: dict[tuple[int, int], tuple[str, int]] = {}
    for i in range(count):
        index, copy = i % len(seed.events), i // len(seed.events)
        e, shift = seed.events[index], copy % 40 - 20
        if (index, shift) not in templates:
            value = _YEAR.sub(lambda m, s=shift: str(int(m.group(1)) + s), e.date.value)
            when = EventDate(value=value, mod=e.date.mod, text=e.date.text)
            new = e.model_copy(update={"id": f"{e.id}-x{copy}", "date": when, "related": []})
            text = dump_event(new)
            templates[(index, shift)] = (
                text.replace(f"id: {new.id}\n", "id: {id}\n", 1),
                new.date.start.year,
            )
        text, year = templates[(index, shift)]
        new_id = f"{e.id}-x{copy}"
        path = events_dir / f"{year:04d}" / f"{new_id}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("id: {id}\n", f"id: {new_id}\n", 1), encoding="utf-8")


def multiply_database(source: Path, target: Path, count: int) -> None:
    """A copy of ``source`` whose events (and their actors and sources) repeat up to ``count``."""
    shutil.copy(source, target)
    conn = sqlite3.connect(target)
    original = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(events)")]
    rest = ", ".join(c for c in columns if c != "id")
    source_columns = [r[1] for r in conn.execute("PRAGMA table_info(sources)")]
    source_rest = ", ".join(f'"{c}"' for c in source_columns if c not in ("id", "event_id"))
    conn.execute("CREATE TEMP TABLE seed AS SELECT id FROM events")
    have, copy = original, 1
    while have < count:
        take = min(original, count - have)
        suffix = f"-copy{copy}of{original}"
        with conn:
            conn.execute("CREATE TEMP TABLE chosen AS SELECT id FROM seed LIMIT ?", [take])
            conn.execute(
                f"INSERT INTO events (id, {rest}) SELECT id || ?, {rest} FROM events "
                "WHERE id IN (SELECT id FROM chosen)",
                [suffix],
            )
            conn.execute(
                "INSERT INTO event_actors SELECT event_id || ?, actor_id, role FROM event_actors "
                "WHERE event_id IN (SELECT id FROM chosen)",
                [suffix],
            )
            # a quote's id is its event's and its number (store.source_id): the copy's
            # event id, then the number the original's id ends with
            conn.execute(
                f"INSERT INTO sources (id, event_id, {source_rest}) "
                "SELECT event_id || ?1 || substr(id, length(event_id) + 1), event_id || ?1, "
                f"{source_rest} FROM sources WHERE event_id IN (SELECT id FROM chosen)",
                [suffix],
            )
            conn.execute("DROP TABLE chosen")
        have += take
        copy += 1
    if "sort_key" in columns:  # what a full build writes: the events in the library's order
        with conn:
            conn.execute("CREATE TEMP TABLE ordered AS SELECT * FROM events ORDER BY sort_key, id")
            conn.execute("DELETE FROM events")
            conn.execute("INSERT INTO events SELECT * FROM temp.ordered")
            conn.execute("DROP TABLE temp.ordered")
            (last,) = conn.execute("SELECT max(rowid) FROM events").fetchone()
            # a build's _meta: the events' count, and the rowid up to which they are in
            # that order (store.ORDERED_THROUGH, which the table view's search reads)
            conn.execute("UPDATE _meta SET value = ? WHERE key = 'events'", [str(last)])
            conn.execute(
                "UPDATE _meta SET value = ? WHERE key = 'events_in_order_through'", [str(last)]
            )
    with conn:
        conn.execute("INSERT INTO events_fts(events_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO sources_fts(sources_fts) VALUES ('rebuild')")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "facet_counts" in tables:  # a build of code that makes the summary tables
        from timeline.store import add_summaries

        add_summaries(conn)
    conn.execute("ANALYZE")
    conn.close()


def synthetic_mentions(count: int, seed: int = 15) -> list[Any]:
    """``count`` one-source mentions, 12 per document: random kinds, days, months or years
    over 30 years, and one to three of 12 countries."""
    from timeline.model import Event

    rng = random.Random(seed)
    values = [str(y) for y in range(2000, 2030)]
    values += [f"{y}-{m:02d}" for y in range(2000, 2030) for m in range(1, 13)]
    values += [f"{v}-{d:02d}" for v in values[30:] for d in (1, 5, 10, 15, 20, 25)]
    countries = ["KZ", "TR", "UZ", "AZ", "KG", "TM", "TJ", "GE", "HU", "MN", "RU", "CN"]
    kinds = ["visit", "meeting", "summit", "call", "signing", "statement"]
    out = []
    for i in range(count):
        doc, at = f"d{i // 12:07d}", (i % 12) * 20
        parts = rng.sample(countries, rng.randint(1, 3))
        out.append(
            Event.model_validate(
                {
                    "id": f"m{i}-{doc}",
                    "kind": rng.choice(kinds),
                    "title": "t",
                    "date": {"value": rng.choice(values)},
                    "status": "occurred",
                    "participants": [{"id": c, "type": "country"} for c in parts],
                    "sources": [{"document": doc, "quote": "x" * 10, "start": at, "end": at + 10}],
                }
            )
        )
    return out


def measure_merge(sizes: list[int], exhaustive_max: int) -> None:
    """CPU time of the blocked merge (and the exhaustive one up to ``exhaustive_max``)."""
    from timeline.merge import merge_events

    print("| mentions | events | blocked CPU s | per mention | exhaustive CPU s |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        mentions = synthetic_mentions(n)
        t0 = time.process_time()
        merged = merge_events(mentions)
        blocked = time.process_time() - t0
        full = "not run"
        if n <= exhaustive_max:
            t0 = time.process_time()
            merge_events(mentions, exhaustive=True)
            full = f"{time.process_time() - t0:.2f}"
        per = f"{blocked / n * 1e6:.0f} µs"
        print(f"| {n:,} | {len(merged):,} | {blocked:.2f} | {per} | {full} |", flush=True)


# --- measuring -------------------------------------------------------------------------


@dataclass
class Measure:
    step: str
    code: str
    size: int
    wall_s: float
    cpu_s: float
    cores: float
    peak_mb: float
    note: str = ""


def _tree_memory_kb(pid: int) -> int:
    """The memory of ``pid`` and its descendants: the sum of their proportional set sizes
    (each shared page divided among the processes sharing it: what the machine holds, where
    the sum of the RSS counts a forked child's inherited pages twice), or of their RSS where
    the kernel gives no ``smaps_rollup``."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            try:
                text = Path(f"/proc/{p}/smaps_rollup").read_text()
                found = re.search(r"^Pss:\s+(\d+)", text, re.MULTILINE)
            except FileNotFoundError:
                found = re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{p}/status").read_text())
            total += int(found.group(1))  # type: ignore[union-attr]
            for task in Path(f"/proc/{p}/task").iterdir():
                children = (task / "children").read_text().split()
                todo.extend(int(c) for c in children)
        except (OSError, AttributeError):
            continue
    return total


def run_measured(
    args: list[str],
    env: dict[str, str],
    cwd: Path | None = None,
    stdout: Path | None = None,
    stderr: Path | None = None,
) -> Measure:
    """Run a command; its wall time, CPU time, cores used and peak memory of its tree (the
    sum over its processes, :func:`_tree_memory_kb`), its output written to ``stdout`` and
    its messages to ``stderr`` when given."""
    before = os.times()
    start = time.perf_counter()
    out = stdout.open("w", encoding="utf-8") if stdout else subprocess.DEVNULL
    proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=out, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_memory_kb(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    if stderr:
        stderr.write_text(err, encoding="utf-8")
    if stdout:
        out.close()  # type: ignore[union-attr]
    done.set()
    sampler.join()
    after = os.times()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args[:6])} failed ({proc.returncode}):\n{err[-3000:]}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return Measure("", "", 0, wall, cpu, cpu / wall if wall else 0.0, peak / 1024)


def _env(src: Path) -> dict[str, str]:
    """The environment of a measured step: the code at ``src``, and its modules' bytecode
    cached as an installed package's is (an environment that says
    ``PYTHONDONTWRITEBYTECODE`` would have every step compile them again: 0.2 CPU s of a
    build after an edit)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from timeline.cli import main; main()", *args]


def _supports(src: Path, text: str) -> bool:
    return text in (src / "timeline" / "cli.py").read_text(encoding="utf-8")


_DATASETTE_WORKER = r"""
import asyncio, json, statistics, sys, time
from timeline.serve import make_datasette
db, repeat, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
ds = make_datasette(db)  # as `timeline serve` serves it: Datasette's time limits
async def main():
    out = {}
    def p95(values):
        values = sorted(values)
        return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    for path in paths:
        first, first_cpu = time.perf_counter(), time.process_time()
        r = await ds.client.get(path)
        cold, cold_cpu = time.perf_counter() - first, time.process_time() - first_cpu
        times, cpus = [], []
        for _ in range(min(repeat, 3) if path.endswith(".ics") else repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            r = await ds.client.get(path)
            times.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
        out[path] = {"status": r.status_code, "first_ms": cold * 1000,
                     "p95_ms": p95(times) * 1000, "first_cpu_ms": cold_cpu * 1000,
                     "p95_cpu_ms": p95(cpus) * 1000,
                     "timed_out": "facet-timed-out" in r.text or "timed out" in r.text.lower()}
    print(json.dumps(out))
asyncio.run(main())
"""


def datasette_pages(db: Path) -> list[str]:
    """The pages and feeds measured: index, database, table with facets, a filter, a
    search in the table (alone, with a filter its matches miss or keep, a date range, a
    filtered next page, a country as its facet links it and its next page) and on the
    search page (its first page and one deep down), a country's events as the facet
    links them and an actor's through ``event_actors`` (``_through``), each with a next
    page, a row, a country's events, the summary tables and the view, the feed list and
    two feeds, the filtered pages of ``events_by_country`` and ``event_actors`` and a sort
    by date newest first."""
    from datasette.utils import tilde_encode

    conn = sqlite3.connect(db)
    event_id = conn.execute("SELECT id FROM events ORDER BY rowid LIMIT 1").fetchone()[0]
    deep_id, deep_date = conn.execute(  # a page of the search two thirds of the way down
        "SELECT id, date_start FROM events ORDER BY sort_key, id LIMIT 1 OFFSET "
        "(SELECT count(*) * 2 / 3 FROM events)"
    ).fetchone()
    country = conn.execute(
        "SELECT actor_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
        "WHERE a.type = 'country' GROUP BY actor_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    country_name = conn.execute("SELECT name FROM actors WHERE id = ?", [country]).fetchone()[0]
    conn.close()
    through = json.dumps({"table": "event_actors", "column": "actor_id", "value": country})
    name = db.stem
    return [
        "/",
        f"/{name}",
        f"/{name}/events",
        f"/{name}/events?kind=summit",
        f"/{name}/events?_search=visit",
        f"/{name}/events?_search=visit&kind=call",
        f"/{name}/events?_search=visit&kind=visit",
        f"/{name}/events.json?_search=visit&date_start__gte=2030-01-01",
        # a filtered search's next page as Datasette links it (with _sort)
        f"/{name}/events?_search=visit&kind=visit&_sort=date_start&_next="
        + quote(f"{tilde_encode(deep_date)},{tilde_encode(deep_id)}", safe=""),
        # a plain search's next page, as Datasette links it (its count kept from the first)
        f"/{name}/events?_search=visit&_sort=date_start&_next="
        + quote(f"{tilde_encode(deep_date)},{tilde_encode(deep_id)}", safe=""),
        # a search filtered by a country, as the country facet links it, and its next page
        f"/{name}/events?_search=visit&country_names__arraycontains=" + quote(country_name),
        f"/{name}/events?_search=visit&countries__arraycontains={country}&_sort=date_start&_next="
        + quote(f"{tilde_encode(deep_date)},{tilde_encode(deep_id)}", safe=""),
        # a country's events as the facet links them, its next page; an actor's events
        # through event_actors (Datasette's _through), its next page
        f"/{name}/events?country_names__arraycontains=" + quote(country_name),
        f"/{name}/events?country_names__arraycontains={quote(country_name)}&_sort=date_start"
        + "&_next="
        + quote(f"{tilde_encode(deep_date)},{tilde_encode(deep_id)}", safe=""),
        f"/{name}/events?_through=" + quote(through, safe=""),
        f"/{name}/events?_through={quote(through, safe='')}&_sort=date_start&_next="
        + quote(f"{tilde_encode(deep_date)},{tilde_encode(deep_id)}", safe=""),
        "/-/search?q=visit",
        "/-/search?q=visit&after=" + quote(deep_id, safe=""),
        f"/{name}/events/{event_id}",
        f"/{name}/events_by_country?country={country}",
        f"/{name}/events_by_month",
        f"/{name}/upcoming_events",
        f"/{name}/events_map",
        f"/{name}/event_actors",
        "/-/calendars",
        f"/-/calendars/{country}.ics",
        "/-/calendars/timeline.ics",
        # the filtered pages of the tables the build counts (facet_counts), a country by
        # its name, and the events sorted newest first (a column's header link)
        f"/{name}/events_by_country?kind=summit",
        f"/{name}/events_by_country?country_name=" + quote(country_name),
        f"/{name}/event_actors?role=host",
        f"/{name}/events?_view=all&_sort_desc=date_start",
    ]


def measure_datasette(
    src: Path, db: Path, repeat: int, *, feeds: bool = True
) -> dict[str, dict[str, float]]:
    pages = [p for p in datasette_pages(db) if feeds or not p.endswith(".ics")]
    args = [sys.executable, "-c", _DATASETTE_WORKER, str(db), str(repeat), *pages]
    done = subprocess.run(args, env=_env(src), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"datasette requests failed:\n{done.stderr[-3000:]}")
    result: dict[str, dict[str, float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the run ---------------------------------------------------------------------------


def _baseline_src(rev: str, work: Path) -> Path:
    tree = work / f"baseline-{rev}"
    if not tree.exists():
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev],
            check=True,
            capture_output=True,
        )
    return tree / "src"


def build_path(messages: str) -> str:
    """Which way a build went, from what ``timeline build`` said: ``full (<why>)`` with the
    reason the incremental path gave up, or ``incremental``.

    >>> build_path("· validating events and quotes\\n· no previous database: reading every file\\n")
    'full (no previous database)'
    >>> build_path("· updating database from the changed events, beside the exports\\n")
    'incremental'
    """
    for line in messages.splitlines():
        if line.endswith(": reading every file"):
            return f"full ({line.lstrip('· ').removesuffix(': reading every file')})"
    if "from the changed events" in messages:
        return "incremental"
    return "full"


def measure_builds(
    n: int, folder: Path, work: Path, codes: dict[str, Path], args: argparse.Namespace, record: Any
) -> None:
    """The build of ``n`` events, each code in turn: cold (no database, no cache), after one
    edit, after another (the cache warm, the previous build's database in place).

    Each code has its own cache file (``--cache``): the index of the last build lives
    there, and one shared by the codes (the CLI's default, ``.timeline-cache.db`` beside
    the databases) holds the other code's build, which sends every build after an edit
    down the full path. The note says which path the build took (:func:`build_path`).
    With ``--stages`` each run is ``bench/build_stages.py``, and the note gives each
    stage's CPU seconds and peak memory (validating, the database...) and the load
    average; ``--no-exports`` builds the database only.
    """
    measured = {
        code: src for code, src in codes.items() if code == "current" or n <= args.baseline_max
    }
    outputs = {}
    for code in measured:
        key = code.split()[-1]
        db, exports, cache = (work / f"build-{key}-{n}.db", work / f"exports-{key}-{n}",
                              work / f"cache-{key}-{n}.db")  # fmt: skip
        db.unlink(missing_ok=True)
        cache.unlink(missing_ok=True)
        Path(f"{cache}-exports.sqlite").unlink(missing_ok=True)
        shutil.rmtree(exports, ignore_errors=True)
        outputs[code] = (db, exports, cache)
    files = sorted((folder / "events").rglob("*.yaml"))
    files = [f for f in files if f.parent.name != "agreements"]  # an agreement: a full build
    edits = [files[-1], files[len(files) // 2]]
    originals = {path: path.read_text(encoding="utf-8") for path in edits}
    try:
        for step in ("build", "build after one edit", "build after another edit"):
            if step != "build":
                path = edits.pop(0)
                path.write_text(
                    originals[path].replace("title: ", "title: Edited ", 1), encoding="utf-8"
                )
            for code, src in measured.items():
                db, exports, cache = outputs[code]
                target = "none" if args.no_exports else str(exports)
                if args.stages:
                    cmd = [sys.executable, str(ROOT / "bench" / "build_stages.py"), str(folder)]
                    cmd += [str(db), target, "--cache", str(cache)]
                    out = work / "stages.json"
                    m = run_measured(cmd, _env(src), stdout=out)
                    report = json.loads(out.read_text(encoding="utf-8"))
                    note = "; ".join(
                        f"{s['stage']} {s['cpu_s']} CPU s {s['peak_rss_mb']} MB"
                        for s in report["stages"]
                    )
                    note += f"; load {report['load_average']:.1f}"
                else:
                    cmd = _cli("build", "--events", str(folder / "events"), "--corpus")
                    cmd += [str(folder / "corpus"), "--db", str(db), "--cache", str(cache)]
                    cmd += ["--no-exports"] if args.no_exports else ["--exports", str(exports)]
                    out = work / "build.log"
                    m = run_measured(cmd, _env(src), stderr=out)
                    path = build_path(out.read_text(encoding="utf-8"))
                    note = f"{path}; load {os.getloadavg()[0]:.1f}"
                record(m, step, code, n, note)
    finally:
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--events", type=int, nargs="*", default=[10000])
    parser.add_argument("--datasette", type=int, nargs="*", default=[100000])
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument(
        "--feeds-max",
        type=int,
        default=100000,
        help="largest size whose .ics feeds are requested (they are rendered per request)",
    )
    parser.add_argument(
        "--datasette-base", type=int, default=10000, help="events built before copying rows"
    )
    parser.add_argument("--baseline", help="a git revision measured beside this code")
    parser.add_argument("--baseline-max", type=int, default=10000, help="largest baseline size")
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    parser.add_argument("--merge", type=int, nargs="*", default=[], help="merge-only sizes")
    parser.add_argument("--exhaustive-max", type=int, default=3000)
    parser.add_argument("--tiny", action="store_true", help="the smallest sizes, for CI")
    parser.add_argument(
        "--stages", action="store_true", help="builds through bench/build_stages.py (each stage)"
    )
    parser.add_argument("--no-exports", action="store_true", help="builds of the database only")
    args = parser.parse_args()
    if args.merge:
        measure_merge(args.merge, args.exhaustive_max)
        return
    if args.tiny:
        args.articles, args.events, args.datasette = [6], [30], [60]
        args.jobs, args.requests, args.datasette_base = [2], 1, 30
    work = args.work or Path(tempfile.mkdtemp(prefix="timeline-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    codes = {"current": ROOT / "src"}
    if args.baseline:
        codes[f"baseline {args.baseline}"] = _baseline_src(args.baseline, work)
    results: list[Measure] = []
    pages: dict[str, object] = {}

    def record(m: Measure, step: str, code: str, size: int, note: str = "") -> None:
        m.step, m.code, m.size, m.note = step, code, size, note
        results.append(m)
        print(
            f"| {step} | {code} | {size:,} | {m.wall_s:.1f} | {m.cpu_s:.1f} | {m.cores:.2f} "
            f"| {m.peak_mb:.0f} | {note} |",
            flush=True,
        )

    print(f"{platform.node()}: Python {platform.python_version()}, {os.cpu_count()} cores")
    print("| step | code | size | wall s | CPU s | cores | peak MB | note |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for n in args.articles:
        folder = work / f"corpus-{n}"
        if not folder.exists():
            size = generate_corpus(n, folder)
        else:
            size = sum(f.stat().st_size for f in folder.glob("*.txt"))
        for code, src in codes.items():
            if code != "current" and n > args.baseline_max:
                continue
            jobs_list = args.jobs if _supports(src, '"--jobs"') else [None]
            for jobs in jobs_list:
                out = work / f"found-{n}-{jobs}.json"
                cmd = _cli("extract", str(folder), "-o", str(out))
                cmd += ["--jobs", str(jobs)] if jobs else []
                m = run_measured(cmd, _env(src))
                mb_s = size / 1e6 / m.cpu_s if m.cpu_s else 0.0
                note = f"{size / 1e6:.1f} MB, {mb_s:.2f} MB/s per CPU-second"
                record(m, f"extract --jobs {jobs or 1}", code, n, note)
    for n in args.events:
        folder = work / f"events-{n}"
        if not folder.exists():
            generate_events(n, folder)
        measure_builds(n, folder, work, codes, args, record)
    for n in args.datasette:
        built = min(n, args.datasette_base)
        folder = work / f"events-{built}"
        if not folder.exists():
            generate_events(built, folder)
        for code, src in codes.items():
            if code != "current" and n > args.baseline_max * 10:
                continue
            key = code.split()[-1]
            served = work / f"datasette-{key}"  # the database with the exports beside it
            base = served / f"base-{built}.db"
            if not base.exists():  # each code's own build, with its own indexes
                cmd = _cli("build", "--events", str(folder / "events"), "--corpus")
                cmd += [str(folder / "corpus"), "--db", str(base), "--exports"]
                cmd += [str(served / "exports"), "-q"]
                subprocess.run(cmd, env=_env(src), check=True)
            db = served / f"timeline-{n}.db"
            if not db.exists():
                multiply_database(base, db, n)
            timings = measure_datasette(src, db, args.requests, feeds=n <= args.feeds_max)
            pages[f"{code} {n}"] = timings
            for path, t in timings.items():
                flag = " (facet timed out)" if t["timed_out"] else ""
                print(
                    f"| GET {path} | {code} | {n:,} | p95 {t['p95_ms']:.0f} ms "
                    f"| first {t['first_ms']:.0f} ms | CPU p95 {t['p95_cpu_ms']:.0f} ms, "
                    f"first {t['first_cpu_ms']:.0f} ms | status {t['status']}{flag} |",
                    flush=True,
                )
    (work / "results.json").write_text(
        json.dumps({"runs": [asdict(m) for m in results], "datasette": pages}, indent=2),
        encoding="utf-8",
    )
    print(f"results in {work / 'results.json'}")


if __name__ == "__main__":
    main()
