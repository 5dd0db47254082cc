"""Issue 12 on the Duplicates page: every possible pair of the demo case carries its evidence
in words with weights, and the page draws it as a waterfall whose bars add up to the match
weight the verdict was read from."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dashboard import access
from dashboard.case import load_case
from tests.test_dashboard_support import Demo, start_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    found = start_demo(tmp_path_factory.mktemp("issue12-dashboard"))
    access.configure(found.context)
    yield found
    found.close()


def test_each_possible_pair_is_explained_and_charted(demo: Demo) -> None:
    from dashboard.pages import duplicates

    with demo.context.sessions.begin() as session:
        case = load_case(session, demo.data_dir, 1)
    assert case.run.integration.possible
    for pair in case.run.integration.possible:
        assert pair.reasons[0].startswith("match weight ")
        figure = duplicates.evidence_chart(pair.reasons)
        assert figure is not None
        bars = figure.data[0]
        # start + each piece of evidence = the match weight (to the rounding of the words)
        total = float(pair.reasons[0].split()[2])
        assert bars.x[-1] == total
        assert abs(sum(bars.x[:-1]) - total) < 0.06
        assert len(bars.y) == len(pair.reasons) + 1  # start, each piece of evidence, total
