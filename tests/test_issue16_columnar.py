"""Issue 16: the columnar scoring of candidate pairs gives exactly the levels and match weights
of the reference rules (`linkage.levels_of`, one pair at a time) on every candidate pair of the
labelled cases, so the faster path cannot change a merge."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chronology.dedup import _NAMES, candidate_pairs, context, load_rules, prepare, score_batch
from chronology.linkage import levels_of, match_weight
from chronology.schema import Event

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "sample_data"))

from blind_dedup_cases import blind_dedup_cases  # noqa: E402
from blind_dedup_cases_2 import blind_dedup_cases_2  # noqa: E402

CASES = [(n, e) for n, e, _, _ in [*blind_dedup_cases(), *blind_dedup_cases_2()]]


@pytest.mark.parametrize("name,events", CASES, ids=[n for n, _ in CASES])
def test_columnar_levels_equal_the_reference_rules(name: str, events: list[Event]) -> None:
    items = prepare(events)
    rules = load_rules()
    ctx = context(items, rules)
    pairs = list(candidate_pairs(items))
    assert len(pairs) > 100
    levels, weights, cosines = score_batch(pairs, ctx)
    for i, (a, b, relation, similarity) in enumerate(pairs):
        reference = levels_of(
            a, b, relation, similarity, float(cosines[i]), rules, ctx.names, ctx.rare
        )
        columnar = tuple(_NAMES[j][code] for j, code in enumerate(levels[i].tolist()))
        assert columnar == reference.levels, (name, a.key, b.key)
        assert weights[i] == pytest.approx(match_weight(reference, ctx.weights), abs=1e-9)
    # Every comparison takes more than one level somewhere: the columns are not constant.
    assert all(len(set(levels[:, j].tolist())) > 1 for j in range(levels.shape[1]))
