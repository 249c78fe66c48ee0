"""The Symptom comparison screen through AppTest: each filter, search, red flags, compare, views, URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import run_screen
from tests.content.helpers import set_cell
from vitd import params
from vitd.content import load_content
from vitd.models.symptoms import RED_FLAGS, SYMPTOM_CONDITIONS, SYMPTOM_SCREEN
from vitd.text import escape_markdown

CONTENT = load_content()
WORDING = CONTENT.doc(SYMPTOM_SCREEN)
FLAGS = CONTENT.table(RED_FLAGS)
CONDITIONS = CONTENT.table(SYMPTOM_CONDITIONS)

CONDITIONS_KEY = "symptoms_conditions"
ASPECTS_KEY = "symptoms_aspects"


def table_rows(at: AppTest) -> list[str]:
    """Row labels (aspects) of the comparison table, without Markdown bold."""
    return [label.strip("*") for label in at.table[0].value.index]


def table_columns(at: AppTest) -> list[str]:
    return list(at.table[0].value.columns)


def notices(at: AppTest) -> list[str]:
    return [c.value for c in at.caption if ":material/link_off:" in c.value]


def test_default_view_shows_the_source_articles_three_conditions_and_every_aspect() -> None:
    at = run_screen("symptoms")
    assert not at.exception
    assert table_columns(at) == ["Osteomalacia", "Myopathy", "Injury or overuse"]
    assert len(table_rows(at)) == 8
    table = at.table[0].value
    for aspect in ("**What the pain feels like**", "**Where it is felt**", "**Red flags**"):
        assert "No sourced description" not in " ".join(table.loc[aspect]), aspect
    assert "Shin splints" in table.loc["**Where it is felt**", "Injury or overuse"]
    assert dict(at.query_params) == {}
    assert notices(at) == []


def test_deep_link_opens_exactly_that_view() -> None:
    at = run_screen("symptoms", {params.CONDITIONS: "osteomalacia,myopathy", params.ASPECTS: "location,nature"})
    assert table_columns(at) == ["Osteomalacia", "Myopathy"]
    assert table_rows(at) == ["What the pain feels like", "Where it is felt"]
    assert at.multiselect(key=CONDITIONS_KEY).value == ["osteomalacia", "myopathy"]


def test_changing_the_conditions_filter_updates_table_and_url() -> None:
    at = run_screen("symptoms")
    at.multiselect(key=CONDITIONS_KEY).set_value(["dvt", "sciatica"]).run()
    assert table_columns(at) == ["DVT", "Sciatica"]
    assert at.query_params[params.CONDITIONS] == "dvt,sciatica"


def test_changing_the_aspects_filter_updates_rows_and_url() -> None:
    at = run_screen("symptoms")
    at.multiselect(key=ASPECTS_KEY).set_value(["sides", "tests"]).run()
    assert table_rows(at) == ["One side or both", "Typical tests and findings"]
    assert at.query_params[params.ASPECTS] == "sides,tests"


def test_search_keeps_matching_rows_and_highlights() -> None:
    at = run_screen("symptoms", {params.CONDITIONS: "osteomalacia,dvt,sciatica"})
    at.text_input(key="symptoms_search").input("calf").run()
    assert table_rows(at) == ["Where it is felt"]
    assert "**calf**" in at.table[0].value.loc["**Where it is felt**", "DVT"]
    assert at.query_params[params.SYMPTOM_SEARCH] == "calf"


def test_search_with_no_match_says_so() -> None:
    at = run_screen("symptoms", {params.SYMPTOM_SEARCH: "zebra"})
    assert len(at.table) == 1  # only the chart's table twin
    assert any("mentions “zebra”" in i.value for i in at.info)


def test_search_found_only_in_other_conditions_names_them() -> None:
    at = run_screen("symptoms", {params.SYMPTOM_SEARCH: "calf"})
    assert [i.value for i in at.info] == [
        "Nothing in the chosen conditions and aspects mentions “calf”. It is mentioned for DVT, PAD, "
        "Statin muscle symptoms, Leg cramps: add them under Conditions."
    ]
    at = run_screen("symptoms", {params.SYMPTOM_SEARCH: "calf", params.COMPARE: "osteomalacia,myopathy"})
    assert [i.value for i in at.info] == ["Nothing in the chosen conditions and aspects mentions “calf”."]


def test_red_flags_only_shows_red_flag_rows_with_their_level() -> None:
    at = run_screen("symptoms", {params.CONDITIONS: "dvt,sciatica,osteomalacia"})
    at.toggle(key="symptoms_red_flags").set_value(True).run()
    assert table_rows(at) == ["Red flags"]
    cell = at.table[0].value.loc["**Red flags**", "Sciatica"]
    assert "**Red flag\\:**" in cell and "Emergency\\:" in cell and "cauda equina" in cell
    assert table_columns(at) == ["DVT", "Sciatica"]
    assert at.query_params[params.RED_FLAGS] == "1"
    assert not at.info


def test_red_flags_only_with_no_flags_chosen_shows_every_conditions_flags_and_says_so() -> None:
    at = run_screen("symptoms", {params.RED_FLAGS: "1"})
    assert [i.value for i in at.info] == [WORDING.urgent.all_flags_shown]
    flagged = {f.condition for f in FLAGS}
    assert table_columns(at) == [c.short_label for c in CONDITIONS if c.id in flagged]
    assert table_rows(at) == ["Red flags"]
    assert at.multiselect(key=CONDITIONS_KEY).value == ["osteomalacia", "myopathy", "injury"]


@pytest.mark.parametrize(
    "query",
    [
        {},
        {params.COMPARE: "osteomalacia,myopathy"},
        {params.RED_FLAGS: "1"},
        {params.SYMPTOM_SEARCH: "zebra"},
        {params.CONDITIONS: ""},
        {params.ASPECTS: "nature", params.SYMPTOM_VIEW: "cards"},
    ],
    ids=["default", "compare", "red-flags-only", "search", "no-conditions", "one-aspect-cards"],
)
def test_the_urgent_panel_lists_every_red_flag_in_every_view(query: dict[str, str]) -> None:
    at = run_screen("symptoms", query)
    assert not at.exception
    assert WORDING.urgent.title in [h.value for h in at.header]
    panel = at.error[0].value
    for level in WORDING.urgent.levels:
        assert escape_markdown(level.action) in panel
    for flag in FLAGS:
        assert escape_markdown(flag.sign) in panel, flag.sign


def test_compare_mode_shows_only_the_aspects_where_two_conditions_differ() -> None:
    at = run_screen("symptoms", {params.COMPARE: "osteomalacia,myopathy"})
    assert at.toggle(key="symptoms_compare_on").value is True
    assert table_columns(at) == ["Osteomalacia", "Myopathy"]
    assert "One side or both" not in table_rows(at)
    assert "Red flags" in table_rows(at)
    assert len(table_rows(at)) == 7


def test_turning_compare_on_writes_the_pair_to_the_url() -> None:
    at = run_screen("symptoms")
    at.toggle(key="symptoms_compare_on").set_value(True).run()
    at.selectbox(key="symptoms_compare_second").set_value("statin").run()
    assert at.query_params[params.COMPARE] == "osteomalacia,statin"
    assert table_columns(at) == ["Osteomalacia", "Statin muscle symptoms"]


def test_cards_view_stacks_one_card_per_condition() -> None:
    at = run_screen("symptoms", {params.SYMPTOM_VIEW: "cards", params.ASPECTS: "sides"})
    assert [s.value for s in at.subheader] == [
        "Osteomalacia \\(vitamin D bone pain\\)",
        "Vitamin D myopathy \\(muscle pain and weakness\\)",
        "Injury or overuse \\(strain, shin splints, stress fracture\\)",
    ]
    assert len(at.table) == 1  # only the chart's table twin
    assert any("**One side or both**: Both sides \\(symmetric\\)\\." in m.value for m in at.markdown)


def test_unknown_url_values_are_ignored_with_a_quiet_notice() -> None:
    at = run_screen(
        "symptoms",
        {params.CONDITIONS: "dvt,flu", params.ASPECTS: "smell", params.SYMPTOM_VIEW: "poster", params.COMPARE: "dvt"},
    )
    assert not at.exception
    assert table_columns(at) == ["DVT"]
    assert len(table_rows(at)) == 8
    assert len(notices(at)) == 4
    assert at.segmented_control(key="symptoms_view").value == "table"


def test_download_is_offered_with_the_filtered_view() -> None:
    at = run_screen("symptoms", {params.CONDITIONS: "pad", params.ASPECTS: "tests"})
    assert at.download_button(key="symptoms_download").proto.label == "Download this view (CSV)"


def test_chart_has_a_text_alternative() -> None:
    at = run_screen("symptoms", {params.CONDITIONS: "pad"})
    assert "PAD: typical in calves; sometimes in buttocks, thighs." in [c.value for c in at.caption]
    assert at.get("vega_lite_chart")


def test_unknown_condition_in_symptoms_csv_shows_the_content_panel(content_dir: Path) -> None:
    set_cell(content_dir / "symptoms.csv", 4, "condition", "flu")
    at = run_screen("symptoms")
    assert not at.exception
    assert "symptoms.csv:4: condition: unknown id 'flu' (not in conditions.csv)" in at.error[0].value


def test_a_repeated_conditions_parameter_joins_its_values() -> None:
    at = run_screen("symptoms", {params.CONDITIONS: ["dvt", "sciatica,dvt"]})
    assert not at.exception
    assert at.table[0].value.columns.tolist() == ["DVT", "Sciatica"]
    assert dict(at.query_params) == {params.CONDITIONS: "dvt,sciatica"}
