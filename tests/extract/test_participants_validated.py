"""A participant is validated once per set of values and shared by the events naming it."""

from __future__ import annotations

import pytest

from timeline.extract.actor_mentions import _ACTOR_TYPES, actor_type
from timeline.extract.actors import _participant, _validated
from timeline.gazetteer import find_actors
from timeline.model import ActorType, Participant, Role


def test_the_same_values_give_the_same_validated_participant() -> None:
    first = _validated("TR", ActorType.country, Role.host)
    assert first == Participant(id="TR", type=ActorType.country, role=Role.host)
    assert first is not None and first.name  # the model filled in the country's name
    assert _validated("TR", ActorType.country, Role.host) is first
    assert _validated("TR", ActorType.country, Role.visitor) != first


def test_a_person_keeps_name_country_and_title() -> None:
    made = _validated("a-b", ActorType.person, Role.participant, "A B", "TR", "minister")
    assert made == Participant(
        id="a-b", name="A B", type=ActorType.person, country="TR", title="minister"
    )


def test_values_the_model_refuses_give_none_every_time() -> None:
    assert _validated("XX", ActorType.country, Role.participant) is None
    assert _validated("XX", ActorType.country, Role.participant) is None
    assert _validated("Not A Slug", ActorType.person, Role.participant, "N", None, None) is None


def test_mentions_of_one_actor_share_one_participant() -> None:
    text = "Tokayev met Erdogan in Ankara. Tokayev thanked Türkiye."
    mentions = find_actors(text)
    made = [_participant(m, Role.participant) for m in mentions]
    tokayev = [p for m, p in zip(mentions, made, strict=True) if m.id == "kassym-jomart-tokayev"]
    assert len(tokayev) == 2 and tokayev[0] is tokayev[1]
    assert tokayev[0] == Participant(
        id="kassym-jomart-tokayev",
        name=tokayev[0].name,
        type=ActorType.person,
        country="KZ",
        title=tokayev[0].title,
    )


def test_a_mention_is_typed_by_the_table_as_the_enum_types_it() -> None:
    assert set(_ACTOR_TYPES.values()) == set(ActorType)
    for kind in ActorType:
        assert actor_type(type("M", (), {"type": kind.value})()) is ActorType(kind.value)
        assert actor_type(type("M", (), {"type": kind})()) is kind  # a model's type: the member
    assert actor_type(object()) is ActorType.country  # no type: a country


def test_a_type_the_enum_lacks_raises_as_the_enum_does() -> None:
    with pytest.raises(ValueError, match="office"):
        actor_type(type("M", (), {"type": "office"})())
