"""The Symptom comparison logic in ``vitd.symptoms`` and its chart, on the shipped content."""

from __future__ import annotations

import csv
import io

import pytest

from vitd import citations
from vitd import symptoms as sym
from vitd.charts import dataset
from vitd.charts.symptoms import where_it_hurts_chart
from vitd.content import load_content
from vitd.models.references import REFERENCES
from vitd.models.symptoms import (
    BODY_REGIONS,
    RED_FLAGS,
    SYMPTOM_ASPECTS,
    SYMPTOM_CONDITIONS,
    SYMPTOM_SCREEN,
    SYMPTOMS,
    RedFlag,
    SymptomCell,
    cross_check,
)
from vitd.screens.symptoms import CHOICES

CONTENT = load_content()
CONDITIONS = CONTENT.table(SYMPTOM_CONDITIONS)
ASPECTS = CONTENT.table(SYMPTOM_ASPECTS)
WORDING = CONTENT.doc(SYMPTOM_SCREEN)
FLAGS = CONTENT.table(RED_FLAGS)
CELLS = sym.comparison_cells(CONTENT.table(SYMPTOMS), FLAGS, WORDING.urgent)
"""The cells the screen compares: symptoms.csv with red_flags.csv folded into the red-flags row."""
REGIONS = CONTENT.table(BODY_REGIONS)
ALL_ASPECTS = [a.id for a in ASPECTS]
LABELS = sym.Labels("No sourced description", "Red flag:")


def select(conditions: list[str], aspects: list[str] | None = None, **options: object):
    return sym.select_cells(CELLS, CONDITIONS, ASPECTS, conditions, aspects or ALL_ASPECTS, **options)


def test_defaults_are_the_source_articles_three_conditions() -> None:
    assert sym.default_condition_ids(CONDITIONS) == ["osteomalacia", "myopathy", "injury"]


def test_select_keeps_chosen_pairs_in_file_order_and_leaves_unsourced_cells_empty() -> None:
    long = select(["compartment", "osteomalacia"], ["location", "nature"])
    assert list(zip(long["aspect"], long["condition"], strict=True)) == [
        ("nature", "osteomalacia"),
        ("nature", "compartment"),
        ("location", "osteomalacia"),
        ("location", "compartment"),
    ]
    unsourced = long[(long["condition"] == "compartment") & (long["aspect"] == "location")]
    assert unsourced["text"].tolist() == [""]
    assert unsourced["source_ids"].tolist() == [()]


def test_search_keeps_aspects_where_a_cell_has_every_word() -> None:
    assert sym.shown_aspect_ids(select(["osteomalacia", "dvt", "sciatica"], search="calf")) == ["location"]
    assert sym.shown_aspect_ids(select(["sciatica"], search="WORSE sneezing")) == ["modifiers"]
    assert select(["osteomalacia"], search="calf").empty


def test_red_flags_only_keeps_the_conditions_and_aspects_with_a_flag() -> None:
    long = select(["osteomalacia", "dvt", "sciatica"], red_flags_only=True)
    assert sym.shown_aspect_ids(long) == ["red_flags"]
    assert list(dict.fromkeys(long["condition"])) == ["dvt", "sciatica"]
    assert long["red_flag"].all()
    assert select(["osteomalacia", "myopathy"], red_flags_only=True).empty


def test_red_flags_fold_into_one_cell_per_condition_most_urgent_first() -> None:
    dvt = next(c for c in CELLS if (c.condition, c.aspect) == ("dvt", "red_flags"))
    assert dvt.red_flag
    assert dvt.text.startswith("Emergency: Signs of a clot in the leg")
    assert dvt.text.index("Emergency:") < dvt.text.index("Same day:")
    assert dvt.source_ids == ("S67", "S69", "S36a")
    statin = next(c for c in CELLS if (c.condition, c.aspect) == ("statin", "red_flags"))
    assert statin.text.startswith("Same day: Muscle pain or weakness with dark")


def test_a_written_red_flags_text_follows_the_urgent_signs() -> None:
    written = SymptomCell(condition="pad", aspect="red_flags", text="See a GP about new leg pain.", source_ids=("S70",))
    flags = [RedFlag(condition="pad", level="same_day", sign="Rest pain.", source_ids=("S72",))]
    cells = sym.comparison_cells([written], flags, WORDING.urgent)
    assert [(c.text, c.red_flag, c.source_ids) for c in cells] == [
        ("Same day: Rest pain. See a GP about new leg pain.", True, ("S72", "S70"))
    ]


