"""`cspr merge` on the scale set at 1,000, 10,000 and 100,000 source rows.

Prints wall time, peak memory (RSS of a fresh process, so calamine's Rust heap counts) and time
per row, and the same for a bare openpyxl read-only scan of the same files (the target: merge
within 4x of that scan, 100,000 rows under 60 s and 2 GB, time per row roughly flat). Then, per
size, the time per row without the imports and the extra time per extra row over the smallest
size: at 1,000 rows most of a run is fixed cost, so only these say whether a row's cost grows.

    python bench/merge.py [--sizes 1000 10000 100000] [--formats csv,xlsx]
    python bench/merge.py --profile [--sizes 20000]   # seconds per stage, as JSON too

With --profile the merge also reports where its time goes (`chronology.stages`): reading and
date parsing, text normalisation and kinds, pair comparison, clustering, classification and
building the integrated events (integrate minus the dedup stages), and each writer (the
workbook written in-process so it is timed).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from ingest import _ensure_scale_set, _files  # noqa: E402


def _worker(mode: str, folder: Path, formats: str, profile: bool = False) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    start = time.perf_counter()
    rows = 0
    if mode == "scan-openpyxl":
        import csv

        import openpyxl

        for path in _files(folder):
            if path.suffix == ".csv":
                with path.open(encoding="cp1252", errors="replace", newline="") as handle:
                    rows += sum(1 for _ in csv.reader(handle))
                continue
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            for sheet in book.worksheets:
                rows += sum(1 for _ in sheet.iter_rows(values_only=True))
            book.close()
    else:
        from contextlib import nullcontext

        from chronology.filesafety import Limits
        from chronology.pipeline import merge, read_all, write_outputs
        from chronology.stages import recording

        imported = time.perf_counter() - start
        limits = Limits(max_file_bytes=1 << 30)
        with (
            tempfile.TemporaryDirectory() as out,
            recording() if profile else nullcontext() as times,
        ):
            run = merge(read_all(_files(folder), limits=limits))
            write_outputs(run, Path(out), formats.split(","))
            rows = sum(e.duplicate_count for e in run.integration.events) + len(run.rejections)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result: dict[str, Any] = {
        "rows": rows,
        "seconds": round(seconds, 3),
        "peak_rss_mb": round(peak, 1),
    }
    if mode == "merge":
        result["imports_s"] = round(imported, 3)
    if profile and mode == "merge" and times is not None:
        dedup = sum(times.get(k, 0.0) for k in ("normalise text and kinds", "pair comparison"))
        stages = {k: v for k, v in times.items() if k != "integrate"}
        stages["clustering, classification and building"] = times.get("integrate", 0.0) - dedup
        stages["other (start-up, imports)"] = seconds - sum(stages.values())
        result["stages"] = {k: round(v, 3) for k, v in stages.items()}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--formats", default="csv,xlsx,docx")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "merge.json")
    parser.add_argument("--profile", action="store_true", help="seconds per stage")
    parser.add_argument("--worker", nargs=2, metavar=("MODE", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        found = _worker(args.worker[0], Path(args.worker[1]), args.formats, args.profile)
        print(json.dumps(found))
        return
    results = []
    print(f"{'rows':>8} {'what':<14} {'seconds':>8} {'µs/row':>8} {'peak MB':>8} {'vs scan':>8}")
    for size in args.sizes:
        folder = _ensure_scale_set(size)
        scan_seconds = None
        for mode in ("scan-openpyxl", "merge"):
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--worker",
                    mode,
                    str(folder),
                    "--formats",
                    args.formats,
                    *(["--profile"] if args.profile else []),
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            per_row = figures["seconds"] / max(figures["rows"], 1) * 1e6
            if mode == "scan-openpyxl":
                scan_seconds = figures["seconds"]
            ratio = figures["seconds"] / scan_seconds if scan_seconds else 0.0
            results.append(
                {
                    "size": size,
                    "mode": mode,
                    **figures,
                    "us_per_row": round(per_row, 1),
                    "vs_scan": round(ratio, 2),
                }
            )
            print(
                f"{size:>8} {mode:<14} {figures['seconds']:>8.2f} {per_row:>8.1f} "
                f"{figures['peak_rss_mb']:>8.0f} {ratio:>8.2f}"
            )
            for name, spent in figures.get("stages", {}).items():
                print(f"{'':>8}   {name:<44} {spent:>8.2f} s")
    _marginal(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    meta = {"python": platform.python_version(), "formats": args.formats}
    args.json.write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n")
    print(f"written {args.json}")


def _marginal(results: list[dict[str, Any]]) -> None:
    """What a row costs once the fixed costs are paid, beside the whole-run figure above: the
    imports (timed in the worker) and, for each size beyond the smallest, the extra seconds
    over the smallest run per extra row. A small run's µs/row is mostly the fixed cost (the
    imports, loading the key-event model and compiling the rules), so the per-row figures of
    1,000 and 100,000 rows are only comparable this way."""
    merges = sorted((r for r in results if r["mode"] == "merge"), key=lambda r: r["rows"])
    if not merges:
        return
    base = merges[0]
    print(f"{'rows':>8} {'imports s':>10} {'µs/row after imports':>21} {'µs/row beyond':>14}")
    for found in merges:
        work = (found["seconds"] - found["imports_s"]) / max(found["rows"], 1) * 1e6
        found["us_per_row_after_imports"] = round(work, 1)
        extra = found["rows"] - base["rows"]
        beyond = (found["seconds"] - base["seconds"]) / extra * 1e6 if extra > 0 else None
        found["us_per_row_beyond_smallest"] = round(beyond, 1) if beyond is not None else None
        shown = f"{beyond:>14.1f}" if beyond is not None else f"{'-':>14}"
        print(f"{found['rows']:>8} {found['imports_s']:>10.2f} {work:>21.1f} {shown}")


if __name__ == "__main__":
    main()
