"""The training scripts' shared input handling: clear messages for bad files, writers set aside."""

from __future__ import annotations

import pytest

from heartspace.coach.training.fitting import choose_threshold, read_examples, set_aside_negative_writers


def test_examples_are_read_with_their_labels_and_writer(tmp_path):
    path = tmp_path / "examples.jsonl"
    path.write_text('{"text": "Ты опять 🙄", "blame": true, "contempt": true, "source": "w1"}\n\n'
                    '{"text": "thanks!", "blame": false, "contempt": false}\n', encoding="utf-8")
    assert read_examples(path, ("blame", "contempt")) == [
        ("Ты опять 🙄", {"blame": 1, "contempt": 1}, "w1"), ("thanks!", {"blame": 0, "contempt": 0}, "")]


@pytest.mark.parametrize(("content", "message"), [
    ('{"text": "x", "safety": true\n', "examples.jsonl:1: not JSON"),
    ('{"text": "x", "safety": true}\n[1, 2]\n', "examples.jsonl:2: needs a text and true/false safety"),
    ('{"text": "x", "safety": "yes"}\n', "examples.jsonl:1: needs a text"),
    ('{"text": 5, "safety": false}\n', "examples.jsonl:1: needs a text"),
])
def test_a_bad_line_is_named_by_file_and_number(tmp_path, content, message):
    path = tmp_path / "examples.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        read_examples(path, ("safety",))


def test_writers_without_a_positive_train_in_every_fold():
    examples = [("a", {"safety": 1}, "w1"), ("b", {"safety": 0}, "w1"), ("c", {"safety": 0}, "ordinary")]
    kept, set_aside = set_aside_negative_writers(examples)
    assert kept == examples[:2] and set_aside == ["c"]


def test_the_threshold_is_never_a_cut_inside_a_run_of_equal_probabilities():
    # Two texts score 0.9: one positive, one not. A threshold at 0.9 flags both (precision 1/2),
    # so it must not be reported as flagging just the positive that happened to sort first.
    scored = [(0.9, 1, False), (0.9, 0, False), (0.5, 0, False), (0.4, 0, False), (0.1, 1, False)]
    # (prevalence 0.4 is the share of positives here, so every text counts once)
    assert choose_threshold(scored, prevalence=0.4)[:3] == pytest.approx((0.1, 1.0, 0.4))
    assert choose_threshold([(0.8, 1, False), (0.8, 1, False), (0.3, 0, False)], prevalence=0.5)[:3] == (0.8, 1.0, 1.0)
