"""The people register saved beside the family workbook (by `cspr merge --anonymise`, the
documents and the dashboard's exports) is the key from pseudonyms back to real names."""

from __future__ import annotations

import os
from pathlib import Path

from anonymise.register import Register


def test_a_saved_register_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    """The register is the key from pseudonyms back to names: 0600 whatever the umask."""
    path = tmp_path / "family.register.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)
    previous = os.umask(0o022)
    try:
        Register().save(path)
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o600
