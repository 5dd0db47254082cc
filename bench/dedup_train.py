"""Learn the duplicate model's weights from the labelled training cases.

Training cases: the demo case, `sample_data/hard_cases.py`, `sample_data/heldout_cases.py` and,
since each became a dev set and then training data, `sample_data/blind_dedup_cases.py`,
`sample_data/blind_dedup_cases_3.py` and `sample_data/blind_dedup_cases_4.py`. The second blind set
(`blind_dedup_cases_2.py`) is never read here: it measures the model (`bench/dedup_eval.py`)
and must stay unseen by it.

For every case, the candidate pairs that blocking yields are compared (`chronology.linkage`)
and labelled from the case's truth. A logistic regression over the one-hot levels gives each
level a weight (natural log odds, written in bits), the Fellegi-Sunter match weight of a pair
being the prior plus its levels' weights. Thresholds are chosen on leave-one-case-out
predictions (each case scored by weights learnt without it): the merge threshold is the lowest
weight whose pairs are at least 99% true (issue 12 asks for 98%; see --precision); the review
threshold the lowest that keeps the queue within about one pair per 10 rows.

    python bench/dedup_train.py            # prints the figures, writes rules/dedup_weights.toml
    python bench/dedup_train.py --dry-run  # prints only
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "sample_data"))
sys.path.insert(0, str(ROOT / "bench"))

from chronology.dedup import (  # noqa: E402
    Context,
    candidate_pairs,
    context,
    load_rules,
    prepare,
    score_pairs,
    source_key,
)
from chronology.linkage import (  # noqa: E402
    BACKGROUND,
    COMPARISONS,
    MAX_SHIFT,
    Level,
    Weights,
    background_shares,
)
from chronology.schema import Event  # noqa: E402

WEIGHTS = ROOT / "chronology" / "rules" / "dedup_weights.toml"
RESULTS = ROOT / "bench" / "results" / "dedup_train.json"

WORDS: dict[str, dict[str, str]] = {
    "date": {
        "same_day": "same day",
        "one_day": "dates one day apart",
        "two_three_days": "dates two or three days apart",
        "swapped": "dates agree only if day and month are swapped",
        "month": "one date gives only the month",
        "year": "one date gives only the year",
    },
    "time": {
        "within_15": "times {gap} minutes apart",
        "within_60": "times {gap} minutes apart",
        "within_180": "times {gap} minutes apart",
        "over_180": "times {gap} minutes apart",
        "one_untimed": "only one has a time",
        "untimed": "neither has a time",
        "life_event": "times {gap} minutes apart (a life event, often written up later)",
        "in_attendance": "within one attendance, however far apart in time",
    },
    "kind": {
        "same_meeting": "both record the {kind}",
        "meeting_on_one_sheet": "both record the {kind}, on one sheet in other words",
        "one_attendance": "one attendance written as several rows of one sheet",
        "conference_and_generic": "a child protection conference on the day of the {kind}",
        "meeting_and_generic": "a meeting on the day of the {kind}",
        # One row records another meeting, or a call or referral that names this one.
        "several_meetings": "both name the {kind}, one records something else",
        "same_life_event": "both record a {kind}",
        "life_event_agrees": "both record a {kind} and name the same place or reference",
        "both_ends": "one sends and the other receives the {kind}",
        "same_kind": "both record a {kind}",
        "same_visit": "both record a {kind}; separate visits are common",
        "disjoint": "different kinds of event ({kind})",
        "one_meeting": "one names the {kind}, the other a meeting",
        "one_known": "only one names its kind ({kind})",
        "both_meetings": "both describe a meeting, neither names it",
        "none_known": "neither names a kind of event",
    },
    "text": {
        level: "texts {similarity}% alike" + (", one of a word or two" if level == "short" else "")
        for level in COMPARISONS["text"]
    },
    "words": {
        level: "rare words shared (TF-IDF cosine {cosine}%)"
        + (", one text of a word or two" if level == "short" else "")
        for level in COMPARISONS["words"]
    },
    "specifics": {
        "shared": "both name the same address, reference or place",
        "conflict": "different numbers or references",
        "none": "",
    },
    "recorder": {
        "same_sheet": "recorded on the same agency's sheet",
        "same_agency": "same agency, another sheet",
        "each_names_other": "different agencies, each naming the other",
        "one_names_other": "different agencies, one naming the other",
        "different": "different agencies",
    },
    "typed_twice": {
        "r95": "the same words in the same order: typed twice",
        "r85": "nearly the same words in the same order",
        "per_child": "one event written once per child (the rest alike)",
        "lower": "worded differently on one sheet",
        "other_recorders": "",
    },
}

Case = tuple[str, list[Event], dict[str, str]]


def training_cases() -> list[Case]:
    from dedup_eval import blind_set, demo_case, load_hard_cases
    from heldout_cases import heldout_cases

    cases: list[Case] = [demo_case()]
    cases += [(n, e, t) for n, e, t in load_hard_cases().hard_cases()]
    cases += [(n, e, t) for n, e, t, _ in heldout_cases()]
    for number in BLIND_TRAINING:
        cases += [(f"blind{number}-{n}", e, t) for n, e, t in blind_set(number)]
    return cases


# The first blind set was measured blind (R 0.668 with the old rules) and then used as the dev
# set (its misses were read), so it is no longer unseen: it is training data now. The second
# blind set (blind_dedup_cases_2.py) is never read here.
# The third blind set was measured blind once (bench/results/dedup_eval_blind3_first.json), then
# was the dev set (bench/results/dedup_eval_dev_blind3.json: its figures after the rule changes,
# before it was trained on); it is training data since, its figures flattering like blind-1's.
# Its life events, both ends of referrals and meetings are what the older cases had too few of.
# The fourth blind set (session 6) was measured blind once
# (bench/results/dedup_eval_blind4_first.json: P 0.991 R 0.798), then its misses were read for
# the vocabulary, so it may be training data. Retraining with it (session 6) chose a stricter
# merge threshold (3.02 for 2.05) and lowered recall on every dev set (tuned 0.922 -> 0.890,
# blind-1 0.946 -> 0.896, blind-3 0.951 -> 0.923, blind-4 0.836 -> 0.823, precision +0.002 to
# +0.003), so the shipped weights were kept and it is off.
# blind_dedup_cases_5.py, written after, is unseen.
# The blind sets trained on (`--blind` chooses others): 1 and 3 as above.
BLIND_TRAINING: tuple[int, ...] = (1, 3)
# Only for the levels the training cases never reach (session 9: one attendance written as
# several rows, which no training case has; session 10: one event written once per child): the
# dev sets 4 to 21, each measured blind before it was read.
SUPPORT: tuple[int, ...] = tuple(range(4, 22))


# Softened complete linkage (chronology.dedup.cluster): two groups of rows merge when the mean
# match weight of the pairs between them reaches the merge threshold and none is below this.
# Measured 2026-12-06 (tuned, blind-1, blind-3): the same figures at any floor from the review
# threshold (-6.8) up to -4 (recall tuned 0.955 -> 0.970, blind-1 0.971 -> 0.985, blind-3
# 0.953 -> 0.963, precision unchanged); -2 gave back a third of the gain. -4 bits: no pair of the
# group below a 6% match probability.
GROUP_FLOOR = -4.0
# Off by default (written only with --soft-linkage): on the held-out blind-2 set the softened
# linkage with the 98% threshold gave P 0.965 (was 0.993), with the 99% threshold 0.970, and
# strict complete linkage with the 99% threshold 0.981 (R 0.844, was 0.806): the gain on the
# training sets was chaining on unseen ones (bench/results/dedup_eval_blind2_*.json).


def _neutral() -> Weights:
    levels = {
        name: {level: Level(0.0, "") for level in levels} for name, levels in COMPARISONS.items()
    }
    return Weights(0.0, 1.0, 0.0, levels)


class CasePairs:
    """One case's candidate pairs as level indices, with labels and the case's true pairs."""

    def __init__(self, name: str, events: list[Event], truth: dict[str, str]) -> None:
        self.name = name
        self.rows = len(events)
        rules = load_rules()
        items = prepare(events, rules)
        ctx: Context = context(items, rules, _neutral())
        occurrence = [truth[source_key(e)] for e in events]
        groups: dict[str, list[int]] = defaultdict(list)
        for index, occ in enumerate(occurrence):
            groups[occ].append(index)
        self.true = {frozenset(p) for g in groups.values() for p in combinations(g, 2)}
        scored = score_pairs(list(candidate_pairs(items)), ctx)
        self.pairs = [(p.a, p.b) for p, _ in scored]
        self.levels = [p.levels for p, _ in scored]
        self.labels = np.array([occurrence[a] == occurrence[b] for a, b in self.pairs])
        self.blocked = len(self.true & {frozenset(p) for p in self.pairs})
        self.background = background_shares(items, ctx.vectors)


def design(levels: list[tuple[str, ...]]) -> np.ndarray:
    columns = [(name, level) for name, values in COMPARISONS.items() for level in values]
    index = {column: i for i, column in enumerate(columns)}
    matrix = np.zeros((len(levels), len(columns)), dtype=np.float32)
    for row, pair in enumerate(levels):
        for name, level in zip(COMPARISONS, pair, strict=True):
            matrix[row, index[(name, level)]] = 1.0
    return matrix


def fit(cases: list[CasePairs], c: float) -> tuple[float, dict[str, dict[str, float]]]:
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([design(case.levels) for case in cases])
    y = np.concatenate([case.labels for case in cases])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    bits = model.coef_[0] / math.log(2)
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    i = 0
    for name, values in COMPARISONS.items():
        for level in values:
            weights[name][level] = round(float(bits[i]), 2)
            i += 1
    return round(float(model.intercept_[0] / math.log(2)), 2), dict(weights)


def fit_unsupported(
    cases: list[CasePairs],
    support: list[CasePairs],
    prior: float,
    weights: dict[str, dict[str, float]],
    c: float,
) -> dict[str, dict[str, float]]:
    """Weights for the levels no training case reaches (the fit leaves them at 0), learnt on
    the `support` cases with every other weight held: one coefficient per level, a logistic
    regression with the held weights as offset and the same L2 penalty. A new level (one
    attendance written as several rows) is learnt without retraining the rest on new cases."""
    from scipy.optimize import minimize

    columns = [(name, level) for name, levels in COMPARISONS.items() for level in levels]
    reached = np.vstack([design(case.levels) for case in cases]).any(axis=0)
    unreached = [i for i, seen in enumerate(reached) if not seen]
    missing = [columns[i] for i in unreached]
    if not missing or not support:
        return weights
    parts = [
        (design(case.levels)[:, unreached], weigh(case, prior, weights) * math.log(2), case.labels)
        for case in support
    ]  # the held weights as natural log odds
    x = np.vstack([p[0] for p in parts]).astype(float)
    o = np.concatenate([p[1] for p in parts])
    y = np.concatenate([p[2] for p in parts]).astype(float)
    used = x.any(axis=1)
    if not used.any():
        return weights
    x, o, y = x[used], o[used], y[used]

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        z = o + x @ beta
        p = 1 / (1 + np.exp(-z))
        value = float(np.sum(np.logaddexp(0, z) - y * z) + beta @ beta / (2 * c))
        return value, x.T @ (p - y) + beta / c

    beta = minimize(loss, np.zeros(len(missing)), jac=True, method="L-BFGS-B").x
    learnt = {name: dict(levels) for name, levels in weights.items()}
    for column, ((n, lv), value) in enumerate(zip(missing, beta, strict=True)):
        learnt[n][lv] = round(float(value / math.log(2)), 2)
        print(f"  {n}.{lv}: {learnt[n][lv]:+.2f} bits from {int(x[:, column].sum())} support pairs")
    return learnt


def pooled_background(cases: list[CasePairs]) -> dict[str, dict[str, float]]:
    """The training cases' u-probabilities of the text levels, averaged over cases."""
    found = [c.background for c in cases if c.background]
    return {
        name: {
            level: round(float(np.mean([b[name][level] for b in found])), 5)
            for level in COMPARISONS[name]
        }
        for name in BACKGROUND
    }


