"""Key points: the home screen (``/``).

Summary and key-point cards at the reader's level, the cause-and-effect diagram with its
steps explained, prevalence with its cut-offs, the care overview and the FAQ.
"""

import streamlit as st

from vitd.charts.mechanism import mechanism_alt, mechanism_dot
from vitd.charts.prevalence import prevalence_chart_spec
from vitd.citations import sources_line
from vitd.frame import page_frame, set_query_param
from vitd.keypoints import DEFAULT_LEVEL, LEVEL_LABELS, rows_of
from vitd.links import screen_link
from vitd.mechanism import chains_markdown, steps_in_order
from vitd.models.faq import FAQ
from vitd.models.key_points import KEY_POINTS, LEVELS
from vitd.models.mechanism import MECHANISM
from vitd.models.prevalence import PREVALENCE
from vitd.models.symptoms import RED_FLAGS, SYMPTOM_CONDITIONS, SYMPTOM_SCREEN
from vitd.params import LEVEL, STEP
from vitd.prevalence import prevalence_sentence, prevalence_table
from vitd.symptoms import key_points_urgent_card

CARDS_PER_ROW = 3

frame = page_frame("key_points")
points = frame.doc(KEY_POINTS)
mechanism = frame.doc(MECHANISM)
faq = frame.doc(FAQ)
# Derived once per content version and shared by every session: never change them in place.
prevalence = frame.content.memo("prevalence_table", lambda: prevalence_table(frame.table(PREVALENCE)))
steps = {node.id: node for node in steps_in_order(mechanism)}
first_step = next(iter(steps))

level = frame.url.choice(LEVEL, LEVELS, DEFAULT_LEVEL)
step = frame.url.choice(STEP, list(steps), first_step)
frame.url_notices()

level = st.segmented_control(
    "Reading level",
    LEVELS,
    format_func=LEVEL_LABELS.get,
    default=level,
    required=True,
    key="key_points_level",
)
set_query_param(LEVEL, level, DEFAULT_LEVEL)

with st.container(border=True):
    st.markdown(
        f"**:material/summarize: {points.summary.title}**\n\n{points.summary.at(level)}\n\n"
        f":small[{sources_line(points.summary.source_ids)}]"
    )

with st.container(border=True):  # when to get help now: links to the red flags on Symptoms
    urgent = frame.doc(SYMPTOM_SCREEN).urgent
    conditions = frame.table(SYMPTOM_CONDITIONS)
    st.markdown(
        frame.content.memo("urgent_card", lambda: key_points_urgent_card(frame.table(RED_FLAGS), conditions, urgent))
    )

st.header(points.cards_title, anchor=False)
for row in rows_of(points.cards, CARDS_PER_ROW):
    for column, card in zip(st.columns(CARDS_PER_ROW), row, strict=False):
        with column.container(border=True, height="stretch"):
            st.subheader(f"{card.icon} {card.title}", anchor=False)
            st.markdown(
                f"{card.at(level)}\n\n:material/arrow_forward: {screen_link(card.more_screen, card.more_label)}"
                f"\n\n:small[{sources_line(card.source_ids)}]"
            )

st.header(mechanism.title, anchor=False)
st.markdown(mechanism.intro)
diagram, as_text = st.columns([3, 2], gap="large")
with diagram:
    st.graphviz_chart(
        frame.content.memo(("mechanism_dot", step), lambda: mechanism_dot(mechanism, selected=step)),
        width="stretch",
        alt=frame.content.memo("mechanism_alt", lambda: mechanism_alt(mechanism)),
    )
    step = st.selectbox(
        "Choose a step to read about",
        list(steps),
        index=list(steps).index(step),
        format_func=lambda node_id: steps[node_id].label,
        key="key_points_step",
    )
    set_query_param(STEP, step, first_step)
    with st.container(border=True):
        st.markdown(
            f"**{steps[step].label}**\n\n{steps[step].at(level)}\n\n:small[{sources_line(steps[step].source_ids)}]"
        )
with as_text:
    st.subheader("The diagram as a list", anchor=False)
    st.markdown(frame.content.memo("mechanism_chains", lambda: chains_markdown(mechanism)))

st.header(points.prevalence.title, anchor=False)
st.markdown(points.prevalence.at(level))
chart, note = st.columns([3, 2], gap="large")
with chart:
    st.vega_lite_chart(
        spec=frame.content.memo("prevalence_chart", lambda: prevalence_chart_spec(prevalence)), width="stretch"
    )
    st.markdown(frame.content.memo("prevalence_sentence", lambda: prevalence_sentence(prevalence)))
    with st.expander("The chart as a table", icon=":material/table:"):
        st.dataframe(
            prevalence[["population", "years", "cutoff", "percent", "interval", "source_ids"]],
            column_config={
                "population": "Population",
                "years": "Years",
                "cutoff": "Cut-off",
                "percent": st.column_config.NumberColumn("People below (%)", format="%.1f"),
                "interval": "95% range, or how it was computed",
                "source_ids": "Sources",
            },
            hide_index=True,
            width="stretch",
        )
    st.markdown(f":small[{sources_line(points.prevalence.source_ids)}]")
with note, st.container(border=True):
    billion = points.prevalence.billion_note
    st.markdown(
        f"**:material/help: {billion.title}**\n\n{billion.at(level)}\n\n:small[{sources_line(billion.source_ids)}]"
    )

st.header(points.care.title, anchor=False)
st.markdown(points.care.intro)
for row in rows_of(points.care.items, CARDS_PER_ROW):
    for column, item in zip(st.columns(CARDS_PER_ROW), row, strict=False):
        with column.container(border=True, height="stretch"):
            parts = [f"**{item.icon} {item.title}**", item.at(level)]
            if item.more_screen and item.more_label:
                parts.append(f":material/arrow_forward: {screen_link(item.more_screen, item.more_label)}")
            parts.append(f":small[{sources_line(item.source_ids)}]")
            st.markdown("\n\n".join(parts))

st.header(faq.title, anchor=False)
for question in faq.questions:
    with st.expander(question.question):
        st.markdown(f"{question.answer}\n\n:small[{sources_line(question.source_ids)}]")
