"""Splink 5 (DuckDB) deduplication of one case, for the side-by-side run in dedup_eval.py.

The rows get the same normalised text and kinds as cspr's model (`chronology.dedup.prepare`), so
the two engines differ in the model, not in the input. Training is Splink's usual unsupervised
route on the case itself: u from random pairs, m by expectation maximisation in two sessions
(blocked on the date, then on the kind) so each comparison is trained in one of them.
"""

from __future__ import annotations

import logging
from typing import Any

import pandas as pd

from chronology.dedup import prepare, source_key
from chronology.schema import Event

MERGE_AT = 0.99
LIST_AT = 0.5
STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "was",
        "were",
        "has",
        "had",
        "her",
        "his",
        "she",
        "him",
        "they",
        "them",
        "that",
        "this",
        "from",
        "not",
        "are",
        "but",
        "who",
        "which",
        "when",
        "then",
        "than",
        "into",
        "onto",
        "at",
        "on",
        "in",
        "of",
        "to",
        "by",
        "an",
        "as",
        "be",
        "is",
        "it",
        "re",
    ]
)

Pair = tuple[str, str]


def _frame(events: list[Event]) -> pd.DataFrame:
    items = prepare(events)
    rows: list[dict[str, Any]] = []
    for item in items:
        event = item.event
        rows.append(
            {
                "unique_id": item.index,
                "key": item.key,
                "day": (event.date.toordinal() if event.date_precision == "day" else None),
                "minutes": item.minutes,
                "words": sorted({w for w in item.text.split() if len(w) > 2 and w not in STOP}),
                "kinds": sorted(item.kinds),
                "kind": item.main_daily or (sorted(item.kinds)[0] if item.kinds else None),
                "agency": event.agency,
                "sheet": f"{event.agency}|{event.source.file}|{event.source.sheet}",
            }
        )
    return pd.DataFrame(rows)


def _settings() -> Any:
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    def custom(name: str, levels: list[tuple[str, str]], null: str) -> Any:
        return cl.CustomComparison(
            output_column_name=name,
            comparison_levels=[
                {"sql_condition": null, "label_for_charts": "null", "is_null_level": True},
                *[{"sql_condition": sql, "label_for_charts": label} for sql, label in levels],
                {"sql_condition": "ELSE", "label_for_charts": "else"},
            ],
        )

    return SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            custom(
                "day",
                [
                    ("day_l = day_r", "same day"),
                    ("abs(day_l - day_r) <= 1", "one day"),
                    ("abs(day_l - day_r) <= 3", "up to three days"),
                ],
                "day_l IS NULL OR day_r IS NULL",
            ),
            custom(
                "minutes",
                [
                    ("abs(minutes_l - minutes_r) <= 15", "15 min"),
                    ("abs(minutes_l - minutes_r) <= 60", "60 min"),
                    ("abs(minutes_l - minutes_r) <= 180", "180 min"),
                ],
                "minutes_l IS NULL OR minutes_r IS NULL",
            ),
            cl.ArrayIntersectAtSizes("words", [8, 5, 3, 1]),
            cl.ArrayIntersectAtSizes("kinds", [1]),
            custom(
                "sheet",
                [("sheet_l = sheet_r", "same sheet"), ("agency_l = agency_r", "same agency")],
                "sheet_l IS NULL OR sheet_r IS NULL",
            ),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("day"),
            "l.day BETWEEN r.day - 3 AND r.day + 3",
        ],
        additional_columns_to_retain=["key", "agency"],
        retain_matching_columns=True,
    )


def splink_pairs(events: list[Event]) -> tuple[set[Pair], set[Pair], dict[str, str]]:
    """(merged pairs, listed pairs, each row's cluster) by source keys."""
    from splink import DuckDBAPI, Linker, block_on

    logging.getLogger("splink").setLevel(logging.ERROR)
    frame = _frame(events)
    db = DuckDBAPI()
    linker = Linker(db.register(frame), _settings(), log_level=logging.ERROR)
    linker.training.estimate_probability_two_random_records_match([block_on("day")], recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=2_000_000, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("day"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("kind"))
    predictions = linker.inference.predict(threshold_match_probability=LIST_AT)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=MERGE_AT
    ).as_pandas_dataframe()
    keys = {int(i): source_key(e) for i, e in enumerate(events)}
    members: dict[Any, list[str]] = {}
    for uid, cluster_id in zip(clusters["unique_id"], clusters["cluster_id"], strict=True):
        members.setdefault(cluster_id, []).append(keys[int(uid)])
    merged = {
        (a, b) if a < b else (b, a)
        for group in members.values()
        for i, a in enumerate(group)
        for b in group[i + 1 :]
    }
    listed: set[Pair] = set()
    table = predictions.as_pandas_dataframe()
    for left, right, p in zip(
        table["unique_id_l"], table["unique_id_r"], table["match_probability"], strict=True
    ):
        if p >= LIST_AT:
            a, b = keys[int(left)], keys[int(right)]
            listed.add((a, b) if a < b else (b, a))
    cluster_of = {key: str(cid) for cid, group in members.items() for key in group}
    cluster_of.update({key: key for key in keys.values() if key not in cluster_of})
    return merged, listed - merged, cluster_of
