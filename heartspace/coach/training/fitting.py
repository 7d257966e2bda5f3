"""What the coach's trained word models share in training: the fit, the weighting and the
threshold choice (train_safety.py and train_conflict.py use them).

Model: logistic regression (L2, liblinear) over the counts of heartspace.coach.word_model.features.
Every (language, label) group weighs the same in total, so the language a text is written in is
no evidence either way. Thresholds are chosen by held-out F1 (or F-beta) of the rules and the
model together (the model only speaks when the rules found nothing), precision counted at an
assumed share of positives in what people write.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

from heartspace.coach import language
from heartspace.coach.word_model import features

C_GRID = (0.25, 0.5, 1.0, 2.0, 4.0)
FOLDS = 5
DEFAULT_GOEMOTIONS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "text" / "goemotions"
MISSING_EXTRA = "training needs scikit-learn and numpy: pip install -e '.[train]'"


def training_extra_missing() -> bool:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        return True
    return False


def read_examples(path: Path, labels: tuple[str, ...]) -> list[tuple[str, dict[str, int], str]]:
    """[(text, {label: 0 or 1}, source)] from a JSON-lines file of our labelled examples; a
    ValueError naming the file and line for anything else (source, the writer, may be absent)."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error})") from None
            if (not isinstance(item, dict) or not isinstance(item.get("text"), str)
                    or not all(isinstance(item.get(label), bool) for label in labels)):
                raise ValueError(f"{path}:{number}: needs a text and true/false {', '.join(labels)}")
            rows.append((item["text"], {label: int(item[label]) for label in labels}, str(item.get("source", ""))))
    return rows


def set_aside_negative_writers(examples: list[tuple[str, dict[str, int], str]]) -> tuple[list, list[str]]:
    """(the examples of writers with at least one positive, the texts of writers with none).

    A writer with no positive example (ordinary texts, sincere praise) trains in every fold, like
    the forum comments: held out alone, it would only measure what the other writers happened not
    to cover, and push every threshold up for it."""
    positive_sources = {source for _, labels, source in examples if any(labels.values())}
    kept = [example for example in examples if example[2] in positive_sources]
    return kept, [text for text, _, source in examples if source not in positive_sources]


def _language(text: str) -> str:
    lang = language.detect(text[:600])
    return lang if lang in ("ru", "es") else "en"


def count_matrix(grams: list[list[str]], index, position: dict[str, int]):
    """The sparse matrix of feature counts of the rows `index` (columns by `position`; features
    outside it are dropped)."""
    import numpy as np
    from scipy import sparse

    rows, cols = [], []
    for r, i in enumerate(index):
        for g in grams[i]:
            k = position.get(g)
            if k is not None:
                rows.append(r)
                cols.append(k)
    # Repeated (row, column) entries add up: the matrix holds counts.
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(index), len(position)))


class Fitter:
    """The features, labels and languages of (text, label) rows; `read` turns a text into the
    lower-cased text the runtime model reads (same length as the text); `ignored`: words that
    count only in pairs (word_model.features)."""

    def __init__(self, rows, read, ignored: frozenset[str] = frozenset()):
        self.grams = [features(read(text), ignored) for text, _ in rows]
        self.labels = [label for _, label in rows]
        self.languages = [_language(text) for text, _ in rows]

    def weights(self, index):
        """Each (language, label) group weighs the same in total: otherwise the language itself
        would look like evidence (the forum comments are English, so any Russian word would read as a positive)."""
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
        return count_matrix(self.grams, index, position)

    def probability(self, i: int, bias: float, table: dict) -> float:
        z = max(-30.0, min(30.0, bias + sum(table.get(g, 0.0) for g in self.grams[i])))
        return 1.0 / (1.0 + math.exp(-z))


def f_score(precision: float, recall: float, beta: float = 1.0) -> float:
    """F-beta: beta > 1 counts recall beta times as much as precision."""
    if not precision or not recall:
        return 0.0
    return (1 + beta * beta) * precision * recall / (beta * beta * precision + recall)


