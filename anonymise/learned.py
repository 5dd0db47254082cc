"""A learned redactor kept on disk, so that a restart does not learn a case's texts again.

Learning a case (finding its practitioners, schools, surgeries, addresses and other people in
every text) is most of the work of anonymising it: about 1.3 s for 2,000 rows, against 0.03 s
to load what was learned. The learned state is saved under a key made from everything learning
reads, so a saved state is used only for exactly the texts and register it was learned from:

- the register built from the family workbook (every entry, name, alias and date of birth);
- every text with its context (field, agency, sheet, date), in the order learned;
- the date mode and today's date (a register's labels depend on ages, so a state keeps a day);
- the source of the packages learning runs (anonymise, chronology, genogram, rulefiles and the
  dashboard's anonymiser) and their rule files, the Python version and the versions of the
  word list and rapidfuzz, read when this module is imported (a process running old code
  keeps its old fingerprint), so new code or rules learn again.

The state is the redactor object itself (its register and everything it has learned), written
with pickle, because a hand-written format would have to name every learned field and one left
out would leak names after a restart. Pickle runs code when loading, so a file is unpickled only
when its HMAC-SHA256 under the server's secret key (the session key) is right and its key (in
the signed header) is the one asked for. Even then the loader builds only the classes listed in
`_ALLOWED` (the register, its entries, dates, sets, compiled patterns), hands out copies of the
shared rules (so a file cannot change the process's own), and refuses a file that changed one of
those classes. What remains open to someone holding the session key is a redactor state of their
making for that review (they could already sign a session cookie with it).

A file that fails a check, is of an older format or cannot be read is ignored (the case is
learned again), never an error. The packaged rules and pseudonym scheme are not written: they are
named in the file and (copies of) the loading process's own are used, as a fresh learning would.

The file holds the case's real names, like the uploads beside it: it is written readable by the
server's account only (0600), in the data folder.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import hmac
import io
import json
import logging
import os
import pickle
import re
import sys
import threading
from collections.abc import Iterable
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import Any

from anonymise.redact import Anonymiser, Ctx
from anonymise.register import Entry, Register
from anonymise.rules import Role, load_rules
from chronology.dates import ParsedDate
from genogram.roles import load_scheme

MAGIC = b"cspr-learned 2\n"
_MAC_SIZE = 32
_KEY_SIZE = 64  # a SHA-256 in hex
_ROOT = Path(__file__).resolve().parent.parent
_SOURCES = ("anonymise", "chronology", "genogram", "rulefiles", "dashboard/anonymise.py")
_VERSIONS = ("english-words", "rapidfuzz")

# What a learned state is made of; the loader builds nothing else.
_ALLOWED = frozenset(
    {
        ("anonymise.redact", "Anonymiser"),
        ("anonymise.register", "Entry"),
        ("anonymise.register", "Register"),
        ("anonymise.rules", "Role"),
        ("chronology.dates", "ParsedDate"),
        ("builtins", "set"),
        ("builtins", "frozenset"),
        ("collections", "Counter"),
        ("collections", "defaultdict"),
        ("datetime", "date"),
        ("re", "_compile"),
    }
)
# Those of them a file could change in place (pickle's BUILD on the class itself): compared
# before and after every load.
_WATCHED: tuple[Any, ...] = (Anonymiser, Entry, Register, Role, ParsedDate, re._compile)  # type: ignore[attr-defined]


def _fingerprint() -> str:
    """The code, rules and libraries learning depends on (see the module docstring)."""
    digest = hashlib.sha256(sys.version.encode())
    for name in _VERSIONS:
        try:
            digest.update(f"{name} {metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} none".encode())
    for source in _SOURCES:
        base = _ROOT / source
        paths = sorted(base.rglob("*")) if base.is_dir() else [base]
        for path in paths:
            if path.suffix in (".py", ".toml") and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(_ROOT)).encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


FINGERPRINT = _fingerprint()  # at import: a process keeps the fingerprint of the code it runs


def learned_key(
    register: Register, items: Iterable[tuple[str, Ctx]], date_mode: str, today: dt.date
) -> str:
    """The key of what learning reads (see the module docstring); `register` is the family
    workbook's, before learning."""
    digest = hashlib.sha256()

    def part(value: str) -> None:
        data = value.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big") + data)  # length first: no two lists alike

    for value in (MAGIC.decode(), FINGERPRINT, date_mode, today.isoformat()):
        part(value)
    part(json.dumps(asdict(register), default=str, sort_keys=True))
    for text, ctx in items:
        date = ctx.date.isoformat() if ctx.date is not None else ""
        for value in (text or "", ctx.field, ctx.agency, ctx.sheet, date, ctx.where):
            part(value)
    return digest.hexdigest()


def _shared(fresh: bool) -> dict[str, object]:
    """Objects every redactor shares (the packaged rules, their roles and the scheme): named in
    the file, not written; a load gets copies (`fresh`), so no file can change the originals."""
    rules, scheme = load_rules(), load_scheme()
    if fresh:
        rules, scheme = copy.deepcopy(rules), copy.deepcopy(scheme)
    shared: dict[str, object] = {"rules": rules, "scheme": scheme}
    for number, role in enumerate(rules.roles):
        shared[f"role:{number}"] = role
    return shared


