"""The Key points screen's cause-and-effect diagram, as a Vega-Lite chart.

Drawn with the chart library every other screen already loads, so the landing page needs no
diagram renderer of its own. Steps are boxes laid out on a grid: a step without a branch sits in
the middle, each branch has its own column in a dashed frame with its name on top, and a step's
row is how far along its longest chain it comes. Arrows are elbow lines ending in an arrowhead.
A step that starts several branches stands across their frames.
The chosen step has a thick border and a tinted fill, so neither branch nor selection is shown
by colour alone; the page keeps the same chains as numbered lists.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

import altair as alt
import pandas as pd

from vitd.charts import Spec, shape, sized, with_data
from vitd.mechanism import chains, steps_in_order
from vitd.models.mechanism import Mechanism
from vitd.palette import OKABE_ITO

WRAP_CHARS = 22
"""Labels wrap at this width so two columns of boxes fit a phone."""
ROW_PX = 68
LINE_PX = 15
HEADER_ROWS = 0.45
"""Room above the first step for the branch names, in rows."""
BOX_WIDTH = 0.86
"""A box's width as a share of its column."""
BOX_TOP, BOX_BOTTOM = 0.1, 0.9
"""A box's top and bottom within its row."""
TEXT = "#111418"
ARROW = "#4a5560"
SELECTED_FILL = "#fff1cc"
START_COLOUR = "#000000"
BRANCH_COLOURS = (OKABE_ITO[0], OKABE_ITO[2], OKABE_ITO[5], OKABE_ITO[3])
"""Border colours of the branches, in order: blue, bluish green, then more if ever needed.
All have at least 3:1 contrast on white."""


@dataclass(frozen=True)
class Box:
    """One step's place in the diagram, in grid units (columns across, rows down)."""

    id: str
    label: str
    colour: str
    centre: float
    width: float
    row: int


def layout(mechanism: Mechanism) -> tuple[list[Box], int, int]:
    """Each step's box, the number of columns and the number of rows."""
    branches = [b.id for b in mechanism.branches]
    columns = max(1, len(branches))
    depth: dict[str, int] = {}
    for chain in chains(mechanism):
        for i, node in enumerate(chain):
            depth[node.id] = max(depth.get(node.id, 0), i)
    cells: dict[tuple[float, int], list[str]] = {}
    steps = steps_in_order(mechanism)
    for node in steps:
        column = branches.index(node.branch) if node.branch in branches else (columns - 1) / 2
        cells.setdefault((column, depth.get(node.id, 0)), []).append(node.id)
    boxes = []
    for node in steps:
        column = branches.index(node.branch) if node.branch in branches else (columns - 1) / 2
        row = depth.get(node.id, 0)
        sharing = cells[(column, row)]
        share = 1 / len(sharing)  # steps that meet in one cell split it side by side
        index = branches.index(node.branch) if node.branch in branches else None
        boxes.append(
            Box(
                id=node.id,
                label=node.label,
                colour=START_COLOUR if index is None else BRANCH_COLOURS[index % len(BRANCH_COLOURS)],
                centre=column + share * (sharing.index(node.id) + 0.5),
                width=BOX_WIDTH * share,
                row=row,
            )
        )
    rows = max((b.row for b in boxes), default=0) + 1
    return boxes, columns, rows


