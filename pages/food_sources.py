"""Food sources (`/food_sources`): vitamin D per food, diet filters, units, targets and a day planner."""

import streamlit as st

from vitd import foods
from vitd.charts.foods import day_chart_spec, food_chart_spec
from vitd.citations import source_links, sources_line
from vitd.frame import page_frame, set_query_param
from vitd.links import screen_link
from vitd.models.food_screen import FOOD_SCREEN
from vitd.models.foods import FOODS
from vitd.models.intake import INTAKE
from vitd.models.references import REFERENCES
from vitd.models.units import UNITS
from vitd.params import (
    BASES,
    BASIS,
    DIET,
    DIET_CHOICES,
    FOOD_GROUP,
    FOOD_SEARCH,
    FOOD_UNIT,
    FOOD_UNITS,
    FORTIFIED,
    FORTIFIED_CHOICES,
    LIFE_STAGE,
    PLAN,
)
from vitd.screens import screen

KEY = "food_sources"

frame = page_frame(KEY)
texts = frame.doc(FOOD_SCREEN)
units = frame.doc(UNITS)
stages = {stage.id: stage for stage in frame.table(INTAKE)}
references = frame.table(REFERENCES)
# Built once per content version and shared by every session: never change it in place.
table = frame.content.memo("foods_frame", lambda: foods.foods_frame(frame.table(FOODS)))
groups = frame.content.memo("food_groups", lambda: dict(foods.food_groups(table)))
food_names = dict(zip(table["id"], table["food"], strict=True))
servings_of = dict(zip(table["id"], table["plan_portion"], strict=True))  # 100 g where no serving is vetted

# --- state from the URL ---
diet = frame.url.choice(DIET, DIET_CHOICES, DIET_CHOICES[0])
chosen_groups = frame.url.choices(FOOD_GROUP, list(groups), [])
fortified = frame.url.choice(FORTIFIED, FORTIFIED_CHOICES, FORTIFIED_CHOICES[0])
search = frame.url.text(FOOD_SEARCH, max_chars=60)
default_stage = foods.default_stage(list(stages.values())).id
stage_id = frame.url.choice(LIFE_STAGE, list(stages), default_stage)
unit = frame.url.choice(FOOD_UNIT, FOOD_UNITS, FOOD_UNITS[0])
basis = frame.url.choice(BASIS, BASES, BASES[0])
plan = foods.read_plan(frame.url, PLAN, list(food_names))
frame.url_notices()

# --- filters and units ---
left, right = st.columns(2)
diet = left.segmented_control(
    "Diet", DIET_CHOICES, default=diet, required=True, format_func=foods.DIET_LABELS.get, key=f"{KEY}_diet"
)
fortified = right.segmented_control(
    "Fortified foods",
    FORTIFIED_CHOICES,
    default=fortified,
    required=True,
    format_func=foods.FORTIFIED_LABELS.get,
    key=f"{KEY}_fortified",
)
chosen_groups = st.pills(
    "Food groups (none chosen: every group)",
    list(groups),
    selection_mode="multi",
    default=chosen_groups,
    format_func=groups.get,
    key=f"{KEY}_groups",
)
search = st.text_input("Search foods", value=search, max_chars=60, placeholder="e.g. salmon", key=f"{KEY}_search")
stage_col, unit_col, basis_col = st.columns([2, 2, 2])
stage_id = stage_col.selectbox(
    "Life stage (for the daily target)",
    list(stages),
    index=list(stages).index(stage_id),
    format_func=lambda i: stages[i].life_stage,
    key=f"{KEY}_stage",
)
unit = unit_col.segmented_control(
    "Unit", FOOD_UNITS, default=unit, required=True, format_func=foods.UNIT_LABELS.get, key=f"{KEY}_unit"
)
basis = basis_col.segmented_control(
    "Amounts", BASES, default=basis, required=True, format_func=foods.BASIS_LABELS.get, key=f"{KEY}_basis"
)
set_query_param(DIET, diet, DIET_CHOICES[0])
set_query_param(FORTIFIED, fortified, FORTIFIED_CHOICES[0])
set_query_param(FOOD_GROUP, chosen_groups, [])
set_query_param(FOOD_SEARCH, search.strip(), "")
set_query_param(LIFE_STAGE, stage_id, default_stage)
set_query_param(FOOD_UNIT, unit, FOOD_UNITS[0])
set_query_param(BASIS, basis, BASES[0])
stage = stages[stage_id]

