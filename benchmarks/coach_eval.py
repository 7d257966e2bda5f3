"""How well the text coach agrees with human labels, on public material it was not written from.

Reads ../shared/data/text/ when present (VADER's tweets and movie snippets, GoEmotions' dev
split, the coach dev set) and prints one table: each metric, its target, and whether it is met.
When the material is absent (the project cloned alone) it says so and exits 0.
Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/coach_eval.py [--data ../shared/data/text] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heartspace.coach import analyze  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "text"
FLAG_LABELS = ("blame", "contempt", "defensive", "i_statement", "safety", "single_issue", "next_step",
               "highlight", "action", "question", "one_scene", "takeaway", "specific")
TARGETS = {"blame": 0.9, "contempt": 0.9, "i_statement": 0.9, "safety": 0.9}


def flag(value) -> bool:
    if isinstance(value, dict):
        return bool(value.get("flag"))
    return bool(value)


def sign_agreement(path: Path) -> tuple[int, float]:
    total = agree = 0
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            mean = float(parts[1])
            if abs(mean) < 1:
                continue
            tone = analyze(parts[2])["tone"]
            total += 1
            agree += (tone == "positive") if mean > 0 else (tone == "corrective")
    return total, agree / total if total else 0.0


def goemotions(path: Path) -> tuple[int, float, int, float]:
    """Positive-vs-negative accuracy (single-label rows) and blame rate on gratitude/approval/caring rows."""
    total = right = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text, labels, _ = line.rstrip("\n").split("\t")
            if labels not in ("1", "3"):
                continue
            total += 1
            right += (analyze(text)["valence"] >= 0) == (labels == "3")
    original = path.with_name("original_dev.tsv")
    names = path.with_name("original_labels.txt").read_text(encoding="utf-8").split()
    kind_ids = {str(names.index(n)) for n in ("gratitude", "approval", "caring")}
    warm = blamed = 0
    with original.open(encoding="utf-8") as handle:
        for line in handle:
            text, labels, _ = line.rstrip("\n").split("\t")
            if not set(labels.split(",")) & kind_ids:
                continue
            warm += 1
            blamed += flag(analyze(text)["blame"])
    return total, right / total if total else 0.0, warm, blamed / warm if warm else 0.0


def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float, int]:
    tp = sum(1 for gold, guess in pairs if gold and guess)
    fp = sum(1 for gold, guess in pairs if guess and not gold)
    fn = sum(1 for gold, guess in pairs if gold and not guess)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp + fn


def coach_dev(path: Path, show_errors: bool):
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    english, skipped, not_analysed = [], 0, 0
    for row in rows:
        result = analyze(row["text"], row.get("kind", "free"))
        if not result["analysed"]:
            skipped += 1
            not_analysed += 1
            continue
        english.append((row, result))
    per_label = {}
    for label in FLAG_LABELS:
        pairs = [(bool(row["labels"][label]), flag(result[label])) for row, result in english if label in row["labels"]]
        if pairs:
            per_label[label] = prf(pairs)
        if show_errors:
            for row, result in english:
                if label in row["labels"] and bool(row["labels"][label]) != flag(result[label]):
                    print(f"  [{label}] gold={row['labels'][label]} {row['id']} {row['text'][:110]}")
    tone = sum(1 for row, result in english if row["labels"]["tone"] == result["tone"]) / max(1, len(english))
    feelings_exact = sum(1 for row, result in english
                         if sorted(row["labels"]["feelings"]) == sorted(result["feelings"])) / max(1, len(english))
    faux_exact = sum(1 for row, result in english if sorted(row["labels"]["faux_feelings"]) ==
                     sorted(f["word"] for f in result["faux_feelings"])) / max(1, len(english))
    words = sum(1 for row, result in english if row["labels"]["word_count"] == result["word_count"]) / max(1, len(english))
    if show_errors:
        for row, result in english:
            if row["labels"]["tone"] != result["tone"]:
                print(f"  [tone] gold={row['labels']['tone']} got={result['tone']} {row['id']} {row['text'][:100]}")
            if sorted(row["labels"]["feelings"]) != sorted(result["feelings"]):
                print(f"  [feelings] gold={row['labels']['feelings']} got={result['feelings']} {row['id']}")
            if sorted(row["labels"]["faux_feelings"]) != sorted(f["word"] for f in result["faux_feelings"]):
                print(f"  [faux] gold={row['labels']['faux_feelings']} got={[f['word'] for f in result['faux_feelings']]} {row['id']}")
    return len(rows), len(english), not_analysed, per_label, tone, feelings_exact, faux_exact, words


def line(metric: str, value: str, target: str, met: bool | None) -> None:
    status = "" if met is None else ("met" if met else "MISSED")
    print(f"{metric:<58} {value:>12}  {target:<12} {status}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="list the coach-dev items each label disagrees on")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"coach evaluation: no public material at {args.data}; nothing to measure (this is fine in a clone "
              "of the project alone).")
        return 0

    print(f"{'metric':<58} {'value':>12}  {'target':<12} status")
    print("-" * 94)
    tweets = args.data / "vader" / "tweets_GroundTruth.txt"
    if tweets.exists():
        n, rate = sign_agreement(tweets)
        line(f"tone vs sign of human mean, VADER tweets |mean|>=1 (n={n})", f"{rate:.1%}", ">= 97%", rate >= 0.97)
    movies = args.data / "vader" / "movieReviewSnippets_GroundTruth.txt"
    if movies.exists():
        n, rate = sign_agreement(movies)
        line(f"tone vs sign of human mean, movie snippets |mean|>=1 (n={n})", f"{rate:.1%}", "(reported)", None)
    group_dev = args.data / "goemotions" / "group_dev.tsv"
    if group_dev.exists():
        n, accuracy, warm, blame_rate = goemotions(group_dev)
        line(f"GoEmotions dev positive vs negative accuracy (n={n})", f"{accuracy:.1%}", ">= 90%", accuracy >= 0.9)
        line(f"blame flagged on gratitude/approval/caring rows (n={warm})", f"{blame_rate:.2%}", "<= 2%", blame_rate <= 0.02)
    dev = args.data / "coach" / "coach_dev.jsonl"
    if dev.exists():
        total, used, not_analysed, per_label, tone, feelings_exact, faux_exact, words = coach_dev(dev, args.errors)
        print(f"coach_dev.jsonl: {total} items, {used} English analysed, {not_analysed} non-English answered 'not analysed'")
        for label, (p, r, f1, support) in per_label.items():
            target = TARGETS.get(label)
            met = None if target is None else f1 >= target
            text = f"P {p:.2f} R {r:.2f} F1 {f1:.2f}"
            goal = f"F1 >= {target}" if target else "(reported)"
            if label == "safety":
                met = f1 >= 0.9 and r >= 1.0
                goal = "F1>=.9 R=1"
            line(f"coach_dev {label} (positives={support})", text, goal, met)
        line("coach_dev tone accuracy (3 classes)", f"{tone:.1%}", "(reported)", None)
        line("coach_dev feelings list exact match", f"{feelings_exact:.1%}", "(reported)", None)
        line("coach_dev faux_feelings list exact match", f"{faux_exact:.1%}", "(reported)", None)
        line("coach_dev word_count exact", f"{words:.1%}", "(reported)", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
