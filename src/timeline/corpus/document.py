"""The :class:`Document` model: one article, its metadata and its sentences.

Every offset in the project (sentences, temporal expressions, actor mentions,
the ``start``/``end`` of an event's evidence) is a Python string index into
``Document.text``, the file's exact decoded text. Nothing is normalized: a
byte-order mark stays as ``U+FEFF`` at offset 0 and Windows line ends stay as
``\\r\\n``, so ``text[start:end]`` is always the quoted evidence.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["Document", "Sentence", "Span"]


class Span(BaseModel):
    """A ``[start, end)`` range of ``Document.text``."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _order(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Sentence(Span):
    """One sentence of the article body; ``text == document.text[start:end]``."""

    text: str
    paragraph: int = Field(ge=0, description="Index of the body block (line) it is in.")
    heading: bool = Field(
        default=False,
        description="A sub-heading (a short line without final punctuation), not prose.",
    )


class Document(BaseModel):
    """One article of the corpus, read by :func:`timeline.corpus.read_document`."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="The file name without its extension.")
    path: str = Field(description="The file path as given to the reader.")
    text: str = Field(description="The file's exact decoded text; all offsets index into it.")
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    published_inferred: bool = Field(
        default=False,
        description="True when no date is stated and ``published`` was inferred from the text.",
    )
    published_evidence: str = Field(
        default="", description="Why ``published`` is what it is ('header line 1', ...)."
    )
    published_source: str | None = Field(
        default=None,
        description="Where ``timeline ingest`` found the date: 'feed', 'html-markup', "
        "'html-label', 'html-text'.",
    )
    ingested_from: str | None = Field(
        default=None, description="The file ``timeline ingest`` read the article from."
    )
    body: list[Span] = Field(
        default_factory=list,
        description="The article body, one span per block (line), without site chrome.",
    )
    sentences: list[Sentence] = Field(default_factory=list)

    @model_validator(mode="after")
    def _offsets(self) -> Self:
        n = len(self.text)
        for span in (*self.body, *self.sentences):
            if span.end > n:
                raise ValueError(f"span {span.start}-{span.end} runs past the text ({n} chars)")
        for s in self.sentences:
            if self.text[s.start : s.end] != s.text:
                raise ValueError(f"sentence {s.start}-{s.end} does not match the text")
        return self

    @property
    def characters(self) -> int:
        """The length of the text in characters (what offsets count)."""
        return len(self.text)

    @property
    def body_text(self) -> str:
        """The body blocks joined by blank lines: for reading, not for offsets."""
        return "\n\n".join(self.text[b.start : b.end] for b in self.body)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, or ``None`` (chrome, blank lines)."""
        starts = [s.start for s in self.sentences]
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def in_body(self, start: int, end: int) -> bool:
        """True if ``text[start:end]`` lies inside one body block."""
        return any(b.start <= start and end <= b.end for b in self.body)


class DocumentInfo(BaseModel):
    """What the store keeps of a document, without its text.

    Extraction workers send it back with a document's events, and the
    extraction cache keeps it, so a machine-tier database can list its
    documents without the corpus in memory.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    published_inferred: bool = False
    characters: int = Field(ge=0, description="Length of the text; quote offsets index into it.")

    @classmethod
    def of(cls, doc: Any) -> DocumentInfo:
        """The info of a :class:`Document` (or any object with its attributes)."""
        return cls(
            id=doc.id,
            path=getattr(doc, "path", None),
            title=getattr(doc, "title", None),
            outlet=getattr(doc, "outlet", None),
            author=getattr(doc, "author", None),
            url=getattr(doc, "url", None),
            published=getattr(doc, "published", None),
            published_inferred=bool(getattr(doc, "published_inferred", False)),
            characters=len(doc.text),
        )
