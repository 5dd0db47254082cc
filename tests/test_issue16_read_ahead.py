"""Issue 16: a large set of files is read by two processes, each reading its own share. That
must change nothing: the same results in the same order, and a file the child cannot read (an
error, or the child killed) read again by the merge itself, so the error is the same one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import chronology.pipeline as pipeline
from chronology.filesafety import IngestError
from chronology.ingest import read_chronology
from chronology.pipeline import read_all

DEMO = Path(__file__).resolve().parent.parent / "sample_data" / "demo_case"
PATHS = sorted(p for p in DEMO.iterdir() if "_chronology" in p.name)


@pytest.fixture
def shared(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every set of files shared with a child, however small."""
    monkeypatch.setattr(pipeline, "READ_FORK_FROM", 0)


def test_the_files_are_spread_between_the_two_processes(shared: None) -> None:
    theirs = pipeline._their_share(PATHS)
    assert 0 < len(theirs) < len(PATHS)


def test_two_processes_read_what_one_reads_in_the_same_order(
    shared: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()
    read_here: list[str] = []

    def recording(path: Path, **options: object) -> object:
        if os.getpid() == parent:
            read_here.append(path.name)
        return read_chronology(path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "read_chronology", recording)
    together = read_all(PATHS)
    theirs = {PATHS[i].name for i in pipeline._their_share(PATHS)}
    assert set(read_here) == {p.name for p in PATHS} - theirs  # the child's reads were used
    monkeypatch.setattr(pipeline, "read_chronology", read_chronology)
    monkeypatch.setattr(pipeline, "READ_FORK_FROM", 1 << 60)
    assert pipeline._their_share(PATHS) == []
    alone = read_all(PATHS)
    assert [r.file for r in together] == [p.name for p in PATHS]
    assert together == alone


def test_a_file_the_child_cannot_read_gives_the_same_error(shared: None, tmp_path: Path) -> None:
    paths = []
    for path in PATHS:
        shutil.copy(path, tmp_path / path.name)
        paths.append(tmp_path / path.name)
    broken = tmp_path / "Broken_chronology.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    paths.insert(0, broken)  # the heaviest share's first file: read by one of the two
    with pytest.raises(IngestError) as alone:
        read_chronology(broken)
    for order in (paths, paths[::-1]):
        with pytest.raises(IngestError) as shared_error:
            read_all(order)
        assert str(shared_error.value) == str(alone.value)


def test_of_two_broken_files_the_first_is_named_whichever_process_read_it(
    shared: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "A_chronology.xlsx", tmp_path / "B_chronology.xlsx"
    first.write_bytes(b"PK\x03\x04 not a workbook")
    second.write_bytes(b"PK\x03\x04 not a workbook either, and longer")
    paths = [first, second, *PATHS]
    for child_reads in ([0], [1]):  # the first broken file read by the child, then here
        monkeypatch.setattr(pipeline, "_their_share", lambda _, share=child_reads: share)
        with pytest.raises(IngestError) as raised:
            read_all(paths)
        assert "A_chronology.xlsx" in str(raised.value)


def test_a_killed_child_only_means_reading_here(
    shared: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()
    read_here: list[str] = []

    def dies_in_the_child(path: Path, **options: object) -> object:
        if os.getpid() != parent:
            os._exit(3)
        read_here.append(path.name)
        return read_chronology(path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "read_chronology", dies_in_the_child)
    found = read_all(PATHS)
    assert sorted(read_here) == sorted(p.name for p in PATHS)  # the child's share read again
    monkeypatch.undo()
    assert found == read_all(PATHS)


def test_no_child_beside_other_threads(shared: None) -> None:
    """A lock another thread holds at the fork would be held for ever in the child."""
    import threading

    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert pipeline._their_share(PATHS) == []
    finally:
        release.set()
        other.join()
    assert pipeline._their_share(PATHS) != []
