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
    """Strict, like the acceptance check: a flag field counts as true only when it is the boolean true."""
    return value is True


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


def _figures(pairs_rows: list[tuple[dict, dict]], show_errors: bool) -> dict:
    """Per-label P/R/F1 and the exact-match rates for a list of (row, result)."""
    per_label = {}
    for label in FLAG_LABELS:
        pairs = [(bool(row["labels"][label]), flag(result[label])) for row, result in pairs_rows if label in row["labels"]]
        if pairs:
            per_label[label] = prf(pairs)
        if show_errors:
            for row, result in pairs_rows:
                if label in row["labels"] and bool(row["labels"][label]) != flag(result[label]):
                    print(f"  [{label}] gold={row['labels'][label]} {row['id']} {row['text'][:110]}")
    n = max(1, len(pairs_rows))
    tone = sum(1 for row, result in pairs_rows if row["labels"]["tone"] == result["tone"]) / n
    feelings_exact = sum(1 for row, result in pairs_rows
                         if sorted(row["labels"]["feelings"]) == sorted(result["feelings"])) / n
    faux_exact = sum(1 for row, result in pairs_rows
                     if sorted(row["labels"]["faux_feelings"]) == sorted(result["faux_feelings"])) / n
    words = sum(1 for row, result in pairs_rows if row["labels"]["word_count"] == result["word_count"]) / n
    if show_errors:
        for row, result in pairs_rows:
            if row["labels"]["tone"] != result["tone"]:
                print(f"  [tone] gold={row['labels']['tone']} got={result['tone']} {row['id']} {row['text'][:100]}")
            if sorted(row["labels"]["feelings"]) != sorted(result["feelings"]):
                print(f"  [feelings] gold={row['labels']['feelings']} got={result['feelings']} {row['id']}")
            if sorted(row["labels"]["faux_feelings"]) != sorted(result["faux_feelings"]):
                print(f"  [faux] gold={row['labels']['faux_feelings']} got={result['faux_feelings']} {row['id']}")
    return {"n": len(pairs_rows), "per_label": per_label, "tone": tone, "feelings": feelings_exact, "faux": faux_exact,
            "words": words}


def contract_mismatches(answered: list[tuple[dict, dict]]) -> list[str]:
    """Label fields the result lacks or gives in another JSON type (an object where a boolean is expected...)."""
    out = []
    for row, result in answered:
        for key, gold in row["labels"].items():
            if key not in result:
                out.append(f"{row['id']}.{key} missing")
            elif type(result[key]) is not type(gold) and not (isinstance(gold, list) and isinstance(result[key], list)):
                out.append(f"{row['id']}.{key}: {type(result[key]).__name__} for {type(gold).__name__}")
            elif isinstance(gold, list) and any(not isinstance(item, type(g)) for g in gold[:1] for item in result[key]):
                out.append(f"{row['id']}.{key}: list items of another type")
    return out


def coach_dev(path: Path, show_errors: bool):
    """Figures over every item (all languages), then per language (the language the engine detected)."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    answered = [(row, analyze(row["text"], row.get("kind", "free"))) for row in rows]
    not_analysed = sum(1 for _, result in answered if not result["analysed"])
    mismatched = contract_mismatches(answered)
    if mismatched:
        print(f"CONTRACT: {len(mismatched)} label fields differ in name or type from the labels, e.g. {mismatched[:3]}")
    by_language: dict[str, list] = {}
    for row, result in answered:
        by_language.setdefault(result["language"], []).append((row, result))
    overall = _figures(answered, show_errors)
    per_language = {lang: _figures(items, False) for lang, items in sorted(by_language.items())}
    return len(rows), not_analysed, overall, per_language


def line(metric: str, value: str, target: str, met: bool | None) -> None:
    status = "" if met is None else ("met" if met else "MISSED")
    print(f"{metric:<58} {value:>12}  {target:<12} {status}")


def _print_dev(figures: dict, prefix: str, targets: bool) -> None:
    for label, (p, r, f1, support) in figures["per_label"].items():
        target = TARGETS.get(label) if targets else None
        met = None if target is None else f1 >= target
        text = f"P {p:.2f} R {r:.2f} F1 {f1:.2f}"
        goal = f"F1 >= {target}" if target else "(reported)"
        if label == "safety" and targets:
            met = f1 >= 0.9 and r >= 1.0
            goal = "F1>=.9 R=1"
        if support or targets:
            line(f"{prefix} {label} (positives={support})", text, goal, met)
    line(f"{prefix} tone accuracy (3 classes)", f"{figures['tone']:.1%}", "(reported)", None)
    line(f"{prefix} feelings list exact match", f"{figures['feelings']:.1%}", "(reported)", None)
    line(f"{prefix} faux_feelings list exact match", f"{figures['faux']:.1%}", "(reported)", None)
    line(f"{prefix} word_count exact", f"{figures['words']:.1%}", "(reported)", None)


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
        total, not_analysed, overall, per_language = coach_dev(dev, args.errors)
        counts = ", ".join(f"{lang} {figures['n']}" for lang, figures in per_language.items())
        print(f"coach_dev.jsonl: {total} items ({counts}); {not_analysed} answered 'not analysed' (counted as misses)")
        _print_dev(overall, "coach_dev", targets=True)
        for lang, figures in per_language.items():
            print(f"-- {lang} only (n={figures['n']}; few items: read as a sanity check, not an estimate)")
            _print_dev(figures, f"coach_dev[{lang}]", targets=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
