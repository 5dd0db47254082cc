"""Pairwise quality of deduplication on the demo case and the hard cases.

For each case, runs `chronology.dedup.prepare` and `cluster` and compares the predicted clusters
with the labelled occurrences, pair by pair:

* precision, recall and F1 over all pairs of rows predicted to be (or truly) one occurrence;
* recall on same-day pairs only (the date-noise pairs - day/month swapped, a one-day typo, only a
  month - are expected only as *possible* duplicates and are counted separately);
* blocking pair completeness: the share of true pairs that `candidate_pairs` hands to scoring;
* how many true pairs were only listed as possible duplicates;
* the false merges and misses (first 15 each, with both texts and the comparison's reason).

    python bench/dedup_eval.py [--json bench/results/dedup.json] [--show 15] [--case NAME]
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import re
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronology.dedup import candidate_pairs, cluster, compare, prepare, source_key  # noqa: E402
from chronology.ingest import read_chronology  # noqa: E402
from chronology.schema import Event  # noqa: E402
from cspr.cli import DEMO_DIR, demo_files  # noqa: E402

Pair = frozenset[int]


def load_hard_cases() -> ModuleType:
    path = ROOT / "sample_data" / "hard_cases.py"
    spec = importlib.util.spec_from_file_location("cspr_hard_cases", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def demo_case() -> tuple[str, list[Event], dict[str, str]]:
    """The committed demo case, ingested, with the occurrence ids of its ground truth."""
    events: list[Event] = []
    for path in demo_files():
        events += read_chronology(path).events
    with (DEMO_DIR / "ground_truth.csv").open(encoding="utf-8-sig", newline="") as handle:
        truth = {
            f"{r['source_file']}|{r['source_sheet']}|{r['source_row']}": r["occurrence_id"]
            for r in csv.DictReader(handle)
            if r["status"] == "accepted"
        }
    return "demo", events, truth


def all_cases(only: str | None = None) -> list[tuple[str, list[Event], dict[str, str]]]:
    cases = [demo_case(), *load_hard_cases().hard_cases()]
    return [c for c in cases if only is None or c[0] == only]


def _pairs(groups: list[list[int]]) -> set[Pair]:
    return {frozenset(p) for g in groups for p in combinations(g, 2)}


def _same_day(a: Event, b: Event) -> bool:
    return a.date_precision == b.date_precision == "day" and a.date == b.date


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def evaluate(name: str, events: list[Event], truth: dict[str, str], show: int = 15) -> dict:
    """Every figure for one case, plus the first `show` false merges and misses."""
    keys = [source_key(e) for e in events]
    missing = [k for k in keys if k not in truth]
    if missing:
        raise ValueError(f"{name}: {len(missing)} events without ground truth, e.g. {missing[0]}")
    by_occ: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        by_occ[truth[key]].append(index)
    true = _pairs(list(by_occ.values()))
    true_same_day = {p for p in true if _same_day(*(events[i] for i in p))}
    true_noise = true - true_same_day

    start = time.perf_counter()
    items = prepare(events)
    clustering = cluster(items)
    seconds = time.perf_counter() - start

    candidates: dict[Pair, tuple[str, float]] = {}
    for a, b, relation, similarity in candidate_pairs(items):
        candidates[frozenset((a.index, b.index))] = (relation, similarity)
    predicted = _pairs(clustering.clusters)
    # Occurrences a panel would not see as rows of their own: per merged cluster, the true
    # occurrences in it beyond the first.
    hidden = sum(len({truth[keys[i]] for i in c}) - 1 for c in clustering.clusters)
    possible = {frozenset((c.a, c.b)) for c in clustering.possible}
    hit = predicted & true
    precision = _ratio(len(hit), len(predicted))
    recall = _ratio(len(hit), len(true))
    recall_same_day = _ratio(len(hit & true_same_day), len(true_same_day))
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0

    def describe(pair: Pair) -> dict[str, Any]:
        i, j = sorted(pair)
        found = candidates.get(pair)
        if found is None:
            verdict = "not a candidate pair (blocking)"
        else:
            comparison = compare(items[i], items[j], found[0], found[1])  # type: ignore[arg-type]
            verdict = f"{comparison.verdict}: " + "; ".join(comparison.reasons)
        return {
            "verdict": verdict,
            "listed_possible": pair in possible,
            "rows": [_row(events[k], keys[k], truth[keys[k]]) for k in (i, j)],
        }

    def ordered(pairs: set[Pair]) -> list[Pair]:
        return sorted(pairs, key=lambda p: (min(events[k].date for k in p), sorted(p)))

    false_merges = ordered(predicted - true)
    misses = ordered(true_same_day - predicted)
    noise_misses = ordered(true_noise - predicted)

    def why(pairs: list[Pair]) -> dict[str, int]:
        """How often each rule (the first reason, numbers dropped) gave these verdicts."""
        counts = Counter(
            re.sub(r"\(?\d+\)?", "N", describe(p)["verdict"].split(";")[0]) for p in pairs
        )
        return dict(counts.most_common())

    return {
        "case": name,
        "events": len(events),
        "agencies": len({e.agency for e in events}),
        "occurrences": len(by_occ),
        "true_pairs": len(true),
        "true_pairs_same_day": len(true_same_day),
        "true_pairs_date_noise": len(true_noise),
        "predicted_pairs": len(predicted),
        "correct_pairs": len(hit),
        "precision": precision,
        "recall": recall,
        "recall_same_day": recall_same_day,
        "f1": f1,
        "candidate_pairs": len(candidates),
        "pair_completeness": _ratio(len(true & candidates.keys()), len(true)),
        "pair_completeness_same_day": _ratio(
            len(true_same_day & candidates.keys()), len(true_same_day)
        ),
        "pair_completeness_date_noise": _ratio(
            len(true_noise & candidates.keys()), len(true_noise)
        ),
        "only_possible": len((true - predicted) & possible),
        "only_possible_same_day": len((true_same_day - predicted) & possible),
        "only_possible_date_noise": len((true_noise - predicted) & possible),
        "false_merges": len(false_merges),
        "impure_clusters": sum(len({truth[keys[i]] for i in c}) > 1 for c in clustering.clusters),
        "hidden_occurrences": hidden,
        "misses_same_day": len(misses),
        "misses_date_noise": len(noise_misses),
        "seconds": round(seconds, 3),
        "false_merge_rules": why(false_merges),
        "miss_rules": why(misses),
        "false_merge_examples": [describe(p) for p in false_merges[:show]],
        "miss_examples": [describe(p) for p in misses[:show]],
        "date_noise_miss_examples": [describe(p) for p in noise_misses[:show]],
    }


def _row(event: Event, key: str, occ: str) -> dict[str, str]:
    when = event.date.isoformat() if event.date_precision == "day" else event.date_as_written
    if event.time:
        when += f" {event.time:%H:%M}"
    text = " | ".join(x for x in (event.event_type, event.event_text, event.outcome) if x)
    return {"key": key, "occurrence": occ, "agency": event.agency, "when": when, "text": text}


COLUMNS = (
    ("events", "events", "{}"),
    ("true_pairs", "true", "{}"),
    ("true_pairs_date_noise", "noise", "{}"),
    ("predicted_pairs", "pred", "{}"),
    ("precision", "P", "{:.3f}"),
    ("recall", "R", "{:.3f}"),
    ("recall_same_day", "R(day)", "{:.3f}"),
    ("f1", "F1", "{:.3f}"),
    ("pair_completeness_same_day", "PC(day)", "{:.3f}"),
    ("pair_completeness_date_noise", "PC(noise)", "{:.3f}"),
    ("hidden_occurrences", "hidden", "{}"),
    ("only_possible", "possible", "{}"),
    ("only_possible_date_noise", "poss(noise)", "{}"),
    ("seconds", "s", "{:.2f}"),
)


def print_table(results: list[dict]) -> None:
    print(f"{'case':<14}" + "".join(f"{label:>12}" for _, label, _ in COLUMNS))
    for r in results:
        none = not r["true_pairs_date_noise"]
        cells = "".join(
            f"{'-' if none and key.endswith('noise') else fmt.format(r[key]):>12}"
            for key, _, fmt in COLUMNS
        )
        print(f"{r['case']:<14}{cells}")


def print_details(result: dict) -> None:
    for title, field in (
        ("false merges by rule", "false_merge_rules"),
        ("same-day misses by verdict", "miss_rules"),
    ):
        if result[field]:
            print(f"\n== {result['case']}: {title} ==")
            for rule, count in result[field].items():
                print(f"  {count:4}  {rule}")
    for title, field in (
        ("false merges", "false_merge_examples"),
        ("missed same-day pairs", "miss_examples"),
        ("missed date-noise pairs", "date_noise_miss_examples"),
    ):
        examples = result[field]
        if not examples:
            continue
        print(f"\n== {result['case']}: {title} (first {len(examples)}) ==")
        for example in examples:
            flag = " [listed as possible]" if example["listed_possible"] else ""
            print(f"- {example['verdict']}{flag}")
            for row in example["rows"]:
                print(
                    f"    {row['occurrence']:<20} {row['agency'][:22]:<22} {row['when']:<17} "
                    f"{row['text'][:110]}"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "dedup.json")
    parser.add_argument("--show", type=int, default=15, help="examples of each failure to list")
    parser.add_argument("--case", help="evaluate only this case (demo, hard-...)")
    parser.add_argument("--quiet", action="store_true", help="only the table")
    args = parser.parse_args(argv)
    results = [evaluate(*case, show=args.show) for case in all_cases(args.case)]
    print_table(results)
    if not args.quiet:
        for result in results:
            print_details(result)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
