"""Event gold on TempEval-3 newswire, kept as character offsets: a held-out extraction set
that republishes no text.

    .venv/bin/python bench/te3_events.py --data ../shared/data/tempeval3-train materialize OUT
    .venv/bin/python bench/extraction.py --repeat 1 OUT/te3-a OUT/te3-b
    .venv/bin/python bench/te3_events.py --data ../shared/data/tempeval3-train pack FOLDER

Why: the extraction benches score folders of article text beside a ``gold.yaml``
(``bench/extraction.py``). Until the twenty-fifth session every held-out split was a folder
of news pages copied into ``tests/data/extraction``; the stored pages the project finds
them among carry the note "never copy it verbatim", so new held-out news comes from text
already on the machine that the project may read but must not republish: the TempEval-3
training newswire (TimeBank and AQUAINT, 1989–2000 AP, NYT, Xinhua, WSJ, CNN, VOA; the
``--data`` folder; TimeML 1.2.1). ``materialize`` writes every split packed; ``pack`` keeps
``FOLDER/gold.yaml`` as ``bench/data/te3_events/<FOLDER's name>.yaml``. Our own
annotation (which events, their dates, kinds and actors) is ours to keep: the files of
``bench/data/te3_events/`` hold it with each evidence as offsets into the article, and
each article's SHA-256, so ``materialize`` rebuilds the folders the bench scores (the text
in the benches' layout, the gold with its evidence quoted) on any machine that has the
data, and refuses a file whose text is not the one annotated.

An article in the benches' layout (:func:`article_text`): the ``<TITLE>`` on line 1 when
the file has one, ``date YYYY-MM-DD`` (the ``CREATION_TIME`` TIMEX3, TimeML's DCT), a blank
line, then the plain text of ``<TEXT>`` as ``bench/tempeval.py``'s ``read_tml`` reads it
(tags dropped, entities decoded), less the spaces before a line break and the blank lines
at both ends. The lines are the file's: the reader takes each line for a block, so a
sentence wrapped over two lines would be read as two (in the 74 articles of te3-a and te3-b
no sentence is: the seven lines that end without a full stop are one table of figures).
A rebuilt folder holds a ``HELD_OUT`` file, so the fitting benches refuse to read it
(``bench/extraction.py``'s ``is_held_out``). Nothing here runs the extractor.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

import yaml
from heldout_pack import (
    PackError,
    pack_gold,
    packed_splits,
    read_gold,
    unpack_gold,
    write_folder,
    write_packed,
)
from tempeval import read_tml

ROOT = Path(__file__).resolve().parents[1]
PACKED = ROOT / "bench/data/te3_events"
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
HEADER = """\
# Gold events on TempEval-3 training newswire ({split}), written by reading each article
# as a human annotator before any extractor ran on it (docs/history/extraction-log.md, "Twenty-fifth
# pass"). The articles are not ours to republish: each event's evidence is kept as
# character offsets (evidence_at: [start, end]) into its first document as
# bench/te3_events.py lays it out, and each document's file and SHA-256 under texts.
# Rebuild the folder the benches score with `bench/te3_events.py materialize OUT`.
"""


def article_text(tml: Path) -> str:
    """The article of one TimeML file in the benches' text layout (see the module's docstring).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "x.tml").write_text(
    ...     '<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" value="1998-08-07" '
    ...     'functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>'
    ...     "<TITLE>Talks end</TITLE><TEXT>\\nThe talks ended <TIMEX3 tid='t1'>Friday"
    ...     "</TIMEX3> &amp; more.  \\n</TEXT></TimeML>", encoding="utf-8")
    >>> print(article_text(folder / "x.tml"))
    Talks end
    date 1998-08-07
    <BLANKLINE>
    The talks ended Friday & more.
    <BLANKLINE>
    """
    try:
        document = read_tml(tml)
        raw = tml.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError, KeyError) as exc:
        raise PackError(f"{tml}: cannot be read as TimeML: {exc}") from None
    title_match = _TITLE.search(raw)
    title = (
        " ".join(html.unescape(_TAG.sub("", title_match.group(1))).split()) if title_match else ""
    )
    body = re.sub(r"[ \t]+\n", "\n", document.text.strip("\n")).strip()
    head = f"{title}\n" if title else ""
    return f"{head}date {document.dct.isoformat()}\n\n{body}\n"


def _find_tml(data: Path, name: str) -> Path:
    found = sorted(data.glob(f"*/{name}.tml"))
    if len(found) != 1:
        raise PackError(f"{data}: {len(found)} files named {name}.tml (one expected)")
    return found[0]


def pack(folder: Path, data: Path, out: Path) -> Path:
    """Turn ``folder/gold.yaml`` (evidence quoted) into ``out/<folder name>.yaml`` (offsets)."""
    raw = read_gold(folder)
    articles: dict[str, str] = {}
    sources: dict[str, dict[str, str]] = {}
    for name in raw["documents"]:
        tml = _find_tml(data, str(name))
        article = (folder / f"{name}.txt").read_text(encoding="utf-8")
        if article != article_text(tml):
            raise PackError(f"{folder / f'{name}.txt'}: not the article {tml} lays out")
        articles[str(name)] = article
        sources[str(name)] = {"file": tml.relative_to(data).as_posix()}
    body = pack_gold(raw, articles, sources, str(folder / "gold.yaml"))
    return write_packed(out / f"{folder.name}.yaml", HEADER.format(split=folder.name), body)


def materialize(packed: Path, data: Path, out: Path) -> Path:
    """Rebuild the folder of ``packed`` under ``out``: its articles and a quoted gold.yaml."""
    raw = yaml.safe_load(packed.read_text(encoding="utf-8"))
    articles = {
        str(name): article_text(data / source["file"]) for name, source in raw["texts"].items()
    }
    gold = unpack_gold(raw, articles, str(packed))
    return write_folder(out / packed.stem, articles, gold, packed.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        required=True,
        help="the TempEval-3 training folder (TimeBank/, AQUAINT/)",
    )
    parser.add_argument("--packed", type=Path, default=PACKED, help="the packed gold files")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("materialize", help="rebuild every packed split under OUT")
    build.add_argument("out", type=Path)
    keep = commands.add_parser("pack", help="pack FOLDER/gold.yaml as offsets")
    keep.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "pack":
            print(pack(args.folder, args.data, args.packed))
        else:
            for packed in packed_splits(args.packed):
                print(materialize(packed, args.data, args.out))
    except (PackError, OSError, KeyError, yaml.YAMLError) as exc:
        print(f"te3_events: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
