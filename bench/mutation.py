"""Mutation score of the core modules (issue 21), with mutmut.

    .venv/bin/python bench/mutation.py                     # every core module (an hour or more)
    .venv/bin/python bench/mutation.py dates output        # some of them
    make mutation MODULES="dates filesafety output"

For each module: a fresh copy of the working tree in a temporary folder (so `mutants/` and
mutmut's settings never touch the repository), mutmut told to mutate that one file and to run
the tests that exercise it, and the outcome of every mutant read from mutmut's own records.
Scores are merged into bench/results/mutation.json (a module not run keeps its last result).

Score = (killed + timeout) / all mutants. A survivor is not always a missing test: mutmut also
changes error-message strings and other text no test should pin, and some changes are
equivalent (they cannot change behaviour); the survivor names are kept so they can be read
with `mutmut show NAME` in the copy (--keep).
"""

from __future__ import annotations

import argparse
import collections
import importlib.metadata
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "mutation.json"
MUTMUT = Path(sys.executable).with_name("mutmut")

# module -> (file, the tests that exercise it)
CORE: dict[str, tuple[str, list[str]]] = {
    "dates": ("chronology/dates.py", ["tests/test_dates.py", "tests/test_issue21_survivors.py"]),
    "filesafety": (
        "chronology/filesafety.py",
        [
            "tests/test_hostile_files.py",
            "tests/test_ingest.py",
            "tests/test_nothing_lost.py",
            "tests/test_issue21_survivors.py",
        ],
    ),
    "output": (
        "chronology/output.py",
        ["tests/test_hostile_files.py", "tests/test_issue21_survivors.py"],
    ),
    "dedup": (
        "chronology/dedup.py",
        [
            "tests/test_merge.py",
            "tests/test_dedup_eval.py",
            "tests/test_dedup_heldout.py",
            "tests/test_issue21_survivors.py",
        ],
    ),
    "classify": ("chronology/classify.py", ["tests/test_classify.py"]),
    "redact": (
        "anonymise/redact.py",
        [
            "tests/test_anonymise_patterns.py",
            "tests/test_anonymise_property.py",
            "tests/test_anonymise_unseen.py",
            "tests/test_issue19_texts.py",
            "tests/test_issue21_survivors.py",
        ],
    ),
    "generations": (
        "genogram/generations.py",
        [
            "tests/test_genogram_layout.py",
            "tests/test_issue18_layout.py",
            "tests/test_issue21_survivors.py",
        ],
    ),
    "layout": (
        "genogram/layout.py",
        ["tests/test_genogram_layout.py", "tests/test_issue18_layout.py"],
    ),
    "workingdays": ("reviews/workingdays.py", ["tests/test_deadlines.py"]),
    "access": (
        "dashboard/access.py",
        ["tests/test_dashboard_access.py", "tests/test_dashboard_pages.py"],
    ),
}
# Survivors accepted as equivalent (they cannot change what is written), by mutmut's name.
EQUIVALENT: dict[str, str] = {
    "chronology.output.x_write_csv__mutmut_11": "newline=None: on POSIX nothing is translated "
    "when writing, and csv writes its own \\r\\n",
    "chronology.output.x_write_csv__mutmut_14": "newline left out: the same as newline=None",
    "chronology.output.x_write_csv__mutmut_18": "'UTF-8-SIG': codec names ignore case",
    "chronology.output.x_write_csv__mutmut_26": "extrasaction left out: 'raise' is the default",
}
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped"}
STATUS.update({36: "timeout", -24: "timeout", 24: "timeout", 152: "timeout", 255: "timeout"})


def working_copy(into: Path) -> None:
    """The files git tracks, as they are in the working tree, plus new test files."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for raw in listed:
        if not raw:
            continue
        source = ROOT / raw.decode()
        if source.is_file():
            target = into / raw.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def run_module(name: str, keep: bool) -> dict[str, object]:
    path, tests = CORE[name]
    folder = Path(tempfile.mkdtemp(prefix=f"cspr-mutation-{name}-"))
    try:
        working_copy(folder)
        package = path.split("/")[0] + "/"
        selection = "\n    ".join(tests)
        (folder / "setup.cfg").write_text(
            "[mutmut]\n"
            f"source_paths={package}\n"
            f"only_mutate={path}\n"
            f"pytest_add_cli_args_test_selection={selection}\n"
            "pytest_add_cli_args=-p no:cacheprovider -q -x\n",
            encoding="utf-8",
        )
        started = time.monotonic()
        done = subprocess.run(
            [str(MUTMUT), "run"], cwd=folder, capture_output=True, text=True, check=False
        )
        seconds = round(time.monotonic() - started)
        meta = folder / "mutants" / f"{path}.meta"
        if not meta.exists():
            tail = (done.stdout + done.stderr)[-2000:]
            raise SystemExit(f"mutmut wrote no results for {path}:\n{tail}")
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        status = {key: STATUS.get(code, "suspicious") for key, code in codes.items()}
        counts = collections.Counter(status.values())
        total = len(status)
        caught = counts["killed"] + counts["timeout"]
        survivors = sorted(k for k, s in status.items() if s != "killed" and s != "timeout")
        by_function = collections.Counter(k.split("__mutmut_")[0].split(".")[-1] for k in survivors)
        return {
            "file": path,
            "tests": tests,
            "mutants": total,
            "killed": counts["killed"],
            "timeout": counts["timeout"],
            "survived": counts["survived"],
            "other": total - caught - counts["survived"],
            "score": round(caught / total, 3) if total else None,
            "equivalent": {k: EQUIVALENT[k] for k in survivors if k in EQUIVALENT},
            "score_without_equivalent": (
                round(caught / (total - sum(k in EQUIVALENT for k in survivors)), 3)
                if total
                else None
            ),
            "seconds": seconds,
            "survivors_by_function": dict(by_function.most_common()),
            "survivors": survivors,
            "copy": str(folder) if keep else None,
        }
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help=f"default: all of {', '.join(CORE)}")
    parser.add_argument("--keep", action="store_true", help="keep each copy (mutmut show)")
    args = parser.parse_args(argv)
    unknown = [m for m in args.modules if m not in CORE]
    if unknown:
        parser.error(f"unknown module(s) {', '.join(unknown)}; choose from {', '.join(CORE)}")
    if not MUTMUT.exists():
        raise SystemExit("mutmut is not installed: .venv/bin/pip install -e '.[test]'")
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results.setdefault("modules", {})
    for name in args.modules or list(CORE):
        print(f"{name}: mutating {CORE[name][0]} ...", flush=True)
        found = run_module(name, args.keep)
        results["modules"][name] = found
        print(
            f"{name}: {found['killed']} killed, {found['timeout']} timed out, "
            f"{found['survived']} survived, {found['other']} other of {found['mutants']}: "
            f"score {found['score']} ({found['seconds']} s)",
            flush=True,
        )
        results["tool"] = f"mutmut {importlib.metadata.version('mutmut')}"
        results["score_is"] = "(killed + timeout) / mutants, per module"
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
