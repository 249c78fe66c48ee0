"""Units of vitd/mechanism.py and vitd/charts/mechanism.py: chains, their text twin and the DOT diagram."""

from __future__ import annotations

from vitd.charts.mechanism import mechanism_alt, mechanism_dot
from vitd.content import load_content
from vitd.mechanism import chain_title, chains, chains_markdown, steps_in_order
from vitd.models.mechanism import MECHANISM, Mechanism

SHIPPED = load_content().doc(MECHANISM)


def _mechanism(edges: list[tuple[str, str]], branches: dict[str, str | None]) -> Mechanism:
    return Mechanism.model_validate(
        {
            "title": "Chain",
            "intro": "Intro.",
            "branches": [{"id": "one", "label": "Path one"}, {"id": "two", "label": "Path two"}],
            "nodes": [
                {"id": n, "label": f'Step "{n}"', "branch": b, "student": "s", "advanced": "a", "source_ids": "S1"}
                for n, b in branches.items()
            ],
            "edges": [{"from": a, "to": b} for a, b in edges],
        }
    )


def test_shipped_chain_has_a_bone_path_and_a_muscle_path_from_low_vitamin_d() -> None:
    paths = [[n.id for n in chain] for chain in chains(SHIPPED)]
    assert paths == [
        ["low_vitamin_d", "less_calcium", "pth_rises", "poor_mineralisation", "osteomalacia", "bone_ache"],
        ["low_vitamin_d", "less_muscle_signal", "muscle_weakness", "walking_falls"],
    ]
    assert [chain_title(SHIPPED, c) for c in chains(SHIPPED)] == ["Through the bones", "Through the muscles"]


def test_steps_in_order_lists_each_step_once_along_the_chains() -> None:
    mechanism = _mechanism(
        [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")], {"a": None, "b": "one", "c": "two", "d": None}
    )
    assert [n.id for n in steps_in_order(mechanism)] == ["a", "b", "d", "c"]
    assert [[n.id for n in c] for c in chains(mechanism)] == [["a", "b", "d"], ["a", "c", "d"]]


def test_chains_markdown_is_one_numbered_list_per_path() -> None:
    text = chains_markdown(SHIPPED)
    assert text.startswith("**Through the bones**\n\n1. Low vitamin D\n2. Less calcium absorbed from food\n")
    assert "**Through the muscles**\n\n1. Low vitamin D\n2. Muscles may get a weaker vitamin D signal\n" in text
    assert text.endswith("4. Harder walking, waddling, falls")


def test_dot_marks_the_selected_step_with_a_thick_border_and_groups_branches() -> None:
    dot = mechanism_dot(SHIPPED, selected="osteomalacia")
    assert dot.startswith("digraph mechanism {")
    assert '"osteomalacia" [label="Soft bones\\n(osteomalacia)", color="#0072B2", penwidth=4,' in dot
    assert dot.count("penwidth=4") == 1
    assert 'subgraph "cluster_bone" {' in dot
    assert 'label="Through the muscles"' in dot
    assert '"muscle_weakness" -> "walking_falls";' in dot
    assert "penwidth=4" not in mechanism_dot(SHIPPED)


def test_dot_escapes_quotes_in_labels() -> None:
    mechanism = _mechanism([("a", "b")], {"a": None, "b": "one"})
    assert '"b" [label="Step \\"b\\"",' in mechanism_dot(mechanism)


def test_alt_text_names_the_title_and_both_paths() -> None:
    assert mechanism_alt(SHIPPED) == (
        "Cause-and-effect diagram: How low vitamin D leads to leg pain. Two paths, through the bones and "
        "through the muscles. The same steps follow as numbered lists."
    )
