"""The training scripts' shared input handling: clear messages for bad files, writers set aside."""

from __future__ import annotations

import pytest

from heartspace.coach.training.fitting import read_examples, set_aside_negative_writers


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
