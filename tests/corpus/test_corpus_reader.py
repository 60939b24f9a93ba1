"""The corpus reader on every seed and corpus-extra article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.corpus import Document, read_corpus, read_document
from timeline.errors import CorpusError

# id, title, outlet, author, published, inferred
SEED = [
    (
        "000_b90bf9710868340a",
        "Turkiye and Central Asia: On the path to a new level of cooperation",
        "News.Az",
        "Engin Ozer",
        date(2024, 11, 4),
        False,
    ),
    (
        "001_1dd8c2fe55db9fe9",
        "How is Turkiye Strengthening Ties with Central Asia? - INTERVIEW",
        "The Caspian Post",
        None,
        date(2024, 11, 4),
        False,
    ),
    ("002_c273dc258421a7b0", None, "News.Az", "Samir Muradov", date(2024, 12, 10), False),
    (
        "003_b7c0510a1e69fc93",
        "Turkey expands its influence in Central Asia and challenges Moscow",
        "inosmi.ru",
        None,
        date(2025, 10, 1),
        True,
    ),
    ("004_4637c54c35dd4532", None, None, "Ilgar Velizade", date(2022, 5, 21), True),
]

EXTRA = [
    ("01_uzbek-turkish-joint-drill", date(2021, 3, 23), "Anadolu Agency", None),
    ("02_turkic-council-informal-summit-istanbul-next", date(2021, 3, 31), "Kazinform", None),
    ("03_erdogan-ashgabat-eco-summit", date(2021, 11, 27), None, None),
    ("04_tokayev-erdogan-phone-call", date(2022, 4, 4), "Kazinform", "Adlet Seilkhanov"),
    ("05_erdogan-to-visit-kazakhstan-this-fall", date(2022, 5, 11), "UrduPoint News", "Sumaira FH"),
    ("06_erdogan-astana-talks-cica", date(2022, 10, 12), "AA", None),
    ("07_erdogan-avaza-trilateral-summit", date(2022, 12, 13), None, None),
    ("08_erdogan-ots-astana-summit", date(2023, 11, 1), None, None),
    ("09_turkiye-uzbekistan-trade-jec", date(2023, 12, 27), None, None),
    ("10_ots-shusha-informal-summit-agenda", date(2024, 7, 1), None, None),
    ("11_turkiye-kyrgyzstan-hlscc-bishkek", date(2024, 11, 5), None, None),
    ("12_tokayev-ankara-hlscc-2025", date(2025, 7, 28), None, None),
]

#: Site chrome and front matter that must never be in a sentence.
CHROME = [
    "- Home",
    "Home",
    "VK X OK",
    "WhatsApp",
    "Read also",
    "Read this next",
    "RECOMMEND",
    "Write a comment",
    "16 px",
    "↺",
    "Source: inosmi.ru",
    "Somalia",
    "Somaliland",
    "Azerbaijani FM Briefs EU High Representative",
    "Яна",
    "Яна Орехова",
    "Editor's note",
    "Author:",
    "By Samir",
    "SOURCE:AA",
    "date 20",
    "KAZINFORM",
    "UrduPoint News / Sputnik",
    "Adlet Seilkhanov",
    "ANKARA- Anadolu",
    "11:10 13.12.2022",
    "(UTC +04:00)",
    "Published May 11, 2022",
    "/ AA",
]


@pytest.fixture(scope="module")
def seed(seed_dir: Path) -> dict[str, Document]:
    """The seed articles as their pages say (without corpus/metadata.yaml's overrides)."""
    return {p.stem: read_document(p, overrides={}) for p in sorted(seed_dir.glob("*.txt"))}


def test_seed_overrides_apply(seed_dir: Path) -> None:
    docs = {d.id: d for d in read_corpus([seed_dir])}
    assert docs["002_c273dc258421a7b0"].title is not None
    assert docs["002_c273dc258421a7b0"].title.startswith("[Interview with Aigerim Zhampetova")
    # 003 is cited by the site its URL leads to, not by the "Source:" it credits
    assert (docs["003_b7c0510a1e69fc93"].outlet, docs["003_b7c0510a1e69fc93"].url) == (
        "mts.kg",
        "https://mts.kg/en/politika/2747-turcija-rasshirjaet-svoe-vlijanie-v-centralnoj-azii-i-"
        "brosaet-vyzov-moskve.html",
    )
    # every seed article has its URL and outlet where its page states them
    assert [d.id for d in docs.values() if d.url is None] == ["002_c273dc258421a7b0"]
    assert [d.id for d in docs.values() if d.outlet is None] == ["004_4637c54c35dd4532"]


@pytest.fixture(scope="module")
def extra(extra_dir: Path) -> dict[str, Document]:
    return {d.id: d for d in read_corpus([extra_dir])}


@pytest.mark.parametrize(("doc_id", "title", "outlet", "author", "published", "inferred"), SEED)
def test_seed_metadata(
    seed: dict[str, Document],
    doc_id: str,
    title: str | None,
    outlet: str | None,
    author: str | None,
    published: date,
    inferred: bool,
) -> None:
    doc = seed[doc_id]
    assert (doc.title, doc.outlet, doc.author) == (title, outlet, author)
    assert (doc.published, doc.published_inferred) == (published, inferred)
    assert doc.published_evidence


@pytest.mark.parametrize(("doc_id", "published", "outlet", "author"), EXTRA)
def test_extra_metadata(
    extra: dict[str, Document],
    extra_dir: Path,
    doc_id: str,
    published: date,
    outlet: str | None,
    author: str | None,
) -> None:
    doc = extra[doc_id]
    headline = (extra_dir / f"{doc_id}.txt").read_text("utf-8").splitlines()[0]
    assert doc.title == headline
    assert doc.published == published
    assert not doc.published_inferred
    assert doc.published_evidence.startswith("header line 2")
    assert (doc.outlet, doc.author) == (outlet, author)


def test_stated_dates_and_evidence(seed: dict[str, Document]) -> None:
    assert seed["000_b90bf9710868340a"].published_evidence == "header line 1"
    assert seed["001_1dd8c2fe55db9fe9"].published_evidence == "dateline line 3"


def test_inferred_evidence(seed: dict[str, Document]) -> None:
    e3 = seed["003_b7c0510a1e69fc93"].published_evidence
    assert e3.startswith("inferred between 2025-10-01 and 2025-11-30")
    assert "latest explicit date 'April 2025'" in e3
    assert "'October of this year' is past" in e3
    assert "'November' is ahead" in e3
    e4 = seed["004_4637c54c35dd4532"].published_evidence
    assert "latest explicit date 'May 3, 2022'" in e4
    assert "'the end of May' is past" in e4


def test_sorted_and_deterministic(seed_dir: Path, extra_dir: Path) -> None:
    docs = read_corpus([extra_dir, seed_dir])
    ids = [d.id for d in docs]
    assert ids == sorted(ids) and len(ids) == 17
    again = read_corpus([seed_dir, extra_dir])
    assert [d.model_dump() for d in docs] == [d.model_dump() for d in again]


def _all(seed: dict[str, Document], extra: dict[str, Document]) -> list[Document]:
    return [*seed.values(), *extra.values()]


def test_offsets(seed: dict[str, Document], extra: dict[str, Document], seed_dir: Path) -> None:
    for doc in _all(seed, extra):
        assert doc.text == Path(doc.path).read_bytes().decode("utf-8")
        assert doc.sentences, doc.id
        previous_end = 0
        for s in doc.sentences:
            assert doc.text[s.start : s.end] == s.text
            assert s.text == s.text.strip() and s.start >= previous_end
            assert doc.in_body(s.start, s.end)
            assert doc.sentence_at(s.start) == s
            previous_end = s.end


@pytest.mark.parametrize("chrome", CHROME)
def test_no_chrome_in_sentences(
    seed: dict[str, Document], extra: dict[str, Document], chrome: str
) -> None:
    for doc in _all(seed, extra):
        for s in doc.sentences:
            assert chrome not in s.text, (doc.id, s.text)


def test_repeated_headline_and_standfirst_dropped(seed: dict[str, Document]) -> None:
    doc = seed["001_1dd8c2fe55db9fe9"]
    texts = [s.text for s in doc.sentences]
    assert doc.title not in texts
    lead = (
        "The Middle Corridor’s significance has grown since the onset of the Russia-Ukraine War "
        "and holds tremendous potential for the future."
    )
    assert texts.count(lead) == 1
    assert texts[0].startswith("The Caspian Post presents an interview with Dr. Mehmet")


@pytest.mark.parametrize(
    ("doc_id", "sentence"),
    [
        ("002_c273dc258421a7b0", "Moreover, there is a growing drive to develop national identity"),
        ("002_c273dc258421a7b0", "In the context of global economic changes and the growing need"),
        ("000_b90bf9710868340a", "One of the most important instruments for integrating Turkic"),
        (
            "000_b90bf9710868340a",
            "Language continues to be a crucial part of cultural integration.",
        ),
        ("001_1dd8c2fe55db9fe9", "Several challenges hinder deeper integration between Turkiye"),
        (
            "004_4637c54c35dd4532",
            "On March 29-30, the Turkish President R. T. Erdogan made a two-day",
        ),
        ("004_4637c54c35dd4532", "The main objective is to increase the trade turnover from $3.6"),
        ("004_4637c54c35dd4532", "Perhaps the following statement by Mr. Erdogan well illustrates"),
        ("02_turkic-council-informal-summit-istanbul-next", "The next summit of the Cooperation"),
        ("05_erdogan-to-visit-kazakhstan-this-fall", "Turkish President Recep Tayyip Erdogan has"),
        ("10_ots-shusha-informal-summit-agenda", "The program of the informal summit"),
        (
            "03_erdogan-ashgabat-eco-summit",
            "Turkish President Recep Tayyip Erdoğan visited Ashgabat",
        ),
    ],
)
def test_sentence_starts(
    seed: dict[str, Document], extra: dict[str, Document], doc_id: str, sentence: str
) -> None:
    doc = (seed | extra)[doc_id]
    assert any(s.text.startswith(sentence) for s in doc.sentences), [
        s.text[:60] for s in doc.sentences
    ]


def test_abbreviations_do_not_split(extra: dict[str, Document]) -> None:
    doc = extra["03_erdogan-ashgabat-eco-summit"]
    assert doc.sentences[0].text.endswith(
        "at the invitation of Turkmenistan President Gurbanguly Berdimuhamedov."
    )
    assert "on Nov. 27 to pay" in doc.sentences[0].text
    doc12 = extra["12_tokayev-ankara-hlscc-2025"]
    assert any(s.text.startswith("Türkiye was the first country to recognize") and
               s.text.endswith("on Dec. 16, 1991.") for s in doc12.sentences)  # fmt: skip


def test_headings(seed: dict[str, Document], extra: dict[str, Document]) -> None:
    headings = {s.text for d in _all(seed, extra) for s in d.sentences if s.heading}
    assert headings == {
        "Trade target",
        "Weapons as Key Exports",
        "Institutionalization of Foreign Economic Policy",
        "Military Aspects of Turkey's Relations with Central Asia",
        "Internal and External Challenges",
        "Ankara-Nur-Sultan: new stage of cooperation",
        "Political-military dialogue: necessity and advantages",
        "Ankara and Tashkent: focusing on economy...",
        "...and security",
        "Contours of integration",
    }


def test_captions_before_dateline_are_front_matter(extra: dict[str, Document]) -> None:
    doc = extra["06_erdogan-astana-talks-cica"]
    assert doc.sentences[0].text.startswith("Turkish President Recep Tayyip Erdogan has arrived")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty; add the article's text or remove the file"),
        (b" \r\n\n", "is empty; add the article's text or remove the file"),
        (
            b"T\xfcrkiye",
            "is not UTF-8 text (byte 0xfc at offset 1); convert it to UTF-8, "
            "for example with iconv -f cp1252 -t utf-8",
        ),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CorpusError) as info:
        read_document(path)
    assert str(info.value) == f"{path}: {message}"


