"""Sharing a large step between processes: never from a process that may not have children."""

from __future__ import annotations

import multiprocessing

import pytest

from chronology import forking
from chronology.classify import classify, classify_many


def _inside_a_pool_worker(_: int) -> tuple[int, bool]:
    entries = [(f"Home visit {i}; bruise to cheek seen", "CSC", "") for i in range(30)]
    together = classify_many(entries)
    return forking.worker_count(100, 10), together == [classify(t, agency=a) for t, a, _ in entries]


def test_one_process_below_the_threshold_and_one_per_core_above(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(forking.os, "cpu_count", lambda: 8)
    assert forking.worker_count(99, 100) == 1
    assert forking.worker_count(100, 100) == forking.MAX_WORKERS


def test_a_pool_worker_classifies_a_large_batch_in_one_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A pool's workers are daemonic and may not start processes (a Celery prefork worker, or
    # dedup's own workers): a large input there is classified in the worker itself.
    monkeypatch.setattr("chronology.classify.PARALLEL_FROM", 10)
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.map(_inside_a_pool_worker, [0]) == [(1, True)]
