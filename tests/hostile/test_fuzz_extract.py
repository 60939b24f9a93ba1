"""Issue #16: the extractor on arbitrary articles (hypothesis).

Any text, read as an article file through the corpus reader, gives events whose
every quote is exactly the text at its offsets, or a :class:`TimelineError`;
nothing else escapes. Text mixes diplomatic words, dates, names and arbitrary
characters (control bytes, U+2028, combining marks). CI runs a modest number of
examples; ``TIMELINE_FUZZ_EXAMPLES=10000`` runs the on-demand fuzz.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.corpus import read_document
from timeline.errors import TimelineError
from timeline.extract import extract_document

EXAMPLES = int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "150"))

WORDS = [
    "President",
    "Tokayev",
    "Erdoğan",
    "visited",
    "Ankara",
    "summit",
    "the summit",
    "signed",
    "agreement",
    "ratified",
    "entered into force",
    "phone call",
    "talks",
    "on",
    "May",
    "10",
    "2022",
    "last week",
    "Thursday",
    "November 3-6",
    "two-day",
    "Kenyan",
    "Prime Minister",
    "William Ruto",
    "ASEAN",
    "OTS",
    "exercise",
    "decree",
    "Sino-Indian",
    "the day before",
    ".",
    ",",
    "\n",
    "\n\n",
    "date 2022-05-21",
]

articles = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=80).map(
    " ".join
)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(articles)
def test_any_article_gives_true_quotes_or_a_clear_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            document = read_document(path)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # capped sentences warn, by design
                events = extract_document(document)
        except TimelineError:
            return
    for event in events:
        for source in event.sources:
            assert document.text[source.start : source.end] == source.quote
