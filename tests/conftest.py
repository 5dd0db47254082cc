"""Shared test configuration: Hypothesis is derandomised on CI.

With CI set (GitHub Actions and most CI services set CI=true), property tests draw the same
examples on every run, so a red build is reproducible and never a lucky or unlucky draw; no
example database is kept, and no test fails for being slow (a loaded runner is not a bug).
Locally the default profile keeps exploring new examples. `HYPOTHESIS_PROFILE=ci` selects the
CI profile anywhere.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def _ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if _ci() else "default"))