# --- chart and its table twin (built once per set of choices, shared by every session) ---
st.subheader("Vitamin D in foods", anchor=False)
choices = (diet, tuple(chosen_groups), fortified, search, basis, unit, stage.id)
shown = frame.content.memo(
    ("foods_view", *choices),
    lambda: foods.foods_view(
        table,
        diet=diet,
        groups=chosen_groups,
        fortified=fortified,
        search=search,
        basis=basis,
        unit=unit,
        units=units,
        stage=stage,
        texts=texts,
        references=references,
    ),
)
if shown.view.empty:
    st.info(texts.empty, icon=":material/search_off:")
else:
    chart = frame.content.memo(
        ("foods_chart", *choices),
        lambda: food_chart_spec(
            shown.view,
            foods.axis_title(basis, unit),
            tuple(groups.values()),
            foods.target_in(stage, unit, units),
            foods.target_label(stage, unit, units),
        ),
    )
    st.vega_lite_chart(spec=chart, width="stretch", alt=shown.alt)
    st.caption(texts.chart_note)
    st.dataframe(
        shown.twin,
        hide_index=True,
        width="stretch",
        column_config={
            foods.amount_heading(unit): st.column_config.NumberColumn(format=f"%.{foods.UNIT_DIGITS[unit]}f"),
            foods.TABLE_COLUMNS[3]: st.column_config.ProgressColumn(
                f"Share of the {stage.value_type} (%)", min_value=0, max_value=100, format="%.0f%%"
            ),
        },
    )
    st.download_button(
        "Download this table (CSV)",
        data=lambda: foods.view_csv(shown.view, unit, shown.citation),
        file_name="vitamin-d-foods.csv",
        mime="text/csv",
        on_click="ignore",
        icon=":material/download:",
        key=f"{KEY}_download",
    )
    st.markdown(sources_line(shown.source_ids))

# --- insights computed from the table ---
st.subheader("What the numbers say", anchor=False)
insights = frame.content.memo(
    ("food_insights", stage.id, unit), lambda: foods.insights(texts.insights, table, stage, unit, units)
)
st.markdown("\n".join(f"- {text} ({source_links(source_ids)})" for text, source_ids in insights))

# --- build a day ---
st.subheader("Build a day", anchor=False)
st.markdown(texts.planner_intro)
picked = st.multiselect(
    "Foods in your day",
    list(food_names),
    default=list(plan),
    format_func=food_names.get,
    max_selections=foods.PLAN_MAX_FOODS,
    placeholder="Choose foods",
    key=f"{KEY}_plan_foods",
)
servings: dict[str, float] = {}
for start in range(0, len(picked), 2):  # rows of two keep the order when a phone stacks the columns
    for column, food_id in zip(st.columns(2), picked[start : start + 2], strict=False):
        servings[food_id] = column.number_input(
            f"Servings of {food_names[food_id]} ({servings_of[food_id]} each)",
            min_value=foods.PLAN_MIN_SERVINGS,
            max_value=foods.PLAN_MAX_SERVINGS,
            value=plan.get(food_id, 1.0),
            step=0.5,
            key=f"{KEY}_servings_{food_id}",
        )
set_query_param(PLAN, foods.plan_text(servings), "")
if not servings:
    st.info(texts.planner_empty, icon=":material/restaurant:")
else:
    lines = foods.with_amounts(foods.plan_lines(table, servings), unit, units)
    day = foods.summarise_day(lines, stage, unit, units, texts)
    if day.over_ul_text:
        st.error(day.over_ul_text, icon=":material/warning:")
    st.markdown(" ".join(t for t in (day.total_text, day.shortfall_text) if t))
    day_spec = frame.content.memo(  # a shared plan is opened by many
        ("day_chart", foods.plan_text(servings), unit, stage.id),
        lambda: day_chart_spec(
            lines,
            foods.day_axis_title(unit),
            tuple(groups.values()),
            foods.target_in(stage, unit, units),
            foods.target_label(stage, unit, units),
            foods.limit_in(stage, unit, units),
            foods.limit_label(stage, unit, units),
        ),
    )
    st.vega_lite_chart(
        spec=day_spec,
        width="stretch",
        alt=day.alt_text,
    )
    if day.range_text:
        st.caption(day.range_text)
    st.dataframe(foods.plan_table(lines), hide_index=True, width="stretch")

other_screens = (screen_link(s, screen(s).title) for s in ("risk_check", "key_points"))
st.markdown(f"{texts.other_routes} {' · '.join(other_screens)}")
st.caption(sources_line(texts.source_ids))
