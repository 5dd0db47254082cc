"""Ingestion speed and peak memory on the generated scale set (10,000 and 100,000 rows).

Compares the two workbook readers (python-calamine and openpyxl read-only) reading raw values,
and the whole `read_chronology` pipeline with each. Every measurement runs in a fresh process so
peak RSS (which includes calamine's Rust allocations, invisible to tracemalloc) is its own.

    python bench/ingest.py [--sizes 10000 100000] [--json bench/results/ingest.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("values-calamine", "values-openpyxl", "pipeline-calamine", "pipeline-openpyxl")


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in {".xlsx", ".csv"})


def _worker(mode: str, folder: Path) -> dict[str, float]:
    """Runs in a child process: one mode over every file of one scale set."""
    sys.path.insert(0, str(ROOT))
    from chronology.filesafety import Limits
    from chronology.ingest import read_chronology
    from chronology.readers import read_csv, read_workbook

    limits = Limits(max_file_bytes=1 << 30)
    rows = 0
    start = time.perf_counter()
    for path in _files(folder):
        if mode.startswith("values"):
            engine = mode.split("-")[1]
            raw = (
                read_csv(path, limits)
                if path.suffix == ".csv"
                else read_workbook(path, limits, engine)  # type: ignore[arg-type]
            )
            rows += sum(len(sheet.rows) for sheet in raw.sheets)
        else:
            result = read_chronology(path, limits=limits, engine=mode.split("-")[1])  # type: ignore[arg-type]
            rows += len(result.events) + len(result.rejections)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"rows": rows, "seconds": round(seconds, 3), "peak_rss_mb": round(peak_mb, 1)}


def _ensure_scale_set(size: int) -> Path:
    folder = ROOT / "sample_data" / "scale" / str(size)
    if not (folder / "manifest.json").exists():
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "sample_data" / "generate.py"),
                "--events",
                str(size),
                "--out",
                str(folder),
            ],
            check=True,
        )
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[10_000, 100_000])
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "ingest.json")
    parser.add_argument("--worker", nargs=2, metavar=("MODE", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker[0], Path(args.worker[1]))))
        return
    results = []
    print(f"{'rows':>8} {'mode':<18} {'seconds':>8} {'rows/s':>9} {'peak MB':>8}")
    for size in args.sizes:
        folder = _ensure_scale_set(size)
        for mode in args.modes:
            out = subprocess.run(
                [sys.executable, __file__, "--worker", mode, str(folder)],
                check=True,
                capture_output=True,
                text=True,
            )
            figures = json.loads(out.stdout)
            rate = figures["rows"] / figures["seconds"] if figures["seconds"] else 0.0
            results.append({"size": size, "mode": mode, **figures, "rows_per_s": round(rate)})
            print(
                f"{size:>8} {mode:<18} {figures['seconds']:>8.2f} {rate:>9,.0f} "
                f"{figures['peak_rss_mb']:>8.0f}"
            )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    meta = {"python": platform.python_version(), "machine": platform.machine()}
    args.json.write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n")
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
