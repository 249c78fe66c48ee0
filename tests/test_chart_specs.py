"""Every chart a screen sends is valid Vega-Lite.

The app skips Altair's schema validation when it builds a chart (it doubled the cost of a first
view under load), so this test does it instead, on the specs exactly as Streamlit sends them.
"""

from __future__ import annotations

import json

import pytest
from altair.utils.schemapi import validate_jsonschema
from altair.vegalite.v6.schema import core
from streamlit.testing.v1 import AppTest

from tests.conftest import run_screen
from vitd import params

SCHEMA = core.load_schema()

VIEWS = [
    ("key_points", {}),
    ("symptoms", {}),
    ("symptoms", {params.COMPARE: "osteomalacia,myopathy"}),
    ("food_sources", {}),
    ("food_sources", {params.DIET: "vegan", params.FOOD_UNIT: "IU", params.PLAN: "trout:1,egg:2"}),
    ("food_sources", {params.BASIS: "100g", params.LIFE_STAGE: "adults-over-70"}),
    ("sun", {}),
    ("sun", {params.PLACE: "london", params.SUN_COMPARE: "singapore", params.SUN_DATE: "06-21"}),
    ("sun", {params.PLACE: "longyearbyen", params.SUN_DATE: "06-21"}),
    ("sun", {params.LATITUDE: "-0.5", params.SUN_DATE: "03-20"}),
    ("sun", {params.PLACE: "edinburgh", params.SUN_DATE: "12-21"}),
    ("blood_levels", {}),
    ("blood_levels", {params.BLOOD_VALUE: "20", params.BLOOD_UNIT: "ng/mL", params.GUIDELINE: "es2011"}),
]


def revealed_persona() -> AppTest:
    at = run_screen("risk_check", {params.PERSONA: "edith"})
    at.pills(key="risk_check_predict_edith").set_value("from_7").run()
    return at.button(key="risk_check_reveal").click().run()


@pytest.mark.parametrize(("screen", "query"), VIEWS, ids=[f"{s}-{i}" for i, (s, _) in enumerate(VIEWS)])
def test_every_chart_on_the_screen_is_valid_vega_lite(screen: str, query: dict[str, str]) -> None:
    assert_valid_charts(run_screen(screen, query), screen)


def test_the_risk_check_chart_is_valid_vega_lite() -> None:
    assert_valid_charts(revealed_persona(), "risk_check")


def assert_valid_charts(at: AppTest, screen: str) -> None:
    assert not at.exception
    charts = at.get("vega_lite_chart")
    assert charts, f"{screen} sent no chart"
    for chart in charts:
        spec = json.loads(chart.proto.spec)
        assert validate_jsonschema(spec, SCHEMA, raise_error=False) is None
        assert_no_raw_tooltips(spec)


def assert_no_raw_tooltips(spec: dict) -> None:
    """Every mark either says what its tooltip shows or has none: Streamlit would otherwise show
    the mark's raw data fields on hover."""
    for layer in spec.get("layer", [spec]):
        if "layer" in layer:
            assert_no_raw_tooltips(layer)
            continue
        mark = layer["mark"] if isinstance(layer["mark"], dict) else {"type": layer["mark"]}
        declared = layer.get("encoding", {}).get("tooltip")
        assert declared or ("tooltip" in mark and mark["tooltip"] is None), f"{mark['type']} layer: raw tooltip"
        for item in declared if isinstance(declared, list) else [declared] if declared else []:
            assert item.get("title"), f"{mark['type']} layer: a tooltip line without a title: {item}"


def test_an_invalid_spec_is_caught() -> None:
    """The check above can fail: a misspelt mark type is reported."""
    spec = {"data": {"name": "d"}, "mark": {"type": "barr"}, "encoding": {}}
    assert validate_jsonschema(spec, SCHEMA, raise_error=False) is not None