def for_held_case(
    case: CasePairs, weights: dict[str, dict[str, float]], trained: dict[str, dict[str, float]]
) -> dict[str, dict[str, float]]:
    """Fold weights moved for the held case's own background, as `linkage.for_case` does."""
    if not case.background or not USE_BACKGROUND:
        return weights
    moved = {name: dict(levels) for name, levels in weights.items()}
    for name in BACKGROUND:
        for level in COMPARISONS[name]:
            shift = math.log2(trained[name][level] / case.background[name][level])
            moved[name][level] += float(np.clip(shift, -MAX_SHIFT, MAX_SHIFT))
    return moved


# Per-case u re-estimation of the text levels (linkage.background_shares/for_case): measured
# 2026-12-06 on the dev set blind-1 it lowered recall (0.933 -> 0.894 at the same precision;
# leave-one-case-out recall 0.944 either way), so it is off unless asked for (--background).
USE_BACKGROUND = False


def weigh(case: CasePairs, prior: float, weights: dict[str, dict[str, float]]) -> np.ndarray:
    return np.array(
        [
            prior + sum(weights[n][lv] for n, lv in zip(COMPARISONS, levels, strict=True))
            for levels in case.levels
        ]
    )


def choose_thresholds(
    scored: list[tuple[CasePairs, np.ndarray]], precision: float, queue_per_10: float
) -> tuple[float, float, dict[str, Any]]:
    """Merge threshold: the lowest whose pairs above it are `precision` true (pairwise, before
    clustering). Review threshold: the lowest keeping the queue within `queue_per_10`."""
    weights = np.concatenate([w for _, w in scored])
    labels = np.concatenate([c.labels for c, _ in scored])
    rows = sum(c.rows for c, _ in scored)
    order = np.argsort(-weights)
    true_cum = np.cumsum(labels[order])
    counts = np.arange(1, len(order) + 1)
    ok = np.nonzero(true_cum / counts >= precision)[0]
    # the deepest cut of the ranking whose pairs above it are still `precision` true
    same = float(weights[order][ok[-1]]) if len(ok) else float(weights.max()) + 1
    above = weights >= same
    budget = int(rows * queue_per_10 / 10)
    below = np.sort(weights[~above])[::-1]
    possible = float(below[min(budget, len(below)) - 1]) if len(below) else same
    listed = (weights >= possible) & ~above
    total_true = sum(len(c.true) for c, _ in scored)
    merged_true = int((labels & above).sum())
    figures = {
        "pairs": len(weights),
        "merged": int(above.sum()),
        "merged_precision": round(merged_true / max(1, int(above.sum())), 4),
        "pairwise_recall_before_clustering": round(merged_true / max(1, total_true), 4),
        "listed": int(listed.sum()),
        "listed_true": int((labels & listed).sum()),
        "queue_completeness": round(
            int((labels & listed).sum()) / max(1, total_true - merged_true), 4
        ),
        "queue_per_10_rows": round(10 * int(listed.sum()) / max(1, rows), 3),
        "blocking_completeness": round(sum(c.blocked for c, _ in scored) / max(1, total_true), 4),
    }
    return round(same, 2), round(possible, 2), figures


