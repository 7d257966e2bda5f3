"""Train the coach's valence model and write heartspace/coach/valence_weights.json.

Data: GoEmotions (Demszky et al., 2020), the "group" files whose labels are 0 ambiguous,
1 negative, 2 neutral, 3 positive. Only single-label positive (3) and negative (1) rows of the
TRAINING split are used; the dev split is for benchmarks/coach_eval.py alone. Plain Python
(no numpy): logistic regression by stochastic gradient descent with L2, features from
heartspace.coach.valence.features plus the VADER-lexicon scores.

Run from the project root:
    .venv/bin/python -m heartspace.coach.training.train_valence [--data ../shared/data/text/goemotions]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

from heartspace.coach.sentiment import scores
from heartspace.coach.valence import WEIGHTS, features

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "text" / "goemotions"


def load(path: Path) -> list[tuple[str, int]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[1] in ("1", "3"):
                rows.append((parts[0], 1 if parts[1] == "3" else 0))
    return rows


def train(rows, epochs: int, l2: float, rate: float, min_count: int, seed: int):
    counts = Counter()
    docs = []
    for text, label in rows:
        grams = set(features(text))
        counts.update(grams)
        lex = scores(text)
        docs.append((grams, (lex["compound"], lex["pos"], lex["neg"]), label))
    vocabulary = {g for g, c in counts.items() if c >= min_count}
    weights = dict.fromkeys(vocabulary, 0.0)
    dense = [0.0, 0.0, 0.0]
    bias = 0.0
    rng = random.Random(seed)
    order = list(range(len(docs)))
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        loss = 0.0
        for index in order:
            grams, lex, label = docs[index]
            active = [g for g in grams if g in weights]
            z = bias + sum(weights[g] for g in active) + sum(w * x for w, x in zip(dense, lex, strict=True))
            z = max(-30.0, min(30.0, z))
            p = 1.0 / (1.0 + math.exp(-z))
            loss -= math.log(p if label else 1 - p)
            gradient = p - label
            bias -= step * gradient
            for g in active:
                weights[g] -= step * (gradient + l2 * weights[g])
            for k in range(3):
                dense[k] -= step * (gradient * lex[k] + l2 * dense[k])
        print(f"  epoch {epoch + 1}: mean log loss {loss / len(docs):.4f}", file=sys.stderr)
    return bias, dense, weights


def accuracy(rows, bias, dense, weights) -> float:
    right = 0
    for text, label in rows:
        lex = scores(text)
        z = bias + dense[0] * lex["compound"] + dense[1] * lex["pos"] + dense[2] * lex["neg"]
        z += sum(weights.get(g, 0.0) for g in set(features(text)))
        right += (z >= 0) == bool(label)
    return right / len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding group_train.tsv")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    source = args.data / "group_train.tsv"
    if not source.exists():
        print(f"no training data at {source}", file=sys.stderr)
        return 1
    rows = load(source)
    rng = random.Random(args.seed)
    rng.shuffle(rows)
    held_out = rows[: len(rows) // 10]
    started = time.perf_counter()
    print(f"training on {len(rows) - len(held_out)} rows, checking on {len(held_out)} held-out training rows", file=sys.stderr)
    bias, dense, weights = train(rows[len(held_out):], args.epochs, args.l2, args.rate, args.min_count, args.seed)
    held_accuracy = accuracy(held_out, bias, dense, weights)
    print(f"held-out accuracy {held_accuracy:.3f}; retraining on all rows", file=sys.stderr)
    bias, dense, weights = train(rows, args.epochs, args.l2, args.rate, args.min_count, args.seed)
    kept = {g: round(w, 4) for g, w in sorted(weights.items()) if abs(w) >= 0.02}
    payload = {
        "about": "Logistic regression, P(positive), trained by heartspace/coach/training/train_valence.py on the "
                 "single-label positive/negative rows of GoEmotions group_train.tsv (Demszky et al., 2020).",
        "rows": len(rows), "held_out_accuracy": round(held_accuracy, 4),
        "settings": {"epochs": args.epochs, "l2": args.l2, "rate": args.rate, "min_count": args.min_count, "seed": args.seed},
        "bias": round(bias, 4), "dense": {"compound": round(dense[0], 4), "pos": round(dense[1], 4), "neg": round(dense[2], 4)},
        "features": kept,
    }
    args.out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} features to {args.out} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
