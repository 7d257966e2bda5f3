"""How the text coach does on labelled texts nobody working on it has read: an honest estimate.

benchmarks/data/coach_unseen.jsonl holds 160 texts (English, Russian, Spanish) written and
labelled for heartspace by someone who never saw the coach's rules, its tests or its other
data, following the labelling guidelines of the coach dev set; it is weighted towards safety
disclosures told in many voices. Nothing in the coach was written or trained from it: the rules
were written before it existed, the safety model's training script never reads it, and it must
stay that way (a figure from it is only honest while nobody tunes to it). Prints per-label
precision, recall and F1 and tone accuracy; asserts nothing. Runs in a clone of the project alone.

Run: .venv/bin/python benchmarks/coach_unseen.py [--errors]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import coach_eval  # noqa: E402

UNSEEN = Path(__file__).resolve().parent / "data" / "coach_unseen.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list the items each label disagrees on")
    args = parser.parse_args()
    total, not_analysed, overall, per_language = coach_eval.coach_dev(UNSEEN, args.errors)
    counts = ", ".join(f"{lang} {figures['n']}" for lang, figures in per_language.items())
    print(f"{'metric':<58} {'value':>12}  {'target':<12} status")
    print("-" * 94)
    print(f"coach_unseen.jsonl: {total} items ({counts}); {not_analysed} answered 'not analysed' (counted as misses)")
    coach_eval._print_dev(overall, "unseen", targets=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