def _edges(mechanism: Mechanism, boxes: dict[str, Box]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Elbow lines (down, across, down) as ordered points, and one arrowhead per edge."""
    points, heads = [], []
    for n, edge in enumerate(mechanism.edges):
        source, target = boxes[edge.source], boxes[edge.target]
        top, bottom = source.row + BOX_BOTTOM, target.row + BOX_TOP
        middle = (top + source.row + 1 + BOX_TOP) / 2 if target.row > source.row else (top + bottom) / 2
        path = [(source.centre, top), (source.centre, middle), (target.centre, middle), (target.centre, bottom)]
        points += [{"edge": n, "order": i, "x": x, "y": y} for i, (x, y) in enumerate(path)]
        heads.append({"x": target.centre, "y": bottom - 0.04})
    return points, heads


def mechanism_chart(mechanism: Mechanism, selected: str | None = None) -> Spec:
    """The diagram as a layered Vega-Lite spec; ``selected`` is a node id."""
    boxes, columns, rows = layout(mechanism)
    by_id = {b.id: b for b in boxes}
    lines = {b.id: textwrap.wrap(b.label, WRAP_CHARS) or [""] for b in boxes}
    nodes = [
        {
            "id": b.id,
            "label": b.label,
            "lines": "\n".join(lines[b.id]),
            "colour": b.colour,
            "selected": b.id == selected,
            "x": b.centre - b.width / 2,
            "x2": b.centre + b.width / 2,
            "y": b.row + BOX_TOP,
            "y2": b.row + BOX_BOTTOM,
            "cx": b.centre,
            # Vega sets a label's first line at y: lift longer labels to centre them in the box.
            "cy": b.row + 0.5 - (len(lines[b.id]) - 1) * LINE_PX / 2 / ROW_PX,
        }
        for b in boxes
    ]
    frames = []
    for i, branch in enumerate(mechanism.branches):
        members = [by_id[n.id] for n in mechanism.nodes if n.branch == branch.id and n.id in by_id]
        if members:
            frames.append(
                {
                    "label": branch.label,
                    "colour": BRANCH_COLOURS[i % len(BRANCH_COLOURS)],
                    "x": i + 0.02,
                    "x2": i + 0.98,
                    # From the top, so the shared first step stands across the frames it starts.
                    "y": -HEADER_ROWS + 0.02,
                    "y2": max(m.row for m in members) + 1,
                    "tx": i + 0.05,
                }
            )
    points, heads = _edges(mechanism, by_id)
    data = {
        "nodes": pd.DataFrame(nodes),
        "edges": pd.DataFrame(points),
        "heads": pd.DataFrame(heads),
        "frames": pd.DataFrame(frames),
    }
    return sized(with_data(_shape(columns, rows), data), chart_height(mechanism))


@shape
def _shape(columns: int, rows: int) -> alt.LayerChart:
    x = {"type": "quantitative", "scale": alt.Scale(domain=[0, columns]), "axis": None}
    y = {"type": "quantitative", "scale": alt.Scale(domain=[-HEADER_ROWS, rows], reverse=True), "axis": None}
    colour = alt.Color("colour:N", scale=None, legend=None)
    # The chart has one description (the page's alt text) and the steps follow as lists; a screen
    # reader need not step through every box and line, so the marks are hidden from it.
    frames = alt.Chart(alt.NamedData(name="frames"))
    nodes = alt.Chart(alt.NamedData(name="nodes"))
    step = alt.Tooltip("label:N", title="Step")
    layers = [
        frames.mark_rect(aria=False, fill=None, strokeDash=[5, 4], strokeWidth=1.5, cornerRadius=8).encode(
            x=alt.X("x", **x), x2="x2", y=alt.Y("y", **y), y2="y2", stroke=colour
        ),
        frames.mark_text(aria=False, align="left", baseline="middle", fontSize=13, color=TEXT).encode(
            x=alt.X("tx", **x), y=alt.Y(datum=-HEADER_ROWS / 2, **y), text="label:N"
        ),
        alt.Chart(alt.NamedData(name="edges"))
        .mark_line(aria=False, color=ARROW, strokeWidth=1.5, interpolate="linear")
        .encode(x=alt.X("x", **x), y=alt.Y("y", **y), detail="edge:N", order="order:Q"),
        alt.Chart(alt.NamedData(name="heads"))
        .mark_point(aria=False, shape="triangle-down", filled=True, color=ARROW, size=60)
        .encode(x=alt.X("x", **x), y=alt.Y("y", **y)),
        nodes.mark_rect(aria=False, cornerRadius=6).encode(
            x=alt.X("x", **x),
            x2="x2",
            y=alt.Y("y", **y),
            y2="y2",
            stroke=colour,
            fill=alt.condition("datum.selected", alt.value(SELECTED_FILL), alt.value("#ffffff")),
            strokeWidth=alt.condition("datum.selected", alt.value(4), alt.value(1.5)),
            tooltip=step,
        ),
        nodes.mark_text(
            aria=False, align="center", baseline="middle", fontSize=12, lineHeight=LINE_PX, lineBreak="\n"
        ).encode(x=alt.X("cx", **x), y=alt.Y("cy", **y), text="lines:N", color=alt.value(TEXT), tooltip=step),
    ]
    return (
        alt.layer(*layers)
        .properties(
            height=round((rows + HEADER_ROWS) * ROW_PX),
            width="container",
            padding={"left": 5, "top": 5, "right": 5, "bottom": 5},
        )
        .configure_view(stroke=None)
    )


def chart_height(mechanism: Mechanism) -> int:
    """The diagram's height in pixels: one row per step along the longest chain."""
    _, _, rows = layout(mechanism)
    return round((rows + HEADER_ROWS) * ROW_PX)


def mechanism_alt(mechanism: Mechanism) -> str:
    """A short description of the diagram for screen readers (the numbered lists give the detail)."""
    names = " and ".join(b.label.lower() for b in mechanism.branches)
    return f"Cause-and-effect diagram: {mechanism.title}. Two paths, {names}. The same steps follow as numbered lists."
