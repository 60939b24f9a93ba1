"""bench/wikinews_choose.py chooses Wikinews articles by keywords and country names only.

The sources stay out of the repository: these tests lay out two vanatteveldt-style CSV
files in a git repository of their own, with articles written here (real state names, so
that the reviewed lists find them; every sentence our own).
"""

from __future__ import annotations

import csv
import doctest
import io
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import yaml

BODY = (
    "The foreign ministers of {a} and {b} signed a bilateral treaty on trade on Monday, "
    "after two days of talks behind closed doors.\n\n"
    "The treaty follows an agreement reached last year, the ambassador of {a} told "
    "reporters outside the embassy.\n\n"
    "A delegation of {b} will return for further talks next month, the office of the "
    "president said in a statement.\n\n"
    "Both governments said the accord would be put before their parliaments."
)
SHORT = "{a} and {b} signed a treaty.\n\nThe ambassador and the envoy were there, with talks."
SPORT = " The football match ended in a draw, and the league's officials watched."
#: two core terms (treaty, delegation) and five occurrences of strong ones: eligible only
#: when a draw asks for five (``--min-strong 5``)
THIN = (
    "The fishing ministers of {a} and {b} signed a treaty on quotas on Monday, after talks "
    "in the port city.\n\n"
    "Officials of {a} said the treaty would take effect next year, once both parliaments "
    "approve it.\n\n"
    "A delegation of {b} is expected back in the spring, the ministry of fisheries said in "
    "a short note to the press on Tuesday evening."
)
#: name -> (date, title, the two states of the body); the file is chosen by the year
ARTICLES = {
    "kenya": ("2019-03-04", "Kenya and Uganda sign a trade treaty", "Kenya", "Uganda"),
    "kenya_again": ("2019-03-07", "Ugandan parliament debates the accord", "Uganda", "Kenya"),
    "sport": ("2019-04-01", "Peru and Chile meet on the pitch", "Peru", "Chile"),
    "quake": ("2019-05-02", "Earthquake aid from Japan reaches Nepal", "Japan", "Nepal"),
    "alone": ("2019-06-03", "Canada names a new envoy", "Canada", "Canada"),
    "short": ("2019-07-01", "France and Germany sign a pact", "France", "Germany"),
    "france": ("2019-07-05", "Rail link agreed at the border", "France", "Germany"),
    "japan": ("2019-08-05", "Japan and South Korea hold a summit", "Japan", "South Korea"),
    "peru": ("2019-09-02", "Peru and Chile sign a fisheries treaty", "Peru", "Chile"),
    "sweden": ("2020-01-10", "Sweden and Finland sign a defence treaty", "Sweden", "Finland"),
    "egypt": ("2020-02-03", "Egypt and Jordan hold bilateral talks", "Egypt", "Jordan"),
    "thin": ("2020-06-01", "Ghana and Togo agree on fishing quotas", "Ghana", "Togo"),
    "long": ("2020-09-01", "Norway and Denmark sign a border treaty", "Norway", "Denmark"),
}
#: a body over the earlier draws' 6,000 characters: eligible only when a draw asks for
#: longer ones (``--max-chars``)
MORE = (
    "\n\nThe two delegations also went through the customs rules, the shared power grid and "
    "the ferry timetables, and agreed to keep a joint committee for each of them."
)
LONG = BODY + MORE * 40
#: the bodies that are not BODY
OTHER_BODIES = {"sport": BODY + SPORT, "short": SHORT, "thin": THIN, "long": LONG}
ELIGIBLE_ONE_STORY_EACH = {"kenya", "france", "japan", "peru", "sweden", "egypt"}
URL = "https://en.wikinews.org//wiki/"


