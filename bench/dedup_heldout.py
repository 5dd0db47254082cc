"""Pairwise quality of deduplication on the held-out cases (`sample_data/heldout_cases.py`).

The held-out cases were written without reading the duplicate rules, so these figures say how
the rules do on text they were not shaped by. For each case: events, true pairs, predicted pairs,
pairwise precision, recall without and with the date-noise pairs (a date-noise pair is a pair in
a date-noise occurrence whose two rows carry different dates or precisions), blocking pair
completeness (the share of same-day true pairs that `candidate_pairs` offers for comparison),
how many missed pairs were at least listed for a reviewer as possible, and the first ten false
merges and misses (at most one pair per occurrence, so one large meeting does not fill the list)
with both texts and the first reason the rules give for that pair. Also recall by scene (the
scene is the last part of the occurrence id), recall on entries typed twice on one sheet, and
how many of the pairs listed for a reviewer as possible are true.

    python bench/dedup_heldout.py [--json bench/results/dedup_heldout.json] [--examples 10]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "sample_data"))

from heldout_cases import heldout_cases  # noqa: E402

from chronology.dedup import (  # noqa: E402
    Prepared,
    candidate_pairs,
    cluster,
    compare,
    prepare,
    source_key,
)
from chronology.schema import Event  # noqa: E402

DEFAULT_JSON = ROOT / "bench" / "results" / "dedup_heldout.json"

Pair = tuple[int, int]


def _pairs(groups: list[list[int]]) -> set[Pair]:
    return {(a, b) for group in groups for a, b in combinations(sorted(group), 2)}


def _tag(occurrence: str) -> str:
    """The scene an occurrence id names (`brennan-0732-strategy` -> `strategy`)."""
    return occurrence.split("-", 2)[-1]


def _row(event: Event, occurrence: str) -> dict[str, str]:
    when = event.date.isoformat() if event.date_precision == "day" else event.date_as_written
    if event.time:
        when += f" {event.time:%H:%M}"
    text = " | ".join(x for x in (event.event_type, event.event_text, event.outcome) if x)
    return {
        "key": source_key(event),
        "occurrence": occurrence,
        "agency": event.agency,
        "when": when,
        "text": text,
    }


def _reason(pair: Pair, candidates: dict[Pair, tuple], items: list[Prepared]) -> tuple[str, str]:
    """(verdict, first reason) the rules give this pair, or why it was never compared."""
    found = candidates.get(pair)
    if found is None:
        a, b = items[pair[0]].event, items[pair[1]].event
        if a.date_precision == b.date_precision == "day" and a.date == b.date:
            return "not compared", "blocking: same day but not offered as a candidate"
        return "not compared", "blocking: dates not within reach of each other"
    relation, similarity = found
    comparison = compare(items[pair[0]], items[pair[1]], relation, similarity)
    return comparison.verdict, comparison.reasons[0]


def _general(reason: str) -> str:
    """A reason with its numbers blanked, for counting reasons across pairs."""
    return " ".join("N" if word.strip("().,%").isdigit() else word for word in reason.split())


def evaluate(
    name: str,
    events: list[Event],
    truth: dict[str, str],
    noise_ids: set[str],
    examples: int,
) -> dict:
    started = time.perf_counter()
    items = prepare(events)
    result = cluster(items)
    seconds = time.perf_counter() - started
    occurrence = [truth[source_key(e)] for e in events]
    by_occurrence: dict[str, list[int]] = {}
    for index, occ in enumerate(occurrence):
        by_occurrence.setdefault(occ, []).append(index)
    true = _pairs(list(by_occurrence.values()))
    predicted = _pairs(result.clusters)

    def noisy(pair: Pair) -> bool:
        a, b = events[pair[0]], events[pair[1]]
        return occurrence[pair[0]] in noise_ids and (
            (a.date, a.date_precision) != (b.date, b.date_precision)
        )

    noise_pairs = {p for p in true if noisy(p)}
    clean = true - noise_pairs
    correct = predicted & true
    candidates: dict[Pair, tuple] = {}
    for a, b, relation, similarity in candidate_pairs(items):
        candidates[(min(a.index, b.index), max(a.index, b.index))] = (relation, similarity)
    same_day = {
        p
        for p in true
        if events[p[0]].date_precision == events[p[1]].date_precision == "day"
        and events[p[0]].date == events[p[1]].date
    }
    possible = {(min(c.a, c.b), max(c.a, c.b)) for c in result.possible}
    false_merges = sorted(
        predicted - true, key=lambda p: (events[p[0]].date, source_key(events[p[0]]), p)
    )
    misses = sorted(
        clean - predicted, key=lambda p: (events[p[0]].date, source_key(events[p[0]]), p)
    )
    noise_misses = sorted(noise_pairs - predicted)

    def spread(pairs: list[Pair]) -> list[Pair]:
        """The first pairs in date order, at most one per occurrence (or pair of occurrences)."""
        seen, out = set(), []
        for pair in pairs:
            label = tuple(sorted({occurrence[pair[0]], occurrence[pair[1]]}))
            if label not in seen:
                seen.add(label)
                out.append(pair)
        return out[:examples]

    def example(pair: Pair) -> dict:
        verdict, reason = _reason(pair, candidates, items)
        return {
            "verdict": verdict,
            "reason": reason,
            "listed_possible": pair in possible,
            "rows": [_row(events[i], occurrence[i]) for i in pair],
        }

    merge_reasons = Counter(_general(_reason(p, candidates, items)[1]) for p in false_merges)
    miss_reasons = Counter(
        f"{v}: {_general(r)}" for v, r in (_reason(p, candidates, items) for p in misses)
    )
    merge_scenes = Counter(
        " + ".join(sorted((_tag(occurrence[a]), _tag(occurrence[b])))) for a, b in false_merges
    )
    miss_scenes = Counter(_tag(occurrence[a]) for a, _ in misses)
    scenes: dict[str, list[int]] = {}
    for pair in clean:
        found = scenes.setdefault(_tag(occurrence[pair[0]]), [0, 0])
        found[0] += 1
        found[1] += pair in predicted
    sheet = [(e.source.file, e.source.sheet) for e in events]
    same_sheet = {p for p in clean if sheet[p[0]] == sheet[p[1]]}
    listed_true = sum(1 for p in possible if p in true)
    impure = sum(1 for c in result.clusters if len({occurrence[i] for i in c}) > 1)
    precision = len(correct) / len(predicted) if predicted else 1.0
    return {
        "case": name,
        "events": len(events),
        "agencies": len({e.agency for e in events}),
        "occurrences": len(by_occurrence),
        "true_pairs": len(true),
        "true_pairs_date_noise": len(noise_pairs),
        "true_pairs_same_day": len(same_day),
        "predicted_pairs": len(predicted),
        "correct_pairs": len(correct),
        "precision": round(precision, 4),
        "recall": round(len(correct & clean) / len(clean), 4) if clean else 1.0,
        "recall_with_date_noise": round(len(correct) / len(true), 4) if true else 1.0,
        "recall_date_noise_only": (
            round(len(correct & noise_pairs) / len(noise_pairs), 4) if noise_pairs else None
        ),
        "candidate_pairs": len(candidates),
        "pair_completeness_same_day": (
            round(len(same_day & candidates.keys()) / len(same_day), 4) if same_day else 1.0
        ),
        "pair_completeness_date_noise": (
            round(len(noise_pairs & candidates.keys()) / len(noise_pairs), 4)
            if noise_pairs
            else None
        ),
        "misses": len(misses),
        "misses_listed_possible": sum(1 for p in misses if p in possible),
        "date_noise_misses": len(noise_misses),
        "date_noise_misses_listed_possible": sum(1 for p in noise_misses if p in possible),
        "recall_typed_twice": (
            round(len(same_sheet & predicted) / len(same_sheet), 4) if same_sheet else None
        ),
        "true_pairs_typed_twice": len(same_sheet),
        "recall_by_scene": {
            tag: {"true_pairs": n, "found": k, "recall": round(k / n, 3)}
            for tag, (n, k) in sorted(scenes.items(), key=lambda item: -item[1][0])
        },
        "possible_listed": len(possible),
        "possible_listed_true": listed_true,
        "false_merges": len(false_merges),
        "impure_clusters": impure,
        "seconds": round(seconds, 3),
        "false_merge_reasons": dict(merge_reasons.most_common()),
        "miss_reasons": dict(miss_reasons.most_common()),
        "false_merge_scenes": dict(merge_scenes.most_common()),
        "miss_scenes": dict(miss_scenes.most_common()),
        "false_merge_examples": [example(p) for p in spread(false_merges)],
        "miss_examples": [example(p) for p in spread(misses)],
        "date_noise_miss_examples": [example(p) for p in spread(noise_misses)],
    }


def _print(report: dict, examples: int) -> None:
    r = report
    print(
        f"== {r['case']}: {r['events']} events, {r['agencies']} agencies, "
        f"{r['occurrences']} occurrences"
    )
    print(
        f"   true pairs {r['true_pairs']} (date-noise {r['true_pairs_date_noise']}), "
        f"predicted {r['predicted_pairs']}, correct {r['correct_pairs']}"
    )
    noise = r["recall_date_noise_only"]
    print(
        f"   precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
        f"recall incl. date noise {r['recall_with_date_noise']:.3f}  "
        f"(date-noise pairs alone {noise if noise is not None else '-'})"
    )
    print(
        f"   blocking: same-day pair completeness {r['pair_completeness_same_day']:.3f} "
        f"({r['candidate_pairs']} candidate pairs); misses {r['misses']} "
        f"({r['misses_listed_possible']} listed as possible); false merges {r['false_merges']} "
        f"in {r['impure_clusters']} impure clusters; {r['seconds']}s"
    )
    print(
        f"   typed twice (same sheet) recall {r['recall_typed_twice']} of "
        f"{r['true_pairs_typed_twice']}; reviewer list: {r['possible_listed']} possible pairs, "
        f"{r['possible_listed_true']} of them true"
    )
    print(
        "   recall by scene: "
        + "; ".join(
            f"{tag} {v['found']}/{v['true_pairs']}"
            for tag, v in r["recall_by_scene"].items()
            if v["true_pairs"] >= 3
        )
    )
    for title, counts in (
        ("false merges by scene", r["false_merge_scenes"]),
        ("false merges by reason", r["false_merge_reasons"]),
        ("misses by scene", r["miss_scenes"]),
        ("misses by verdict and reason", r["miss_reasons"]),
        (
            "date-noise pairs",
            {f"{e['verdict']}: {e['reason']}": 1 for e in r["date_noise_miss_examples"]},
        ),
    ):
        if counts:
            top = list(counts.items())[:8]
            print(f"   {title}: " + "; ".join(f"{k} x{v}" for k, v in top))
    for title, key in (("FALSE MERGES", "false_merge_examples"), ("MISSES", "miss_examples")):
        shown = r[key][:examples]
        if not shown:
            continue
        print(f"   -- first {len(shown)} {title.lower()}")
        for ex in shown:
            flag = " [listed possible]" if ex["listed_possible"] else ""
            print(f"   * {ex['verdict']}: {ex['reason']}{flag}")
            for row in ex["rows"]:
                print(
                    f"       {row['when']} {row['agency']} ({row['occurrence']}): "
                    f"{row['text'][:160]}"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON)
    parser.add_argument("--examples", type=int, default=10)
    args = parser.parse_args(argv)
    reports = []
    for name, events, truth, noise_ids in heldout_cases():
        report = evaluate(name, events, truth, noise_ids, args.examples)
        _print(report, args.examples)
        reports.append(report)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(reports, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"written {args.json.relative_to(ROOT) if args.json.is_relative_to(ROOT) else args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
