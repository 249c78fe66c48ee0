"""Symptom comparison (`/symptoms`): bone pain vs muscle pain vs other causes of leg pain."""

import streamlit as st

from vitd import params
from vitd import symptoms as sym
from vitd.charts.symptoms import where_it_hurts_chart_spec
from vitd.citations import sources_line
from vitd.frame import page_frame, set_query_param
from vitd.models.references import REFERENCES
from vitd.models.symptoms import (
    BODY_REGIONS,
    RED_FLAGS,
    SYMPTOM_ASPECTS,
    SYMPTOM_CONDITIONS,
    SYMPTOM_SCREEN,
    SYMPTOMS,
)
from vitd.text import escape_markdown

frame = page_frame("symptoms")
conditions = frame.table(SYMPTOM_CONDITIONS)
aspects = frame.table(SYMPTOM_ASPECTS)
regions = frame.table(BODY_REGIONS)
wording = frame.doc(SYMPTOM_SCREEN)
references = frame.table(REFERENCES)
flags = frame.table(RED_FLAGS)
# symptoms.csv with each condition's red flags in its red-flags row; built once, shared: never change it.
cells = frame.content.memo("symptom_cells", lambda: sym.comparison_cells(frame.table(SYMPTOMS), flags, wording.urgent))

condition_ids = [c.id for c in conditions]
condition_label = {c.id: c.label for c in conditions}
aspect_ids = [a.id for a in aspects]
aspect_label = {a.id: a.label for a in aspects}
default_conditions = sym.default_condition_ids(conditions)

# --- state from the URL ---
pair = sym.compare_pair(frame.url, params.COMPARE, condition_ids)
url_conditions = frame.url.choices(params.CONDITIONS, condition_ids, default_conditions)
url_aspects = frame.url.choices(params.ASPECTS, aspect_ids, aspect_ids)
url_search = frame.url.text(params.SYMPTOM_SEARCH)
url_red_flags = frame.url.flag(params.RED_FLAGS)
url_view = frame.url.choice(params.SYMPTOM_VIEW, params.SYMPTOM_VIEWS, params.SYMPTOM_VIEWS[0])
frame.url_notices()

# --- filters ---
with st.container(border=True):
    compare = st.toggle(
        "Compare two conditions",
        value=pair is not None,
        key="symptoms_compare_on",
        help="Pick two conditions to see only the aspects where they differ.",
    )
    left, right = st.columns(2)
    if compare:
        first_default, second_default = pair or (default_conditions + condition_ids)[:2]
        first = left.selectbox(
            "First condition",
            condition_ids,
            index=condition_ids.index(first_default),
            format_func=condition_label.get,
            key="symptoms_compare_first",
        )
        second = right.selectbox(
            "Second condition",
            condition_ids,
            index=condition_ids.index(second_default),
            format_func=condition_label.get,
            key="symptoms_compare_second",
        )
        shown_conditions = [first, second]
        set_query_param(params.COMPARE, shown_conditions)
    else:
        shown_conditions = left.multiselect(
            "Conditions",
            condition_ids,
            default=url_conditions,
            format_func=condition_label.get,
            key="symptoms_conditions",
            placeholder="Choose conditions",
            wrap=True,
        )
        set_query_param(params.COMPARE, None)
        set_query_param(params.CONDITIONS, shown_conditions, default_conditions)
    shown_aspects = right.multiselect(
        "Aspects",
        aspect_ids,
        default=url_aspects,
        format_func=aspect_label.get,
        key="symptoms_aspects",
        placeholder="Choose aspects",
        wrap=True,
    )
    set_query_param(params.ASPECTS, shown_aspects, aspect_ids)
    search_col, flags_col, view_col = st.columns([2, 1, 1], vertical_alignment="bottom")
    search = search_col.text_input(
        "Search the table", value=url_search, max_chars=80, key="symptoms_search", placeholder="e.g. calf, night"
    ).strip()
    set_query_param(params.SYMPTOM_SEARCH, search, "")
    red_flags_only = flags_col.toggle("Red flags only", value=url_red_flags, key="symptoms_red_flags")
    set_query_param(params.RED_FLAGS, "1" if red_flags_only else None)
    view = view_col.segmented_control(
        "View",
        params.SYMPTOM_VIEWS,
        default=url_view,
        required=True,
        format_func=str.capitalize,
        key="symptoms_view",
        help="Cards are easier to read on a phone.",
    )
    set_query_param(params.SYMPTOM_VIEW, view, params.SYMPTOM_VIEWS[0])

# --- red flags: every condition's, in every view, whatever is chosen or filtered (after the filters,
# so the keyboard reaches the controls first) ---
st.header(wording.urgent.title, anchor=sym.URGENT_ANCHOR)
st.error(
    frame.content.memo(
        "symptoms_urgent",
        lambda: sym.urgent_markdown(sym.urgent_levels(flags, conditions, wording.urgent), wording.urgent.intro),
    ),
    icon=":material/emergency:",
)

# --- the comparison (built once per set of filters, shared by every session) ---
st.header("Comparison", anchor=False)
filters = (tuple(shown_conditions), tuple(shown_aspects), search, red_flags_only, compare, view)
shown = frame.content.memo(
    ("symptoms_comparison", *filters),
    lambda: sym.comparison_view(
        cells,
        conditions,
        aspects,
        references,
        wording,
        shown_conditions,
        shown_aspects,
        search=search,
        red_flags_only=red_flags_only,
        compare=compare,
        view=view,
    ),
)
if shown.empty:
    st.info(shown.empty, icon=":material/filter_alt_off:")
if shown.notice:
    st.info(shown.notice, icon=":material/emergency:")
for card in shown.cards:
    with st.container(border=True):
        st.subheader(escape_markdown(card.title), anchor=False)
        for aspect, text in card.lines:
            st.markdown(f"**{escape_markdown(aspect)}**: {text}")
        if card.note:
            st.caption(escape_markdown(card.note))
if shown.table is not None:
    st.table(shown.table, alt=f"Comparison of {shown.table.shape[1]} conditions across {shown.table.shape[0]} aspects")
    for short_label, note in shown.notes:
        st.caption(f"**{escape_markdown(short_label)}**: {escape_markdown(note)}")
if shown.csv is not None:
    st.download_button(
        "Download this view (CSV)",
        data=shown.csv,
        file_name="symptom-comparison.csv",
        mime="text/csv",
        icon=":material/download:",
        key="symptoms_download",
    )

# --- where does it hurt ---
st.header("Where does it hurt?", anchor=False)
if shown_conditions:
    places = frame.content.memo(
        ("symptoms_regions", tuple(shown_conditions)),
        lambda: sym.region_view(regions, conditions, shown_conditions, empty_cell=wording.empty_cell),
    )
    chart = frame.content.memo(
        ("symptoms_regions_chart", tuple(shown_conditions)),
        lambda: where_it_hurts_chart_spec(
            places.grid, list(places.labels), list(places.order), title="Body regions affected, by condition"
        ),
    )
    st.vega_lite_chart(spec=chart, width="stretch")
    st.caption(places.summary)
    with st.expander("The chart as a table", icon=":material/table:"):
        st.table(places.table, alt="Body regions affected, by condition")
    st.caption(sources_line(places.source_ids))
else:
    st.info("Choose at least one condition to see where it hurts.", icon=":material/filter_alt:")
