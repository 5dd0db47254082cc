"""The genogram as a plotly figure for the dashboard, drawn from the same scene as the SVG.

Symbols and lines become layout shapes (so they look exactly like the SVG), and an invisible
marker on each person carries the hover text. The words are one transparent SVG picture laid
over the drawing in drawing units: the dashboard stretches the figure to the window, and
plotly's annotations keep their size in pixels, so on a laptop shrunk labels ran into each
other ("Maternal grandfatherMaternal grandmother") and the key's text out of its box. The y
axis is reversed because drawing coordinates grow downwards.
"""

from __future__ import annotations

import html
from typing import Any

import plotly.graph_objects as go

from genogram.build import Genogram
from genogram.primitives import Path, Point, Scene, Shape
from genogram.svg import words_svg


def genogram_figure(genogram: Genogram) -> go.Figure:
    """A plotly figure of the genogram (hover shows each person's details)."""
    return scene_figure(genogram.scene)


def scene_figure(scene: Scene) -> go.Figure:
    shapes: list[dict[str, Any]] = []
    for item in scene.items:
        if isinstance(item, Shape):
            shapes.append(_shape(item))
        elif isinstance(item, Path):
            shapes.append(_path(item))
    words = {
        "source": words_source(scene),
        "xref": "x",
        "yref": "y",
        "x": 0,
        "y": 0,
        "sizex": scene.width,
        "sizey": scene.height,
        "xanchor": "left",
        "yanchor": "top",
        "sizing": "stretch",
        "layer": "above",
    }
    hover = go.Scatter(
        x=[h.x for h in scene.hovers],
        y=[h.y for h in scene.hovers],
        mode="markers",
        marker={"size": 30, "opacity": 0},
        hovertext=["<br>".join(html.escape(line) for line in h.lines) for h in scene.hovers],
        hoverinfo="text",
        customdata=[h.ref for h in scene.hovers],
        showlegend=False,
    )
    figure = go.Figure(data=[hover])
    figure.update_layout(
        shapes=shapes,
        images=[words],
        width=round(scene.width),
        height=round(scene.height),
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        plot_bgcolor="#ffffff",
        paper_bgcolor="#ffffff",
        xaxis={"range": [0, scene.width], "visible": False, "fixedrange": False},
        yaxis={
            "range": [scene.height, 0],
            "visible": False,
            "scaleanchor": "x",
            "scaleratio": 1,
        },
        hovermode="closest",
    )
    return figure


def words_source(scene: Scene) -> str:
    """The words as a data URL. Only `%` and `#` are escaped, so the words stay readable in
    the figure's JSON (a check for names left in an anonymised figure still finds them)."""
    return "data:image/svg+xml;charset=utf-8," + words_svg(scene).replace("%", "%25").replace(
        "#", "%23"
    )


def _line(stroke: str, width: float, dash: str) -> dict[str, Any]:
    line: dict[str, Any] = {"color": stroke if width > 0 else "rgba(0,0,0,0)", "width": width}
    if dash:
        line["dash"] = ",".join(f"{part}px" for part in dash.split())
    return line


def _shape(shape: Shape) -> dict[str, Any]:
    line = _line(shape.stroke, shape.width, "")
    cx, cy, half = shape.cx, shape.cy, shape.half
    if shape.kind in ("square", "circle"):
        return {
            "type": "rect" if shape.kind == "square" else "circle",
            "x0": cx - half,
            "x1": cx + half,
            "y0": cy - half,
            "y1": cy + half,
            "line": line,
            "fillcolor": shape.fill,
            "layer": "below",
        }
    corners = ((cx, cy - half), (cx + half, cy), (cx, cy + half), (cx - half, cy))
    return {
        "type": "path",
        "path": _svg_path(corners, closed=True),
        "line": line,
        "fillcolor": shape.fill,
        "layer": "below",
    }


def _path(path: Path) -> dict[str, Any]:
    result: dict[str, Any] = {
        "type": "path",
        "path": _svg_path(path.points, path.closed),
        "line": _line(path.stroke, path.width, path.dash),
        "layer": "below",
    }
    if path.fill:
        result["fillcolor"] = path.fill
    return result


def _svg_path(points: tuple[Point, ...], closed: bool) -> str:
    head, *rest = points
    text = f"M {head[0]:.2f},{head[1]:.2f} " + " ".join(f"L {x:.2f},{y:.2f}" for x, y in rest)
    return text + (" Z" if closed else "")
