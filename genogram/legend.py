"""The key: one sample of every symbol and line the drawing actually uses, nothing more."""

from __future__ import annotations

from collections.abc import Iterable

from genogram import geometry, marks
from genogram.primitives import Path, Primitive, Text
from genogram.style import Style
from genogram.textsize import text_width

ORDER = (
    "male", "female", "unknown_sex", "subject", "deceased", "age",
    "married", "cohabiting", "partners", "engaged", "unrecorded", "separated", "divorced",
    "birth", "adoptive", "foster", "twin", "identical_twin",
    "close", "conflict", "violence", "abuse", "cut_off", "unknown",
    "drawn_twice", "household",
)  # fmt: skip
ROW = 28.0
SWATCH_WIDTH = 48.0


def legend_size(style: Style, used: Iterable[str]) -> tuple[float, float]:
    keys = [k for k in ORDER if k in set(used)]
    size = float(style.get("font", "legend_size"))
    text = max((text_width(style.legend_text(k), size) for k in keys), default=0.0)
    title = text_width(str(style.get("legend", "title")), size + 2, bold=True)
    return 24 + SWATCH_WIDTH + 10 + max(text, title), 40 + ROW * len(keys) + 8


def draw_legend(style: Style, used: Iterable[str], left: float, top: float) -> list[Primitive]:
    """The key's primitives with its top-left corner at (left, top)."""
    keys = [k for k in ORDER if k in set(used)]
    width, height = legend_size(style, keys)
    size = float(style.get("font", "legend_size"))
    frame = ((left, top), (left + width, top), (left + width, top + height), (left, top + height))
    items: list[Primitive] = [
        Path(frame, "#8a8a8a", 1.0, fill="#ffffff", closed=True, role="legend"),
        Text(left + 12, top + 24, str(style.get("legend", "title")), size + 2, True, "start"),
    ]
    for index, key in enumerate(keys):
        cy = top + 40 + ROW * index + ROW / 2
        x0, x1 = left + 12, left + 12 + SWATCH_WIDTH
        items += _swatch(style, key, x0, x1, cy)
        items.append(Text(x1 + 10, cy + size * 0.36, style.legend_text(key), size, anchor="start"))
    return items


def _swatch(style: Style, key: str, x0: float, x1: float, cy: float) -> list[Primitive]:
    cx = (x0 + x1) / 2
    half = 9.0
    if key in ("male", "female", "unknown_sex", "deceased", "subject", "age"):
        sex = {"female": "F", "unknown_sex": "U", "age": "F"}.get(key, "M")
        age = "34" if key == "age" else ""
        if key == "age":
            half = 12.0
        return marks.symbol(
            style,
            sex,
            cx,
            cy,
            subject=key == "subject",
            deceased=key == "deceased",
            age=age,
            half=half,
        )
    if key in ("married", "cohabiting", "partners", "engaged", "unrecorded"):
        return marks.union_line(style, [(x0, cy), (x1, cy)], key, None)
    if key in ("separated", "divorced"):
        return marks.union_line(style, [(x0, cy), (x1, cy)], "married", key, (cx, cy))
    if key in ("birth", "adoptive", "foster"):
        return [marks.child_line(style, [(cx, cy - 11), (cx, cy + 11)], key)]
    if key in ("twin", "identical_twin"):
        apex = (cx, cy - 11)
        items: list[Primitive] = [
            marks.child_line(style, [apex, (cx - 12, cy + 11)], "birth"),
            marks.child_line(style, [apex, (cx + 12, cy + 11)], "birth"),
        ]
        if key == "identical_twin":
            items.append(Path(((cx - 6, cy), (cx + 6, cy)), "#1a1a1a", 2.0, role="child"))
        return items
    if key == "drawn_twice":
        corner = ((x0 + 4, cy + 9), (x0 + 4, cy - 7), (x1 - 4, cy - 7), (x1 - 4, cy + 9))
        return [marks.copy_link(style, list(corner))]
    if key == "household":
        box = [(x0, cy - 10), (x1, cy - 10), (x1, cy + 10), (x0, cy + 10)]
        return [
            Path(
                tuple(geometry.rounded(box, 6)),
                str(style.get("household", "colour")),
                float(style.get("household", "width")),
                str(style.get("household", "dash")),
                role="household",
            )
        ]
    return marks.overlay(style, key, [(x0, cy), (x1, cy)])
