"""Units of vitd/mechanism.py and vitd/charts/mechanism.py: chains, their text twin and the diagram."""

from __future__ import annotations

from altair.utils.schemapi import validate_jsonschema
from altair.vegalite.v6.schema import core

from vitd.charts import dataset
from vitd.charts.mechanism import SELECTED_FILL, chart_height, layout, mechanism_alt, mechanism_chart
from vitd.content import load_content
from vitd.mechanism import chain_title, chains, chains_markdown, steps_in_order
from vitd.models.mechanism import MECHANISM, Mechanism
from vitd.palette import OKABE_ITO

SHIPPED = load_content().doc(MECHANISM)
SCHEMA = core.load_schema()


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


def _data(spec: dict, name: str) -> list[dict]:
    return dataset(spec, name).to_dict("records")


def test_layout_puts_the_start_in_the_middle_and_each_branch_in_its_own_column() -> None:
    boxes, columns, rows = layout(SHIPPED)
    where = {b.id: (b.centre, b.row) for b in boxes}
    assert (columns, rows) == (2, 6)
    assert where["low_vitamin_d"] == (1.0, 0)
    assert where["less_calcium"] == (0.5, 1)
    assert where["bone_ache"] == (0.5, 5)
    assert where["less_muscle_signal"] == (1.5, 1)
    assert where["walking_falls"] == (1.5, 3)
    colours = {b.id: b.colour for b in boxes}
    assert colours["osteomalacia"] == OKABE_ITO[0]
    assert colours["muscle_weakness"] == OKABE_ITO[2]


def test_steps_that_meet_in_one_place_share_it_side_by_side() -> None:
    mechanism = _mechanism(
        [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")], {"a": None, "b": "one", "c": "one", "d": None}
    )
    boxes = {b.id: b for b in layout(mechanism)[0]}
    assert (boxes["b"].row, boxes["c"].row) == (1, 1)
    assert boxes["b"].centre + boxes["b"].width / 2 <= boxes["c"].centre - boxes["c"].width / 2
    assert boxes["d"].row == 2


def test_chart_draws_every_step_and_arrow_and_highlights_only_the_selected_step() -> None:
    spec = mechanism_chart(SHIPPED, selected="osteomalacia")
    nodes = _data(spec, "nodes")
    assert [n["id"] for n in nodes] == [n.id for n in steps_in_order(SHIPPED)]
    assert [n["id"] for n in nodes if n["selected"]] == ["osteomalacia"]
    assert next(n for n in nodes if n["id"] == "osteomalacia")["lines"] == "Soft bones\n(osteomalacia)"
    boxes = next(layer for layer in spec["layer"] if layer["data"]["name"] == "nodes")
    assert boxes["encoding"]["strokeWidth"] == {"condition": {"test": "datum.selected", "value": 4}, "value": 1.5}
    assert boxes["encoding"]["fill"]["condition"]["value"] == SELECTED_FILL
    assert len({p["edge"] for p in _data(spec, "edges")}) == len(SHIPPED.edges)
    assert len(_data(spec, "heads")) == len(SHIPPED.edges)
    assert [f["label"] for f in _data(spec, "frames")] == ["Through the bones", "Through the muscles"]
    assert not any(n["selected"] for n in _data(mechanism_chart(SHIPPED), "nodes"))


def test_each_arrow_runs_from_the_bottom_of_its_step_to_the_top_of_the_next() -> None:
    spec = mechanism_chart(SHIPPED)
    nodes = {n["id"]: n for n in _data(spec, "nodes")}
    points = _data(spec, "edges")
    for n, edge in enumerate(SHIPPED.edges):
        path = sorted((p for p in points if p["edge"] == n), key=lambda p: p["order"])
        source, target = nodes[edge.source], nodes[edge.target]
        assert (path[0]["x"], path[0]["y"]) == (source["cx"], source["y2"])
        assert (path[-1]["x"], path[-1]["y"]) == (target["cx"], target["y"])


def test_chart_height_fits_the_longest_chain_and_is_valid_vega_lite() -> None:
    spec = mechanism_chart(SHIPPED)
    assert spec["height"] == chart_height(SHIPPED) == round(6.45 * 68)
    sent = {key: value for key, value in spec.items() if key != "datasets"}  # data goes separately
    assert validate_jsonschema(sent, SCHEMA, raise_error=False) is None


def test_alt_text_names_the_title_and_both_paths() -> None:
    assert mechanism_alt(SHIPPED) == (
        "Cause-and-effect diagram: How low vitamin D leads to leg pain. Two paths, through the bones and "
        "through the muscles. The same steps follow as numbered lists."
    )