@pytest.fixture
def module(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    load_bench("wikinews_events")
    return load_bench("wikinews_choose")


@pytest.fixture
def mirror(
    module: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    git_commit: Callable[[Path, dict[str, bytes]], str],
) -> Path:
    """The articles above as the two CSV files of a vanatteveldt-style repository, the only
    source files the chooser reads."""
    files = {}
    for year in ("2019", "2020"):
        table = io.StringIO()
        writer = csv.writer(table)
        writer.writerow(["url", "date", "title", "text"])
        for name, (day, title, one, other) in ARTICLES.items():
            if day.startswith(year):
                text = OTHER_BODIES.get(name, BODY).format(a=one, b=other)
                writer.writerow([URL + name, day, title, text])
        files[f"data/wikinews_{year}.csv"] = table.getvalue().encode()
    root = tmp_path / "mirror"
    commit = git_commit(root / "vanatteveldt+wikinews", files)
    monkeypatch.setitem(module.SOURCES, "vanatteveldt/wikinews", (commit, "licence B"))
    monkeypatch.setattr(
        module,
        "SOURCE_FILES",
        tuple(("vanatteveldt/wikinews", path) for path in sorted(files)),
    )
    return root


def gum_document(name: str, day: str, title: str, paragraphs: list[str]) -> str:
    """A GUM-style CoNLL-U document (``# text`` lines, no tokens: the reader needs none): its
    title as a heading, a dateline, then the paragraphs."""
    lines = [
        f"# newdoc id = {name}",
        f"# meta::dateCreated = {day}",
        "# meta::genre = news",
        f"# meta::sourceURL = https://en.wikinews.org/wiki/{name}",
        f"# meta::title = {title}",
        "# newpar",
        "# newpar_block = head (1 s)",
        f"# text = {title}",
        "# newpar",
        "# newpar_block = p (1 s)",
        "# text = Monday, May 2, 2016",
    ]
    for paragraph in paragraphs:
        lines += ["# newpar", "# newpar_block = p (1 s)", f"# text = {paragraph}"]
    return "\n".join(lines) + "\n"


#: name -> (date, title, the two states of the body) of the GUM-style source
GUM = {
    # the CSV's Sweden story told again (the same title and day): one article
    "GUM_news_nordic": (
        "2020-01-10",
        "Sweden and Finland sign a defence treaty",
        "Sweden",
        "Finland",
    ),
    "GUM_news_fish": (
        "2016-05-02",
        "Norway and Iceland sign a fisheries treaty",
        "Norway",
        "Iceland",
    ),
}


@pytest.fixture
def gum(
    module: ModuleType,
    mirror: Path,
    monkeypatch: pytest.MonkeyPatch,
    git_commit: Callable[[Path, dict[str, bytes]], str],
) -> Path:
    """The mirror with a GUM-style repository too (one CoNLL-U file per article, and an
    interview's file the prefix does not name)."""
    files = {
        f"dep/{name}.conllu": gum_document(
            name, day, title, BODY.format(a=one, b=other).split("\n\n")
        ).encode()
        for name, (day, title, one, other) in GUM.items()
    }
    files["dep/GUM_interview_fish.conllu"] = files["dep/GUM_news_fish.conllu"].replace(
        b"GUM_news_fish", b"GUM_interview_fish"
    )
    commit = git_commit(mirror / "amir-zeldes+gum", files)
    monkeypatch.setitem(module.SOURCES, "amir-zeldes/gum", (commit, "licence C"))
    return mirror


def _names(rows: list[dict[str, str]]) -> set[str]:
    return {row["record"].removeprefix(URL) for row in rows}


def _run(module: ModuleType, mirror: Path, out: Path, *more: str) -> list[dict[str, str]]:
    argv = ["--mirror", str(mirror), "--seed", "5", "--target", "10", "--splits", "x,y"]
    assert module.main([*argv, "-o", str(out), *more]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_the_doctests_pass(module: ModuleType) -> None:
    assert doctest.testmod(module).failed == 0


def test_only_eligible_articles_are_chosen_one_per_story(
    module: ModuleType, mirror: Path, tmp_path: Path
) -> None:
    rows = _run(module, mirror, tmp_path / "chosen.tsv")
    # out: a sport match, a disaster's title, one state only, a short body, and the same
    # pair of states three days after a story kept
    assert _names(rows) == ELIGIBLE_ONE_STORY_EACH
    assert [row["split"] for row in rows] == ["x"] * 3 + ["y"] * 3
    kenya = next(row for row in rows if row["record"].endswith("kenya"))
    assert kenya["region"] == "Africa"
    assert kenya["countries"] == "Kenya;Uganda"
    assert kenya["file_id"] == "wn20190304-kenya-and-uganda-sign-a-trade-treaty"
    assert kenya["url"] == "https://en.wikinews.org/wiki/kenya"


def test_the_same_seed_writes_the_same_table_in_the_packed_tables_columns(
    module: ModuleType, mirror: Path, tmp_path: Path
) -> None:
    first = _run(module, mirror, tmp_path / "one.tsv")
    again = _run(module, mirror, tmp_path / "two.tsv")
    assert (tmp_path / "one.tsv").read_bytes() == (tmp_path / "two.tsv").read_bytes()
    assert first == again
    header = module.PACKED.joinpath("chosen.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert list(first[0]) == header.split("\t")


def test_the_target_caps_the_choice_round_robin_over_regions(
    module: ModuleType, mirror: Path, tmp_path: Path
) -> None:
    rows = _run(module, mirror, tmp_path / "chosen.tsv", "--target", "4")
    # four regions have candidates: one round takes one of each
    assert sorted(row["region"] for row in rows) == [
        "Africa",
        "Asia-Pacific",
        "Europe",
        "Latin America",
    ]


def test_an_earlier_record_and_its_story_are_excluded_but_not_a_split_drawn_again(
    module: ModuleType, mirror: Path, tmp_path: Path
) -> None:
    earlier = tmp_path / "earlier.tsv"
    header = "split\tfile_id\trecord\turl\n"
    earlier.write_text(
        header
        + f"old\tk\t{URL}kenya\thttps://en.wikinews.org/wiki/kenya\n"
        # not eligible itself (a short body), but France and Germany within ten days of it
        + f"old\ts\t{URL}short\thttps://en.wikinews.org/wiki/short\n",
        encoding="utf-8",
    )
    rows = _run(module, mirror, tmp_path / "chosen.tsv", "--exclude", str(earlier))
    assert _names(rows) == ELIGIBLE_ONE_STORY_EACH - {"kenya", "france"}
    # the earlier rows of a split being drawn now are no exclusion: the draw is redone
    redrawn = _run(
        module, mirror, tmp_path / "again.tsv", "--exclude", str(earlier), "--splits", "old"
    )
    assert _names(redrawn) == ELIGIBLE_ONE_STORY_EACH


def test_the_table_and_layout_are_what_wikinews_events_packs_and_rebuilds(
    module: ModuleType, mirror: Path, tmp_path: Path
) -> None:
    events = sys.modules["wikinews_events"]
    rows = _run(module, mirror, tmp_path / "chosen.tsv", "--layout", str(tmp_path / "splits"))
    sources = events.read_sources(tmp_path / "chosen.tsv")
    texts = events.articles_of(mirror, sources)
    for row in rows:
        folder = tmp_path / "splits" / row["split"]
        laid_out = (folder / f"{row['file_id']}.txt").read_text(encoding="utf-8")
        assert laid_out == texts[row["file_id"]]
        assert module.sha256_of(laid_out) == row["sha256"]
        assert row["licence"] == "licence B"
        assert (folder / "HELD_OUT").is_file()
    code = module.main(
        ["--mirror", str(mirror), "--seed", "5", "--target", "10", "--splits", "x,y",
         "-o", str(tmp_path / "third.tsv"), "--layout", str(tmp_path / "splits")]
    )  # fmt: skip
    assert code == 1  # a split folder that is not empty is refused


def test_bad_splits_and_a_table_without_records_are_refused(
    module: ModuleType, mirror: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--mirror", str(mirror), "--seed", "5", "--target", "4"]
    assert module.main([*argv, "--splits", "x,x"]) == 1
    assert "distinct names" in capsys.readouterr().err
    table = tmp_path / "bad.tsv"
    table.write_text("split\tname\nx\ty\n", encoding="utf-8")
    assert module.main([*argv, "--splits", "x", "--exclude", str(table)]) == 1
    assert "split, record, url" in capsys.readouterr().err


def test_the_lists_name_each_state_once_in_one_of_seven_regions(module: ModuleType) -> None:
    raw = yaml.safe_load(module.LISTS.read_text(encoding="utf-8"))
    states = [state for region in raw["regions"].values() for state in region]
    assert len(raw["regions"]) == 7
    assert len(states) == len(set(states))
    assert set(raw["not_when"]) | set(raw["confirmed_by"]) <= set(states)
    lists = module.load_lists()
    assert lists.regions["Kenya"] == "Africa"
    assert dict(module.states_in("Equatorial Guinea and Niger Delta talks", lists)) == {}
    chosen = module.PACKED / "chosen.tsv"
    with chosen.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert {row["region"] for row in rows} <= set(raw["regions"])
    assert {c for row in rows for c in row["countries"].split(";")} <= set(states)


def _candidate(
    module: ModuleType, number: int, states: list[str], *paragraphs: str, title: str = "t"
) -> object:
    """A described candidate of year 2005 + ``number``, its states ranked as given."""
    events = sys.modules["wikinews_events"]
    day = module.date(2005 + number, 1, 1)
    article = events.Article(title, day, paragraphs or ("p",))
    return module.Candidate("r", "p", str(number), f"u{number}", article, states, "Africa")


def test_at_most_two_stories_per_pair(module: ModuleType) -> None:
    # the pair's main state alternates, so the cap of four per main state is never reached
    # (Kenya twice, Uganda once): only the pair's cap can stop the third story
    leads = [["Kenya", "Uganda"], ["Uganda", "Kenya"], ["Kenya", "Uganda"]]
    stories = [_candidate(module, n, states) for n, states in enumerate(leads)]
    chosen = module.choose(stories, seed=1, target=10)
    assert len(chosen) == 2
    assert {c.pair for c in chosen} == {("Kenya", "Uganda")}


def test_at_most_four_stories_per_main_state(module: ModuleType) -> None:
    pair = [_candidate(module, n, ["Kenya", "Uganda"]) for n in range(3)]
    others = enumerate(["Chad", "Mali", "Togo"], 3)
    main = [_candidate(module, n, ["Kenya", other]) for n, other in others]
    chosen = module.choose([*pair, *main], seed=1, target=10)
    assert len(chosen) == 4
    assert sum(c.pair == ("Kenya", "Uganda") for c in chosen) == 2


def test_a_later_story_sharing_a_long_paragraph_is_dropped(module: ModuleType) -> None:
    # different pairs, years apart, titles with no word in common: only the shared
    # paragraph tells that the second article retells the first
    shared = (
        "The customs union agreed by the two neighbours ends every tariff on grain, "
        "timber and cattle crossing their joint border."
    )
    assert len(shared) == module.LONG_PARAGRAPH + 1
    first = _candidate(module, 0, ["Ghana", "Togo"], shared, title="Customs union agreed")
    retold = _candidate(module, 3, ["Benin", "Niger"], shared, title="Tariffs end at border")
    assert module.distinct([retold, first]) == [first]
    # a shared paragraph of the limit's length or shorter is no retelling
    short = shared[:-1]
    assert len(short) == module.LONG_PARAGRAPH
    first_short = _candidate(module, 0, ["Ghana", "Togo"], short, title="Customs union agreed")
    other_short = _candidate(module, 3, ["Benin", "Niger"], short, title="Tariffs end at border")
    assert module.distinct([other_short, first_short]) == [first_short, other_short]


def test_a_source_beyond_the_default_is_read_only_when_named_and_a_story_is_one_article(
    module: ModuleType, gum: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the earlier draws' command lines read what they read: no GUM article comes in
    assert _names(_run(module, gum, tmp_path / "default.tsv")) == ELIGIBLE_ONE_STORY_EACH
    named = "vanatteveldt/wikinews,amir-zeldes/gum"
    rows = _run(module, gum, tmp_path / "more.tsv", "--sources", named)
    assert _names(rows) == ELIGIBLE_ONE_STORY_EACH | {"GUM_news_fish"}  # not GUM_news_nordic
    fish = next(row for row in rows if row["record"] == "GUM_news_fish")
    assert (fish["repository"], fish["path"]) == ("amir-zeldes/gum", "dep/GUM_news_fish.conllu")
    assert fish["url"] == "https://en.wikinews.org/wiki/GUM_news_fish"
    assert (fish["licence"], fish["region"], fish["date"]) == ("licence C", "Europe", "2016-05-02")
    events = sys.modules["wikinews_events"]
    text = events.articles_of(gum, events.read_sources(tmp_path / "more.tsv"))[fish["file_id"]]
    assert text.startswith("Norway and Iceland sign a fisheries treaty\ndate 2016-05-02\n\n")
    assert module.sha256_of(text) == fish["sha256"]
    # a record left out leaves its story out in every source
    earlier = tmp_path / "earlier.tsv"
    earlier.write_text(
        f"split\tfile_id\trecord\turl\nold\ts\t{URL}sweden\thttps://en.wikinews.org/wiki/sweden\n",
        encoding="utf-8",
    )
    left = _run(module, gum, tmp_path / "left.tsv", "--sources", named, "--exclude", str(earlier))
    assert _names(left) == ELIGIBLE_ONE_STORY_EACH - {"sweden"} | {"GUM_news_fish"}
    argv = ["--mirror", str(gum), "--seed", "5", "--target", "4", "--splits", "x"]
    assert module.main([*argv, "--sources", "someone/else"]) == 1
    assert "someone/else unknown" in capsys.readouterr().err


def test_a_thinner_vocabulary_is_chosen_only_when_a_draw_asks(
    module: ModuleType, mirror: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = ARTICLES["thin"][1]
    text = title + "\n" + THIN.format(a="Ghana", b="Togo").replace("\n\n", "\n")
    assert module.vocabulary(text, module.load_lists()) == (2, 5)
    # the earlier draws' six: left out; five: chosen (the short body stays out: too short)
    assert _names(_run(module, mirror, tmp_path / "six.tsv")) == ELIGIBLE_ONE_STORY_EACH
    rows = _run(module, mirror, tmp_path / "five.tsv", "--min-strong", "5")
    assert _names(rows) == ELIGIBLE_ONE_STORY_EACH | {"thin"}
    argv = ["--mirror", str(mirror), "--seed", "5", "--target", "4", "--splits", "x"]
    assert module.main([*argv, "--min-strong", "0"]) == 1
    assert "--min-strong 0" in capsys.readouterr().err


def test_a_longer_body_or_another_first_day_is_read_only_when_a_draw_asks(
    module: ModuleType, mirror: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "\n".join(LONG.format(a="Norway", b="Denmark").split("\n\n"))
    assert module.MAX_CHARS < len(body) <= 12000
    # the earlier draws' length: left out; a draw asking for 12,000 characters: chosen
    assert _names(_run(module, mirror, tmp_path / "default.tsv")) == ELIGIBLE_ONE_STORY_EACH
    rows = _run(module, mirror, tmp_path / "long.tsv", "--max-chars", "12000")
    assert _names(rows) == ELIGIBLE_ONE_STORY_EACH | {"long"}
    # the first day moves either way: from June 2019 the March and May stories go
    later = _run(module, mirror, tmp_path / "later.tsv", "--first-day", "2019-06-01")
    assert _names(later) == ELIGIBLE_ONE_STORY_EACH - {"kenya"}
    argv = ["--mirror", str(mirror), "--seed", "5", "--target", "4", "--splits", "x"]
    assert module.main([*argv, "--max-chars", "100"]) == 1
    assert "--max-chars 100" in capsys.readouterr().err
    # a first day after the last one leaves no article: an error naming the value, not an
    # empty draw
    assert module.main([*argv, "--first-day", "2025-01-01"]) == 1
    assert f"--first-day 2025-01-01: {module.LAST_DAY} or before" in capsys.readouterr().err


def test_an_article_before_the_first_day_is_eligible_once_the_day_moves_back(
    module: ModuleType,
) -> None:
    lists = module.load_lists()
    events = sys.modules["wikinews_events"]
    paragraphs = tuple(BODY.format(a="Chile", b="Peru").split("\n\n"))
    article = events.Article("Chile and Peru sign a treaty", module.date(2004, 12, 2), paragraphs)
    candidate = module.Candidate("r", "p", "early", "u", article)
    assert not module.eligible(candidate, lists)  # before the earlier draws' 2005-01-01
    assert module.eligible(candidate, lists, first_day=module.date(2004, 1, 1))
