"""Duplicate detection when days are crowded: the labelled cases stacked onto one calendar.

The scale set (`bench/merge.py`) has crowded days but no labels, so what its crowded-day limits
cost in recall cannot be read there; the labelled cases have labels but never more than a few
rows a day. Here every labelled case (tuned and blind sets alike) is moved in time, k cases at a
time, so that their days fall together: a row of one case is never a duplicate of a row of
another, so the truth stays known while a day holds about k times the rows.

- `--align years` (the default): each case moves by the whole number of four years that brings
  its middle day nearest to one shared day. Every date keeps its day and month (day/month-swapped
  and partial dates stay as written, a 29 February stays a date), so a case moved alone gives
  exactly its figures as written; the cases overlap only where their calendars do (all 116:
  the busiest four-day window holds 317 rows).
- `--align days`: each case's middle day moves onto the shared day, which crowds far more (739
  rows with all stacked) but shifts dates by days: a month- or year-precision date moves to the
  start of its shifted month or year, a pair of day/month-swapped dates stops being one and a
  day row can leave its month row, so moving alone already costs pair completeness (0.988 ->
  about 0.95).

The first line is the cases alone as written; stack 1 is each case alone, moved: what crowding
costs is stack 1 against the stacks. For each it prints the busiest window, the text pairs
blocking compared, how many of the true pairs blocking proposed (pair completeness), and the
merge's precision, recall and queue completeness. Precision falls as cases are stacked, but
mostly through merges across cases (P) that within one family would be right: two families' core
group meetings on one day read as one family's single meeting. `P in` counts only merged pairs
of rows of one case; pair completeness, recall and queue completeness are the figures the
stacking tests.

    python bench/crowded.py [--stacks 1 8 32 0] [--crowded 48|None] [--align years|days]
                            [--json bench/results/crowded.json]

(a stack of 0 means every case at once)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from dataclasses import replace
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from dedup_eval import BLIND_SETS, Case, case_sets, cspr_engine, figures, score, total  # noqa: E402

import chronology.blocking as blocking  # noqa: E402
import chronology.dedup as dedup  # noqa: E402
from chronology.schema import Event, Provenance  # noqa: E402

ANCHOR = dt.date(2021, 6, 15)


def _by_days(event: Event, days: int) -> dt.date:
    """The date `days` later; a month or year moved to the start of its shifted month or year."""
    moved = event.date + dt.timedelta(days=days)
    if event.date_precision == "month":
        return moved.replace(day=1)
    if event.date_precision == "year":
        return dt.date(moved.year, 1, 1)
    return moved


def _moved(event: Event, date: dt.date, case: str) -> Event:
    """The event on `date`, its file named after its case so keys stay apart."""
    source = Provenance(f"{case}/{event.source.file}", event.source.sheet, event.source.row)
    return replace(event, date=date, source=source)


def stacked(cases: list[Case], align: str = "years") -> Case:
    """The cases as one, names kept apart: each moved so its middle day is `ANCHOR`
    (`align="days"`), or by the whole number of four years that brings its middle day nearest
    to it (`"years"`: every date keeps its day and month, so swapped and partial dates stay
    as written, and a 29 February stays a date; the cases overlap less)."""
    events: list[Event] = []
    truth: dict[str, str] = {}
    for number, (_, case_events, case_truth) in enumerate(cases):
        tag = f"c{number}"
        days = sorted(e.date for e in case_events if e.date_precision == "day")
        middle = days[len(days) // 2] if days else ANCHOR
        shift = (ANCHOR - middle).days
        years = 4 * round(shift / (4 * 365.25))
        for event in case_events:
            date = (
                _by_days(event, shift)
                if align == "days"
                else event.date.replace(year=event.date.year + years)
            )
            moved = _moved(event, date, tag)
            events.append(moved)
            truth[dedup.source_key(moved)] = f"{tag}:{case_truth[dedup.source_key(event)]}"
    return "+".join(name for name, _, _ in cases), events, truth


def _true_pairs(items: list[dedup.Prepared], truth: dict[str, str]) -> set[tuple[int, int]]:
    groups: dict[str, list[int]] = {}
    for item in items:
        groups.setdefault(truth[item.key], []).append(item.index)
    return {(a, b) for group in groups.values() for a, b in combinations(sorted(group), 2)}


def blocking_figures(events: list[Event], truth: dict[str, str]) -> dict[str, Any]:
    """Window pairs compared, candidates, and the true pairs among them."""
    items = dedup.prepare(events)
    compared = 0
    original = blocking._compared

    def counting(texts: Any, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        nonlocal compared
        compared += len(left)
        return original(texts, left, right)

    blocking._compared = counting
    try:
        started = time.perf_counter()
        found = dedup.blocked(items)
        seconds = time.perf_counter() - started
    finally:
        blocking._compared = original
    true = _true_pairs(items, truth)
    proposed = {
        (min(a, b), max(a, b))
        for a, b in zip(found.left.tolist(), found.right.tolist(), strict=True)
    }
    day = np.sort([i.start.toordinal() for i in items if i.event.date_precision == "day"])
    counts = np.unique(day, return_counts=True)[1]
    near = blocking.window_rows(day)  # each day row's window, as blocking counts it
    window = int(near.max()) if len(near) else 0
    return {
        "rows": len(items),
        "busiest_day_rows": int(counts.max()) if len(counts) else 0,
        "busiest_window_rows": window,
        "distinct_text_pairs_compared": compared,
        "candidates": len(proposed),
        "true_pairs": len(true),
        "true_pairs_proposed": len(true & proposed),
        "pair_completeness": round(len(true & proposed) / len(true), 4) if true else 1.0,
        "blocking_seconds": round(seconds, 3),
    }


def _case_of(key: str) -> str:
    return key.split("/", 1)[0]


def _counting_cross_case(crossed: list[int], stacked: bool) -> Any:
    """cspr's engine, noting how many merged pairs join rows of two stacked cases: on one day
    two families' core group meetings look like one family's single meeting (a row merged
    across cases is an artefact of stacking as much as a fault)."""

    def engine(events: list[Event]) -> Any:
        merged, listed, cluster = cspr_engine(events)
        crossed.append(sum(_case_of(a) != _case_of(b) for a, b in merged) if stacked else 0)
        return merged, listed, cluster

    return engine


def all_cases() -> list[Case]:
    sets = case_sets(["tuned", *(f"blind-{n}" for n in range(1, BLIND_SETS + 1))])
    return [case for cases in sets.values() for case in cases]


def measure(
    cases: list[Case], stack: int, moved: bool = True, align: str = "years"
) -> dict[str, Any]:
    """The cases in stacks of `stack` (0: all at once), figures summed over the stacks;
    `moved=False` (stack 1 only): the cases alone at their own dates."""
    size = stack or len(cases)
    groups = [cases[at : at + size] for at in range(0, len(cases), size)]
    blocks: list[dict[str, Any]] = []
    merges: list[dict[str, Any]] = []
    crossed: list[int] = []
    for group in groups:
        _, events, truth = stacked(group, align) if moved else group[0]
        blocks.append(blocking_figures(events, truth))
        merges.append(score(events, truth, _counting_cross_case(crossed, size > 1)))
    summed = {
        key: sum(b[key] for b in blocks)
        for key in ("rows", "distinct_text_pairs_compared", "candidates", "true_pairs")
    }
    proposed = sum(b["true_pairs_proposed"] for b in blocks)
    merged = total(merges) if len(merges) > 1 else figures(merges[0])
    inside = merged["merged"] - sum(crossed)  # merged pairs of rows of one case
    return {
        "stack": size if moved else "as written",
        "stacks": len(groups),
        **summed,
        "busiest_window_rows": max(b["busiest_window_rows"] for b in blocks),
        "pair_completeness": round(proposed / summed["true_pairs"], 4),
        "blocking_seconds": round(sum(b["blocking_seconds"] for b in blocks), 2),
        **{
            k: merged[k] for k in ("precision", "recall", "queue_completeness", "queue_per_10_rows")
        },
        "merged_across_cases": sum(crossed),
        "precision_within_cases": round(merged["correct"] / inside, 3) if inside else 1.0,
        "merge_seconds": merged["seconds"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stacks", nargs="+", type=int, default=[1, 8, 32, 0])
    parser.add_argument(
        "--crowded",
        default=str(blocking.CROWDED),
        help="blocking.CROWDED for this run: rows a window holds before it counts as crowded "
        "('None': compare every pair's texts however crowded)",
    )
    parser.add_argument(
        "--align",
        choices=("days", "years"),
        default="years",
        help="stack by moving each case's middle day onto one day, or by whole four-year steps",
    )
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "crowded.json")
    args = parser.parse_args()
    blocking.CROWDED = None if args.crowded == "None" else int(args.crowded)
    cases = all_cases()
    print(f"{len(cases)} labelled cases, {sum(len(e) for _, e, _ in cases)} rows")
    head = (
        f"{'stack':>10} {'rows':>6} {'window':>6} {'compared':>9} {'cands':>7} {'true':>6} "
        f"{'compl':>6} {'block s':>7} {'P':>6} {'P in':>6} {'R':>6} {'queue':>6} {'q/10':>5} "
        f"{'merge s':>7}"
    )
    print(head)
    results = []
    for stack in ["as written", *args.stacks]:
        if stack == "as written":
            r = measure(cases, 1, moved=False)
        else:
            r = measure(cases, int(stack), align=args.align)
        results.append(r)
        print(
            f"{r['stack']!s:>10} {r['rows']:>6} {r['busiest_window_rows']:>6} "
            f"{r['distinct_text_pairs_compared']:>9} {r['candidates']:>7} {r['true_pairs']:>6} "
            f"{r['pair_completeness']:>6.3f} {r['blocking_seconds']:>7.2f} {r['precision']:>6.3f} "
            f"{r['precision_within_cases']:>6.3f} "
            f"{r['recall']:>6.3f} {r['queue_completeness']:>6.3f} {r['queue_per_10_rows']:>5.2f} "
            f"{r['merge_seconds']:>7.2f}"
        )
    settings = {
        "NEAR_DAYS": blocking.NEAR_DAYS,
        "DENSE_TOP": blocking.DENSE_TOP,
        "DENSE_TOP_ACROSS": blocking.DENSE_TOP_ACROSS,
        "CROWDED": blocking.CROWDED,
        "align": args.align,
        "RARE_SHARE": blocking.RARE_SHARE,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"settings": settings, "results": results}, indent=2) + "\n")
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