class _Writer(pickle.Pickler):
    def __init__(self, handle: io.BytesIO, redactor: Anonymiser) -> None:
        super().__init__(handle, protocol=pickle.HIGHEST_PROTOCOL)
        self._names = {id(obj): name for name, obj in _shared(False).items()}
        # Redactions made so far and the name index (built again on first use): not kept.
        self._names[id(redactor._cache)] = "cache"
        if redactor._index is not None:
            self._names[id(redactor._index)] = "index"

    def persistent_id(self, obj: Any) -> str | None:
        return self._names.get(id(obj))


class _Reader(pickle.Unpickler):
    def __init__(self, handle: io.BytesIO) -> None:
        super().__init__(handle)
        self._shared = _shared(True)

    def persistent_load(self, pid: Any) -> object:
        if pid == "cache":
            return {}
        if pid == "index":
            return None
        if isinstance(pid, str) and pid in self._shared:
            return self._shared[pid]
        raise pickle.UnpicklingError(f"unknown shared object {pid!r}")

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a learned state")
        return super().find_class(module, name)


def _snapshot() -> list[dict[str, object]]:
    # copyreg caches `__slotnames__` on a class the first time one is copied or pickled.
    return [{k: v for k, v in vars(kind).items() if k != "__slotnames__"} for kind in _WATCHED]


def _changed(before: list[dict[str, object]]) -> bool:
    """Whether a load changed one of the allowed classes; if so, put them back."""
    changed = False
    for kind, old, now in zip(_WATCHED, before, _snapshot(), strict=True):
        if now.keys() == old.keys() and all(now[k] is old[k] for k in old):
            continue
        changed = True
        for name in set(now) - set(old):
            delattr(kind, name)
        for name, value in old.items():
            if now.get(name) is not value:
                setattr(kind, name, value)
    return changed


def save_learned(
    path: Path,
    key: str,
    secret: bytes,
    redactor: Anonymiser,
    extra: dict[str, str],
    state: bytes | None = None,
) -> None:
    """Write the redactor's learned state (and `extra`, such as the screen's pseudonyms) under
    `key`, signed with `secret`; written whole to a new private file, then moved into place.
    `state`: the two as `dump_state` gave them where they were learned (a loaded redactor
    holds copies of the shared rules, which `dump_state` would write out whole)."""
    if not secret:
        raise ValueError("a learned state is signed: the secret key is empty")
    if len(key) != _KEY_SIZE or not key.isascii():
        raise ValueError("a learned state's key is a SHA-256 in hex")
    signed = key.encode() + (state if state is not None else dump_state(redactor, extra))
    mac = hmac.new(secret, MAGIC + signed, hashlib.sha256).digest()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    spare = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        spare.unlink(missing_ok=True)  # a leftover of a crash of this very thread id
        with os.fdopen(os.open(spare, flags, 0o600), "wb") as out:
            out.write(MAGIC + mac + signed)
        os.replace(spare, path)
    finally:
        spare.unlink(missing_ok=True)  # gone after the replace; a partial file otherwise


def load_learned(path: Path, key: str, secret: bytes) -> tuple[Anonymiser, dict[str, str]] | None:
    """The redactor saved under `key` (and its `extra`), or None when there is none, it was
    saved for other texts, or it fails a check (see the module docstring)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not secret or not data.startswith(MAGIC):
        return None
    mac, signed = data[len(MAGIC) : len(MAGIC) + _MAC_SIZE], data[len(MAGIC) + _MAC_SIZE :]
    if not hmac.compare_digest(mac, hmac.new(secret, MAGIC + signed, hashlib.sha256).digest()):
        return None
    if not hmac.compare_digest(signed[:_KEY_SIZE], key.encode()):
        return None  # learned from other texts: not even unpickled
    return load_state(signed[_KEY_SIZE:], path.name)


def dump_state(redactor: Anonymiser, extra: dict[str, str]) -> bytes:
    """A redactor's learned state (and `extra`) as bytes: what `save_learned` signs and
    writes, and what a helper process that learned a case sends back (`dashboard.learn_apart`)."""
    handle = io.BytesIO()
    _Writer(handle, redactor).dump((redactor, extra))
    return handle.getvalue()


def load_state(data: bytes, name: str) -> tuple[Anonymiser, dict[str, str]] | None:
    """`dump_state`'s redactor and extra, built only of the allowed classes (the module
    docstring); None when the data is not such a state (`name` says whose, in the log)."""
    before = _snapshot()
    try:
        loaded = _Reader(io.BytesIO(data)).load()
    except Exception as error:  # any failure means: learn again
        logging.getLogger(__name__).warning("%s: not loaded (%s)", name, type(error).__name__)
        loaded = None
    if _changed(before):
        logging.getLogger(__name__).warning("%s: refused (it changed a class)", name)
        return None
    if not (isinstance(loaded, tuple) and len(loaded) == 2):
        return None
    redactor, extra = loaded
    if not isinstance(redactor, Anonymiser) or not isinstance(extra, dict):
        return None
    return redactor, extra
