"""`cspr merge` on the scale set at 1,000, 10,000 and 100,000 source rows.

Prints wall time, peak memory (RSS of a fresh process, so calamine's Rust heap counts) and time
per row, and the same for a bare openpyxl read-only scan of the same files (the target: merge
within 4x of that scan, 100,000 rows under 60 s and 2 GB, time per row roughly flat).

    python bench/merge.py [--sizes 1000 10000 100000] [--formats csv,xlsx]
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from ingest import _ensure_scale_set, _files  # noqa: E402


def _worker(mode: str, folder: Path, formats: str) -> dict[str, float]:
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
        from chronology.filesafety import Limits
        from chronology.pipeline import merge, read_all, write_outputs

        limits = Limits(max_file_bytes=1 << 30)
        with tempfile.TemporaryDirectory() as out:
            run = merge(read_all(_files(folder), limits=limits))
            write_outputs(run, Path(out), formats.split(","))
            rows = sum(e.duplicate_count for e in run.integration.events) + len(run.rejections)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"rows": rows, "seconds": round(seconds, 3), "peak_rss_mb": round(peak, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--formats", default="csv,xlsx,docx")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "merge.json")
    parser.add_argument("--worker", nargs=2, metavar=("MODE", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker[0], Path(args.worker[1]), args.formats)))
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
    args.json.parent.mkdir(parents=True, exist_ok=True)
    meta = {"python": platform.python_version(), "formats": args.formats}
    args.json.write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n")
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
