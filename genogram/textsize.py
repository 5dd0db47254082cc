"""Text widths without a font library, so the layout is the same on every machine.

Labels must not overlap, so the layout needs their widths before anything is drawn. These are
the advance widths of DejaVu Sans (the first font the SVG asks for, and the one cairosvg uses
on Debian), in thousandths of an em; other fonts in the list are narrower, so the estimate is
safe. Characters outside ASCII count as the width of a wide lower-case letter.
"""

from __future__ import annotations

_ASCII_WIDTHS = (
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698,
    770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732,
    684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
    634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,
    525, 636, 337, 636, 838,
)  # fmt: skip
_OTHER = 640
BOLD_FACTOR = 1.14  # DejaVu Sans Bold is about this much wider


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of `text` set in DejaVu Sans at `size` units."""
    total = 0
    for char in text:
        code = ord(char)
        total += _ASCII_WIDTHS[code - 32] if 32 <= code < 127 else _OTHER
    return total / 1000 * size * (BOLD_FACTOR if bold else 1.0)
