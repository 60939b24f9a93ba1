"""Write ingested articles into a corpus folder, once each.

:class:`CorpusWriter` knows what the folder already holds (every ``.txt``
and the URLs in ``metadata.yaml``) and adds an article only when neither its
URL nor its normalized text is there yet (:func:`~timeline.ingest.article.url_key`,
:func:`~timeline.ingest.article.text_key`); a second copy in the same batch
is a duplicate too.

Writes are atomic (:mod:`timeline.files`): each article file is written whole
or not at all, and ``metadata.yaml`` is rewritten as its old text, byte for
byte, followed by the new entries, checked by the metadata loader before it
replaces the old file. Existing entries, comments and ordering are never
touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from ..corpus.metadata import METADATA_FILE, load_overrides, overrides_in
from ..errors import ExportError
from ..files import atomic_path, atomic_write
from .article import Article, article_id, text_key, url_key

__all__ = ["CorpusWriter", "IngestResult"]

#: Metadata entries written per rewrite of ``metadata.yaml`` in a long batch.
_FLUSH_EVERY = 50


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What happened to one article found in the input (the ``--json`` object)."""

    status: str  # "added" | "duplicate" | "skipped"
    reason: str | None = None
    id: str | None = None
    path: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None

    def as_json(self) -> dict[str, str | None]:
        """Exactly the keys tools rely on, in this order."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "outlet": self.outlet,
            "status": self.status,
            "reason": self.reason,
        }


class CorpusWriter:
    """Adds articles to ``corpus_dir``; call :meth:`close` (or use ``with``) to finish."""

    def __init__(self, corpus_dir: str | Path) -> None:
        self.root = Path(corpus_dir)
        self.metadata_path = self.root / METADATA_FILE
        overrides = overrides_in(self.root)
        self.by_url: dict[str, str] = {}
        self.by_text: dict[str, str] = {}
        self.pending: dict[str, dict[str, str | date]] = {}
        for doc_id, override in overrides.items():
            url = override.values.get("url")
            if isinstance(url, str):
                self.by_url.setdefault(url_key(url), doc_id)
        if self.root.is_dir():
            for path in sorted(self.root.glob("*.txt")):
                title = overrides[path.stem].values.get("title") if path.stem in overrides else None
                try:
                    text = path.read_text("utf-8")
                except (OSError, UnicodeDecodeError):
                    continue  # not ours to judge here; the corpus reader reports it
                self.by_text.setdefault(
                    text_key(text, title if isinstance(title, str) else None), path.stem
                )

    def __enter__(self) -> CorpusWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _result(
        self, status: str, doc_id: str, article: Article, reason: str | None
    ) -> IngestResult:
        return IngestResult(
            status=status,
            reason=reason,
            id=doc_id,
            path=str(self.root / f"{doc_id}.txt"),
            title=article.title,
            published=article.published,
            url=article.url,
            outlet=article.outlet,
        )

    def add(self, article: Article) -> IngestResult:
        """Write ``article`` unless the corpus has it; say which."""
        text = article.file_text()
        key = text_key(text, article.title)
        ukey = url_key(article.url) if article.url else None
        if ukey is not None and ukey in self.by_url:
            known = self.by_url[ukey]
            return self._result("duplicate", known, article, f"same URL as {known}")
        if key in self.by_text:
            known = self.by_text[key]
            return self._result("duplicate", known, article, f"same text as {known}")
        doc_id = article_id(article.url, key, article.title)
        target = self.root / f"{doc_id}.txt"
        if target.exists():
            return self._result("duplicate", doc_id, article, f"{target} exists already")
        atomic_write(target, text)
        entry: dict[str, str | date] = {
            name: value
            for name, value in (
                ("title", article.title if article.raw_text is None else None),
                ("url", article.url),
                ("outlet", article.outlet),
                ("author", article.author),
                ("published", article.published if article.raw_text is None else None),
                ("published_source", article.published_source),
                ("ingested_from", article.ingested_from),
            )
            if value
        }
        self.pending[doc_id] = entry
        self.by_text[key] = doc_id
        if ukey is not None:
            self.by_url[ukey] = doc_id
        if len(self.pending) >= _FLUSH_EVERY:
            self.flush()
        return self._result("added", doc_id, article, article.note)

    def flush(self) -> None:
        """Append the pending entries to ``metadata.yaml`` (atomically, checked)."""
        if not self.pending:
            return
        old = self.metadata_path.read_text("utf-8") if self.metadata_path.is_file() else ""
        if old and not old.endswith("\n"):
            old += "\n"
        added = yaml.safe_dump(
            self.pending, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000
        )
        with atomic_path(self.metadata_path) as tmp:
            try:
                tmp.write_text(old + added, encoding="utf-8")
            except OSError as exc:
                raise ExportError(f"cannot write {self.metadata_path}: {exc.strerror}") from exc
            load_overrides(tmp)  # a mistake of ours must not leave a file the reader rejects
        self.pending = {}

    def close(self) -> None:
        """Write what is pending."""
        self.flush()
