"""Train the coach's valence model and write heartspace/coach/valence_weights.json.

Data: GoEmotions (Demszky et al., 2020), the "group" files whose labels are 0 ambiguous,
1 negative, 2 neutral, 3 positive. Only the single-label positive (3) and negative (1) rows of
the TRAINING split (group_train.tsv) are read. The dev split, and VADER's tweets and movie
snippets, are evaluation sets for benchmarks/coach_eval.py and are never read here.

Model: logistic regression with L2 over the counts of the features of
heartspace.coach.valence.features (words with negation marking, word pairs, 4- and 5-letter
stems; exactly what the runtime sums) scaled by their naive-Bayes log-count ratios (NB-LR, Wang &
Manning 2012), plus the dense lexicon features of heartspace.coach.valence.dense (VADER
compound/pos/neg, strongest word each way, sign bands, from sentiment.unrounded). The scaled
weights fold back into one plain weight per feature, so the runtime needs no numpy.

Model selection: 5-fold stratified cross-validation on the training rows (seed below) picks
the L2 strength C and the scale of the lexicon features, by the held-out accuracy of the
model on its own; the final valence blends it with the lexicon's compound score
(valence.combine) with the fixed LEXICON_WEIGHT explained below, and the script prints the
held-out accuracy of that blend too. The chosen settings are then refitted on every
training row. Same data and seed give the same file.

Needs the training extra (scikit-learn, numpy), which the app itself does not use:
    .venv/bin/pip install -e '.[train]'
Run from the project root (about two minutes on one core):
    .venv/bin/python -m heartspace.coach.training.train_valence [--data ../shared/data/text/goemotions]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from heartspace.coach.sentiment import unrounded
from heartspace.coach.training.fitting import count_matrix
from heartspace.coach.valence import DENSE_NAMES, WEIGHTS, combine, dense, features

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "text" / "goemotions"
C_GRID = (0.1, 0.2, 0.4, 0.8)
# The lexicon features are multiplied by this before the fit: a larger scale makes leaning on them cheaper under L2.
DENSE_SCALE_GRID = (1.0, 4.0)
# The share the lexicon's compound score gets in the final valence (valence.combine). Fixed, not
# tuned: GoEmotions labels one forum's comments with its own scheme (its "desire" counts as
# positive, so "I wish..." reads as happy, and "sorry" as negative), and cross-validation on it
# always prefers trusting the forum's words (weight 0; the table printed below shows the cost of
# 0.5 there, about 0.7 points). The human-validated lexicon travels better to the short personal
# messages the coach reads, so the two get equal say, as in the coach before this model.
LEXICON_WEIGHT = 0.5
LEXICON_WEIGHT_GRID = (0.0, 0.25, LEXICON_WEIGHT)
FOLDS = 5
MIN_COUNT = 2
NB_ALPHA = 1.0
# Weights smaller than this are dropped from the shipped file (changes no held-out decision measurably).
KEEP_ABOVE = 0.01


def load(path: Path) -> list[tuple[str, int]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[1] in ("1", "3"):
                rows.append((parts[0], 1 if parts[1] == "3" else 0))
    return rows


class Featurised:
    """Each row's features (a list: a feature occurring twice counts twice) and dense lexicon vector, computed once."""

    def __init__(self, rows):
        self.grams = []
        self.dense = []
        self.compound = []
        for text, _ in rows:
            lexicon = unrounded(text)
            self.grams.append(features(text))
            self.dense.append(dense(*lexicon))
            self.compound.append(lexicon[0])
        self.labels = [label for _, label in rows]


def fit(data: Featurised, index, C: float, dense_scale: float = 1.0):
    """NB-LR on the rows in `index`: returns (bias, dense weights, {feature: weight})."""
    import numpy as np
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    counts = Counter()  # in how many rows each feature occurs
    for i in index:
        counts.update(set(data.grams[i]))
    vocabulary = {g: k for k, g in enumerate(sorted(g for g, c in counts.items() if c >= MIN_COUNT))}
    matrix = _matrix(data, index, vocabulary)
    y = np.array([data.labels[i] for i in index])
    words = matrix[:, :len(vocabulary)]
    p = NB_ALPHA + np.asarray(words[y == 1].sum(0)).ravel()
    q = NB_ALPHA + np.asarray(words[y == 0].sum(0)).ravel()
    ratio = np.log((p / p.sum()) / (q / q.sum()))
    scale = np.concatenate([ratio, np.full(len(DENSE_NAMES), dense_scale)])
    classifier = LogisticRegression(C=C, max_iter=5000, solver="liblinear", random_state=0)
    classifier.fit(matrix @ sparse.diags(scale), y)
    coef = classifier.coef_[0] * scale
    names = sorted(vocabulary, key=vocabulary.get)
    table = {g: float(coef[k]) for k, g in enumerate(names)}
    return float(classifier.intercept_[0]), [float(w) for w in coef[len(vocabulary):]], table