def test_urgent_panel_lists_every_condition_at_its_level_whatever_is_chosen() -> None:
    levels = sym.urgent_levels(FLAGS, CONDITIONS, WORDING.urgent)
    assert [(level.id, level.label) for level in levels] == [("emergency", "Emergency"), ("same_day", "Same day")]
    flagged = {flag.condition for flag in FLAGS}
    listed = {name for level in levels for name, _, _ in level.signs}
    assert listed == {c.short_label for c in CONDITIONS if c.id in flagged}
    for level in levels:
        assert level.action == sym.actions_by_level(WORDING.urgent)[level.id].action
    markdown = sym.urgent_markdown(levels, WORDING.urgent.intro)
    assert markdown.count(r"**Emergency: Call 999 or go to A&E now\.") == 1
    assert r"- **DVT**: Signs of a clot" in markdown
    assert markdown.index("**Emergency:") < markdown.index("**Same day:")


def test_urgent_card_names_the_conditions_at_each_level_and_links_to_the_panel() -> None:
    levels = sym.urgent_levels(FLAGS, CONDITIONS, WORDING.urgent)
    card = sym.urgent_card_markdown(levels, WORDING.urgent, CONDITIONS, "symptoms#when-leg-pain-is-urgent")
    assert card.startswith("**:material/emergency: When to get help now**")
    assert r"- **Emergency** (DVT, PAD, Sciatica, Compartment syndrome): Call 999 or go to A&E now\." in card
    assert r"- **Same day** (DVT, PAD, Statin muscle symptoms, Leg cramps): Get an urgent GP appointment" in card
    assert "[See every red flag](symptoms#when-leg-pain-is-urgent)" in card
    assert card.endswith(")]")  # the sources line
    assert "[S78](sources?ref=S78)" in card


def test_fill_actions_uses_the_one_wording_of_each_level() -> None:
    actions = sym.actions_by_level(WORDING.urgent)
    text = sym.fill_actions("Now: {emergency} Today: {same_day} Kept: {other}", WORDING.urgent)
    assert text == f"Now: {actions['emergency'].action} Today: {actions['same_day'].action} Kept: {{other}}"


def test_red_flags_only_with_none_chosen_shows_every_condition_and_says_so() -> None:
    tables = sym.SymptomTables(CELLS, CONDITIONS, ASPECTS, (), WORDING)
    pair = sym.Filters(["osteomalacia", "myopathy"], ALL_ASPECTS, red_flags_only=True, compare=True)
    view = sym.comparison_view(tables, pair)
    assert view.empty is None
    assert view.notice == WORDING.urgent.all_flags_shown
    assert list(view.table.columns) == [
        "DVT",
        "PAD",
        "Sciatica",
        "Statin muscle symptoms",
        "Leg cramps",
        "Compartment syndrome",
    ]
    assert list(view.table.index) == ["**Red flags**"]
    chosen = sym.comparison_view(tables, sym.Filters(["dvt"], ALL_ASPECTS, red_flags_only=True))
    assert chosen.notice is None
    assert list(chosen.table.columns) == ["DVT"]


def test_differing_only_drops_aspects_the_two_conditions_share() -> None:
    long = select(["osteomalacia", "myopathy"], differing_only=True)
    assert sym.shown_aspect_ids(long) == [
        "nature",
        "location",
        "associated",
        "onset",
        "modifiers",
        "tests",
        "red_flags",
    ]


def test_highlight_escapes_markdown_and_marks_every_word() -> None:
    assert sym.highlight("Calf [or] thigh", ["calf"]) == r":orange-background[**Calf**] \[or\] thigh"
    assert sym.highlight("25(OH)D", []) == r"25\(OH\)D"


def test_red_flag_cell_carries_label_icon_and_sources() -> None:
    text = sym.cell_markdown("Swollen leg.", True, ("S36",), words=[], labels=LABELS)
    assert text == r":red[:material/emergency: **Red flag\:**] Swollen leg\. ([S36](sources?ref=S36))"
    levels = sym.Labels("No sourced description", "Red flag:", ("Emergency", "Same day"))
    text = sym.cell_markdown("Emergency: A. Same day: B.", True, (), words=[], labels=levels)
    assert text == r":red[:material/emergency: **Red flag\:**] **Emergency\:** A\. **Same day\:** B\."
    assert sym.cell_markdown("", False, (), words=[], labels=LABELS) == "No sourced description"


