"""The stage checklists (establish, monitor, finalise) from rules/stages.toml, seeded on each
review that needs them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reviews.models import (
    Review,
    StageTask,
)
from rulefiles import load, rules_file


@dataclass(frozen=True)
class StageSpec:
    key: str
    name: str
    tasks: tuple[str, ...]


@rules_file("reviews", "stages.toml")
@dataclass(frozen=True)
class StagesFile:
    edition: str  # the guidance the stages come from, for the reader
    stage: tuple[StageSpec, ...]


@cache
def stage_tasks() -> tuple[tuple[str, str], ...]:
    """(stage, task) pairs from rules/stages.toml, in order."""
    return tuple((stage.key, task) for stage in load(StagesFile).stage for task in stage.tasks)


def seed_tasks(review: Review) -> None:
    if not review.tasks:
        review.tasks.extend(StageTask(stage=s, task=t) for s, t in stage_tasks())
