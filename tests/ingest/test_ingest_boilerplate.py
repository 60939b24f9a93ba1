"""Classes of boilerplate lines and what a page states about itself (date, address)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from trafilatura.utils import load_html

from timeline.cli import main
from timeline.ingest import ingest
from timeline.ingest.boilerplate import PRUNE_XPATHS, is_boilerplate, prune_widgets
from timeline.ingest.page import canonical_url, page_facts

_BODY = " ".join(
    f"Sentence {n} of the article says what the ministers agreed in the capital." for n in range(12)
)


@pytest.mark.parametrize(
    "line",
    [
        "Nature 574, 16-17 (2019)",
        "Science 366, eaay1234 (2019).",
        "doi:10.1038/d41586-019-02790-3",
        "https://doi.org/10.1038/d41586-019-02790-3",
        "Latest update May 6th, 2022 12:49 AM",
        "May 06, 2022 News",
        "Updated: 2023-11-07 15:30:46",
        "Kaieteur News – The only president since Independence was David Granger.... more",
        "The minister said the talks would go on… Read more",
        "A new corridor opens to trade… Continue reading",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "On May 6, 2022 the two presidents signed the treaty.",
        "The talks ended on May 6, 2022",
        "Eye in the sky",
        "In 2019 he said the corridor would open...",
        "Max Lee, KBS World Radio News.",
        "Nature is recovering, 16 years after the fire (officials say).",
        "He wanted more",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


def _page(head: str, body: str) -> str:
    return f"<html><head><title>Talks end</title>{head}</head><body>{body}</body></html>"


def test_markup_date_wins_over_a_labelled_one_and_sidebar_dates() -> None:
    head = '<meta property="article:published_time" content="2022-05-10T09:00:00Z">'
    body = "<p>Published: 12 May 2022</p><p class='date'>2022-05-01</p>"
    facts = page_facts(load_html(_page(head, body)))
    assert (facts.markup_date, facts.labelled_date) == (date(2022, 5, 10), None)
    facts = page_facts(load_html(_page("", body)))
    assert (facts.markup_date, facts.labelled_date) == (None, date(2022, 5, 12))


def test_json_ld_date_and_url() -> None:
    head = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2021-03-04", "mainEntityOfPage": {"@id": '
        '"https://example.org/news/talks"}}]}</script>'
    )
    facts = page_facts(load_html(_page(head, "<p>x</p>")))
    assert facts.markup_date == date(2021, 3, 4)
    assert facts.url == "https://example.org/news/talks"


def test_labelled_date_is_the_date_after_the_label() -> None:
    body = (
        "<div class='side'><p class='date'>2023-11-03</p></div>"
        "<p class='date'>Written: 2023-11-07 15:03:30<span> / </span>Updated: 2023-11-08</p>"
        "<p>Posted by the desk</p>"
    )
    assert page_facts(load_html(_page("", body))).labelled_date == date(2023, 11, 7)


def test_prune_widgets_matches_the_xpath_and_keeps_elementor_widgets() -> None:
    body = (
        "<div class='widget widget_text'><p>Letters box</p></div>tail text"
        "<div class='elementor-widget-container'><p>The article</p></div>"
        "<aside class='sidebar  widget'>More</aside>"
    )
    tree = load_html(_page("", body))
    assert len(tree.xpath(PRUNE_XPATHS[0])) == 2
    prune_widgets(tree)
    text = tree.text_content()
    assert "Letters box" not in text and "More" not in text
    assert "tail text" in text and "The article" in text


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ('<link rel="canonical" href="https://example.org/a">', "https://example.org/a"),
        ('<meta property="og:url" content="https://example.org/b">', "https://example.org/b"),
        ('<link rel="canonical" href="javascript:alert(1)">', None),
        ("", None),
    ],
)
def test_canonical_url(head: str, url: str | None) -> None:
    assert canonical_url(load_html(_page(head, "<p>x</p>"))) == url


def test_a_page_without_an_address_says_what_it_lacks(tmp_path: Path) -> None:
    page = tmp_path / "talks.html"
    page.write_text(_page("", f"<article><h1>Talks end</h1><p>{_BODY}</p></article>"), "utf-8")
    [result] = ingest([page], tmp_path / "corpus").results
    assert (result.status, result.url) == ("added", None)
    assert result.id is not None and result.id.startswith("talks-end-")  # headline, text hash
    assert result.reason is not None
    assert "no canonical link, og:url or JSON-LD url" in result.reason
    page.write_text(
        _page(
            '<meta property="og:url" content="https://example.org/talks">',
            f"<article><h1>Talks end</h1><p>{_BODY} Another one.</p></article>",
        ),
        "utf-8",
    )
    [result] = ingest([page], tmp_path / "corpus").results
    assert (result.status, result.url, result.reason) == (
        "added",
        "https://example.org/talks",
        None,
    )


def test_a_feed_item_without_a_link_says_so(tmp_path: Path) -> None:
    feed = tmp_path / "agency.rss"
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Agency</title>'
        f"<item><title>Talks end</title><description>{_BODY}</description></item>"
        "</channel></rss>",
        "utf-8",
    )
    [result] = ingest([feed], tmp_path / "corpus").results
    assert (result.status, result.url, result.outlet) == ("added", None, "Agency")
    assert result.reason == f"{feed} item 1: the item has no http(s) link; added without a URL"


def test_the_cli_shows_the_title_and_what_an_added_page_lacks(tmp_path: Path) -> None:
    page = tmp_path / "talks.html"
    page.write_text(_page("", f"<article><h1>Talks end</h1><p>{_BODY}</p></article>"), "utf-8")
    done = CliRunner().invoke(main, ["ingest", str(page), "--corpus", str(tmp_path / "c")])
    assert done.exit_code == 0, done.output
    [line] = [x for x in done.stdout.splitlines() if x.startswith("added")]
    assert line.endswith(
        "Talks end (the page states no address of its own (no canonical link, "
        "og:url or JSON-LD url); set url in metadata.yaml if it is known)"
    )
