"""Key-event classifier: accuracy on real review text (blind test case groups) and on the
hand-written set, for the rules alone, the model alone and the hybrid; and speed.

The real-text corpus (sample_data/real_events/corpus.csv) is split by case group (one real case
published as a report, a briefing and news stories is one group), never by sentence or page:
a seeded hash of the group name puts about 28% of groups in TEST (bench/classify_train.py,
`split_of`). The model and its label thresholds were fitted on TRAIN groups only; the
rules were changed looking only at TRAIN rows and the examples in issue 13; TEST rows were never
read while building either, and every labellers' disagreement was adjudicated before any model
prediction was looked at. Gold is the adjudicated label.

Figures per system: primary accuracy, gold among the labels given (with the mean number of
labels), macro-F1 of the primary label, per-label recall; the two labellers' own accuracy against
the adjudicated label on the same rows is the human reference. Then 100,000 texts are timed.

    python bench/classify_eval.py [--json FILE] [--count N] [--errors train]
    python bench/classify_eval.py --fuzzy-audit /usr/share/dict/words
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from classify_train import (  # noqa: E402
    BLIND,
    SPLIT_SEED,
    TEST_SHARE,
    TRAINED_SPLITS,
    fit,
    load_corpus,
    load_dev,
    training_rows,
)

from chronology.classify import (  # noqa: E402
    LABELS,
    NOT_KEY_EVENT,
    classify,
    classify_many,
    classify_rules,
    load_rules,
    model_text,
)
from chronology.keyevent_model import Model, load_model  # noqa: E402

System = Callable[[dict[str, str]], tuple[str, ...]]


def rules_alone(row: dict[str, str]) -> tuple[str, ...]:
    return classify_rules(row["text"], agency=row.get("agency", "")).categories


@cache
def text_only_model() -> Model:
    """The model alone: the shipped model reads the rules' evidence too, so for this column a
    model of the same form is fitted here on the same training rows without that evidence."""
    shipped = load_model()
    assert shipped is not None
    rows = [{**r, "evidence": []} for r in training_rows()]
    c = float(shipped.trained_on.get("C", 30.0))  # type: ignore[arg-type]
    return fit(rows, c, float(shipped.trained_on.get("real_weight", 1.0)))  # type: ignore[arg-type]


def model_alone(row: dict[str, str]) -> tuple[str, ...]:
    """The text-only model's most probable label, and up to two more at 0.2 or above."""
    model = text_only_model()
    p = model.probabilities(model_text(row["text"], load_rules()))
    order = [int(i) for i in np.argsort(-p)]
    extra = [
        model.labels[i] for i in order[1:3] if p[i] >= 0.2 and model.labels[i] != NOT_KEY_EVENT
    ]
    return (model.labels[order[0]], *extra)


def hybrid(row: dict[str, str]) -> tuple[str, ...]:
    return classify(row["text"], agency=row.get("agency", "")).categories


SYSTEMS: dict[str, System] = {"rules": rules_alone, "model": model_alone, "hybrid": hybrid}


def evaluate(rows: list[dict[str, str]], system: System) -> dict[str, object]:
    """Scores of one system on `rows` (each with text, label)."""
    counts = {label: Counter() for label in LABELS}
    primary = among = labels = 0
    for row in rows:
        predicted = system(row)
        gold = row["label"]
        counts[gold]["support"] += 1
        labels += len(predicted)
        among += gold in predicted
        if predicted[0] == gold:
            counts[gold]["tp"] += 1
            primary += 1
        else:
            counts[predicted[0]]["fp"] += 1
            counts[gold]["fn"] += 1
    return _summary(counts, len(rows), primary, among, labels)


def _summary(
    counts: dict[str, Counter[str]], n: int, primary: int, among: int, labels: int
) -> dict[str, object]:
    per_label: dict[str, dict[str, float | int | None]] = {}
    f1s = []
    for label, c in counts.items():
        predicted, actual = c["tp"] + c["fp"], c["tp"] + c["fn"]
        precision = c["tp"] / predicted if predicted else None
        recall = c["tp"] / actual if actual else None
        if actual or predicted:
            p, r = precision or 0.0, recall or 0.0
            f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        per_label[label] = {
            "recall": None if recall is None else round(recall, 3),
            "precision": None if precision is None else round(precision, 3),
            "support": c["support"],
        }
    n = n or 1
    return {
        "rows": n,
        "primary_accuracy": round(primary / n, 3),
        "gold_among_labels": round(among / n, 3),
        "mean_labels": round(labels / n, 2),
        "macro_f1": round(sum(f1s) / len(f1s), 3) if f1s else None,
        "per_label": per_label,
    }