def test_missing_paths(tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as info:
        read_document(tmp_path / "nope.txt")
    assert str(info.value) == f"{tmp_path / 'nope.txt'}: no such file; check the path"
    with pytest.raises(CorpusError) as info:
        read_corpus([tmp_path / "missing"])
    assert str(info.value) == f"{tmp_path / 'missing'}: no such file or folder; check the path"
    with pytest.raises(CorpusError) as info:
        read_corpus([tmp_path])
    assert str(info.value) == f"{tmp_path}: no .txt articles in this folder"


def test_duplicate_ids(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text("date 2024-01-02\n\nText.\n", "utf-8")
    with pytest.raises(CorpusError, match="document id 'x' is also"):
        read_corpus([tmp_path / "a", tmp_path / "b"])


def test_bom_and_crlf_keep_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    raw = "\ufeffA headline\r\ndate 2024-03-05\r\n\r\nBy Jane Doe\r\n\r\nFirst one.Second one.\r\n"
    path.write_bytes(raw.encode("utf-8"))
    doc = read_document(path)
    assert doc.text == raw
    assert (doc.title, doc.author, doc.published) == ("A headline", "Jane Doe", date(2024, 3, 5))
    assert [s.text for s in doc.sentences] == ["First one.", "Second one."]
    assert all("\r" not in s.text and "\ufeff" not in s.text for s in doc.sentences)


def test_no_date_anywhere(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Talks were held. They went well.\n", "utf-8")
    doc = read_document(path)
    assert doc.published is None and not doc.published_inferred
    assert doc.published_evidence == "not stated, and the text names no explicit date"


def test_a_date_closing_the_page_leaves_the_story_above_it(tmp_path: Path) -> None:
    """The lines above a dateline are captions only when the story follows it: a page whose
    date closes it keeps its story (forty-seventh pass; test-ah lost a whole article)."""
    path = tmp_path / "closing-date.txt"
    story = (
        "The Turkish president arrived in Budapest on Sunday at the invitation of the "
        "Hungarian prime minister. The two leaders met on Monday to discuss bilateral ties."
    )
    path.write_text(f"Erdogan visits Hungary\n\n{story}\n\nAugust 22, 2023\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.sentences[0].text.startswith("The Turkish president arrived in Budapest")
    # with the story after the date, the line above it is a caption, as before
    path.write_text(
        "Erdogan visits Hungary\n\nThe two leaders at the palace (Photo: AA)\n\n"
        f"August 22, 2023\n\n{story}\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.sentences[0].text.startswith("The Turkish president arrived in Budapest")
    assert doc.published is not None and doc.published.isoformat() == "2023-08-22"


@pytest.mark.parametrize(
    "headline",
    [
        "Joint Statement of the Fifth Summit of the Three Seas Initiative (Tallinn, 19-20 Oct)",
        'Lavrov on the talks: "We will respond"',
        "Rwanda hands over the chairmanship.",
    ],
)
def test_the_line_above_the_date_header_is_the_headline_whatever_it_ends_with(
    tmp_path: Path, headline: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"{headline}\ndate 2020-10-19\n\nThe leaders met in Tallinn.\n", "utf-8")
    doc = read_corpus([path])[0]
    assert doc.title == headline
    assert doc.body_text == "The leaders met in Tallinn."
