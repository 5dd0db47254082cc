"""Issue 16: on a large merge a forked child writes the CSV and Word files and then the
workbook's last sheet while this process writes the rest of the workbook. That must change
nothing in any file, and a child that fails or dies only means the work is done here, with
any error raised here in the same words."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

import chronology.export_xlsx as export_xlsx
import chronology.pipeline as pipeline
from chronology.pipeline import MergeRun, merge, read_all, write_outputs

DEMO = Path(__file__).resolve().parent.parent / "sample_data" / "demo_case"
FORMATS = ["csv", "xlsx", "docx"]


@pytest.fixture(scope="module")
def run() -> MergeRun:
    return merge(read_all(sorted(p for p in DEMO.iterdir() if "_chronology" in p.name)))


def _written(run: MergeRun, out: Path) -> dict[str, bytes]:
    """Every file's bytes; the workbook's and Word file's parts one by one, without the
    parts that hold the time of writing."""
    fresh = MergeRun(run.results, run.integration, notes=list(run.notes))
    done = write_outputs(fresh, out, FORMATS)
    found = {"written": "\n".join(str(p.relative_to(out)) for p in done.written).encode()}
    for path in sorted(out.iterdir()):
        if path.suffix in (".xlsx", ".docx"):
            with zipfile.ZipFile(path) as package:
                for name in package.namelist():
                    if name != "docProps/core.xml":
                        found[f"{path.name}:{name}"] = package.read(name)
        else:
            found[path.name] = path.read_bytes()
    return found


def _alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "WORKBOOK_FORK_FROM", 1 << 60)


def _shared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "WORKBOOK_FORK_FROM", 0)


@pytest.mark.parametrize("child_takes_last", [True, False], ids=["last-sheet-there", "files-only"])
def test_shared_writing_writes_the_same_files(
    run: MergeRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, child_takes_last: bool
) -> None:
    _alone(monkeypatch)
    alone = _written(run, tmp_path / "alone")
    _shared(monkeypatch)
    monkeypatch.setattr(export_xlsx, "_child_takes_last", lambda _: child_takes_last)
    sent: list[object] = []
    real = export_xlsx.Ahead.result

    def recording(self: export_xlsx.Ahead[object]) -> object:
        sent.append(real(self))
        return sent[-1]

    monkeypatch.setattr(export_xlsx.Ahead, "result", recording)
    shared = _written(run, tmp_path / "shared")
    assert len(sent) == 1 and sent[0] is not None  # the child's work was used
    assert len(sent[0]) == (1 if child_takes_last else 0)  # type: ignore[arg-type]
    assert shared.keys() == alone.keys()
    assert [k for k in alone if shared[k] != alone[k]] == []
    assert len([k for k in alone if "worksheets/sheet" in k]) == 5
    book = openpyxl.load_workbook(tmp_path / "shared" / "integrated.xlsx", read_only=True)
    assert book.sheetnames[-1] == "Possible duplicates"
    assert book["Possible duplicates"].max_row == len(run.integration.possible) + 1


def test_a_child_that_dies_only_means_writing_here(
    run: MergeRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _alone(monkeypatch)
    alone = _written(run, tmp_path / "alone")
    _shared(monkeypatch)
    parent = os.getpid()
    real = pipeline._write_csv_files

    def dies_in_the_child(*args: object) -> None:
        if os.getpid() != parent:
            os._exit(3)
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_write_csv_files", dies_in_the_child)
    assert _written(run, tmp_path / "shared") == alone


def test_an_error_in_the_child_is_raised_here_in_the_same_words(
    run: MergeRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors = []
    for share in (_alone, _shared):
        share(monkeypatch)
        out = tmp_path / share.__name__
        (out / "sources.csv").mkdir(parents=True)  # a folder where a file must go
        with pytest.raises(OSError) as raised:
            write_outputs(MergeRun(run.results, run.integration), out, FORMATS)
        errors.append((type(raised.value), str(raised.value).replace(share.__name__, "X")))
    assert errors[0] == errors[1]


def test_a_failed_workbook_leaves_the_csv_files_whole(
    run: MergeRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workbook failing here does not cut short the files the child is writing."""
    _alone(monkeypatch)
    alone = _written(run, tmp_path / "alone")
    _shared(monkeypatch)

    def fails(*args: object) -> None:
        raise RuntimeError("no room for the workbook")

    monkeypatch.setattr(export_xlsx, "_main_sheet", fails)
    out = tmp_path / "shared"
    with pytest.raises(RuntimeError, match="no room"):
        write_outputs(MergeRun(run.results, run.integration), out, FORMATS)
    for name in ("integrated.csv", "sources.csv", "possible_duplicates.csv", "rejected.csv"):
        assert (out / name).read_bytes() == alone[name]