def test_comparison_table_has_aspects_as_rows_and_conditions_as_columns() -> None:
    table = sym.comparison_table(
        select(["compartment", "dvt"], ["tests", "sides"]), CONDITIONS, ASPECTS, search="", labels=LABELS
    )
    assert list(table.columns) == ["DVT", "Compartment syndrome"]
    assert list(table.index) == ["**One side or both**", "**Typical tests and findings**"]
    assert table.loc["**One side or both**", "Compartment syndrome"] == "No sourced description"


def test_cards_are_one_per_condition_with_the_note() -> None:
    cards = sym.condition_cards(
        select(["myopathy", "injury"], ["nature", "sides"]), CONDITIONS, ASPECTS, search="", labels=LABELS
    )
    assert [c.title for c in cards] == [
        "Vitamin D myopathy (muscle pain and weakness)",
        "Injury or overuse (strain, shin splints, stress fracture)",
    ]
    assert cards[1].lines[0][1].startswith(r"Strain\: a torn or overstretched muscle")
    assert cards[1].lines[1] == ("One side or both", "No sourced description")
    assert cards[0].note is None
    assert cards[1].note.startswith("Several injuries share this column")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, None),
        ({"compare": ["myopathy,osteomalacia"]}, ("myopathy", "osteomalacia")),
        ({"compare": ["myopathy"]}, "needs two"),
        ({"compare": ["myopathy,myopathy"]}, "needs two"),
        ({"compare": ["myopathy,flu"]}, "isn't recognised"),
    ],
)
def test_compare_pair_from_the_url(query: dict, expected: object) -> None:
    choices, notices = CHOICES.read(CONTENT, query)
    if isinstance(expected, str):
        assert choices.compare is None
        assert any(expected in n for n in notices)
    else:
        assert choices.compare == expected
        assert notices == ()


def test_cross_check_names_unknown_ids_with_their_rows() -> None:
    cells = [*CELLS, SymptomCell(condition="flu", aspect="smell", text="x", source_ids=("S1",))]
    row = len(cells) + 1
    assert [str(p) for p in cross_check(CONDITIONS, ASPECTS, cells, REGIONS)] == [
        f"symptoms.csv:{row}: condition: unknown id 'flu' (not in conditions.csv)",
        f"symptoms.csv:{row}: aspect: unknown id 'smell' (not in symptom_aspects.csv)",
    ]
    assert cross_check(CONDITIONS, ASPECTS, CELLS, REGIONS) == []


def test_download_has_plain_text_sources_and_a_citation() -> None:
    long = select(["dvt", "injury"], ["sides", "red_flags"])
    table = sym.download_table(long, CONDITIONS, ASPECTS, empty_cell="No sourced description")
    citation = citations.citation("Sources:", sym.used_source_ids(long), CONTENT.table(REFERENCES))
    rows = list(csv.reader(io.StringIO(sym.download_csv(table, citation))))
    assert rows[0] == [
        "Aspect",
        "Injury or overuse (strain, shin splints, stress fracture)",
        "Deep vein thrombosis (blood clot in a leg vein)",
    ]
    assert rows[1] == ["One side or both", "No sourced description", "One leg (rarely both legs). [S36a]"]
    assert rows[2][2].startswith("RED FLAG: Emergency: Signs of a clot in the leg")
    # One citation line names each work: id, title, publisher and year, and its address.
    line = rows[-1][0]
    assert line.startswith("Sources: S36a ")
    for source_id in ("S36a", "S62", "S63", "S67", "S69", "S83"):
        assert f" {source_id} " in line or line.startswith(f"Sources: {source_id} "), source_id


def test_used_source_ids_are_in_numeric_order() -> None:
    assert sym.used_source_ids(select(["osteomalacia"], ["tests"])) == ["S4", "S37b", "S51"]