def choose_threshold(scored: list[tuple[float, int, bool]], prevalence: float,
                     added_precision: float = 0.0, beta: float = 1.0) -> tuple[float, float, float, float]:
    """(threshold, recall, precision, F-beta) of the rules and the model together, at the
    threshold with the best held-out F-beta (F1 unless `beta` says otherwise; ties: the lower
    threshold). `scored` holds (the model's
    probability, the label, whether the rules caught the text). The model only speaks when the
    rules did not, so it is judged by what it adds: a positive the rules already find gains
    nothing from it, a false alarm costs the same either way. Precision is counted as if
    positives were `prevalence` of what people write (our examples hold far more). Thresholds at
    which fewer than `added_precision` of the model's own additions are right are not chosen."""
    positives = sum(label for _, label, _ in scored)
    negatives = len(scored) - positives
    if not positives or not negatives:
        return 0.5, 0.0, 0.0, 0.0
    negative_weight = positives * (1 - prevalence) / (prevalence * negatives)
    hits = sum(label for _, label, caught in scored if caught)
    false = sum(1 - label for _, label, caught in scored if caught)
    by_rules = hits, false
    best = (1.0, 0.0, 0.0, -1.0)
    if hits:
        precision = hits / (hits + false * negative_weight)
        best = (1.0, hits / positives, precision, f_score(precision, hits / positives, beta))
    left_to_the_model = sorted((item for item in scored if not item[2]), reverse=True)
    for index, (p, label, _) in enumerate(left_to_the_model):
        hits += label
        false += 1 - label
        # A threshold flags every text at or above it, so a cut inside a run of equal probabilities is not one it can make.
        if not hits or (index + 1 < len(left_to_the_model) and left_to_the_model[index + 1][0] == p):
            continue
        recall, precision = hits / positives, hits / (hits + false * negative_weight)
        score = f_score(precision, recall, beta)
        added_hits, added_false = hits - by_rules[0], false - by_rules[1]
        if added_hits < added_precision * (added_hits + added_false * negative_weight):
            continue
        if score >= best[3]:
            best = (p, recall, precision, score)
    return best


def cross_validate(fitter: Fitter, ours: list[int], always: list[int], caught: list[bool], prevalence: float, seed: int,
                   report, sources: list[str] | None = None,
                   added_precision: float = 0.0, beta: float = 1.0) -> tuple[float, tuple[float, float, float, float]]:
    """(C, (threshold, recall, precision, F-beta)): for each C on the grid, the held-out threshold
    choice (choose_threshold) over folds of `ours` (the rows in `always` train in every fold);
    then the C with the best F-beta (ties: the smaller C). With `sources` (who wrote each of `ours`),
    each source is held out in turn, so the choice is made on text by writers the fold never read:
    folds that mix every writer's texts reward learning a writer's habits (random folds chose
    thresholds that flagged too much on material by other writers). Without, FOLDS stratified folds."""
    from sklearn.model_selection import LeaveOneGroupOut, StratifiedKFold

    labels = [fitter.labels[i] for i in ours]
    if sources and len(set(sources)) > 1:
        splits = list(LeaveOneGroupOut().split(ours, labels, sources))
    else:
        splits = list(StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(ours, labels))
    results = {}
    for C in C_GRID:
        scored = []
        for train_index, test_index in splits:
            bias, table = fitter.fit([ours[k] for k in train_index] + always, C)
            scored.extend((fitter.probability(ours[k], bias, table), fitter.labels[ours[k]], caught[k]) for k in test_index)
        results[C] = choose_threshold(scored, prevalence, added_precision, beta)
        threshold, recall, precision, score = results[C]
        report(f"  C={C:<5} held-out, with the rules: threshold {threshold:.3f} recall {recall:.3f} "
               f"precision {precision:.3f} F{beta:g} {score:.3f}")
    C = max(C_GRID, key=lambda c: (round(results[c][3], 3), -c))
    return C, results[C]
