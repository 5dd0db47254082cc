"""Key-event classifier: accuracy on the hand-labelled development set, and speed.

Prints per-label precision, recall and support, the primary-label accuracy (strict: the gold
label; lenient: the gold label or one of its `also` labels), and the share of entries whose gold
label is among `categories`, for the whole set and for the held-out third (every third row, never
looked at while writing the rules). Then times 100,000 classifications of varied short texts.

    python bench/classify_eval.py [--errors tuning|held_out|all] [--json FILE] [--count N]
    python bench/classify_eval.py --fuzzy-audit /usr/share/dict/words
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronology.classify import LABELS, classify, load_rules  # noqa: E402

DEV_SET = ROOT / "tests" / "datasets" / "key_events_dev.csv"


def load_dev(path: Path = DEV_SET) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for index, row in enumerate(rows):
        row["split"] = "held_out" if index % 3 == 2 else "tuning"
    return rows


def evaluate(rows: list[dict[str, str]]) -> dict[str, object]:
    """Scores for `rows` (each with text, agency, label, also)."""
    counts = {label: Counter() for label in LABELS}
    strict = lenient = among = 0
    errors = []
    for row in rows:
        result = classify(row["text"], agency=row.get("agency", ""))
        gold = row["label"]
        also = {a.strip() for a in row.get("also", "").split(";") if a.strip()}
        counts[gold]["support"] += 1
        if result.category == gold:
            counts[gold]["tp"] += 1
            strict += 1
        else:
            counts[result.category]["fp"] += 1
            counts[gold]["fn"] += 1
            errors.append({**row, "predicted": ";".join(result.categories), "why": result.reason})
        lenient += result.category == gold or result.category in also
        among += gold in result.categories
    per_label = {}
    for label, c in counts.items():
        predicted, actual = c["tp"] + c["fp"], c["tp"] + c["fn"]
        per_label[label] = {
            "precision": round(c["tp"] / predicted, 3) if predicted else None,
            "recall": round(c["tp"] / actual, 3) if actual else None,
            "support": c["support"],
        }
    n = len(rows) or 1
    return {
        "rows": len(rows),
        "primary_accuracy": round(strict / n, 3),
        "primary_accuracy_lenient": round(lenient / n, 3),
        "among_categories": round(among / n, 3),
        "per_label": per_label,
        "errors": errors,
    }


def speed(count: int = 100_000, seed: int = 7) -> dict[str, float]:
    """Time `count` classifications of short texts recombined from the dev set's clauses."""
    rows = load_dev()
    clauses = [c.strip() for r in rows for c in r["text"].replace(";", ",").split(",") if c.strip()]
    agencies = sorted({r["agency"] for r in rows})
    rng = random.Random(seed)
    texts = [
        (", ".join(rng.sample(clauses, rng.randint(1, 3))), rng.choice(agencies))
        for _ in range(count)
    ]
    load_rules()
    start = time.perf_counter()
    for text, agency in texts:
        classify(text, agency=agency)
    seconds = time.perf_counter() - start
    return {
        "texts": count,
        "seconds": round(seconds, 2),
        "per_text_us": round(seconds / count * 1e6, 1),
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


def _print_scores(name: str, scores: dict[str, object]) -> None:
    print(
        f"{name:<9} rows {scores['rows']:>4}  primary {scores['primary_accuracy']:.3f}  "
        f"primary (incl. also) {scores['primary_accuracy_lenient']:.3f}  "
        f"among categories {scores['among_categories']:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "classify.json")
    parser.add_argument("--errors", choices=("none", "tuning", "held_out", "all"), default="none")
    parser.add_argument("--count", type=int, default=100_000, help="texts for the speed test")
    parser.add_argument("--fuzzy-audit", type=Path, metavar="WORDLIST")
    args = parser.parse_args()
    if args.fuzzy_audit:
        for word, read_as in fuzzy_audit(args.fuzzy_audit):
            print(f"{word} -> {read_as}")
        return
    rows = load_dev()
    results = {
        "all": evaluate(rows),
        "tuning": evaluate([r for r in rows if r["split"] == "tuning"]),
        "held_out": evaluate([r for r in rows if r["split"] == "held_out"]),
    }
    print(f"{'label':<31} {'precision':>9} {'recall':>7} {'support':>8}   (whole set)")
    for label, s in results["all"]["per_label"].items():  # type: ignore[union-attr]
        p = "-" if s["precision"] is None else f"{s['precision']:.2f}"
        r = "-" if s["recall"] is None else f"{s['recall']:.2f}"
        print(f"{label:<31} {p:>9} {r:>7} {s['support']:>8}")
    print()
    for name in ("all", "tuning", "held_out"):
        _print_scores(name, results[name])  # type: ignore[arg-type]
    if args.errors != "none":
        shown = [
            e
            for e in results["all"]["errors"]  # type: ignore[union-attr]
            if args.errors == "all" or e["split"] == args.errors
        ]
        print(f"\n{len(shown)} primary-label errors ({args.errors}):")
        for e in shown:
            print(f"  [{e['label']} | also {e['also'] or '-'}] -> {e['predicted']}")
            print(f"      {e['agency']}: {e['text']}\n      {e['why']}")
    timing = speed(args.count)
    print(
        f"\nspeed: {timing['texts']:,} texts in {timing['seconds']} s "
        f"({timing['per_text_us']} µs per text)"
    )
    for name in results:
        results[name].pop("errors")  # type: ignore[attr-defined]
    report = {"machine": platform.platform(), "python": platform.python_version(),
              "dev_set": str(DEV_SET.relative_to(ROOT)), **results, "speed": timing}  # fmt: skip
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.json.relative_to(ROOT) if args.json.is_relative_to(ROOT) else args.json}")


if __name__ == "__main__":
    main()
