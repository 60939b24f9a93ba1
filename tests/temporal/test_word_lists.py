"""The tagger's word lists come from reviewed data files (temporal/word_lists.py): each
shipped file is read and checked, and a bad file is refused with an error naming the file,
the line and the entry."""

from __future__ import annotations

import pytest

from timeline.errors import DataError
from timeline.temporal import tense_markers
from timeline.temporal.word_lists import Kind, parse_word_lists

_KINDS: dict[str, Kind] = {"future": "words", "names": "names"}


def test_the_tense_markers_file_is_read_and_checked() -> None:
    assert "will" in tense_markers.future_cues()
    assert "said" in tense_markers.past_cues()
    assert "took" in tense_markers.irregular_past()
    assert [m.group() for m in tense_markers.Markers("They took it and will go.").find(0, 25)] == [
        "took",
        "will",
    ]


def test_a_good_file() -> None:
    lists = parse_word_lists(b"future:\n- will\n- going to\nnames: [Expo, Cup]\n", "f.yaml", _KINDS)
    assert lists == {"future": ("will", "going to"), "names": ("Expo", "Cup")}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- will\n", "f.yaml:1: must be a mapping"),
        ("future: [will]\nnames: [Cup]\nother: [x]\n", "f.yaml:3: other unknown list"),
        ("future: [will]\n", "f.yaml:1: the list 'names' is missing"),
        ("future: will\nnames: [Cup]\n", "f.yaml:1: future must be a non-empty list"),
        ("future: []\nnames: [Cup]\n", "f.yaml:1: future must be a non-empty list"),
        ("future:\n- will\n- 3\nnames: [Cup]\n", "f.yaml:3: future[1] 3 is not a string"),
        ("future:\n- will\n- Shall\nnames: [Cup]\n", "f.yaml:3: future[1] 'Shall' is not lower"),
        ("future: [will]\nnames:\n- Cup\n- Cup\n", "f.yaml:4: names[1] 'Cup' is listed twice"),
        ("future: ['going  to']\nnames: [Cup]\n", "f.yaml:1: future[0] 'going  to' is empty or"),
        ("future: ['']\nnames: [Cup]\n", "f.yaml:1: future[0] '' is empty or"),
        ("future: [will\n", "f.yaml:2: is not valid YAML"),
    ],
)
def test_a_bad_file_is_refused_naming_the_file_line_and_entry(text: str, message: str) -> None:
    with pytest.raises(DataError) as refused:
        parse_word_lists(text.encode(), "f.yaml", _KINDS)
    assert str(refused.value).startswith(message), str(refused.value)
