"""The reviewed word lists' reader, :mod:`timeline.word_lists`, under the tagger's name
(its home until the twenty-fifth session; extraction's modules import it from here)."""

from __future__ import annotations

from ..word_lists import Kind, WordLists, parse_word_lists, word_lists

__all__ = ["Kind", "WordLists", "parse_word_lists", "word_lists"]
