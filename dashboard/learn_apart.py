"""A case's texts learned by a helper process while this one merges the case and serves pages.

Why: learning the register from a case's texts is pure Python (about 1.1 s at 2,000 rows). In
a thread it shares one core with the build and the first pages, so the first anonymised page
after an upload or a start waited for the build, the learning and the page one after another.
The helper is a fresh interpreter started with the app (not a fork: a server's threads may hold
locks a forked child would inherit held), which has imported the anonymiser once and then
learns one case at a time on the other core. It is sent the family workbook and the case's
readings (pickled), and sends back the learned state as `anonymise.learned` writes it to disk,
loaded here by the same restricted reader; a state learned by other code (a helper started
before the code or rules changed) is refused by its fingerprint.

Only an optimisation: a helper that is busy with another case, not running, failing or gone
means the case is learned in its thread, as before (`dashboard.case`).

    python -m dashboard.learn_apart    # the helper itself: requests on stdin, states on stdout
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import secrets
import struct
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from anonymise.learned import FINGERPRINT, dump_state, load_state
from anonymise.redact import Anonymiser as Redactor
from chronology.ingest import IngestResult
from genogram.family import Family

# Source rows from which a case is sent to the helper: below this learning takes under about
# 0.4 s, less than what sending and loading would save.
LEARN_APART_FROM = 1_000
_HEADER = struct.Struct(">Q")
_ROOT = Path(__file__).resolve().parent.parent
_lock = threading.Lock()  # one case at a time: the helper answers in order
_helper: subprocess.Popen[bytes] | None = None
_owner = 0  # the process that started `_helper` (a forked server worker starts its own)


def start() -> None:
    """Start the helper now (it imports the anonymiser, about a second on the other core), so
    that the first case does not wait for it. Does nothing if it runs already; never fails
    (without a helper, cases are learned in their threads)."""
    with _lock:
        _running()


def stop() -> None:
    """Stop this process's helper (a server's master before it forks its workers: they start
    their own). Waits for an answer in flight."""
    global _helper
    with _lock:
        if _helper is not None and _owner == os.getpid():
            _stop(_helper)
        _helper = None


def _running() -> subprocess.Popen[bytes] | None:
    global _helper, _owner
    if _helper is not None and _owner == os.getpid():
        if _helper.poll() is None:
            return _helper
        _stop(_helper)  # its pipes closed
    try:
        paths = [str(_ROOT), *(os.fspath(p) for p in sys.path if isinstance(p, str | os.PathLike))]
        _helper = subprocess.Popen(
            [sys.executable, "-m", "dashboard.learn_apart"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(map(str, paths))},
            cwd=_ROOT,
            close_fds=True,
        )
    except Exception as error:  # only slower: cases are learned in their threads
        logging.getLogger(__name__).warning("no learning helper: %s", error)
        _helper = None
        return None
    _owner = os.getpid()
    return _helper


class Learning:
    """One case sent to the helper; `result()` waits for its learned state. The lock taken
    when it was sent is held until its answer is read (and the helper stopped if the answer
    was not this case's): no other case is sent meanwhile."""

    def __init__(self, helper: subprocess.Popen[bytes], nonce: bytes) -> None:
        self._helper = helper
        self._nonce = nonce
        self._done = False

    def result(self) -> tuple[Redactor, dict[str, str], bytes] | None:
        """(redactor, pseudonyms, the state as sent) as learned by the helper, or None (then
        learn here)."""
        state = self._taken()
        if not state:
            return None
        loaded = load_state(state, "learning helper")
        return (*loaded, state) if loaded is not None else None

    def _taken(self) -> bytes | None:
        """The answer read once (later calls: None), the lock then released; the helper is
        stopped first when it sent no answer or not this case's (it is out of step)."""
        if self._done:
            return None
        self._done = True
        try:
            state = self._answer()
        except Exception:
            state = None
        try:
            if state is None:
                _stop(self._helper)
            return state
        finally:
            _lock.release()

    def _answer(self) -> bytes | None:
        """The state the helper sent for this very request (b"" when learning failed there);
        None when it sent nothing, another request's answer, or ran other code."""
        assert self._helper.stdout is not None
        data = _read(self._helper.stdout)
        if data is None:
            return None
        nonce, fingerprint, state = pickle.loads(data)  # from the helper this process started
        if nonce != self._nonce:
            logging.getLogger(__name__).warning("learning helper out of step: stopped")
            return None
        if fingerprint != FINGERPRINT:
            logging.getLogger(__name__).warning("learning helper runs other code: not used")
            return None
        return bytes(state)

    def discard(self) -> None:
        """Not needed after all (a saved state was loaded, the build failed): the answer is
        read and dropped in a thread, so the helper stays in step for the next case."""
        if not self._done:
            threading.Thread(target=self._taken, name="cspr-learn-discard", daemon=True).start()


def learn_apart(
    family: Family, results: Sequence[IngestResult], notes: Sequence[str]
) -> Learning | None:
    """Send the case to the helper (it learns what `Anonymiser.for_case` learns from a run of
    these readings and notes); None when the helper is busy or cannot be reached."""
    if not _lock.acquire(blocking=False):
        return None
    try:
        helper = _running()
        if helper is None or helper.stdin is None:
            raise OSError("no helper")
        # Each request carries a number used once, which the answer must repeat: an answer to
        # any other request (a helper out of step) is never taken for this case's.
        nonce = secrets.token_bytes(16)
        request = pickle.dumps((nonce, family, list(results), list(notes)), pickle.HIGHEST_PROTOCOL)
    except Exception:
        _lock.release()
        return None
    # Written by a thread: a helper still starting reads nothing yet, and a request larger
    # than the pipe would hold up the build until it does. A failed write reads as no answer.
    threading.Thread(target=_send, args=(helper, request), daemon=True).start()
    return Learning(helper, nonce)


def _send(helper: subprocess.Popen[bytes], request: bytes) -> None:
    try:
        assert helper.stdin is not None
        helper.stdin.write(_HEADER.pack(len(request)) + request)
        helper.stdin.flush()
    except BaseException:  # any failure: the answer's read then ends at once, never waits
        helper.kill()


def _stop(helper: subprocess.Popen[bytes]) -> None:
    """A helper out of step or gone: the next case starts a new one."""
    helper.kill()
    helper.wait()
    for stream in (helper.stdin, helper.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):  # a request still being written to it
                stream.close()


def _read(stream: IO[bytes]) -> bytes | None:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    return data if len(data) == size else None


def _learned(request: bytes) -> bytes:
    """In the helper: one case learned, as (fingerprint, state); an empty state when learning
    failed (the server learns it again and reports the error in its own words)."""
    from chronology.integrate import Integration
    from chronology.pipeline import MergeRun
    from dashboard.anonymise import Anonymiser

    nonce = b""
    try:
        nonce, family, results, notes = pickle.loads(request)  # from the server that started us
        run = MergeRun(results, Integration([], [], {}, [], 0), notes=notes)
        anonymiser = Anonymiser.for_case(family, run)
        assert anonymiser.redactor is not None
        state = dump_state(anonymiser.redactor, anonymiser.pseudonyms)
    except Exception:
        state = b""
    return pickle.dumps((nonce, FINGERPRINT, state), pickle.HIGHEST_PROTOCOL)


def _warm_up() -> None:
    """Learn the embedded demo case once: the first learning in a process loads word lists and
    compiles patterns (about 2 s at 2,000 rows, against 1.2 s for the next)."""
    from chronology.pipeline import read_all
    from dashboard.demo import DEMO_DIR
    from genogram.family import read_family

    try:
        family = read_family(DEMO_DIR / "family.xlsx")
        paths = sorted(DEMO_DIR.glob("*_chronology*"))
        _learned(pickle.dumps((b"", family, read_all(paths), [])))
    except Exception:  # only slower: the first case pays it
        logging.getLogger(__name__).warning("learning helper not warmed up", exc_info=True)


def main() -> None:
    """The helper: learn each case sent on stdin until it closes (the server has gone)."""
    _warm_up()
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while (request := _read(source)) is not None:
        answer = _learned(request)
        sink.write(_HEADER.pack(len(answer)) + answer)
        sink.flush()


if __name__ == "__main__":
    main()