def write(
    prior: float,
    weights: dict[str, dict[str, float]],
    same: float,
    possible: float,
    background: dict[str, dict[str, float]],
    soft_linkage: bool = False,
) -> None:
    lines = [
        "# The duplicate model's weights, in bits (log2 of how much likelier a level is for two",
        "# records of one occurrence than for two different occurrences). Learnt by",
        "# bench/dedup_train.py from the labelled training cases; a partnership may edit them.",
        "# A pair's match weight is the prior plus one level's weight from each comparison.",
        "# Words are what a reviewer reads ({similarity}, {cosine}, {gap}, {kind} filled in).",
        "",
        f"prior = {prior}",
        "",
        "[thresholds]",
        "# At or above `same` a pair is merged (complete linkage: every pair in a cluster).",
        f"same = {same}",
        "# At or above `possible` it is listed for a reviewer (possible_duplicates.csv).",
        f"possible = {possible}",
    ]
    if soft_linkage:
        lines += [
            "# Rows joining a group of rows: enough when no pair between them is below "
            "`group_floor`",
            "# and their mean match weight is at least `group` (else every pair must reach "
            "`same`).",
            f"group = {same}",
            f"group_floor = {GROUP_FLOOR}",
        ]
    for name, values in COMPARISONS.items():
        lines += ["", f"[comparison.{name}]"]
        for level in values:
            words = WORDS[name][level].replace('"', '\\"')
            lines.append(f'{level} = {{ weight = {weights[name][level]}, words = "{words}" }}')
    if background:
        lines += [
            "",
            "# How often two surely different rows (a week or more apart) reach each text level",
            "# in the training cases. A case whose unrelated rows are more alike (templated text)",
            "# has its text weights moved by log2(training share / its share), at most 2 bits.",
        ]
        for name, shares in background.items():
            lines += ["", f"[background.{name}]"]
            lines += [f"{level} = {share}" for level, share in shares.items()]
    WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    # Chosen on the dev set blind-3 (2026-12-06), before it was trained on: C 5 and 98% precision
    # (the goal) gave recall 0.919 there against 0.889 at C 0.5 and 99%. The queue budget
    # is set above the goal of one pair per 10 rows because merged pairs and the per-occurrence
    # cap leave the listed queue shorter: with blind-3 in training, 1.3 lists 0.86 per 10 rows on
    # the tuned cases (1.6 listed 1.34 there, with the same completeness).
    parser.add_argument("--c", type=float, default=5.0, help="inverse regularisation")
    # 99%. Session 8 tried 98%, the goal: on the held-out blind-2 set it kept precision
    # at 0.985 and raised recall 0.855 -> 0.892, but on blind-8, written blind after it and
    # measured once, precision fell to 0.951 (R 0.736; at 99% P 0.979 R 0.670): the lower
    # threshold joined four notices of one death (a police call, a hospital's call and
    # notification, the death itself) into one occurrence. A false merge hides an event.
    parser.add_argument("--precision", type=float, default=0.99)
    parser.add_argument(
        "--soft-linkage", action="store_true", help="write the softened linkage (off: see above)"
    )
    parser.add_argument("--queue", type=float, default=1.3, help="pairs per 10 candidate rows")
    parser.add_argument("--json", type=Path, default=RESULTS)
    parser.add_argument(
        "--background", action="store_true", help="re-estimate text u per case (see above)"
    )
    parser.add_argument(
        "--blind", type=int, nargs="*", help="the blind sets to train on (default: 1 3)"
    )
    # Levels no training case reaches are learnt on these blind sets (dev sets since their first
    # measurements), every other weight held (fit_unsupported). Blind-2 never; blind-14 and later
    # stay out to check them.
    parser.add_argument(
        "--support", type=int, nargs="*", default=list(SUPPORT), help="blind sets for new levels"
    )
    args = parser.parse_args()
    if 2 in args.support:
        parser.error("blind-2 is the held-out set: it is never trained on")
    global USE_BACKGROUND, BLIND_TRAINING
    if args.blind is not None:
        if 2 in args.blind:
            parser.error("blind-2 is the held-out set: it is never trained on")
        BLIND_TRAINING = tuple(args.blind)
    USE_BACKGROUND = args.background

    cases = [CasePairs(n, e, t) for n, e, t in training_cases()]
    for case in cases:
        print(
            f"{case.name:16} rows {case.rows:5}  candidates {len(case.pairs):6}  "
            f"true {len(case.true):4}  blocked {case.blocked:4}"
        )
    out_of_fold = []
    for held in cases:
        others = [c for c in cases if c is not held]
        prior, weights = fit(others, args.c)
        weights = for_held_case(held, weights, pooled_background(others))
        out_of_fold.append((held, weigh(held, prior, weights)))
    same, possible, figures = choose_thresholds(out_of_fold, args.precision, args.queue)
    print(f"leave-one-case-out: same >= {same}, possible >= {possible}")
    print(json.dumps(figures, indent=2))
    prior, weights = fit(cases, args.c)
    if args.support:
        from dedup_eval import blind_set

        support = [
            CasePairs(f"blind{n}-{name}", e, t) for n in args.support for name, e, t in blind_set(n)
        ]
        weights = fit_unsupported(cases, support, prior, weights, args.c)
    if not args.dry_run:
        background = pooled_background(cases) if USE_BACKGROUND else {}
        write(prior, weights, same, possible, background, args.soft_linkage)
        print(f"written {WEIGHTS.relative_to(ROOT)}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "thresholds": {"same": same, "possible": possible},
                "leave_one_case_out": figures,
                "prior": prior,
                "weights": weights,
            },
            indent=2,
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