def _systems(rows: list[dict[str, str]]) -> dict[str, object]:
    """Each system's figures on `rows`, printed a line each."""
    found: dict[str, object] = {}
    for name, system in SYSTEMS.items():
        found[name] = evaluate(rows, system)
        print(_line(name, found[name]))  # type: ignore[arg-type]
    return found


def _measured(rows: list[dict[str, str]]) -> dict[str, object]:
    """A real-text part: each system, the labellers against the adjudicated label, the tiers."""
    found = _systems(rows)
    found["labellers_vs_adjudicated"] = labellers(rows)
    print(f"  humans  {found['labellers_vs_adjudicated']}")
    found["tiers_hybrid"] = tiers(rows)
    return found


def labellers(rows: list[dict[str, str]]) -> dict[str, float]:
    """Each labeller's primary label against the adjudicated one (the human reference)."""
    n = len(rows) or 1
    return {
        "labeller_a": round(sum(r["label_a"] == r["label"] for r in rows) / n, 3),
        "labeller_b": round(sum(r["label_b"] == r["label"] for r in rows) / n, 3),
    }


def tiers(rows: list[dict[str, str]]) -> dict[str, float]:
    """Share of rows in each significance tier (how short "key events only" makes the list)."""
    found = Counter(classify(r["text"], agency=r.get("agency", "")).tier for r in rows)
    n = len(rows) or 1
    return {tier: round(found[tier] / n, 3) for tier in ("critical", "key", "background")}


