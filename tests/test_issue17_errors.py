"""Issue 17, "one error family": domain code raises the project's input errors with messages in
the user's words, never a command-line flag; the command line names the input as its flag, the
dashboard in its own words, and the dashboard catches only the family (a plain ValueError is a
programming error, not a user's)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from anonymise.errors import AnonymiseError, LeakError
from chronology.dates import DateError
from chronology.errors import InputError
from chronology.filesafety import IngestError
from cspr.cli import main
from dashboard.errors import USER_ERRORS, ScreenError, user_message
from genogram.errors import GenogramError
from reviews.errors import ReviewError
from rulefiles import RulesError

ROOT = Path(__file__).resolve().parent.parent
DOMAINS = ("chronology", "genogram", "anonymise", "reviews")
FAMILY = ROOT / "sample_data" / "demo_case" / "family.xlsx"


def _flag_messages(path: Path, base: Path = ROOT) -> list[str]:
    """`raise X("--flag ...")` in a module: the message's opening text when it is a flag."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
            continue
        first = node.exc.args[0]
        if isinstance(first, ast.JoinedStr) and first.values:
            first = first.values[0]
        if isinstance(first, ast.Constant) and str(first.value).startswith("--"):
            found.append(f"{path.relative_to(base)}:{node.lineno}: {first.value}")
    return found


def test_no_domain_message_names_a_command_line_flag() -> None:
    modules = [
        p
        for d in DOMAINS
        for p in sorted((ROOT / d).rglob("*.py"))
        if p.name != "cli.py" and not p.name.endswith("_cli.py") and "migrations" not in p.parts
    ]
    assert len(modules) > 60
    assert [m for p in modules for m in _flag_messages(p)] == []


def test_the_scan_finds_a_flag_in_a_message(tmp_path: Path) -> None:
    path = tmp_path / "probe.py"
    path.write_text('def f(x):\n    raise ValueError(f"--as-at {x} is wrong")\n', "utf-8")
    assert _flag_messages(path, tmp_path) == ["probe.py:2: --as-at "]


def test_each_domain_error_is_in_the_family_and_still_a_value_error() -> None:
    for error in (DateError, GenogramError, AnonymiseError, LeakError, ReviewError, ScreenError):
        assert issubclass(error, InputError) and issubclass(error, ValueError)
    assert all(issubclass(e, USER_ERRORS) for e in (InputError, IngestError, RulesError))
    assert not isinstance(ValueError("a bug"), USER_ERRORS)
    assert not isinstance(KeyError("a bug"), USER_ERRORS)


def test_an_input_is_named_as_a_flag_on_the_command_line_and_in_words_on_screen() -> None:
    error = GenogramError("01/01/1900 is before the subject child was born", field="as_at")
    assert error.as_flag() == "--as-at 01/01/1900 is before the subject child was born"
    assert user_message(error) == "The as-at date 01/01/1900 is before the subject child was born"
    assert user_message(AnonymiseError("must be a new file", field="out")) == (
        "The file name must be a new file"
    )
    plain = ReviewError("no review with reference 'RR-404'")
    assert plain.as_flag() == user_message(plain) == "no review with reference 'RR-404'"
    assert user_message(ReviewError("a\nb", field="some_new_input")) == "Some new input a b"


def test_the_command_line_prints_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "g.svg")
    assert main(["genogram", str(FAMILY), "--out", out, "--as-at", "01/01/1900"]) == 2
    assert capsys.readouterr().err == (
        "cspr genogram: error: --as-at 01/01/1900 is before the subject child was born\n"
    )
    assert main(["genogram", str(FAMILY), "--out", out, "--subject", "P404"]) == 2
    assert capsys.readouterr().err == (
        "cspr genogram: error: --subject 'P404' is not in the People sheet\n"
    )
