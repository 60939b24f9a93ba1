"""bench/tempeval.py scores folds and a development set on TimeML files of our own.

The TempEval-3 data is not ours to commit; these documents are written here, with
sentences of our own, in the layout of the TempEval-3 training folders.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{name}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}"
functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>
<TEXT>
{body}
</TEXT>
</TimeML>
"""


def _write(folder: Path, name: str, dct: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.tml").write_text(TML.format(name=name, dct=dct, body=body), "utf-8")


@pytest.fixture
def corpora(tmp_path: Path) -> tuple[Path, Path]:
    data, dev = tmp_path / "train", tmp_path / "platinum"
    _write(
        data / "TimeBank",
        "tb1",
        "2024-03-20",
        'The port reopened <TIMEX3 tid="t1" type="DATE" value="2024-03-18">Monday</TIMEX3>.',
    )
    _write(
        data / "AQUAINT",
        "aq1",
        "2024-03-20",
        'Talks ran for <TIMEX3 tid="t1" type="DURATION" value="P3D">three days</TIMEX3>.',
    )
    _write(
        dev,
        "dev1",
        "2024-03-20",
        'The treaty may lapse <TIMEX3 tid="t1" type="DURATION" value="P10Y">ten years'
        '</TIMEX3> from <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">now</TIMEX3>.',
    )
    # "tenure" is a length of time the text does not measure: a miss, named under dev/
    _write(
        dev,
        "dev2",
        "2024-03-20",
        'His <TIMEX3 tid="t1" type="DURATION" value="P5Y">tenure</TIMEX3> ended.',
    )
    return data, dev


def _bench(repo_root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo_root / "bench" / "tempeval.py"), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_development_set_is_scored_on_its_own_after_the_folds(
    repo_root: Path, corpora: tuple[Path, Path], tmp_path: Path
) -> None:
    data, dev = corpora
    errors = tmp_path / "errors.txt"
    done = _bench(
        repo_root, str(data), "--dev", str(dev), "--systems", "ours", "--errors", str(errors)
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert "### develop on TimeBank, hold out AQUAINT: 1 documents held out" in out
    assert f"### {dev}: 2 documents development set" in out
    # the development set after the folds' mean: two of its three expressions found
    assert out.index("Mean of the 2 held-out folds") < out.index(f"### {dev}")
    dev_table = out.split(f"### {dev}")[1]
    assert "| timeline.temporal, development set | 100.0 | 66.7 | 80.0 |" in dev_table
    assert "| 3 | 2 |" in dev_table
    assert "MISS dev/dev2 'tenure' DURATION P5Y" in errors.read_text("utf-8").splitlines()


def test_the_development_set_must_not_overlap_the_folds(
    repo_root: Path, corpora: tuple[Path, Path]
) -> None:
    data, _dev = corpora
    done = _bench(repo_root, str(data), "--dev", str(data / "TimeBank"), "--systems", "ours")
    assert done.returncode != 0
    assert "overlaps the data folder" in done.stderr
