"""The Key points screen's cause-and-effect diagram, as Graphviz DOT text.

``st.graphviz_chart`` lays DOT out in the browser (Graphviz compiled to WebAssembly, bundled
with Streamlit), so neither the ``graphviz`` Python package nor the system binary is needed.
Each branch is a labelled box with its own border colour; the chosen step has a thick border
and a tinted fill, so neither branch nor selection is shown by colour alone.
"""

from __future__ import annotations

import textwrap

from vitd.mechanism import steps_in_order
from vitd.models.mechanism import Mechanism, Node
from vitd.palette import OKABE_ITO

WRAP_CHARS = 22
"""Labels wrap at this width so the diagram stays narrow enough for a phone."""
TEXT = "#111418"
SELECTED_FILL = "#fff1cc"
BRANCH_COLOURS = (OKABE_ITO[0], OKABE_ITO[2], OKABE_ITO[5], OKABE_ITO[3])
"""Border colours of the branches, in order: blue, bluish green, then more if ever needed.
All have at least 3:1 contrast on white."""


def _quote(text: str) -> str:
    """A DOT string literal: quotes and backslashes escaped, long text wrapped onto lines."""
    lines = textwrap.wrap(text, WRAP_CHARS) or [""]
    escaped = [line.replace("\\", "\\\\").replace('"', '\\"') for line in lines]
    return '"' + "\\n".join(escaped) + '"'


def _node(node: Node, colour: str, selected: bool) -> str:
    style = {
        "label": _quote(node.label),
        "color": f'"{colour}"',
        "penwidth": "4" if selected else "1.5",
        "fillcolor": f'"{SELECTED_FILL}"' if selected else '"#ffffff"',
    }
    attrs = ", ".join(f"{k}={v}" for k, v in style.items())
    return f"    {_quote(node.id)} [{attrs}];"


def mechanism_dot(mechanism: Mechanism, selected: str | None = None) -> str:
    """DOT text for the chain, top to bottom, one box per branch; ``selected`` is a node id."""
    colours = {b.id: BRANCH_COLOURS[i % len(BRANCH_COLOURS)] for i, b in enumerate(mechanism.branches)}
    lines = [
        "digraph mechanism {",
        '    graph [rankdir=TB, bgcolor="transparent", nodesep=0.25, ranksep=0.3, fontname="sans-serif",'
        f' fontcolor="{TEXT}", fontsize=13];',
        '    node [shape=box, style="rounded,filled", fontname="sans-serif", fontsize=12,'
        f' fontcolor="{TEXT}", margin="0.12,0.06"];',
        '    edge [color="#4a5560", arrowsize=0.7];',
    ]
    steps = steps_in_order(mechanism)
    for node in steps:
        if node.branch is None:
            lines.append(_node(node, "#000000", node.id == selected))
    for branch in mechanism.branches:
        members = [n for n in steps if n.branch == branch.id]
        if not members:
            continue
        lines.append(f"    subgraph {_quote('cluster_' + branch.id)} {{")
        lines.append(f'        label={_quote(branch.label)}; labeljust="l"; style="rounded,dashed";')
        lines.append(f'        color="{colours[branch.id]}"; penwidth=1.5;')
        lines += ["    " + _node(n, colours[branch.id], n.id == selected) for n in members]
        lines.append("    }")
    lines += [f"    {_quote(e.source)} -> {_quote(e.target)};" for e in mechanism.edges]
    lines.append("}")
    return "\n".join(lines)


def mechanism_alt(mechanism: Mechanism) -> str:
    """A short description of the diagram for screen readers (the numbered lists give the detail)."""
    names = " and ".join(b.label.lower() for b in mechanism.branches)
    return f"Cause-and-effect diagram: {mechanism.title}. Two paths, {names}. The same steps follow as numbered lists."
