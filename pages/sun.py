"""Sun and seasons (`/sun`): the noon sun through the year at any place, one day's sun and shadow,
and what skin, glass and sunscreen change."""

import datetime as dt

import streamlit as st

from vitd import sun
from vitd.citations import sources_line
from vitd.frame import page_frame, set_query_param
from vitd.keypoints import LEVEL_LABELS, rows_of
from vitd.links import screen_link
from vitd.models.key_points import LEVELS
from vitd.models.places import PLACES
from vitd.models.references import REFERENCES
from vitd.models.sun import SUN
from vitd.params import LATITUDE, LEVEL, PLACE, SUN_COMPARE, SUN_DATE
from vitd.screens import screen

KEY = "sun_"

frame = page_frame("sun")
texts = frame.doc(SUN)
places = frame.table(PLACES)
references = frame.table(REFERENCES)
by_id = {p.id: p for p in places}
default_id = sun.default_place(places).id
days = frame.content.memo("sun_days", lambda: [sun.day_key(d) for d in sun.year_days()])

choices = sun.read_choices(frame.url, places, dt.date.today())
frame.url_notices()


level = st.segmented_control(
    "Reading level", LEVELS, format_func=LEVEL_LABELS.get, default=choices.level, required=True, key=KEY + "level"
)
place_col, compare_col = st.columns(2)
place_id = place_col.selectbox(
    "Place",
    list(by_id),
    index=list(by_id).index(choices.place_id),
    format_func=lambda i: by_id[i].label,
    key=KEY + "place",
)
compare_options = ["", *by_id]
compare_id = compare_col.selectbox(
    "Compare with a second place",
    compare_options,
    index=compare_options.index(choices.compare_id or ""),
    format_func=lambda i: by_id[i].label if i else "No second place",
    key=KEY + "compare",
)
use_latitude = st.toggle(
    "Use any latitude instead of a place",
    value=choices.latitude is not None,
    key=KEY + "use_lat",
)
latitude = None
if use_latitude:
    latitude = st.slider(
        "Latitude (degrees north; south is negative)",
        min_value=-90.0,
        max_value=90.0,
        value=choices.latitude if choices.latitude is not None else by_id[place_id].latitude,
        step=0.1,
        format="%.1f°",
        key=KEY + "lat",
    )
day = st.select_slider(
    "Date",
    days,
    value=choices.day,
    format_func=lambda k: sun.day_text(sun.date_of(k)),
    key=KEY + "day",
)
set_query_param(LEVEL, level, LEVELS[0])
set_query_param(LATITUDE, None if latitude is None else f"{latitude:g}")
set_query_param(PLACE, place_id, default_id)
set_query_param(SUN_COMPARE, compare_id, "")
set_query_param(SUN_DATE, day, sun.day_key(dt.date.today()))

# --- the view: each year is computed once per latitude and shared; the day is a lookup in it ---
where = sun.where_of(by_id[place_id], latitude, texts)
other = sun.where_of(by_id[compare_id], None, texts) if compare_id else None
year = frame.content.memo(("sun_year", where.latitude), lambda: sun.sun_year(where.latitude))
other_year = frame.content.memo(("sun_year", other.latitude), lambda: sun.sun_year(other.latitude)) if other else None
view = frame.content.memo(
    ("sun_view", where, other, day),
    lambda: sun.sun_view(year, where, day, texts, references, other_year, other),
)

st.header(texts.headings.year, anchor=False)
st.markdown("\n\n".join(f"**{s}**" for s in view.year_sentences + view.compare_sentences))
st.vega_lite_chart(spec=view.year_chart, width="stretch", alt=view.year_alt)
st.caption(f"{texts.computed_note.at(level)} {sources_line(texts.computed_note.source_ids)}")
with st.expander(texts.headings.table, icon=":material/table:"):
    st.dataframe(view.table, hide_index=True, width="stretch")
    st.download_button(
        "Download the year (CSV)",
        data=lambda: sun.year_csv(view.table, view.citation),
        file_name="sun-and-seasons.csv",
        mime="text/csv",
        on_click="ignore",
        icon=":material/download:",
        key=KEY + "download",
    )

st.header(texts.headings.day, anchor=False)
curve_col, shadow_col = st.columns([3, 2], gap="large")
with curve_col:
    st.markdown(f"{view.day_sentences['noon']}\n\n{view.day_sentences['hours']}")
    if view.day_chart is not None:
        st.vega_lite_chart(spec=view.day_chart, width="stretch", alt=view.day_alt)
with shadow_col:
    if view.day_sentences["shadow"]:
        st.markdown(view.day_sentences["shadow"])
    if view.shadow_chart is not None:
        st.vega_lite_chart(spec=view.shadow_chart, width="content", alt=view.shadow_alt)
st.caption(sources_line(texts.source_ids))

st.header(texts.headings.meaning, anchor=False)
for row in rows_of(texts.meaning, 2):
    for column, point in zip(st.columns(2), row, strict=False):
        with column.container(border=True, height="stretch"):
            st.markdown(f"**{point.title}**\n\n{point.at(level)}\n\n:small[{sources_line(point.source_ids)}]")
others = " · ".join(screen_link(s, screen(s).title) for s in ("risk_check", "food_sources", "key_points"))
st.markdown(f"{texts.links_intro} {others}")

st.header(texts.headings.how, anchor=False)
st.markdown(f"{texts.how.at(level)}\n\n{view.formula_text}\n\n:small[{sources_line(texts.how.source_ids)}]")
