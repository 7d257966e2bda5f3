"""`heartspace coach analyze` as a person (or a script) uses it: readable, JSON, JSON lines, clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from heartspace.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"tone", "valence", "blame", "contempt", "defensive", "i_statement", "feelings", "faux_feelings", "single_issue",
          "next_step", "highlight", "action", "question", "one_scene", "takeaway", "safety", "word_count", "limit",
          "suggestions", "analysed", "language", "spans", "safety_categories", "faux_feeling_suggestions"}


def run(*args, stdin=""):
    env = {**os.environ}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run([sys.executable, "-m", "heartspace.cli", "coach", "analyze", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_readable_report(capsys):
    assert main(["coach", "analyze", "--kind", "tension", "You never listen to me, you are so selfish"]) == 0
    out = capsys.readouterr().out
    assert "Tone: corrective" in out and "Blame: yes" in out and "Suggestions:" in out
    assert "verdict on who they are" in out


def test_json_has_every_field(capsys):
    assert main(["coach", "analyze", "--json", "--kind", "appreciation", "Thank you for walking the dog in the storm"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert FIELDS <= set(result)
    assert result["limit"] == 15 and result["word_count"] == 9 and result["tone"] == "positive"


def test_limit_option(capsys):
    main(["coach", "analyze", "--json", "--limit", "3", "one two three four"])
    result = json.loads(capsys.readouterr().out)
    assert result["limit"] == 3 and "over_limit" in [s["code"] for s in result["suggestions"]]


def test_text_from_standard_input():
    result = run("--json", stdin="I feel relieved that the scan was clear.")
    assert result.returncode == 0
    assert json.loads(result.stdout)["feelings"] == ["relieved"]


def test_bad_kind_is_one_line_and_exit_2():
    result = run("--kind", "limerick", "hello")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "unknown kind" in result.stderr
    assert "Traceback" not in result.stderr


def test_jsonl_answers_every_line_and_survives_bad_ones():
    lines = [
        json.dumps({"id": "a1", "text": "I felt ignored when you checked your phone at dinner.", "kind": "i_feel"}),
        "this is not json",
        json.dumps({"id": 7, "text": 42}),
        json.dumps({"id": "k", "text": "hello", "kind": "haiku"}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"id": "ru", "text": "Мне грустно, когда ты молчишь."}),
        json.dumps({"id": "last", "text": "Loved the picnic. I'll send the photos. Same park next month?",
                    "kind": "followup"}),
    ]
    result = run("--jsonl", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 7  # the blank line is skipped
    first = answers[0]
    assert first["id"] == "a1" and FIELDS <= set(first)
    assert first["faux_feelings"] == ["ignored"]
    assert first["faux_feeling_suggestions"][0]["suggested_feeling"] == "lonely"
    assert set(answers[1]) == {"error"}
    assert answers[2]["id"] == 7 and "error" in answers[2]
    assert answers[3]["id"] == "k" and "unknown kind" in answers[3]["error"]
    assert "error" in answers[4]
    assert answers[5]["id"] == "ru" and answers[5]["analysed"] is True and answers[5]["feelings"] == ["грустно"]
    assert answers[6]["id"] == "last" and answers[6]["highlight"] and answers[6]["action"] and answers[6]["question"]


def test_jsonl_with_text_argument_is_refused():
    result = run("--jsonl", "some text")
    assert result.returncode == 2 and "standard input" in result.stderr


@pytest.mark.parametrize("text", ["", "🙂🙂", "Я чувствую тревогу"])
def test_odd_texts_print_a_report(text, capsys):
    assert main(["coach", "analyze", text]) == 0
    assert "Kind: free" in capsys.readouterr().out


def test_jsonl_flags_are_plain_booleans_shaped_like_the_labels():
    """A strict checker compares field by field: a flag must be JSON true/false, never an object."""
    lines = [json.dumps({"id": "b", "text": "You never help and you're so lazy. I feel used.", "kind": "tension"}),
             json.dumps({"id": "s", "text": "He threatened to hurt me if I leave.", "kind": "free"}),
             json.dumps({"id": "n", "text": "The plumber comes at nine.", "kind": "free"})]
    answers = [json.loads(line) for line in run("--jsonl", stdin="\n".join(lines) + "\n").stdout.splitlines()]
    blame, safety, plain = answers
    for answer in answers:
        for name in ("blame", "contempt", "defensive", "safety", "i_statement", "single_issue", "next_step"):
            assert answer[name] is True or answer[name] is False, name
        assert all(isinstance(word, str) for word in answer["faux_feelings"])
        assert set(answer["spans"]) == {"blame", "contempt", "defensive", "safety"}
    assert blame["blame"] is True and blame["spans"]["blame"] and blame["faux_feelings"] == ["used"]
    assert blame["faux_feeling_suggestions"][0]["word"] == "used"
    assert safety["safety"] is True and "threat" in safety["safety_categories"] and safety["spans"]["safety"]
    assert plain["blame"] is False and plain["safety"] is False and plain["spans"]["blame"] == []


def test_readable_report_shows_the_evidence(capsys):
    main(["coach", "analyze", "He threatened to hurt me. You always forget."])
    out = capsys.readouterr().out
    assert "Blame: yes  “You always" in out and "Safety: yes" in out and "(threat)" in out
