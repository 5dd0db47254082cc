"""Duplicate detection on the blind labelled cases (`sample_data/blind_dedup_cases.py`).

The cases were written without reading the duplicate rules, their settings or the classifier
(issue 12, "Generalisation practice"), so these are blind figures: measure, record, and do not
tune to them. Each case is run through the integration exactly as the CLI runs it
(`integrate(events)`), and scored pairwise on source rows (`file|sheet|row`):

- true pairs: pairs of rows the labels give one occurrence id;
- predicted pairs: pairs of rows merged into one integrated event;
- precision, recall and F1 of the predicted pairs against the true pairs;
- queue completeness: of the true pairs not merged, the share listed as possible duplicates
  (the pair of source rows named by a `PossibleDuplicate`); the event-level figure also counts
  a missed pair as listed when the two integrated events holding its rows are listed together;
- queue size: possible-duplicate pairs listed per 10 source rows;
- recall without date noise: recall over the true pairs whose two rows carry the same date and
  precision (the date-noise pairs are the others inside the occurrences the case marks noisy);
- the first misses and false merges (in date order), with both rows' texts.

Totals are summed over the cases (micro-averaged).

    python bench/dedup_blind.py [--set N] [--json bench/results/dedup_blind.json] [--examples 10]

`--set N` reads the N-th blind set (a dev set once its first measurement is recorded in
`bench/results/dedup_eval_blind<N>_first.json`); the second blind set is held out and has no
option here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "sample_data"))

from dedup_eval import BLIND_SETS, blind_cases  # noqa: E402

from chronology.integrate import Integration, integrate  # noqa: E402
from chronology.schema import Event  # noqa: E402

DEFAULT_JSON = ROOT / "bench" / "results" / "dedup_blind.json"

Pair = tuple[str, str]


def key_of(event: Event) -> str:
    return f"{event.source.file}|{event.source.sheet}|{event.source.row}"


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return None if precision is None or recall is None else 0.0
    return round(2 * precision * recall / (precision + recall), 4)


def true_pairs(truth: dict[str, str]) -> set[Pair]:
    groups: dict[str, list[str]] = {}
    for key, occurrence in truth.items():
        groups.setdefault(occurrence, []).append(key)
    return {_pair(a, b) for keys in groups.values() for a, b in combinations(keys, 2)}


def predicted_pairs(integration: Integration) -> set[Pair]:
    return {
        _pair(key_of(a), key_of(b))
        for event in integration.events
        for a, b in combinations(event.sources, 2)
    }


def listed_pairs(integration: Integration) -> set[Pair]:
    return {_pair(key_of(p.first_source), key_of(p.second_source)) for p in integration.possible}


def listed_event_pairs(integration: Integration) -> set[tuple[str, str]]:
    return {
        (p.first, p.second) if p.first < p.second else (p.second, p.first)
        for p in integration.possible
    }


def _describe(event: Event, occurrence: str) -> dict[str, str]:
    when = event.date.isoformat() if event.date_precision == "day" else event.date_as_written
    if event.time:
        when += f" {event.time:%H:%M}"
    text = " | ".join(x for x in (event.event_type, event.event_text, event.outcome) if x)
    return {
        "key": key_of(event),
        "occurrence": occurrence,
        "agency": event.agency,
        "when": when,
        "text": text,
    }


def score_case(
    name: str,
    events: list[Event],
    truth: dict[str, str],
    noise: set[str],
    examples: int,
) -> dict[str, Any]:
    by_key = {key_of(e): e for e in events}
    missing = set(by_key) ^ set(truth)
    if missing:
        raise ValueError(f"{name}: rows and labels disagree on {sorted(missing)[:5]}")
    started = time.perf_counter()
    integration = integrate(events)
    seconds = round(time.perf_counter() - started, 3)

    truths = true_pairs(truth)
    predicted = predicted_pairs(integration)
    listed = listed_pairs(integration)
    listed_events = listed_event_pairs(integration)
    event_of = integration.event_of_source

    correct = truths & predicted
    misses = truths - predicted
    false_merges = predicted - truths
    missed_listed = misses & listed

    def events_listed(pair: Pair) -> bool:
        a, b = event_of.get(pair[0], ""), event_of.get(pair[1], "")
        return (a, b) in listed_events or (b, a) in listed_events

    missed_listed_event = {p for p in misses if p in listed or events_listed(p)}

    def clean(pair: Pair) -> bool:
        a, b = by_key[pair[0]], by_key[pair[1]]
        if truth[pair[0]] not in noise:
            return True
        return (a.date, a.date_precision) == (b.date, b.date_precision)

    clean_truths = {p for p in truths if clean(p)}
    precision = _ratio(len(correct), len(predicted))
    recall = _ratio(len(correct), len(truths))

    def order(pair: Pair) -> tuple[Any, ...]:
        a, b = by_key[pair[0]], by_key[pair[1]]
        return (min(a.date, b.date), pair)

    def example(pair: Pair) -> dict[str, Any]:
        return {
            "first": _describe(by_key[pair[0]], truth[pair[0]]),
            "second": _describe(by_key[pair[1]], truth[pair[1]]),
            "listed_possible": pair in listed,
        }

    return {
        "case": name,
        "rows": len(events),
        "agencies": len({e.agency for e in events}),
        "occurrences": len(set(truth.values())),
        "integrated_events": len(integration.events),
        "true_pairs": len(truths),
        "true_pairs_date_noise": len(truths) - len(clean_truths),
        "predicted_pairs": len(predicted),
        "correct_pairs": len(correct),
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "correct_pairs_without_date_noise": len(correct & clean_truths),
        "recall_without_date_noise": _ratio(len(correct & clean_truths), len(clean_truths)),
        "misses": len(misses),
        "misses_listed_possible": len(missed_listed),
        "misses_listed_event_level": len(missed_listed_event),
        "queue_completeness": _ratio(len(missed_listed), len(misses)),
        "queue_completeness_event_level": _ratio(len(missed_listed_event), len(misses)),
        "false_merges": len(false_merges),
        "possible_entries": len(integration.possible),
        "possible_listed": len(listed),
        "possible_listed_true": len(listed & truths),
        "queue_per_10_rows": round(10 * len(listed) / len(events), 3) if events else None,
        "seconds": seconds,
        "miss_examples": [example(p) for p in sorted(misses, key=order)[:examples]],
        "false_merge_examples": [example(p) for p in sorted(false_merges, key=order)[:examples]],
    }


def total(reports: list[dict[str, Any]]) -> dict[str, Any]:
    def add(name: str) -> int:
        return sum(int(r[name]) for r in reports)

    rows = add("rows")
    truths, predicted, correct = add("true_pairs"), add("predicted_pairs"), add("correct_pairs")
    misses, listed = add("misses"), add("possible_listed")
    clean_truths = truths - add("true_pairs_date_noise")
    clean_found = add("correct_pairs_without_date_noise")
    event_listed = add("misses_listed_event_level")
    precision = _ratio(correct, predicted)
    recall = _ratio(correct, truths)
    return {
        "case": "TOTAL",
        "rows": rows,
        "true_pairs": truths,
        "true_pairs_date_noise": truths - clean_truths,
        "predicted_pairs": predicted,
        "correct_pairs": correct,
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "correct_pairs_without_date_noise": clean_found,
        "recall_without_date_noise": _ratio(clean_found, clean_truths),
        "misses": misses,
        "misses_listed_possible": add("misses_listed_possible"),
        "misses_listed_event_level": event_listed,
        "queue_completeness": _ratio(add("misses_listed_possible"), misses),
        "queue_completeness_event_level": _ratio(event_listed, misses),
        "false_merges": add("false_merges"),
        "possible_entries": add("possible_entries"),
        "possible_listed": listed,
        "possible_listed_true": add("possible_listed_true"),
        "queue_per_10_rows": round(10 * listed / rows, 3) if rows else None,
        "seconds": round(sum(r["seconds"] for r in reports), 3),
    }


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


COLUMNS: tuple[tuple[str, str], ...] = (
    ("case", "case"),
    ("rows", "rows"),
    ("true_pairs", "true"),
    ("predicted_pairs", "pred"),
    ("correct_pairs", "ok"),
    ("precision", "P"),
    ("recall", "R"),
    ("f1", "F1"),
    ("recall_without_date_noise", "R clean"),
    ("misses", "miss"),
    ("queue_completeness", "queue compl"),
    ("queue_completeness_event_level", "q compl (events)"),
    ("false_merges", "false"),
    ("possible_listed", "listed"),
    ("queue_per_10_rows", "queue/10 rows"),
)


def _print_table(reports: list[dict[str, Any]], totals: dict[str, Any]) -> None:
    lines = [[title for _, title in COLUMNS]]
    lines += [[_fmt(r.get(name)) for name, _ in COLUMNS] for r in [*reports, totals]]
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]
    for n, line in enumerate(lines):
        print(
            "  ".join(
                cell.rjust(w) if i else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(line, widths, strict=True))
            )
        )
        if n == 0 or n == len(lines) - 2:
            print("  ".join("-" * w for w in widths))


def _print_examples(report: dict[str, Any]) -> None:
    for title, name in (("misses", "miss_examples"), ("false merges", "false_merge_examples")):
        shown = report[name]
        if not shown:
            continue
        print(f"\n{report['case']}: first {len(shown)} {title}")
        for item in shown:
            a, b = item["first"], item["second"]
            flag = " [listed as possible]" if item["listed_possible"] else ""
            print(f"  - {a['occurrence']} / {b['occurrence']}{flag}")
            print(f"      {a['agency']} {a['when']}: {a['text'][:110]}")
            print(f"      {b['agency']} {b['when']}: {b['text'][:110]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON)
    parser.add_argument("--examples", type=int, default=10)
    # Set 2 is the held-out set: its misses are never printed (bench/dedup_eval.py measures it).
    choices = [n for n in range(1, BLIND_SETS + 1) if n != 2]
    parser.add_argument("--set", type=int, default=1, choices=choices)
    args = parser.parse_args(argv)

    cases = blind_cases(args.set)
    reports = [
        score_case(name, events, truth, noise, args.examples)
        for name, events, truth, noise in cases
    ]
    totals = total(reports)
    _print_table(reports, totals)
    for report in reports:
        _print_examples(report)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps({"label": "blind", "cases": reports, "total": totals}, indent=2) + "\n",
        encoding="utf-8",
    )
    print(f"\nwritten {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