def test_empty_view_messages() -> None:
    empty = select(["osteomalacia"], search="calf")
    flagged = sym.conditions_with_red_flags(CELLS, CONDITIONS)
    assert flagged == ["DVT", "PAD", "Sciatica", "Statin muscle symptoms", "Leg cramps", "Compartment syndrome"]
    options = {"compare": False, "red_flags_only": False, "search": "calf", "flagged": flagged}
    assert sym.empty_view_message(empty, ["osteomalacia"], ["location"], **options) == (
        "Nothing in the chosen conditions and aspects mentions “calf”."
    )
    assert sym.empty_view_message(empty, ["osteomalacia"], ["location"], found_elsewhere=["DVT"], **options) == (
        "Nothing in the chosen conditions and aspects mentions “calf”. "
        "It is mentioned for DVT: add it under Conditions."
    )
    assert sym.empty_view_message(empty, [], ["location"], **options) == "Choose at least one condition and one aspect."
    assert sym.empty_view_message(select(["dvt"]), ["dvt"], ALL_ASPECTS, **options) is None


def test_conditions_mentioning_a_search_outside_the_chosen_ones() -> None:
    mentioning = sym.conditions_mentioning
    assert mentioning(CELLS, CONDITIONS, ALL_ASPECTS, "calf", besides=["osteomalacia"]) == [
        "DVT",
        "PAD",
        "Statin muscle symptoms",
        "Leg cramps",
    ]
    assert mentioning(CELLS, CONDITIONS, ["location"], "calf", besides=["dvt"]) == [
        "PAD",
        "Statin muscle symptoms",
        "Leg cramps",
    ]
    assert mentioning(CELLS, CONDITIONS, ["sides"], "calf forearm", besides=[]) == ["Statin muscle symptoms"]
    assert mentioning(CELLS, CONDITIONS, ALL_ASPECTS, "zebra", besides=[]) == []
    assert mentioning(CELLS, CONDITIONS, ALL_ASPECTS, "  ", besides=[]) == []


def test_region_grid_summary_and_table() -> None:
    chosen = [c for c in CONDITIONS if c.id in {"pad", "compartment"}]
    grid = sym.region_grid(REGIONS, chosen)
    assert grid.values.tolist() == [
        ["PAD", "Buttocks", "sometimes"],
        ["PAD", "Thighs", "sometimes"],
        ["PAD", "Calves", "typical"],
    ]
    summary = sym.region_summary(grid, chosen, empty_cell="No sourced description")
    assert summary == (
        "PAD: typical in calves; sometimes in buttocks, thighs. Compartment syndrome: no sourced description."
    )
    table = sym.region_table(grid, chosen, sym.region_order(REGIONS))
    assert table.to_dict("index") == {
        "Buttocks": {"PAD": "sometimes", "Compartment syndrome": ""},
        "Thighs": {"PAD": "sometimes", "Compartment syndrome": ""},
        "Calves": {"PAD": "typical", "Compartment syndrome": ""},
    }


def test_injury_and_cramps_have_their_body_regions() -> None:
    chosen = [c for c in CONDITIONS if c.id in {"injury", "cramps"}]
    summary = sym.region_summary(sym.region_grid(REGIONS, chosen), chosen, empty_cell="No sourced description")
    assert summary == (
        "Injury or overuse: typical in shins. Leg cramps: typical in calves; sometimes in thighs, feet and toes."
    )


def test_chart_keeps_a_column_for_every_condition_and_marks_by_shape() -> None:
    chosen = [c for c in CONDITIONS if c.id in {"pad", "injury"}]
    grid = sym.region_grid(REGIONS, chosen)
    spec = where_it_hurts_chart(grid, ["Injury or overuse", "PAD"], ["Calves"], title="Where")
    assert spec["layer"][0]["encoding"]["x"]["scale"]["domain"] == {"expr": "conditions"}
    assert {p["name"]: p["value"] for p in spec["params"]}["conditions"] == ["Injury or overuse", "PAD"]
    assert spec["layer"][1]["mark"]["type"] == "text"
    data = dataset(spec, "grid").to_dict("records")
    assert {row["mark"] for row in data} == {"●", "○"}


def test_chart_lists_body_regions_top_to_bottom_in_the_order_given() -> None:
    chosen = [c for c in CONDITIONS if c.id in {"pad", "injury"}]
    grid = sym.region_grid(REGIONS, chosen)
    order = sym.region_order(REGIONS)
    spec = where_it_hurts_chart(grid, ["Injury or overuse", "PAD"], order, title="Where")
    assert spec["layer"][0]["encoding"]["y"]["sort"] == {"field": "row", "op": "min"}
    rows = dataset(spec, "grid").sort_values("row")
    shown = list(dict.fromkeys(rows["region"]))
    assert shown == [r for r in order if r in set(grid["region"])]
    assert len(shown) > 2
