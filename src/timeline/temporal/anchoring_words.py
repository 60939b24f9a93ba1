"""The reviewed word lists of ``data/anchoring_words.yaml``, read once when the tagger is
imported: the tense look-up (:mod:`.clause_tense`) and the sentence bounds
(:mod:`.sentences`) take their lists from :data:`WORDS`."""

from __future__ import annotations

from ..word_lists import word_lists

__all__ = ["WORDS"]

#: The reviewed lists of ``data/anchoring_words.yaml`` (read when the tagger is imported).
WORDS = word_lists(
    "anchoring_words.yaml",
    {
        "schedule_base_forms": "words",
        "auxiliaries": "words",
        "future_prepositions": "words",
        "scheduled_for": "words",
        "moved_to_verbs": "words",
        "plan_adjectives": "words",
        "past_auxiliaries": "words",
        "plan_revision_adverbs": "words",
        "plan_adjective_present": "words",
        "plan_adjective_comparisons": "words",
        "schedule_copula": "words",
        "schedule_copula_prepositions": "words",
        "schedule_copula_states": "words",
        "relative_pronouns": "words",
        "personal_pronouns": "words",
        "coming_verb": "words",
        "weak_future": "words",
        "after_the_story_day": "words",
        "before_participle": "words",
        "not_verbs": "words",
        "not_tense_before": "words",
        "after_a_relative_verb": "words",
        "participle_adverbs": "words",
        "verb_prefixes": "words",
        "before_own_verb": "words",
        "plan_infinitives": "words",
        "participles": "words",
        "planned_events": "words",
        "planning_verbs": "words",
        "not_nouns_after_a_date": "words",
        "plan_governors": "words",
        "time_clause_openers": "words",
        "recency_words": "words",
        "recency_adverbs": "words",
        "recency_clause_openers": "words",
        "recency_phrase_prepositions": "words",
        "dct_own_day": "words",
        "narrative_past_adverbs": "words",
        "story_time_openers": "words",
        "narrative_past_not_followed_by": "words",
        "series_breaks": "words",
        "series_continuations": "words",
        "series_next_steps": "words",
        "journey_nouns": "words",
        "plan_sequence_breaks": "words",
    },
)
