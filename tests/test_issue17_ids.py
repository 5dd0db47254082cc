"""Issue 17, "id constants per page": every page's component ids are constants of one class per
page in dashboard/ids.py, unique across the app, each with its page's prefix, and no page spells
one of them out as a string again."""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

from dashboard import ids

ROOT = Path(__file__).resolve().parent.parent
PREFIXES = {
    ids.Reviews: "rev-",
    ids.Review: "rvd-",
    ids.Chronology: "chr-",
    ids.Duplicates: "dup-",
    ids.Genogram: "gen-",
    ids.Export: "exp-",
    ids.Admin: "adm-",
    ids.Actions: "act-",
}


def _values(page: type) -> dict[str, str]:
    return {k: v for k, v in vars(page).items() if k.isupper()}


def test_every_id_has_its_page_prefix_and_is_unique() -> None:
    seen: dict[str, str] = {}
    for page, prefix in PREFIXES.items():
        values = _values(page)
        assert values, page.__name__
        for name, value in values.items():
            assert value.startswith(prefix), (page.__name__, name, value)
            assert value not in seen, f"{value} in {page.__name__} and {seen.get(value)}"
            seen[value] = page.__name__
    assert len(seen) > 150


def _spelt_out(path: Path, known: set[str]) -> list[str]:
    found = []
    source = path.read_text(encoding="utf-8")
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and token.string[:1] in "\"'":
            try:
                value = eval(token.string)  # a plain string literal
            except SyntaxError:
                continue
            if value in known:
                found.append(f"{path.name}:{token.start[0]}: {value}")
    return found


def test_no_page_spells_an_id_out(tmp_path: Path) -> None:
    known = {v for page in PREFIXES for v in _values(page).values()}
    pages = sorted((ROOT / "dashboard" / "pages").glob("*.py"))
    assert len(pages) > 10
    assert [line for page in pages for line in _spelt_out(page, known)] == []
    probe = tmp_path / "probe.py"
    probe.write_text('x = Output("chr-grid", "rowData")\n', encoding="utf-8")
    assert _spelt_out(probe, known) == ["probe.py:1: chr-grid"]
