"""Issue 17: "give each package a small `__init__` that re-exports its public API with
`__all__`". Every name a package lists is the very object its module defines, the list and the
lazy table agree, and importing a small module does not load the heavy ones (the reason the
re-exports of chronology and reviews are lazy)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

PACKAGES = ("chronology", "genogram", "anonymise", "reviews")


@pytest.mark.parametrize("name", PACKAGES)
def test_every_listed_name_is_the_module_s_own_object(name: str) -> None:
    package = importlib.import_module(name)
    assert len(set(package.__all__)) == len(package.__all__)
    for attribute in package.__all__:
        value = getattr(package, attribute)
        home = importlib.import_module(value.__module__) if hasattr(value, "__module__") else None
        assert home is None or getattr(home, attribute, value) is value, attribute
    lazy = getattr(package, "_EXPORTS", None)
    if lazy is not None:
        assert sorted(lazy) == sorted(package.__all__)
        for attribute, module in lazy.items():
            assert getattr(importlib.import_module(module), attribute) is getattr(
                package, attribute
            )


@pytest.mark.parametrize("name", ["chronology", "reviews"])
def test_an_unknown_name_is_an_attribute_error(name: str) -> None:
    with pytest.raises(AttributeError, match=f"module '{name}' has no attribute 'nothing_here'"):
        _ = importlib.import_module(name).nothing_here


def test_a_small_module_does_not_load_the_heavy_ones() -> None:
    code = (
        "import sys, chronology.dates, reviews.workingdays; "
        "print(sorted(m for m in ('openpyxl', 'sqlalchemy', 'chronology.pipeline', "
        "'reviews.service', 'chronology.linkage') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
