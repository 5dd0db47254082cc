"""Which files the upload page takes: the types the readers accept (and, for the others, what
they are and what to save them as instead), and the bytes of a dropped file within the size
limit. Nothing here reads a file's contents."""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from chronology import filesafety
from dashboard.errors import ScreenError

FAMILY_SUFFIXES = frozenset({".xlsx", ".xlsm"})
# What people most often try instead, and how to turn it into something readable.
SAVE_AS = {
    ".xls": "it is an Excel 97-2003 workbook",
    ".xlsb": "it is an Excel binary workbook",
    ".ods": "it is an OpenDocument spreadsheet",
    ".numbers": "it is a Numbers spreadsheet",
    ".doc": "it is a Word 97-2003 document",
    ".odt": "it is an OpenDocument text",
    ".rtf": "it is a rich-text document",
    ".pdf": "a PDF cannot be read as a table",
    ".txt": "a plain text file has no columns",
    ".msg": "it is an e-mail; save its attachment instead",
    ".eml": "it is an e-mail; save its attachment instead",
    ".zip": "it is a zip archive; unzip it and upload the files inside",
}


def accepted_suffixes(kind: str = "chronology") -> list[str]:
    """The extensions the readers accept, from the reader itself (`.docx` appears here as soon
    as `chronology.filesafety.SUPPORTED_SUFFIXES` includes it)."""
    suffixes = FAMILY_SUFFIXES if kind == "family" else filesafety.SUPPORTED_SUFFIXES
    order = [".xlsx", ".xlsm", ".csv", ".docx"]
    return sorted(suffixes, key=lambda s: (order.index(s) if s in order else len(order), s))


def spoken(suffixes: list[str]) -> str:
    """Extensions as a person lists them: ".xlsx, .csv or .docx"."""
    return suffixes[0] if len(suffixes) == 1 else ", ".join(suffixes[:-1]) + " or " + suffixes[-1]


def _save_as(kind: str) -> list[str]:
    """What to save as: the main formats (no one is asked to save a macro workbook)."""
    return [s for s in accepted_suffixes(kind) if s != ".xlsm"]


def refused_type(name: str, kind: str = "chronology") -> str | None:
    """Why a file of this type cannot be read and what to do, or None if it can be."""
    suffix = Path(name).suffix.lower()
    if suffix in accepted_suffixes(kind):
        return None
    why = SAVE_AS.get(suffix, f"files of type '{suffix or 'none'}' cannot be read")
    if kind == "family":
        return f"refused, {why}. The family workbook must be .xlsx: save it as .xlsx."
    return f"refused, {why}. Save it as {spoken(_save_as(kind))} and upload it again."


def decode_upload(contents: str, limit_bytes: int) -> bytes:
    """The bytes of a `dcc.Upload` data URL; ValueError if too big or not base64."""
    _, _, payload = contents.partition(",")
    if len(payload) * 3 // 4 > limit_bytes + 4:
        raise ScreenError(f"larger than the {limit_bytes >> 20} MB limit")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ScreenError("the upload was damaged in transit; try again") from None
    if len(data) > limit_bytes:
        raise ScreenError(f"larger than the {limit_bytes >> 20} MB limit")
    return data
