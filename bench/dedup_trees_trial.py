"""End to end: would the gradient-boosted trees of `bench/dedup_models.py` merge better than the
shipped additive weights on cases nobody trained on?

`bench/dedup_models.py` ranks models pairwise, before clustering. This runs the whole of
`cspr merge`'s deduplication (clustering, group thresholds, the possible-duplicates list) with
each pair's match weight taken from trees instead of the additive weights: the trees are
trained on the same cases the shipped weights were (the demo, hard and held-out cases and blind
sets 1 and 3 to 29), their probability turned into bits (log2 odds, the unit of
`dedup_weights.toml`), and the shipped thresholds kept. The trees see the shipped levels and the
values behind them (text similarity, TF-IDF cosine, minutes and days apart). Scored with
`bench/dedup_eval.py`'s counting on the sets named (default: 30 to 33, never trained or tuned
on), beside the shipped weights in the same run. With `--out-of-fold`, every dev set is scored
by trees trained without its fold (the folds of `bench/dedup_models.py`); the shipped weights
were trained on all of them, which favours the shipped weights.

    python bench/dedup_trees_trial.py [--sets 30 31 32 33 | --out-of-fold] [--json PATH]

A trial, not the product: nothing here is used by `cspr merge`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import dedup_models  # noqa: E402
from dedup_eval import blind_set, cspr_engine, score, total  # noqa: E402

sys.path.insert(0, str(ROOT))  # the package `dashboard` before bench/dashboard.py

import chronology.dedup as dedup  # noqa: E402
from chronology.linkage import COMPARISONS  # noqa: E402

_NAMES = [list(levels) for levels in COMPARISONS.values()]


def trees_weights(model: Any, original: Any) -> Any:
    """A `score_batch` whose match weights are the trees' log2 odds."""

    def score_batch(
        pairs: Sequence[dedup.Candidate], ctx: dedup.Context
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        levels, _, cosines = original(pairs, ctx)
        if not len(pairs):
            return levels, np.empty(0), cosines
        named = [tuple(_NAMES[i][c] for i, c in enumerate(row)) for row in levels.tolist()]
        raw = [
            dedup_models.raw_values(a, b, similarity, cosines[i])
            for i, (a, b, _, similarity) in enumerate(pairs)
        ]
        x = np.hstack([dedup_models.design(named), np.array(raw, dtype=np.float64)])
        p = np.clip(model.predict_proba(x)[:, 1], 1e-6, 1 - 1e-6)
        return levels, np.log2(p / (1 - p)), cosines

    return score_batch


def evaluate(sets: list[int]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for number in sets:
        reports = []
        for name, events, truth in blind_set(number):
            report = score(events, truth, cspr_engine)
            report["case"] = name
            reports.append(report)
        found[f"blind-{number}"] = total(reports)
    found["TOTAL"] = total(list(found.values()))
    return found


def trained(data: list[dedup_models.CaseData], without: set[str]) -> Any:
    train = [c for c in data if c.group not in without]
    x = np.vstack([dedup_models.features("trees", c) for c in train])
    return dedup_models.fitted("trees", x, np.concatenate([c.labels for c in train]))


def with_trees(model: Any, sets: list[int]) -> dict[str, dict[str, Any]]:
    original = dedup.score_batch
    dedup.score_batch = trees_weights(model, original)
    try:
        return evaluate(sets)
    finally:
        dedup.score_batch = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", type=int, default=[30, 31, 32, 33])
    parser.add_argument(
        "--out-of-fold",
        action="store_true",
        help="the dev sets instead, each scored by trees trained without its fold",
    )
    parser.add_argument("--json", type=Path, default=ROOT / "bench/results/dedup_trees_trial.json")
    args = parser.parse_args()
    data = dedup_models.cases(False)
    print(f"{len(data)} training cases, {sum(len(c.labels) for c in data)} candidate pairs")
    if args.out_of_fold:
        args.sets = list(dedup_models.DEV_SETS)
        trees: dict[str, dict[str, Any]] = {}
        for fold in range(dedup_models.FOLDS):
            held = args.sets[fold :: dedup_models.FOLDS]
            model = trained(data, {f"blind-{n}" for n in held})
            found = with_trees(model, held)
            found.pop("TOTAL")
            trees.update(found)
        trees = {f"blind-{n}": trees[f"blind-{n}"] for n in args.sets}
        trees["TOTAL"] = total(list(trees.values()))
        results = {"shipped": evaluate(args.sets), "trees": trees}
    else:
        model = trained(data, set())
        results = {"shipped": evaluate(args.sets), "trees": with_trees(model, args.sets)}
    keys = ("precision", "recall", "f1", "queue_completeness", "queue_per_10_rows")
    print(f"{'set':<10}{'engine':<9}" + "".join(f"{k[:16]:>18}" for k in keys))
    for group in results["shipped"]:
        for engine, by_set in results.items():
            row = by_set[group]
            print(f"{group:<10}{engine:<9}" + "".join(f"{row[k]:>18}" for k in keys))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"sets": args.sets, **results}, indent=2) + "\n")
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
