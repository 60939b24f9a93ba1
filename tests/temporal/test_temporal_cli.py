"""`timeline timex --dct YYYY-MM-DD FILE`: the exact JSON shape benchmark tooling reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.errors import CorpusError, TimexError
from timeline.temporal import parse_dct, tag_file


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(
        "Türkiye’s president — on March 29-30 — visited Tashkent; he may return in 2024.\r\n"
        "Trade reached $3.6 billion in 2021.".encode()
    )
    return path


def test_prints_exactly_five_keys_sorted_with_character_offsets(article: Path) -> None:
    result = CliRunner().invoke(main, ["timex", "--dct", "2022-06-01", str(article)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    text = article.read_bytes().decode("utf-8")
    assert [r["text"] for r in rows] == ["March 29-30", "2024", "2021"]
    assert rows[0] == {
        "start": text.index("March"),
        "end": text.index("March") + len("March 29-30"),
        "text": "March 29-30",
        "type": "DATE",
        "value": "2022-03-29/2022-03-30",
    }
    for r in rows:
        assert set(r) == {"start", "end", "text", "type", "value"}
        assert text[r["start"] : r["end"]] == r["text"]
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)


def test_all_fields_adds_mod_and_interval(article: Path) -> None:
    result = CliRunner().invoke(
        main, ["timex", "--dct", "2022-06-01", "--all-fields", str(article)]
    )
    assert result.exit_code == 0
    first = json.loads(result.output)[0]
    assert first["start_date"] == "2022-03-29"
    assert first["end_date"] == "2022-03-30"
    assert first["precision"] == "day"
    assert first["mod"] is None


def test_empty_file_prints_an_empty_array(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["timex", "--dct", "2022-06-01", str(path)])
    assert result.exit_code == 0
    assert json.loads(result.output) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dct", "2022-13-01"], "Error: document creation time '2022-13-01' is not a date: "
         "give it as YYYY-MM-DD\n"),
        (["--dct", "June 2022"], "Error: document creation time 'June 2022' is not a date: "
         "give it as YYYY-MM-DD\n"),
        ([], "Error: --dct YYYY-MM-DD is required: the publication date of FILE\n"),
    ],
)  # fmt: skip
def test_invalid_or_missing_dct_exits_1(article: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["timex", *args, str(article)])
    assert result.exit_code == 1
    assert result.output == message


def test_missing_file_exits_1(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = CliRunner().invoke(main, ["timex", "--dct", "2022-06-01", str(missing)])
    assert result.exit_code == 1
    assert result.output == f"Error: {missing}: no such file; check the path\n"


def test_folder_and_non_utf8_exit_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["timex", "--dct", "2022-06-01", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path}: is a folder; give a text file\n"
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9 in 2024".encode("latin-1"))
    result = CliRunner().invoke(main, ["timex", "--dct", "2022-06-01", str(bad)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {bad}: is not UTF-8 text (byte 0xe9 at offset 3); convert it to "
        "UTF-8, for example with iconv -f cp1252 -t utf-8\n"
    )


def test_library_errors_are_timeline_errors(tmp_path: Path) -> None:
    with pytest.raises(TimexError):
        parse_dct("2022/06/01")
    with pytest.raises(CorpusError):
        tag_file(tmp_path / "missing.txt", None)
