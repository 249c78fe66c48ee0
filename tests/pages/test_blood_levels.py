"""The Blood test screen through AppTest: main paths, URL state and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_screen
from tests.content.helpers import set_cell
from vitd import params

VALUE_KEY, UNIT_KEY, GUIDELINE_KEY = "blood_levels_value", "blood_levels_unit", "blood_levels_guideline"


def texts(at) -> str:  # type: ignore[no-untyped-def]
    parts = [m.value for m in (*at.markdown, *at.caption, *at.info, *at.warning)]
    return "\n".join(parts)


def twin_rows(at) -> list[str]:  # type: ignore[no-untyped-def]
    """The rows of the band chart's table twin (a Markdown table under the chart)."""
    twin = next(m.value for m in at.markdown if m.value.startswith("| Guideline |"))
    return twin.splitlines()[2:]


def test_default_asks_for_a_result_and_still_teaches() -> None:
    at = run_screen("blood_levels")
    assert not at.exception
    assert at.info[0].value.startswith("Type the 25(OH)D result from a lab report")
    assert at.number_input(key=VALUE_KEY).value is None
    assert at.button_group(key=UNIT_KEY).value == "nmol/L"
    body = texts(at)
    assert "is sufficient under the IOM but was insufficient" in body
    assert "no longer sets levels that mark deficiency or insufficiency" in body
    assert "62.7% had a normal PTH" in body
    assert len(at.get("vega_lite_chart")) == 1


def test_shared_link_20_ng_ml_shows_conversion_band_and_comparison() -> None:
    at = run_screen("blood_levels", {params.BLOOD_VALUE: "20", params.BLOOD_UNIT: "ng/mL"})
    assert not at.exception
    assert at.number_input(key=VALUE_KEY).value == 20
    body = texts(at)
    assert "20 ng/mL = **49.9 nmol/L** (computed: 1 ng/mL = 2.496 nmol/L)." in body
    assert "**IOM 2011 / NIH ODS**: :material/label: **Sufficient**" in body
    assert ":material/arrow_forward: No change needed for bone health." in body
    assert "The two guidelines put 20 ng/mL in **different** bands" in body
    assert "compared with the limits each guideline gives in ng/mL" in body
    assert list(at.table[0].value["Band"]) == ["Sufficient", "Insufficiency"]
    assert len(twin_rows(at)) == 7  # the chart's table twin: every band
    assert not at.warning


def test_unit_is_matched_case_insensitively_and_12_ng_ml_is_inadequacy() -> None:
    at = run_screen("blood_levels", {params.BLOOD_VALUE: "12", params.BLOOD_UNIT: "NG/ML"})
    assert "**IOM 2011 / NIH ODS**: :material/label: **At risk of inadequacy**" in texts(at)


def test_guideline_in_the_link_picks_the_band_shown() -> None:
    at = run_screen("blood_levels", {params.BLOOD_VALUE: "60", params.GUIDELINE: "es2011"})
    body = texts(at)
    assert "**Endocrine Society 2011**: :material/label: **Insufficiency**" in body
    assert "The two guidelines put 60 nmol/L in **different** bands" in body


def test_above_125_nmol_l_says_potentially_harmful_under_either_guideline() -> None:
    for guideline in ("iom", "es2011"):
        at = run_screen("blood_levels", {params.BLOOD_VALUE: "130", params.GUIDELINE: guideline})
        assert not at.exception
        assert at.warning[0].value == (
            "**Potentially harmful** under IOM 2011 / NIH ODS: "
            "There may be reason for concern at levels above 125 nmol/L (50 ng/mL)."
        )
    at = run_screen("blood_levels", {params.BLOOD_VALUE: "125"})
    assert not at.warning


@pytest.mark.parametrize(
    ("value", "unit", "message"),
    [
        ("abc", "nmol/L", "“abc” is not a number. Type the result as digits, for example 50 or 20.5."),
        ("[x](javascript:alert)", "nmol/L", "“\\[x\\]\\(javascript\\:alert\\)” is not a number."),
        ("-5", "ng/mL", "-5 ng/mL can't be a 25(OH)D result: results are always above zero."),
        ("0", "nmol/L", "0 nmol/L can't be a 25(OH)D result"),
        ("99999", "nmol/L", "99,999 nmol/L is far higher than any real 25(OH)D result"),
        ("1e308", "ng/mL", "is far higher than any real 25(OH)D result"),
    ],
)
def test_bad_values_get_a_clear_message_and_no_band(value: str, unit: str, message: str) -> None:
    at = run_screen("blood_levels", {params.BLOOD_VALUE: value, params.BLOOD_UNIT: unit})
    assert not at.exception
    assert message in at.warning[0].value
    assert len(at.table) == 0  # no band comparison
    assert len(twin_rows(at)) == 7  # the chart's table twin is still there
    assert len(at.get("vega_lite_chart")) == 1


def test_unknown_unit_and_guideline_fall_back_with_a_quiet_notice() -> None:
    at = run_screen("blood_levels", {params.BLOOD_VALUE: "40", params.BLOOD_UNIT: "mg", params.GUIDELINE: "who"})
    assert not at.exception
    body = texts(at)
    assert "The link's **unit** value “mg” isn't recognised, so the default is shown." in body
    assert "The link's **guideline** value “who” isn't recognised, so the default is shown." in body
    assert "**IOM 2011 / NIH ODS**: :material/label: **At risk of inadequacy**" in body


def test_widget_changes_are_written_to_the_link() -> None:
    at = run_screen("blood_levels")
    at.number_input(key=VALUE_KEY).set_value(20.5).run()
    at.button_group(key=UNIT_KEY).set_value("ng/mL").run()
    at.button_group(key=GUIDELINE_KEY).set_value("es2011").run()
    assert not at.exception
    assert at.query_params[params.BLOOD_VALUE] == "20.5"
    assert at.query_params[params.BLOOD_UNIT] == "ng/mL"
    assert at.query_params[params.GUIDELINE] == "es2011"
    assert "**Endocrine Society 2011**: :material/label: **Insufficiency**" in texts(at)
    at.button_group(key=GUIDELINE_KEY).set_value("iom").run()
    assert params.GUIDELINE not in at.query_params


def test_broken_serum_levels_shows_the_panel(content_dir: Path) -> None:
    set_cell(content_dir / "serum_levels.csv", 4, "severity", "fine")
    at = run_screen("blood_levels", {params.BLOOD_VALUE: "20"})
    assert not at.exception
    assert "serum_levels.csv:4: severity: 'fine' is not one of" in at.error[0].value


def test_a_repeated_parameter_shows_its_last_value_and_the_link_keeps_only_that() -> None:
    at = run_screen("blood_levels", {params.BLOOD_VALUE: ["30", "20"], params.BLOOD_UNIT: ["nmol/L", "ng/mL"]})
    assert not at.exception
    assert at.number_input(key=VALUE_KEY).value == 20
    assert at.button_group(key=UNIT_KEY).value == "ng/mL"
    assert "20 ng/mL = **49.9 nmol/L**" in texts(at)
    assert dict(at.query_params) == {params.BLOOD_VALUE: "20", params.BLOOD_UNIT: "ng/mL"}
