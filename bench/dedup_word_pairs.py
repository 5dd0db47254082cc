"""Trial: word pairs learnt from other writers' duplicates as evidence ("IHA" / "assessment").

The rows of a missed pair often share meaning but not words. This trial learns, from labelled
cases, which pairs of words (one only in each row) turn up in true pairs written by several
different writers and seldom in false ones, and adds the strongest such word pair of a candidate
pair as a further comparison (levels by its log2 odds). Scored out of fold BY BLIND SET exactly as
`bench/dedup_models.py` (same folds, same models, same report): the word-pair table of a fold is
learnt only from the fold's training sets, and a training pair's own value from a table without
its own set (so the model does not learn to trust a table that has seen the pair).

    python bench/dedup_word_pairs.py [--models additive trees] [--min-sets 2]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import dedup_models  # noqa: E402
from dedup_models import DEV_SETS, FOLDS, CaseData, cases, report  # noqa: E402

_TOKEN = re.compile(r"[a-z][a-z0-9&]{2,}")
MAX_WORDS = 15  # a row's rarest words that take part
COMMON = 0.10  # a word in more than this share of a case's rows is no one occurrence's
CUTS = (4.0, 2.5, 1.0)  # log2-odds levels of the strongest word pair

CrossPair = tuple[str, str]


def row_words(texts: list[str]) -> list[frozenset[str]]:
    words = [set(_TOKEN.findall(t)) for t in texts]
    df = Counter(w for s in words for w in s)
    limit = max(3, COMMON * len(texts))
    return [
        frozenset(sorted((w for w in s if df[w] <= limit), key=lambda w: (df[w], w))[:MAX_WORDS])
        for s in words
    ]


def crossing(a: frozenset[str], b: frozenset[str]) -> set[CrossPair]:
    only_a, only_b = a - b, b - a
    return {(x, y) if x < y else (y, x) for x in only_a for y in only_b}


class Counts:
    """Per case group: how many true and false pairs hold each word pair."""

    def __init__(self, data: list[CaseData]) -> None:
        self.crosses: dict[int, list[set[CrossPair]]] = {}
        self.true: dict[str, Counter[CrossPair]] = defaultdict(Counter)
        self.false: dict[str, Counter[CrossPair]] = defaultdict(Counter)
        self.pairs_true: Counter[str] = Counter()
        self.pairs_false: Counter[str] = Counter()
        for case in data:
            words = row_words(case.texts)
            found = [crossing(words[a], words[b]) for a, b in case.pairs]
            self.crosses[id(case)] = found
            for cross, label in zip(found, case.labels, strict=True):
                if label:
                    self.true[case.group].update(cross)
        vocabulary = set().union(*self.true.values())
        for case in data:
            for cross, label in zip(self.crosses[id(case)], case.labels, strict=True):
                if label:
                    self.pairs_true[case.group] += 1
                else:
                    self.pairs_false[case.group] += 1
                    self.false[case.group].update(cross & vocabulary)


def table(counts: Counts, groups: set[str], min_sets: int) -> dict[CrossPair, float]:
    """log2 odds of a word pair among true against false pairs of `groups`, over the base odds;
    only word pairs seen in true pairs of at least `min_sets` groups."""
    true: Counter[CrossPair] = Counter()
    false: Counter[CrossPair] = Counter()
    sets: Counter[CrossPair] = Counter()
    for g in groups:
        true.update(counts.true[g])
        false.update(counts.false[g])
        sets.update(counts.true[g].keys())
    base = math.log2(
        (sum(counts.pairs_true[g] for g in groups) + 1)
        / (sum(counts.pairs_false[g] for g in groups) + 1)
    )
    return {
        c: math.log2((t + 0.5) / (false[c] + 0.5)) - base
        for c, t in true.items()
        if sets[c] >= min_sets
    }


def feature(crosses: list[set[CrossPair]], weights: dict[CrossPair, float]) -> np.ndarray:
    """Per pair: one-hot levels of the strongest word pair, then its raw value."""
    out = np.zeros((len(crosses), len(CUTS) + 2), dtype=np.float32)
    for i, cross in enumerate(crosses):
        best = max((weights.get(c, 0.0) for c in cross), default=0.0)
        level = next((k for k, cut in enumerate(CUTS) if best >= cut), len(CUTS))
        out[i, level] = 1.0
        out[i, -1] = best
    return out


def with_feature(model: str, case: CaseData, extra: np.ndarray) -> np.ndarray:
    base = dedup_models.features(model, case)
    return np.hstack([base, extra if model == "trees" else extra[:, :-1]])


def out_of_fold(
    model: str, data: list[CaseData], counts: Counts, min_sets: int
) -> tuple[dict[str, dedup_models.Scored], list[tuple[str, str, float]]]:
    groups = [f"blind-{n}" for n in DEV_SETS]
    all_groups = {c.group for c in data}
    scored: dict[str, dedup_models.Scored] = {}
    strongest: Counter[CrossPair] = Counter()
    for fold in range(FOLDS):
        held = set(groups[fold::FOLDS])
        train_groups = all_groups - held
        train = [c for c in data if c.group not in held]
        own = {g: table(counts, train_groups - {g}, min_sets) for g in train_groups}
        x = np.vstack(
            [with_feature(model, c, feature(counts.crosses[id(c)], own[c.group])) for c in train]
        )
        clf = dedup_models.fitted(model, x, np.concatenate([c.labels for c in train]))
        weights = table(counts, train_groups, min_sets)
        for group in held:
            test = [c for c in data if c.group == group]
            x = np.vstack(
                [with_feature(model, c, feature(counts.crosses[id(c)], weights)) for c in test]
            )
            scored[group] = (
                clf.predict_proba(x)[:, 1],
                np.concatenate([c.labels for c in test]),
                sum(c.true for c in test),
                sum(c.rows for c in test),
            )
        strongest.update({c: 1 for c, w in weights.items() if w >= CUTS[0]})
    top = sorted(strongest.items(), key=lambda kv: -kv[1])[:40]
    full = table(counts, all_groups, min_sets)
    return scored, [(a, b, round(full.get((a, b), 0.0), 2)) for (a, b), _ in top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["additive", "trees"])
    parser.add_argument("--min-sets", type=int, default=2)
    parser.add_argument("--json", type=Path, default=ROOT / "bench/results/dedup_word_pairs.json")
    args = parser.parse_args()
    data = cases(False)
    counts = Counts(data)
    print(f"{len(data)} cases, {sum(len(c.labels) for c in data)} candidate pairs")
    results = []
    for model in args.models:
        base = report(model, dedup_models.out_of_fold(model, data))
        scored, top = out_of_fold(model, data, counts, args.min_sets)
        found = report(f"{model}+word_pairs", scored)
        for r in (base, found):
            figures = "  ".join(
                f"R@P{t} {v:.3f}" for t, v in r["pooled_recall_at_precision"].items()
            )
            print(f"{r['model']:<22} {figures}  queue {r['queue_at_0.98']}")
        results += [base, found]
    print("strongest word pairs (all groups):", top[:25])
    args.json.write_text(
        json.dumps({"min_sets": args.min_sets, "results": results, "top": top}, indent=2) + "\n"
    )
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
