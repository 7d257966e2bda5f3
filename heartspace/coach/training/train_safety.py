"""Train the coach's safety model and write heartspace/coach/safety_weights.json.

Data:
- heartspace/coach/training/safety_examples.jsonl: our own labelled texts (written for heartspace,
  in English, Russian and Spanish): disclosures of violence, threats, coercive control, sexual
  coercion, stalking, abuse of a child or an elderly person, self-harm and suicidal thoughts, in
  many voices (the person, a friend, a neighbour, the abuser minimising), and near-misses that
  share their words (idioms, films, jokes, an ordinary argument, caring worry) plus everyday
  messages. One object per line: {"text", "safety", "lang", "category"}.
- Ordinary comments as more negatives: a seeded sample of GoEmotions' training split
  (Demszky et al., 2020; --goemotions, skipped when absent). Its dev split, coach_dev and
  benchmarks/data/coach_unseen.jsonl are evaluation sets and are never read here.

Model: logistic regression (L2; every language's disclosures and non-disclosures weigh the same
in total, so the language a text is written in is no evidence either way) over the counts of
the features of heartspace.coach.safety_model.features. Model selection by 5-fold stratified
cross-validation on our examples (the comments always train): for each C on the grid, the
threshold with the best held-out F1, precision counted at a realistic share of disclosures
(PREVALENCE); then the C with the best F1. The model adds to the phrase lists (which are tuned
for recall) and is not a second net of the same kind: weighting recall more (F2) chose
thresholds at which about one ordinary message in eight brought up the help card, which would
teach people to ignore it. Same data and seed give the same file.

Needs the training extra (scikit-learn, numpy): .venv/bin/pip install -e '.[train]'
Run from the project root (well under a minute):
    .venv/bin/python -m heartspace.coach.training.train_safety [--goemotions ../shared/data/text/goemotions]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

from heartspace.coach import language
from heartspace.coach.rx import lower_same_length
from heartspace.coach.safety_model import WEIGHTS, features

EXAMPLES = Path(__file__).with_name("safety_examples.jsonl")
DEFAULT_GOEMOTIONS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "text" / "goemotions"
C_GRID = (0.25, 0.5, 1.0, 2.0)
# The share of texts written in the coach's forms that disclose harm, assumed when counting
# precision (one in ten; the coach dev set has 5 in 83). Our examples hold far more disclosures
# than that, so counted as they are, false alarms would look rarer than they will be.
PREVALENCE = 0.1
FOLDS = 5
COMMENTS = 6000
KEEP_ABOVE = 0.02


def load_examples(path: Path) -> list[tuple[str, int]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            item = json.loads(line)
            if not isinstance(item.get("text"), str) or not isinstance(item.get("safety"), bool):
                raise ValueError(f"{path}:{number}: needs a text and a true/false safety")
            rows.append((item["text"], int(item["safety"])))
    return rows


def load_comments(folder: Path, seed: int) -> list[tuple[str, int]]:
    source = folder / "original_train.tsv"
    if not source.exists():
        return []
    with source.open(encoding="utf-8") as handle:
        texts = [line.split("\t", 1)[0] for line in handle]
    return [(text, 0) for text in random.Random(seed).sample(texts, min(COMMENTS, len(texts)))]


def _language(text: str) -> str:
    lang = language.detect(text[:600])
    return lang if lang in ("ru", "es") else "en"


class Fitter:
    def __init__(self, rows):
        self.grams = [features(lower_same_length(text)) for text, _ in rows]
        self.labels = [label for _, label in rows]
        self.languages = [_language(text) for text, _ in rows]

    def weights(self, index):
        """Each (language, label) group weighs the same in total: otherwise the language itself
        would look like evidence (the comments are English, so any Russian word would read as harm)."""
        import numpy as np

        groups = Counter((self.languages[i], self.labels[i]) for i in index)
        return np.array([len(index) / (len(groups) * groups[self.languages[i], self.labels[i]]) for i in index])

    def fit(self, index, C: float):
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        vocabulary = sorted({g for i in index for g in self.grams[i]})
        position = {g: k for k, g in enumerate(vocabulary)}
        matrix = self.matrix(index, position)
        classifier = LogisticRegression(C=C, max_iter=5000, solver="liblinear", random_state=0)
        classifier.fit(matrix, np.array([self.labels[i] for i in index]), sample_weight=self.weights(index))
        table = {g: float(w) for g, w in zip(vocabulary, classifier.coef_[0], strict=True)}
        return float(classifier.intercept_[0]), table

    def matrix(self, index, position):
        import numpy as np
        from scipy import sparse

        rows, cols = [], []
        for r, i in enumerate(index):
            for g in self.grams[i]:
                k = position.get(g)
                if k is not None:
                    rows.append(r)
                    cols.append(k)
        # Repeated (row, column) entries add up: the matrix holds counts.
        return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(index), len(position)))

    def probability(self, i: int, bias: float, table: dict) -> float:
        z = max(-30.0, min(30.0, bias + sum(table.get(g, 0.0) for g in self.grams[i])))
        return 1.0 / (1.0 + math.exp(-z))


def choose_threshold(scored: list[tuple[float, int]]) -> tuple[float, float, float, float]:
    """(threshold, recall, precision, F1) at the threshold with the best held-out F1 (ties: the
    lower threshold). Precision is counted as if disclosures were PREVALENCE of what people write
    (our examples hold far more). The model only adds to the phrase lists, which keep their recall."""
    positives = sum(label for _, label in scored)
    negatives = len(scored) - positives
    if not positives or not negatives:
        return 0.5, 0.0, 0.0, 0.0
    negative_weight = positives * (1 - PREVALENCE) / (PREVALENCE * negatives)
    best = (0.5, 0.0, 0.0, -1.0)
    false = hits = 0
    for p, label in sorted(scored, reverse=True):
        hits += label
        false += 1 - label
        if not hits:
            continue
        recall, precision = hits / positives, hits / (hits + false * negative_weight)
        f1 = 2 * precision * recall / (precision + recall)
        if f1 >= best[3]:
            best = (p, recall, precision, f1)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=Path, default=EXAMPLES)
    parser.add_argument("--goemotions", type=Path, default=DEFAULT_GOEMOTIONS, help="folder holding original_train.tsv")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    try:
        from sklearn.model_selection import StratifiedKFold
    except ImportError:
        print("training needs scikit-learn and numpy: pip install -e '.[train]'", file=sys.stderr)
        return 1
    try:
        examples = load_examples(args.examples)
    except (OSError, ValueError) as error:
        print(f"cannot read the examples: {error}", file=sys.stderr)
        return 1
    comments = load_comments(args.goemotions, args.seed)
    rows = examples + comments
    fitter = Fitter(rows)
    ours = list(range(len(examples)))
    always = list(range(len(examples), len(rows)))
    labels = [label for _, label in examples]
    print(f"{len(examples)} examples ({sum(labels)} disclosures), {len(comments)} comments as negatives", file=sys.stderr)
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=args.seed)
    results = {}
    for C in C_GRID:
        scored = []
        for train_index, test_index in folds.split(ours, labels):
            bias, table = fitter.fit(list(train_index) + always, C)
            scored.extend((fitter.probability(i, bias, table), fitter.labels[i]) for i in test_index)
        results[C] = choose_threshold(scored)
        threshold, recall, precision, f1 = results[C]
        print(f"  C={C:<5} held-out: threshold {threshold:.3f} recall {recall:.3f} precision {precision:.3f} F1 {f1:.3f}",
              file=sys.stderr)
    C = max(C_GRID, key=lambda c: (round(results[c][3], 3), -c))
    threshold, recall, precision, f1 = results[C]
    bias, table = fitter.fit(ours + always, C)
    kept = {g: round(w, 4) for g, w in sorted(table.items()) if abs(w) >= KEEP_ABOVE}
    payload = {
        "about": "Logistic regression, P(the text discloses harm), trained by heartspace/coach/training/train_safety.py on "
                 "heartspace's own labelled examples and a sample of GoEmotions training comments as negatives.",
        "examples": len(examples), "comments": len(comments),
        "cv": {"recall": round(recall, 4), "precision": round(precision, 4), "f1": round(f1, 4)},
        "settings": {"C": C, "folds": FOLDS, "seed": args.seed, "threshold_by": "held-out F1", "prevalence": PREVALENCE,
                     "keep_above": KEEP_ABOVE},
        "threshold": round(threshold, 4), "bias": round(bias, 4), "features": kept,
    }
    args.out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"chose C={C}, threshold {threshold:.3f} (held-out recall {recall:.3f}, precision {precision:.3f}); "
          f"wrote {len(kept)} features to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
