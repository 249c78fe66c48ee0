"""``mechanism.json``: the cause-and-effect chain from low vitamin D to leg pain.

Nodes are the steps, edges the arrows between them. Each node belongs to one branch
(through the bones, through the muscles) except the shared starting point.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec, Slug, Text
from vitd.models.key_points import LevelText


class Branch(ContentModel):
    id: Slug
    label: Text


class Node(LevelText):
    """One step of the chain: a short label for the diagram and its explanation at two levels."""

    id: Slug
    label: Annotated[str, Field(min_length=1, max_length=60)]
    branch: Slug | None = None
    """The branch this step belongs to; blank for a step shared by every branch."""


class Edge(ContentModel):
    """An arrow: ``from`` causes ``to``."""

    source: Annotated[Slug, Field(alias="from")]
    target: Annotated[Slug, Field(alias="to")]


class Mechanism(ContentModel):
    title: Text
    intro: Text
    branches: Annotated[tuple[Branch, ...], Field(min_length=1)]
    nodes: Annotated[tuple[Node, ...], Field(min_length=2)]
    edges: Annotated[tuple[Edge, ...], Field(min_length=1)]


def _check_mechanism(doc: Mechanism) -> Iterator[tuple[str, str | None, str]]:
    branch_ids = {b.id for b in doc.branches}
    node_ids: set[str] = set()
    for i, node in enumerate(doc.nodes, start=1):
        if node.id in node_ids:
            yield f"nodes[{i}]", "id", f"duplicate node id {node.id!r}"
        node_ids.add(node.id)
        if node.branch is not None and node.branch not in branch_ids:
            yield (
                f"nodes[{i}]",
                "branch",
                f"unknown branch {node.branch!r}; use one of: {', '.join(sorted(branch_ids))}",
            )
    for i, edge in enumerate(doc.edges, start=1):
        for name, value in (("from", edge.source), ("to", edge.target)):
            if value not in node_ids:
                yield f"edges[{i}]", name, f"unknown node {value!r}"
        if edge.source == edge.target:
            yield f"edges[{i}]", "to", "an arrow cannot point back to its own step"
    linked = {e.source for e in doc.edges} | {e.target for e in doc.edges}
    for i, node in enumerate(doc.nodes, start=1):
        if node.id not in linked:
            yield f"nodes[{i}]", "id", f"step {node.id!r} has no arrow to or from it"
    if _has_cycle(doc):
        yield "edges", None, "the arrows go round in a circle; a cause-and-effect chain must have an end"


def _has_cycle(doc: Mechanism) -> bool:
    children: dict[str, list[str]] = {}
    for edge in doc.edges:
        children.setdefault(edge.source, []).append(edge.target)
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node_id: str) -> bool:
        state[node_id] = 1
        for child in children.get(node_id, ()):
            if state.get(child) == 1 or (child not in state and visit(child)):
                return True
        state[node_id] = 2
        return False

    return any(visit(n.id) for n in doc.nodes if n.id not in state)


MECHANISM = DocSpec("mechanism.json", Mechanism, check=_check_mechanism, used_on=("key_points",))
