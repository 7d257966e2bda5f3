"""The trained safety model: its features, its shipped weights, and how the engine uses it."""

from __future__ import annotations

import json

import pytest

from heartspace.coach import analyze, safety_model
from heartspace.coach.rx import lower_same_length
from heartspace.coach.training import fitting, train_safety


def test_features_are_words_pairs_and_stems_in_any_script():
    found = safety_model.features("he hides my keys")
    assert set(found) >= {"hides", "keys", "he hides", "hides my", "my keys"}
    assert "he" not in found and "my" not in found  # function words only in pairs: they tell the language, not the story
    assert "~забир" in safety_model.features("он забирает мою карту")
    assert "don't" in safety_model.features("i don't know")
    assert safety_model.features("keys, keys").count("keys") == 2  # counted, as the training script fits them
    assert safety_model.features("") == []


def test_words_of_telling_count_only_in_pairs():
    found = safety_model.features("he said he'd leave", train_safety.IGNORED)
    assert "said" not in found and "he'd" not in found and "said he'd" in found and "leave" in found
    model = safety_model.model()
    assert set(json.loads(safety_model.WEIGHTS.read_text(encoding="utf-8"))["ignored"]) == train_safety.IGNORED
    assert model.per_word["said"] == 0.0


def test_the_shipped_weights_are_complete():
    weights = json.loads(safety_model.WEIGHTS.read_text(encoding="utf-8"))
    assert 0 < weights["threshold"] < 1 and len(weights["features"]) > 1000
    assert weights["examples"] > 1000 and set(weights["cv"]) == {"recall", "precision", f"f{train_safety.BETA:g}"}


def test_the_runtime_sums_what_the_training_script_fits():
    weights = json.loads(safety_model.WEIGHTS.read_text(encoding="utf-8"))
    text = "She says I may only see my sister when she is there, and she keeps my passport."
    fitter = fitting.Fitter([(text, 1)], lower_same_length, train_safety.IGNORED)
    assert fitter.probability(0, weights["bias"], weights["features"]) == pytest.approx(
        safety_model.probability(lower_same_length(text)))


def test_without_weights_the_phrase_lists_work_alone(monkeypatch, tmp_path):
    monkeypatch.setattr(safety_model, "WEIGHTS", tmp_path / "missing.json")
    safety_model.model.cache_clear()
    try:
        assert safety_model.probability("anything") is None and safety_model.detect("x", "x") == []
        assert analyze("He hit me again last night.")["safety"] is True
    finally:
        safety_model.model.cache_clear()


def test_a_broken_weights_file_is_ignored(monkeypatch, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(safety_model, "WEIGHTS", broken)
    safety_model.model.cache_clear()
    try:
        assert safety_model.model() is None and analyze("Ordinary day, nothing to report.")["safety"] is False
    finally:
        safety_model.model.cache_clear()


@pytest.mark.parametrize("text", [
    "He sleeps with the car keys under his pillow so I can't drive anywhere while he's at work.",
    "My flatmate's boyfriend put a camera in her room and she only found out last week.",
])
def test_signs_no_phrase_list_names_still_bring_up_help(text):
    result = analyze(text)
    assert result["safety"] is True and result["tone"] == "corrective"
    start, end, quoted = result["spans"]["safety"][0]
    assert text[start:end] == quoted and quoted.strip()


@pytest.mark.parametrize("text", [
    "Can you grab oat milk on the way home? We're out.",
    "Thank you for sitting with me at the hospital, it meant a lot.",
    "This spreadsheet is killing me, send coffee.",
])
def test_ordinary_messages_do_not(text):
    assert analyze(text)["safety"] is False


def test_the_model_reads_russian_and_spanish_too():
    assert analyze("Муж забрал мой паспорт и не отпускает меня к маме.")["safety"] is True
    assert analyze("Gracias por la cena de anoche, estuvo riquísima.")["safety"] is False


@pytest.mark.parametrize("text", [
    "he hides my keys and my keys again, don't you see? Он забирает мою карту. Me quita las llaves.",
    "", "   ", "a b c", "one-two three's four’s",
])
def test_the_fast_sum_equals_the_sum_over_features(text):
    weights = safety_model.model()
    low = lower_same_length(text)
    plain = weights.bias + sum(weights.table.get(f, 0.0) for f in safety_model.features(low))
    assert weights.logit(low) == pytest.approx(max(-30.0, min(30.0, plain)))