def _processor_seconds() -> float:
    """Processor time of this process and of its finished child processes."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def speed(count: int, system: Callable[..., object], seed: int = 7) -> dict[str, float]:
    """Time `count` classifications of texts recombined from the hand-written set's clauses
    and real sentences (a benchmark, never a test: machines differ)."""
    rows = load_dev()
    clauses = [c.strip() for r in rows for c in r["text"].replace(";", ",").split(",") if c.strip()]
    real = [r["text"] for r in load_corpus()]
    agencies = sorted({r["agency"] for r in rows})
    rng = random.Random(seed)
    texts = [
        (
            rng.choice(real)
            if rng.random() < 0.2
            else ", ".join(rng.sample(clauses, rng.randint(1, 3))),
            rng.choice(agencies),
        )
        for _ in range(count)
    ]
    classify("warm up")
    start, cpu = time.perf_counter(), _processor_seconds()
    if system is classify_many:
        classify_many([(text, agency, "") for text, agency in texts])
    else:
        for text, agency in texts:
            system(text, agency=agency)
    seconds = time.perf_counter() - start
    cpu_seconds = _processor_seconds() - cpu
    # On a shared machine the wall clock counts other people's work too; the processor time
    # of this process and its workers (a large batch is shared between forked processes) is
    # what the classifier costs.
    return {
        "texts": count,
        "distinct": len(set(texts)),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2),
        "per_text_us": round(seconds / count * 1e6, 1),
        "cpu_per_text_us": round(cpu_seconds / count * 1e6, 1),
    }


def fuzzy_audit(dictionary: Path) -> list[tuple[str, str]]:
    """Real words that the fuzzy step would 'correct': candidates for [fuzzy] never."""
    rules = load_rules()
    words = {
        w.strip().lower()
        for w in dictionary.read_text(encoding="utf-8", errors="ignore").split()
        if w.strip().isalpha()
    }
    return sorted((w, c) for w in words if (c := rules._correct(w)) is not None)


def _line(name: str, s: dict[str, object]) -> str:
    return (
        f"  {name:<7} primary {s['primary_accuracy']:.3f}  "
        f"among labels {s['gold_among_labels']:.3f} ({s['mean_labels']:.2f} labels)  "
        f"macro-F1 {s['macro_f1']:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "classify.json")
    parser.add_argument("--count", type=int, default=100_000, help="texts for the speed test")
    never_test = "list hybrid errors on TRAIN rows (never TEST: it would unblind them)"
    parser.add_argument("--errors", choices=("none", "train"), default="none", help=never_test)
    parser.add_argument("--fuzzy-audit", type=Path, metavar="WORDLIST")
    args = parser.parse_args()
    if args.fuzzy_audit:
        for word, read_as in fuzzy_audit(args.fuzzy_audit):
            print(f"{word} -> {read_as}")
        return
    model = load_model()
    if model is None:
        raise SystemExit("no model in the package: run bench/classify_train.py first")
    corpus = load_corpus()
    test = [r for r in corpus if r["split"] == "test"]
    train = [r for r in corpus if r["split"] == "train"]
    dev = load_dev()
    report: dict[str, object] = {
        "machine": platform.platform(),
        "python": platform.python_version(),
        "corpus": "sample_data/real_events/corpus.csv",
        "gold": "adjudicated label (label where the two labellers agree)",
        "split": {
            "by": "case group (sha256 of seed and group name)",
            "seed": SPLIT_SEED,
            "test_share": TEST_SHARE,
            "test_groups": sorted({r["group"] for r in test}),
            "test_rows": len(test),
            "train_groups": len({r["group"] for r in train}),
            "train_rows": len(train),
        },
        "honesty": (
            "The model and its label thresholds were fitted on TRAIN case groups and the "
            "hand-written tuning rows only. Rules were changed looking only at TRAIN rows and the "
            "issue's own examples; no TEST row was read while building. Disagreements were "
            "adjudicated before any model prediction was seen. The hand-written 'tuning' rows "
            "trained the model, so only 'held_out' is unseen by both rules and model. Aggregate "
            "TEST figures of three earlier versions were printed during development; no setting "
            "was chosen on them (every choice was made on out-of-fold TRAIN predictions). "
            "Second round (C, evidence value, character n-gram sizes, label thresholds, the "
            "rule changes, and the stacker, margin and embeddings tried and dropped): chosen on "
            "5-fold cross-validation by case group over TRAIN rows only; TEST figures printed "
            "twice, once before it started and once at its end. Since session 18 the model "
            "also trains on the TEST case groups (their figures are no longer blind) and the "
            "blind measure is blind_session18 (batches F to I, collected after every choice "
            "was made; the model trained on TEST was measured on it once, after the decision "
            "to ship it was taken)."
        ),
        "model": model.trained_on,
    }
    seen = " (trained on since session 18: not a blind measure)" if "test" in TRAINED_SPLITS else ""
    print(f"real text, TEST case groups{seen}: {len(test)} rows in "
          f"{len({r['group'] for r in test})} groups")  # fmt: skip
    results = _measured(test)
    report["test"] = results
    blind = load_corpus(BLIND)
    print(f"real text, blind batch of session 18 (never trained or tuned on): {len(blind)} rows "
          f"in {len({r['group'] for r in blind})} groups")  # fmt: skip
    unseen = _measured(blind)
    without = [r for r in blind if r["label"] != NOT_KEY_EVENT]
    print(f"  the same without its {len(blind) - len(without)} not-key rows:")
    unseen["key_events_only"] = _systems(without)
    report["blind_session18"] = unseen
    hand: dict[str, object] = {}
    for part in ("tuning", "held_out"):
        rows = [r for r in dev if r["split"] == part]
        print(f"hand-written set, {part}: {len(rows)} rows")
        hand[part] = _systems(rows)
    hand["tiers_hybrid"] = tiers(dev)
    report["hand_written"] = hand
    print(
        f"tiers (hybrid): real test {results['tiers_hybrid']}, hand-written {hand['tiers_hybrid']}"
    )
    print(f"\n{'label':<31} {'recall':>7} {'(rules)':>8} {'support':>8}   (TEST, hybrid)")
    for label in LABELS:
        h = results["hybrid"]["per_label"][label]  # type: ignore[index]
        r = results["rules"]["per_label"][label]  # type: ignore[index]
        if h["support"]:
            print(f"{label:<31} {h['recall']:>7.2f} {r['recall']:>8.2f} {h['support']:>8}")
    if args.errors == "train":
        for row in train:
            result = classify(row["text"])
            if result.category != row["label"]:
                print(f"[{row['label']}] -> {';'.join(result.categories)}\n    {row['text']}\n"
                      f"    {result.reason}")  # fmt: skip
    if args.count:
        report["speed"] = {
            "hybrid": speed(args.count, classify),
            # as a merge calls it: one batch (repeated texts read once; distinct: see "distinct")
            "hybrid_batch": speed(args.count, classify_many),
            "rules": speed(args.count, classify_rules),
        }
        for name, s in report["speed"].items():  # type: ignore[attr-defined]
            each = f"{s['per_text_us']} µs each"
            cpu = f"processor time {s['cpu_seconds']} s"
            print(f"speed {name}: {s['texts']:,} texts in {s['seconds']} s ({each}; {cpu})")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.json.relative_to(ROOT) if args.json.is_relative_to(ROOT) else args.json}")


if __name__ == "__main__":
    main()
