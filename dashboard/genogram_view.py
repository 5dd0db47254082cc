"""The genogram page's drawing size as plain functions (no Dash import): the words under the
symbols never shrink below a legible size, so a large family's drawing is given the room it
needs and its box scrolls (and zooms) instead."""

from __future__ import annotations

from typing import Any

from genogram.build import Genogram
from genogram.style import load_style

# The least size of the words under the symbols, in CSS pixels: on a laptop and, larger, on a
# shared screen (presentation mode).
MIN_LABEL_PX, MIN_LABEL_PX_PRESENTATION = 12.0, 15.0


def figure_style(genogram: Genogram | None, presentation: bool) -> dict[str, Any]:
    """The drawing's box: the page's width and the window's height, but never so small that
    the labels under the symbols are drawn smaller than the least size (the drawing keeps its
    proportions, so its width and its height both have a least size)."""
    style: dict[str, Any] = {"width": "100%", "height": "calc(100vh - 240px)"}
    if genogram is None:
        return {**style, "minHeight": "520px"}
    least = MIN_LABEL_PX_PRESENTATION if presentation else MIN_LABEL_PX
    scale = least / float(load_style().get("font", "label_size"))
    width, height = genogram.scene.width * scale, genogram.scene.height * scale
    return {**style, "minWidth": f"{width:.0f}px", "minHeight": f"{max(height, 320):.0f}px"}


def label_px(genogram: Genogram, style: dict[str, Any]) -> float:
    """The labels' size in pixels in the smallest box `style` allows."""
    width = float(str(style["minWidth"]).removesuffix("px"))
    height = float(str(style["minHeight"]).removesuffix("px"))
    scale = min(width / genogram.scene.width, height / genogram.scene.height)
    return scale * float(load_style().get("font", "label_size"))