def _matrix(data: Featurised, index, vocabulary):
    import numpy as np
    from scipy import sparse

    words = count_matrix(data.grams, index, vocabulary)
    lexicon = sparse.csr_matrix(np.array([data.dense[i] for i in index]))
    return sparse.hstack([words, lexicon]).tocsr()


def logit(data: Featurised, i: int, bias: float, dense_weights, table) -> float:
    """The model's log-odds for row i, summed the plain way (the runtime's faster sum must agree)."""
    z = bias + sum(w * x for w, x in zip(dense_weights, data.dense[i], strict=True))
    return z + sum(table.get(g, 0.0) for g in data.grams[i])


def reference_logit(text: str, weights: dict) -> float:
    """The log-odds of `text` under a weights file's contents, from `features` and `dense` directly."""
    z = weights["bias"] + sum(weights["dense"][name] * x for name, x in zip(DENSE_NAMES, dense(*unrounded(text)), strict=True))
    z += sum(weights["features"].get(g, 0.0) for g in features(text))
    return max(-30.0, min(30.0, z))


def valence(data: Featurised, i: int, z: float, lexicon_weight: float) -> float:
    import math

    z = max(-30.0, min(30.0, z))
    return combine(data.compound[i], 2.0 / (1.0 + math.exp(-z)) - 1.0, lexicon_weight)


def cross_validate(data: Featurised, seed: int):
    """Held-out accuracy for every (C, dense scale, lexicon weight) on the grid."""
    from sklearn.model_selection import StratifiedKFold

    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
    right = Counter()
    total = 0
    for number, (train_index, test_index) in enumerate(folds.split(data.labels, data.labels), 1):
        for C in C_GRID:
            for dense_scale in DENSE_SCALE_GRID:
                bias, dense_weights, table = fit(data, train_index, C, dense_scale)
                for i in test_index:
                    z = logit(data, i, bias, dense_weights, table)
                    for w in LEXICON_WEIGHT_GRID:
                        right[C, dense_scale, w] += (valence(data, i, z, w) >= 0) == bool(data.labels[i])
        total += len(test_index)
        print(f"  fold {number}/{FOLDS} done", file=sys.stderr)
    return {key: count / total for key, count in right.items()}


def choose(results: dict):
    """The model's own best held-out accuracy (lexicon weight 0); ties go to the stronger L2 and smaller scale.

    Choosing by the blended rule instead picks ever larger C (more confident word weights that
    then outvote the lexicon in the blend, which is the opposite of what the blend is for)."""
    key = max((k for k in results if k[2] == 0.0), key=lambda k: (round(results[k], 4), -k[0], -k[1]))
    return key, results[key]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding group_train.tsv")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--seed", type=int, default=7, help="seed of the cross-validation folds")
    args = parser.parse_args(argv)
    source = args.data / "group_train.tsv"
    if not source.exists():
        print(f"no training data at {source}", file=sys.stderr)
        return 1
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("training needs scikit-learn and numpy: pip install -e '.[train]'", file=sys.stderr)
        return 1
    started = time.perf_counter()
    rows = load(source)
    data = Featurised(rows)
    print(f"{len(rows)} single-label positive/negative training rows; {FOLDS}-fold cross-validation", file=sys.stderr)
    results = cross_validate(data, args.seed)
    for (C, dense_scale, w), accuracy in sorted(results.items()):
        print(f"  C={C:<4} dense_scale={dense_scale:<4} lexicon_weight={w:<4} held-out accuracy {accuracy:.4f}",
              file=sys.stderr)
    (C, dense_scale, _), accuracy = choose(results)
    lexicon_weight = LEXICON_WEIGHT
    blended = results[C, dense_scale, lexicon_weight]
    print(f"chosen C={C}, dense_scale={dense_scale} (model held-out accuracy {accuracy:.4f}; blended with "
          f"lexicon_weight={lexicon_weight}: {blended:.4f}); refitting on all rows", file=sys.stderr)
    bias, dense_weights, table = fit(data, range(len(rows)), C, dense_scale)
    kept = {g: round(w, 4) for g, w in sorted(table.items()) if abs(w) >= KEEP_ABOVE}
    payload = {
        "about": "NB-weighted logistic regression, P(positive), trained by heartspace/coach/training/train_valence.py "
                 "on the single-label positive/negative rows of GoEmotions group_train.tsv (Demszky et al., 2020).",
        "rows": len(rows), "cv_accuracy_model": round(accuracy, 4), "cv_accuracy_blended": round(blended, 4),
        "settings": {"C": C, "dense_scale": dense_scale, "folds": FOLDS, "seed": args.seed, "min_count": MIN_COUNT, "nb_alpha": NB_ALPHA,
                     "keep_above": KEEP_ABOVE, "feature_values": "counts"},
        "lexicon_weight": lexicon_weight,
        "bias": round(bias, 4), "dense": {name: round(w, 4) for name, w in zip(DENSE_NAMES, dense_weights, strict=True)},
        "features": kept,
    }
    args.out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} features to {args.out} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
