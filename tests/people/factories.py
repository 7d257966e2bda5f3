"""People URL keywords are registered in tests/ownership_registry.py (person_id, interaction_id)."""

OWNED_OBJECT_FACTORIES: dict = {}
