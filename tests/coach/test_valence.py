"""The coach's valence: the VADER-rule lexicon score, the trained model and their blend.

Plain Python, no database; every example is written for these tests (none from ../shared).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from heartspace.coach import analyze, sentiment, valence

# --- the lexicon score keeps VADER's rules ----------------------------------------------------------------

OWN_SENTENCES = [
    "Thanks for the walk this morning, it really helped.",
    "I am NOT okay with how the evening went.",
    "The soup was good but the bread was awful!!",
    "honestly kind of tired and a bit lonely tonight",
    "That film was the bomb, we have to see it again",
    "Yeah right, like that is going to work.",
    "I'm not unhappy, just very very quiet today.",
    "You made the kitchen smell amazing 😍",
    "Missed the bus again 😞 so annoying",
    "Nothing about today was easy, at least the rain stopped.",
    "Could you call me back when you're free?",
    "",
    "!!!",
    "Я очень рада тебя видеть",
]


@pytest.mark.parametrize("text", OWN_SENTENCES)
def test_lexicon_scores_match_vader(text):
    reference = SentimentIntensityAnalyzer().polarity_scores(text)
    ours = sentiment.scores(text)
    assert ours["compound"] == pytest.approx(reference["compound"], abs=1e-3)
    assert ours["pos"] == pytest.approx(reference["pos"], abs=2e-3)
    assert ours["neg"] == pytest.approx(reference["neg"], abs=2e-3)


def test_unrounded_agrees_with_detail():
    for text in OWN_SENTENCES:
        scores, high, low = sentiment.detail(text)
        compound, pos, neg, high2, low2 = sentiment.unrounded(text)
        assert (compound, round(pos, 3), round(neg, 3), high2, low2) == (scores["compound"], scores["pos"],
                                                                          scores["neg"], high, low)


def test_detail_reports_the_strongest_words_after_the_rules():
    scores, high, low = sentiment.detail("I love the garden but the fence is not great")
    assert scores == sentiment.scores("I love the garden but the fence is not great")
    assert high > 0 > low  # "not great" counts as negative after the negation rule
    assert sentiment.detail("the bus leaves at nine")[1:] == (0.0, 0.0)


# --- the model's features -----------------------------------------------------------------------------------

def test_negation_marks_the_next_words_and_stops_at_punctuation():
    grams = valence.features("I am not happy, but fine")
    assert "not_happy" in grams
    assert "happy" not in grams
    assert "fine" in grams and "not_fine" not in grams
    assert "not_happy" in valence.features("I don’t feel happy")  # typographic apostrophe too
    assert "not_happy" not in valence.features("I don't know. Happy now")


def test_features_include_pairs_stems_and_emoji():
    grams = valence.features("Wonderful evening 🙂!!")
    assert "wonderful evening" in grams
    assert "~wond" in grams
    assert "🙂" in grams
    assert "!+" in grams  # a run of ! is one token


@pytest.mark.parametrize("text", ["", "   ", "12345", "...", "—"])
def test_features_of_empty_or_letterless_text(text):
    assert isinstance(valence.features(text), list)


def test_features_are_counted_as_often_as_they_occur():
    grams = valence.features("so glad, so glad")
    assert grams.count("glad") == 2 and grams.count("so glad") == 2
    grams = valence.features("lovely loved")
    assert grams.count("~love") == 2 and grams.count("^lovel") == 1  # a stem counts for each word it starts


RUNTIME_SENTENCES = [
    "Thanks for the walk this morning, it really helped.",
    "I don't feel heard when the phone comes out at dinner!!",
    "not great, not terrible... just tired 😴",
    "We laughed SO much, best evening in ages",
    "You never listen. Never.",
    "Mañana hablamos, ¿vale? 🙂",
    "couldn't be happier with how the move went",
    "",
]


@pytest.mark.parametrize("text", RUNTIME_SENTENCES)
def test_runtime_logit_equals_the_training_scripts_sum(text):
    # The runtime folds each token's word and stems into one weight and keys pairs by tuples;
    # the training script sums the plain features. Both must give the same log-odds.
    from heartspace.coach.training import train_valence

    weights = json.loads(valence.WEIGHTS.read_text(encoding="utf-8"))
    expected = train_valence.reference_logit(text, weights)
    assert valence.logit(text) == pytest.approx(expected, abs=1e-9)
    assert valence.logit(text, text.lower()) == pytest.approx(expected, abs=1e-9)
    z = max(-30.0, min(30.0, expected))
    model_valence = 2.0 / (1.0 + math.exp(-z)) - 1.0
    compound = sentiment.scores(text)["compound"]
    # score() tokenises an ASCII text from its own pieces: the same tokens, so the same valence
    # (up to the last rounded digit, as the two sums add in different orders).
    expected_valence = valence.combine(compound, model_valence, weights["lexicon_weight"])
    assert valence.score(text) == pytest.approx(expected_valence, abs=1e-4)


# --- the valence the coach reports ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Thank you for picking me up, that was so kind.",
    "Loved our dinner tonight, let's do it again soon",
    "not bad at all, I actually enjoyed it",
    "see you soon 😊",
    "SO proud of you!!!",
])
def test_warm_texts_are_positive(text):
    assert valence.score(text) >= valence.POSITIVE


@pytest.mark.parametrize("text", [
    "I'm not happy about how tonight went.",
    "I feel really lonely and tired this week",
    "That was a horrible thing to say.",
    "missed you at the station again 😞",
    "I don't feel good about any of this",
])
def test_hurt_or_unhappy_texts_are_negative(text):
    assert valence.score(text) <= valence.NEGATIVE


def test_no_evidence_stays_near_neutral():
    assert abs(valence.score("The train gets in at 6 on Thursday.")) < valence.POSITIVE


def test_sarcastic_praise_is_not_read_as_warm():
    # The lexicon sees "great" and "thanks"; the coach's sarcasm markers decide the tone.
    assert analyze("Oh great, late again. Thanks a lot.")["tone"] == "corrective"


@pytest.mark.parametrize("text", ["", "a" * 100_000, "Спасибо тебе огромное ❤️", "שלום, מה שלומך?",
                                  "😭😭😭" * 2000, "I feel 😊 and \u202eodd\u202c today"])
def test_ugly_input_gives_a_valence_in_range(text):
    assert -1.0 <= valence.score(text) <= 1.0


def test_score_uses_the_lower_cased_text_it_is_given():
    text = "I REALLY loved the picnic"
    assert valence.score(text, text.lower()) == valence.score(text)


# --- the shipped weights ------------------------------------------------------------------------------------

def test_weights_are_plain_json_with_every_dense_feature():
    data = json.loads(valence.WEIGHTS.read_text(encoding="utf-8"))
    assert set(valence.DENSE_NAMES) <= set(data["dense"])
    assert 0.0 <= data["lexicon_weight"] <= 1.0
    assert data["features"] and all(isinstance(w, float) for w in list(data["features"].values())[:100])
    assert "train_valence" in data["about"]


def test_without_weights_the_lexicon_score_is_used(monkeypatch, tmp_path):
    monkeypatch.setattr(valence, "WEIGHTS", tmp_path / "missing.json")
    valence.model.cache_clear()
    try:
        text = "What a lovely surprise"
        assert valence.score(text) == sentiment.scores(text)["compound"]
        assert valence.probability(text) is None
    finally:
        valence.model.cache_clear()


def test_a_broken_weights_file_falls_back_to_the_lexicon(monkeypatch, tmp_path):
    broken = tmp_path / "weights.json"
    broken.write_text('{"bias": 1.0}', encoding="utf-8")
    monkeypatch.setattr(valence, "WEIGHTS", broken)
    valence.model.cache_clear()
    try:
        assert valence.score("nice") == sentiment.scores("nice")["compound"]
    finally:
        valence.model.cache_clear()


def test_the_runtime_needs_no_numpy():
    code = ("import sys; from heartspace.coach import valence; valence.score('a lovely day'); "
            "print('numpy' in sys.modules or 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- the training script ------------------------------------------------------------------------------------

def test_training_script_reruns_on_a_small_sample(tmp_path):
    pytest.importorskip("sklearn")
    from heartspace.coach.training import train_valence

    warm = ["thank you so much, this made my day", "love this, great work", "so happy for you both",
            "what a lovely idea", "this is wonderful news", "glad it worked out"]
    cold = ["this is awful and I hate it", "so sad to hear that", "terrible idea, really bad",
            "I am angry about this", "that was a horrible day", "ugh, disgusting"]
    lines = [f"{t}\t3\tid{k}" for k, t in enumerate(warm * 3)] + [f"{t}\t1\tix{k}" for k, t in enumerate(cold * 3)]
    lines += ["a neutral remark\t2\tn1", "mixed\t1,3\tm1"]
    (tmp_path / "group_train.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "weights.json"
    assert train_valence.main(["--data", str(tmp_path), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["rows"] == 36
    assert set(valence.DENSE_NAMES) == set(data["dense"])


def test_training_script_says_so_when_there_is_no_data(tmp_path, capsys):
    from heartspace.coach.training import train_valence

    assert train_valence.main(["--data", str(tmp_path), "--out", str(tmp_path / "w.json")]) == 1
    assert "no training data" in capsys.readouterr().err
