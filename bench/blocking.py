"""Candidate pairs as the chronology grows, with and without the crowded-day limits.

Each row keeps only its best few candidates on a crowded day (`blocking.DENSE_TOP`,
`DENSE_TOP_ACROSS`), so candidate pairs grow with rows, not with the square of a day's rows, and
on a crowded window only rows sharing something have their texts compared (`blocking.CROWDED`).
This script shows what that costs: on the scale set (no labels) it counts candidates per row
and the pairs the model would merge or list without the limits that are lost with them (pair
completeness of the limits, against the model's own pairs: on the scale set's random texts most
of those are look-alikes, not duplicates); `bench/crowded.py` measures the limits against true
pairs, on the labelled cases stacked onto one calendar.

    python bench/blocking.py [--sizes 1000 10000 20000 100000] [--json bench/results/blocking.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ingest import _ensure_scale_set, _files  # noqa: E402

import chronology.blocking as blocking  # noqa: E402
import chronology.dedup as dedup  # noqa: E402
from chronology.filesafety import Limits  # noqa: E402
from chronology.pipeline import read_all  # noqa: E402


def _scored(
    items: list[dedup.Prepared], ctx: dedup.Context
) -> tuple[int, set[tuple[int, int]], float]:
    """(candidates, pairs at or above the review threshold, CPU seconds)."""
    started = time.process_time()
    pairs = dedup.blocked(items)
    kept: set[tuple[int, int]] = set()
    for start in range(0, len(pairs.left), 50_000):
        batch = dedup.Candidates(*(column[start : start + 50_000] for column in pairs))
        _, weights, _ = dedup.score_columns(batch, ctx)
        keep = weights >= ctx.weights.possible
        kept.update(zip(batch.left[keep].tolist(), batch.right[keep].tolist(), strict=True))
    return len(pairs.left), kept, time.process_time() - started


def measure(size: int) -> dict[str, Any]:
    results = read_all(_files(_ensure_scale_set(size)), limits=Limits(max_file_bytes=1 << 30))
    events = [e for r in results for e in r.events]
    items = dedup.prepare(events)
    ctx = dedup.context(items, dedup.load_rules())
    limited, kept, seconds = _scored(items, ctx)
    top, across, crowded = blocking.DENSE_TOP, blocking.DENSE_TOP_ACROSS, blocking.CROWDED
    blocking.DENSE_TOP = blocking.DENSE_TOP_ACROSS = blocking.CROWDED = None
    try:
        unlimited, kept_all, seconds_all = _scored(items, ctx)
    finally:
        blocking.DENSE_TOP, blocking.DENSE_TOP_ACROSS, blocking.CROWDED = top, across, crowded
    lost = kept_all - kept
    return {
        "rows": len(items),
        "candidates": limited,
        "candidates_per_row": round(limited / len(items), 2),
        "cpu_seconds": round(seconds, 2),
        "candidates_without_limits": unlimited,
        "candidates_per_row_without_limits": round(unlimited / len(items), 2),
        "cpu_seconds_without_limits": round(seconds_all, 2),
        "scored_pairs_without_limits": len(kept_all),
        "scored_pairs_lost": len(lost),
        "pair_completeness": round(1 - len(lost) / len(kept_all), 4) if kept_all else 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1_000, 10_000, 20_000, 100_000])
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "blocking.json")
    args = parser.parse_args()
    rows = []
    print(
        f"{'rows':>8} {'cand/row':>9} {'cpu s':>7} {'cand/row (no limit)':>20} {'cpu s':>7} "
        f"{'completeness':>13}"
    )
    for size in args.sizes:
        found = measure(size)
        rows.append(found)
        print(
            f"{found['rows']:>8} {found['candidates_per_row']:>9} {found['cpu_seconds']:>7} "
            f"{found['candidates_per_row_without_limits']:>20} "
            f"{found['cpu_seconds_without_limits']:>7} {found['pair_completeness']:>13}"
        )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
