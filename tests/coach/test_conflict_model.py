"""The trained conflict models: their shipped weights, and how the engine adds them to the rules."""

from __future__ import annotations

import json

import pytest

from heartspace.coach import analyze, conflict_model
from heartspace.coach.training import fitting, train_conflict
from heartspace.coach.word_model import WordModel

# (The training module imports only the standard library and the coach at import time.)

LABELS = ("blame", "contempt", "defensive")


def rules_alone(text: str, monkeypatch) -> dict:
    """analyze() with the trained conflict models switched off."""
    with monkeypatch.context() as patched:
        patched.setattr(conflict_model, "models", lambda: None)
        return analyze(text)


def test_the_shipped_weights_are_complete():
    weights = json.loads(conflict_model.WEIGHTS.read_text(encoding="utf-8"))
    assert weights["examples"] > 1000 and set(weights["labels"]) == set(LABELS)
    for label in LABELS:
        model = weights["labels"][label]
        assert 0 < model["threshold"] < 1 and len(model["features"]) > 1000
        assert set(model["cv"]) == {"recall", "precision", "f1"}


def test_the_runtime_sums_what_the_training_script_fits():
    weights = json.loads(conflict_model.WEIGHTS.read_text(encoding="utf-8"))["labels"]["contempt"]
    text = 'Oh wow, you "remembered" the bins. Only took you a month, Sherlock.'
    fitter = fitting.Fitter([(text, 1)], train_conflict.read)
    found = conflict_model.probabilities(train_conflict.read(text))
    assert fitter.probability(0, weights["bias"], weights["features"]) == pytest.approx(found["contempt"])


@pytest.mark.parametrize(("text", "label"), [
    ("Nice of you to show up, only forty minutes late this time.", "contempt"),
    ("Brilliant plan, leaving the dog in the car. Truly inspired.", "contempt"),
    ("I was only late because you rushed me out the door.", "defensive"),
    ("Sure, blame the weather, it's never your fault is it.", "defensive"),
    ("Ой, спасибо, что наконец заметил, что я дома.", "contempt"),
    ("Qué bien, otra vez llegas tarde, ya ni me sorprende.", "contempt"),
])
def test_phrasings_no_rule_names_are_still_noticed(text, label, monkeypatch):
    assert not rules_alone(text, monkeypatch)[label]  # the rules miss it: this is what the model adds
    result = conflict_model.detect(text, train_conflict.read(text), [label])
    start, end, quoted = result[label][0]
    assert text[start:end] == quoted and quoted.strip()


@pytest.mark.parametrize(("text", "label"), [
    ("Nice of you to show up, only forty minutes late this time.", "contempt"),
    ("I was only late because you rushed me out the door.", "defensive"),
])
def test_the_engine_reports_what_the_model_adds(text, label):
    result = analyze(text)
    assert result[label] is True and result["tone"] == "corrective"
    assert label in {suggestion["code"] for suggestion in result["suggestions"]}


@pytest.mark.parametrize("text", [
    "Thanks for the flowers, they made my whole week.",
    "You always make me laugh when I'm down.",
    "She said I never listen, which stung.",
    "I felt sad when you missed the call. Can we set a time on Sunday?",
    "Can you grab oat milk on the way home? We're out.",
    'My brother texted "nice of you to show up, only forty minutes late" at the party and we all laughed about it later.',
    "Спасибо за ужин, было очень вкусно.",
    "Gracias por esperarme en la estación anoche.",
])
def test_kind_and_ordinary_messages_are_not_flagged(text):
    result = analyze(text)
    assert not (result["blame"] or result["contempt"] or result["defensive"])


def test_without_weights_the_rules_work_alone(monkeypatch, tmp_path):
    monkeypatch.setattr(conflict_model, "WEIGHTS", tmp_path / "missing.json")
    conflict_model.models.cache_clear()
    try:
        assert conflict_model.probabilities("anything") is None and conflict_model.detect("x", "x", LABELS) == {}
        assert analyze("You never listen to me, you're so selfish.")["blame"] is True
    finally:
        conflict_model.models.cache_clear()


def test_a_broken_weights_file_is_ignored(monkeypatch, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"labels": {"blame": 3}}', encoding="utf-8")
    monkeypatch.setattr(conflict_model, "WEIGHTS", broken)
    conflict_model.models.cache_clear()
    try:
        assert conflict_model.models() is None and analyze("Nice of you to show up, only forty minutes late this time.")["contempt"] is False
    finally:
        conflict_model.models.cache_clear()


@pytest.mark.parametrize("text", ["", "   ", "🙄", "...", "a" * 5000, "ты " * 300])
def test_odd_input_is_read_without_error(text):
    assert isinstance(conflict_model.detect(text, text.lower(), LABELS), dict)


@pytest.mark.parametrize("text", [
    "I was exhausted and snapped at you. My bad, I'll do better tonight.",
    "I only forgot because work was insane. That's on me though.",
])
def test_owning_it_with_an_excuse_is_not_called_defensive(text):
    assert analyze(text)["defensive"] is False


def test_owning_it_in_scorn_still_can_be():
    assert analyze("Yeah, it's my fault again, whatever you say.")["defensive"] is True


@pytest.mark.parametrize("text", [
    "well excuse me for breathing, your majesty 🙄", "Ну конечно, ты же у нас самый умный.", "", "a",
    "Vaya, qué detalle acordarte de mi cumpleaños un día tarde. " * 40,
])
def test_the_packed_sum_equals_each_models_own_sum(text):
    # One pass packs the three models' weights into one integer per word: it must change nothing.
    weights = json.loads(conflict_model.WEIGHTS.read_text(encoding="utf-8"))["labels"]
    low = train_conflict.read(text)
    alone = [WordModel(weights[label]).logit(low) for label in LABELS]
    assert conflict_model.models().logits(low) == pytest.approx(alone, abs=1e-6)
