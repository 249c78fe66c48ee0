"""The cause-and-effect chain from low vitamin D to leg pain: its steps in reading order and as text."""

from __future__ import annotations

from vitd.models.mechanism import Mechanism, Node


def chains(mechanism: Mechanism) -> list[list[Node]]:
    """Every path from a starting step (no arrow into it) to an end step (no arrow out of it).

    Paths follow the order of the edges in the file, so the bone branch listed first comes first.
    """
    by_id = {n.id: n for n in mechanism.nodes}
    children: dict[str, list[str]] = {}
    for edge in mechanism.edges:
        children.setdefault(edge.source, []).append(edge.target)
    targets = {e.target for e in mechanism.edges}
    starts = [n for n in mechanism.nodes if n.id not in targets]
    result: list[list[Node]] = []

    def walk(path: list[Node]) -> None:
        following = children.get(path[-1].id, [])
        if not following:
            result.append(path)
        for child in following:
            if all(child != step.id for step in path):  # the validator rejects cycles; stay safe anyway
                walk([*path, by_id[child]])

    for start in starts:
        walk([start])
    return result


def steps_in_order(mechanism: Mechanism) -> list[Node]:
    """Each step once, in the order a reader meets them along the chains."""
    seen: dict[str, Node] = {}
    for chain in chains(mechanism):
        for node in chain:
            seen.setdefault(node.id, node)
    for node in mechanism.nodes:
        seen.setdefault(node.id, node)
    return list(seen.values())


def chain_title(mechanism: Mechanism, chain: list[Node]) -> str:
    """The name of a chain: the label of the branch its end step belongs to."""
    labels = {b.id: b.label for b in mechanism.branches}
    for node in reversed(chain):
        if node.branch in labels:
            return labels[node.branch]
    return chain[-1].label


def chains_markdown(mechanism: Mechanism) -> str:
    """The diagram as text: one numbered list per chain, for screen readers and small screens."""
    parts = []
    for chain in chains(mechanism):
        lines = [f"**{chain_title(mechanism, chain)}**", ""]
        lines += [f"{i}. {node.label}" for i, node in enumerate(chain, start=1)]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)
