"""Writing a scene as SVG text, directly (no browser), with nothing in it but the drawing.

No metadata, comments, editor namespaces or embedded fonts: what is in the file is what is on
the page, which is what an anonymised export needs.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from genogram.primitives import Path, Point, Scene, Shape, Text
from genogram.style import Style, load_style


def number(value: float) -> str:
    """Two decimals at most, no trailing zeros: small files, identical on every run."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _points(points: tuple[Point, ...]) -> str:
    return " ".join(f"{number(x)},{number(y)}" for x, y in points)


def render_svg(scene: Scene, style: Style | None = None) -> str:
    """The scene as a standalone SVG document."""
    style = style or load_style()
    width, height = number(scene.width), number(scene.height)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family={quoteattr(style.font_family)}>',
        f"<title>{escape(scene.title)}</title>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    named: set[str] = set()
    for item in scene.items:
        if isinstance(item, Shape):
            out.append(_shape(item, named))
        elif isinstance(item, Path):
            out.append(_path(item))
        else:
            out.append(_text(item))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def words_svg(scene: Scene, style: Style | None = None) -> str:
    """Only the scene's words, on a transparent page of the scene's size: laid over the
    dashboard's drawing as a picture, so words grow and shrink with the symbols and lines
    (plotly's own text keeps its size in pixels, and labels then collide when the drawing is
    shrunk to a laptop's width, or spill out of the key)."""
    style = style or load_style()
    width, height = number(scene.width), number(scene.height)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family={quoteattr(style.font_family)}>',
        *(_text(item) for item in scene.items if isinstance(item, Text)),
        "</svg>",
    ]
    return "\n".join(out)


def _shape(shape: Shape, named: set[str]) -> str:
    paint = f'fill="{shape.fill}" stroke="{shape.stroke}" stroke-width="{number(shape.width)}"'
    ident = ""
    if shape.ref and shape.ref not in named:
        named.add(shape.ref)
        ident = f" id={quoteattr('person-' + shape.ref)}"
    cx, cy, half = shape.cx, shape.cy, shape.half
    if shape.kind == "circle":
        return f'<circle{ident} cx="{number(cx)}" cy="{number(cy)}" r="{number(half)}" {paint}/>'
    if shape.kind == "square":
        return (
            f'<rect{ident} x="{number(cx - half)}" y="{number(cy - half)}" '
            f'width="{number(2 * half)}" height="{number(2 * half)}" {paint}/>'
        )
    corners = ((cx, cy - half), (cx + half, cy), (cx, cy + half), (cx - half, cy))
    return f'<polygon{ident} points="{_points(corners)}" {paint}/>'


def _path(path: Path) -> str:
    tag = "polygon" if path.closed else "polyline"
    fill = path.fill or "none"
    stroke = path.stroke if path.width > 0 else "none"
    attrs = [
        f'points="{_points(path.points)}"',
        f'fill="{fill}"',
        f'stroke="{stroke}"',
        f'stroke-width="{number(path.width)}"',
    ]
    if path.dash:
        attrs.append(f'stroke-dasharray="{path.dash}"')
    if path.role in ("household", "overlay", "union"):
        attrs.append('stroke-linejoin="round"')
    if path.role:
        attrs.append(f'class="{path.role}"')
    return f"<{tag} {' '.join(attrs)}/>"


def _text(text: Text) -> str:
    weight = ' font-weight="bold"' if text.bold else ""
    return (
        f'<text x="{number(text.x)}" y="{number(text.y)}" font-size="{number(text.size)}"'
        f'{weight} text-anchor="{text.anchor}" fill="{text.colour}">{escape(text.text)}</text>'
    )
