"""The reviewed word lists of ``data/counterpart_words.yaml``, read once: the split of
listed sides (:mod:`.counterparts`), the host-and-guest constraint
(:mod:`.participant_constraints`), the sayers of a joint saying with the plural
references to them (:mod:`.sayers`) and the verbs of reporting (:data:`REPORTING_VERBS`)
take their lists from :data:`WORDS`."""

from __future__ import annotations

from ..temporal.word_lists import word_lists

__all__ = ["REPORTING_VERBS", "WORDS"]

#: The reviewed lists of ``data/counterpart_words.yaml``.
WORDS = word_lists(
    "counterpart_words.yaml",
    {
        "phrase_breaks": "words",
        "separate_cues": "words",
        "together_cues": "words",
        "meeting_verbs": "words",
        "people_met": "words",
        "formats_of_three": "words",
        "reporting_verbs": "words",
        "reported_speech_verbs": "words",
        "joint_saying_verbs": "words",
        "side_numerals": "numbers",
        "format_counts": "numbers",
        "side_determiners": "words",
        "side_nouns": "words",
    },
)

#: The verbs of reporting (``reporting_verbs``): the words every reader of a verb of saying
#: takes, each with its own list besides (``reported_speech_verbs``, ``joint_saying_verbs``).
REPORTING_VERBS = WORDS.words("reporting_verbs")
