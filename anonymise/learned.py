"""A learned redactor kept on disk, so that a restart does not learn a case's texts again.

Learning a case (finding its practitioners, schools, surgeries, addresses and other people in
every text) is most of the work of anonymising it: about 1.3 s for 2,000 rows, against 0.03 s
to load what was learned. The learned state is saved under a key made from everything learning
reads, so a saved state is used only for exactly the texts and register it was learned from:

- the register built from the family workbook (every entry, name, alias and date of birth);
- every text with its context (field, agency, sheet, date), in the order learned;
- the date mode and today's date (a register's labels depend on ages, so a state keeps a day);
- the source of the anonymise, chronology and genogram packages and their rule files, so new
  code or rules learn again.

The state is the redactor object itself (its register and everything it has learned), written
with pickle, because a hand-written format would have to name every learned field and one left
out would leak names after a restart. Pickle runs code when loading, so a file is trusted only
when both hold:

- its HMAC-SHA256 under the server's secret key (the session key) is right;
- it builds only the classes listed in `_ALLOWED` (the register, its entries, dates, sets,
  compiled patterns): the loader refuses any other.

A file that fails either check, is of an older format or cannot be read is ignored (the case is
learned again), never an error. The packaged rules and pseudonym scheme are not written: they are
named in the file and the loading process's own are used, as a fresh learning would.

The file holds the case's real names, like the uploads beside it: it is written readable by the
server's account only (0600), in the data folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import io
import json
import os
import pickle
import threading
from collections.abc import Iterable
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

from anonymise.redact import Anonymiser, Ctx
from anonymise.register import Register
from anonymise.rules import load_rules
from genogram.roles import load_scheme

MAGIC = b"cspr-learned 1\n"
_MAC_SIZE = 32
_ROOT = Path(__file__).resolve().parent.parent
_PACKAGES = ("anonymise", "chronology", "genogram")

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


@cache
def code_fingerprint() -> str:
    """The source and rule files of the packages learning runs (read once per process)."""
    digest = hashlib.sha256()
    for package in _PACKAGES:
        base = _ROOT / package
        for path in sorted(base.rglob("*")):
            if path.suffix in (".py", ".toml") and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(_ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def learned_key(
    register: Register, items: Iterable[tuple[str, Ctx]], date_mode: str, today: dt.date
) -> str:
    """The key of what learning reads (see the module docstring); `register` is the family
    workbook's, before learning."""
    digest = hashlib.sha256()
    for part in (MAGIC.decode(), code_fingerprint(), date_mode, today.isoformat()):
        digest.update(part.encode() + b"\x00")
    digest.update(json.dumps(asdict(register), default=str, sort_keys=True).encode() + b"\x00")
    for text, ctx in items:
        date = ctx.date.isoformat() if ctx.date is not None else ""
        for part in (text or "", ctx.field, ctx.agency, ctx.sheet, date, ctx.where):
            digest.update(part.encode("utf-8", "surrogatepass") + b"\x1f")
        digest.update(b"\x1e")
    return digest.hexdigest()


def _shared() -> dict[str, object]:
    """Objects every redactor shares (the packaged rules, their roles and the scheme): named in
    the file, not written."""
    rules = load_rules()
    shared: dict[str, object] = {"rules": rules, "scheme": load_scheme()}
    for number, role in enumerate(rules.roles):
        shared[f"role:{number}"] = role
    return shared


class _Writer(pickle.Pickler):
    def __init__(self, handle: io.BytesIO, redactor: Anonymiser) -> None:
        super().__init__(handle, protocol=pickle.HIGHEST_PROTOCOL)
        self._names = {id(obj): name for name, obj in _shared().items()}
        # Redactions made so far and the name index (built again on first use): not kept.
        self._names[id(redactor._cache)] = "cache"
        if redactor._index is not None:
            self._names[id(redactor._index)] = "index"

    def persistent_id(self, obj: Any) -> str | None:
        return self._names.get(id(obj))


class _Reader(pickle.Unpickler):
    def __init__(self, handle: io.BytesIO) -> None:
        super().__init__(handle)
        self._shared = _shared()

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


def save_learned(
    path: Path, key: str, secret: bytes, redactor: Anonymiser, extra: dict[str, str]
) -> None:
    """Write the redactor's learned state (and `extra`, such as the screen's pseudonyms) under
    `key`, signed with `secret`; written whole, then moved into place."""
    if not secret:
        raise ValueError("a learned state is signed: the secret key is empty")
    handle = io.BytesIO()
    _Writer(handle, redactor).dump((key, redactor, extra))
    payload = handle.getvalue()
    mac = hmac.new(secret, MAGIC + payload, hashlib.sha256).digest()
    path.parent.mkdir(parents=True, exist_ok=True)
    spare = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    descriptor = os.open(spare, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(MAGIC + mac + payload)
    os.replace(spare, path)


def load_learned(path: Path, key: str, secret: bytes) -> tuple[Anonymiser, dict[str, str]] | None:
    """The redactor saved under `key` (and its `extra`), or None when there is none, it was
    saved for other texts, or it fails a check (see the module docstring)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not secret or not data.startswith(MAGIC):
        return None
    mac, payload = data[len(MAGIC) : len(MAGIC) + _MAC_SIZE], data[len(MAGIC) + _MAC_SIZE :]
    if not hmac.compare_digest(mac, hmac.new(secret, MAGIC + payload, hashlib.sha256).digest()):
        return None
    try:
        saved_key, redactor, extra = _Reader(io.BytesIO(payload)).load()
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None
    if saved_key != key or not isinstance(redactor, Anonymiser) or not isinstance(extra, dict):
        return None
    return redactor, extra
