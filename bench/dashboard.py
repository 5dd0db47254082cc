"""The dashboard with a 20,000-event chronology: the chronology filter callback's server time
(median and 95th percentile over a mix of filters) and the chronology page's payload.

    python bench/dashboard.py [--events 20000] [--runs 40]

Everything runs in this process through Flask's test client, logged in as a lead reviewer,
so the times are the server's (routing, the role check, filtering, the figure and its JSON)
without a network. The payload is what the browser downloads to show the page: the index
page, Dash's layout and dependencies, and every callback response the page makes on load
(including the first block of table rows); the JavaScript (Dash, AG Grid, plotly) is counted
apart: static, the same for every case, cached by the browser. Targets: under 300 ms and
under 5 MB. Results go to bench/results/dashboard.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AGENCY_NAMES = {
    "police": "Police",
    "csc": "Children's Social Care",
    "health": "Health",
    "housing": "Housing",
    "probation": "Probation",
    "gp": "GP",
}


def synthetic_events(count: int, seed: int = 7) -> list[Any]:
    """`count` accepted rows in the scale set's style, spread over six agencies."""
    from chronology.schema import Event, Provenance
    from sample_data.generate import SCALE_DAYS, SCALE_START, scale_rows

    rng = random.Random(seed)
    pool = [SCALE_START + dt.timedelta(days=rng.randrange(SCALE_DAYS)) for _ in range(400)]
    events = []
    share = count // len(AGENCY_NAMES)
    for key, agency in AGENCY_NAMES.items():
        wanted = share + (count - share * len(AGENCY_NAMES) if key == "gp" else 0)
        for row, (kind, when, time_text, texts) in enumerate(
            scale_rows(rng, wanted, key, pool), start=2
        ):
            etype, text, worker = texts
            if when is None or not (text or etype):
                text = f"{etype or 'Contact'} recorded"
            precision = kind if kind in ("month", "year") else "day"
            moment = None
            if precision == "day" and time_text:
                hours, minutes = map(int, time_text.split(":"))
                moment = dt.time(hours, minutes)
            events.append(
                Event(
                    source=Provenance(f"{key}_scale.xlsx", "Chronology", row),
                    agency=agency,
                    date=when or SCALE_START,
                    date_precision=precision,  # type: ignore[arg-type]
                    event_text=text,
                    event_type=etype,
                    time=moment,
                    practitioner=worker,
                )
            )
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()

    import flask  # noqa: F401  (the app's server)

    from accounts import add_user, assign
    from chronology.dedup import Decisions
    from chronology.ingest import IngestResult
    from dashboard.access import configure
    from dashboard.app import get_app, make_context
    from dashboard.case import build_case, case_key, put_case
    from dashboard.demo import DEMO_DIR
    from genogram.family import read_family
    from reviews import service

    folder = Path(tempfile.mkdtemp(prefix="cspr-bench-dashboard-"))
    context = make_context(folder, url=f"sqlite:///{folder / 'cspr.sqlite3'}")
    configure(context)
    with context.sessions.begin() as session:
        review = service.add_review(
            session,
            reference="BENCH-1",
            review_type="local_cspr",
            user="bench",
            referral_date=dt.date(2021, 12, 1),
        )
        add_user(session, "bench-lead", "bench password", "lead_reviewer", by="bench")
        assign(session, "bench-lead", "BENCH-1", by="bench")
        review_id = review.id

    events = synthetic_events(args.events)
    started = time.perf_counter()
    result = IngestResult("synthetic", "several", events=events)
    family = read_family(DEMO_DIR / "family.xlsx")
    with context.sessions.begin() as session:
        key = case_key(session, review_id)
    case = build_case(review_id, key, [result], Decisions(), family)
    merge_seconds = time.perf_counter() - started
    put_case(case)
    print(f"{len(events):,} rows merged into {len(case.events):,} events in {merge_seconds:.1f} s")

    app = get_app()
    client = app.server.test_client()
    from tests.test_dashboard_support import callback_key, dash_request, login

    login(client, "bench-lead", "bench password")

    def call(needle: str, values: dict[str, Any]) -> tuple[float, int, dict[str, Any]]:
        body = dash_request(app, callback_key(app, needle), values)
        start = time.perf_counter()
        response = client.post("/_dash-update-component", json=body)
        seconds = time.perf_counter() - start
        assert response.status_code == 200, response.status_code
        data = response.get_data()
        return seconds, len(data), json.loads(data)

    base = {"review-id.data": review_id, "shell-mode.data": "normal"}
    agencies = list(AGENCY_NAMES.values())
    year = case.events[len(case.events) // 2].date.year
    mixes = [
        {},
        {"chr-agency.value": agencies[:2]},
        {"chr-key.value": "key"},
        {"chr-text.value": "strategy"},
        {"chr-dates.start_date": f"{year}-01-01", "chr-dates.end_date": f"{year}-12-31"},
        {"chr-agency.value": agencies[2:5], "chr-key.value": "critical", "chr-text.value": "visit"},
        {"chr-category.value": ["police_incident", "house_move"]},
    ]
    call("chr-timeline.figure", base)  # warm up
    times, sizes, points = [], [], []
    for run in range(args.runs):
        values = {**base, **mixes[run % len(mixes)]}
        seconds, size, data = call("chr-timeline.figure", values)
        figure = data["response"]["chr-timeline"]["figure"]
        times.append(seconds)
        sizes.append(size)
        points.append(sum(len(t.get("x") or []) for t in figure["data"]))
    times.sort()
    median = statistics.median(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]

    # The page as loaded: index, layout, dependencies and the callbacks it fires.
    payload: dict[str, int] = {}
    payload["index"] = len(client.get("/chronology").get_data())
    payload["layout"] = len(client.get("/_dash-layout").get_data())
    payload["dependencies"] = len(client.get("/_dash-dependencies").get_data())
    payload["page content"] = call(
        "_pages_content.children", {"_pages_location.pathname": "/chronology"}
    )[1]
    payload["shell"] = call("shell-nav.children", {"shell-url.pathname": "/chronology"})[1]
    payload["filter options"] = call("chr-agency.options", base)[1]
    payload["timeline (all events)"] = call("chr-timeline.figure", base)[1]
    payload["first table block"] = call(
        "chr-grid.getRowsResponse",
        {**base, "chr-grid.getRowsRequest": {"startRow": 0, "endRow": 100}},
    )[1]
    # JavaScript: the index page's scripts plus the chunks the page loads on demand (graph,
    # grid, plotly). Static and cached by the browser after the first visit.
    scripts = re.findall(r'src="([^"]+\.js[^"]*)"', client.get("/chronology").get_data(True))
    scripts += [
        "/_dash-component-suites/dash/dcc/async-graph.js",
        "/_dash-component-suites/dash_ag_grid/async-community.js",
        "/_dash-component-suites/plotly/package_data/plotly.min.js",
    ]
    static = 0
    for src in scripts:
        with client.get(src) as response:
            assert response.status_code == 200, src
            static += len(response.get_data())
    total = sum(payload.values())
    results = {
        "events": len(case.events),
        "source_rows": len(events),
        "merge_seconds": round(merge_seconds, 2),
        "filter_callback_ms": {
            "median": round(median * 1000, 1),
            "p95": round(p95 * 1000, 1),
            "runs": args.runs,
            "points_per_response_max": max(points),
            "response_bytes_max": max(sizes),
        },
        "page_payload_bytes": {"total": total, **payload},
        "javascript_bytes_static": static,
        "targets": {"filter_ms": 300, "payload_bytes": 5 * 1024 * 1024},
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
    }
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "dashboard.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(
        f"filter callback: median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
        f"({args.runs} runs, up to {max(points):,} points)"
    )
    print(
        f"chronology page payload: {total / 1e6:.2f} MB (JavaScript, cached: {static / 1e6:.1f} MB)"
    )
    for name, size in payload.items():
        print(f"  {name:<22} {size / 1e3:10.1f} kB")
    context.sessions.kw["bind"].dispose()


if __name__ == "__main__":
    main()
