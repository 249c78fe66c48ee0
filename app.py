"""Key points: the home screen (``/``).

Summary and key-point cards at the reader's level, the cause-and-effect diagram with its
steps explained, prevalence with its cut-offs, the care overview and the FAQ.
"""

import streamlit as st

from vitd.citations import sources_line
from vitd.frame import page_frame
from vitd.keypoints import rows_of
from vitd.links import carry_into, screen_link
from vitd.screens.key_points import CHOICES, view
from vitd.widgets import draw_chart

CARDS_PER_ROW = 3

frame = page_frame("key_points")
controls = frame.controls(CHOICES)
controls.widget("level")
choices = controls.values
shown = frame.view(view, choices)
points, level = shown.points, choices.level

with st.container(border=True):
    st.markdown(
        f"**:material/summarize: {points.summary.title}**\n\n{points.summary.at(level)}\n\n"
        f":small[{sources_line(points.summary.source_ids)}]"
    )

with st.container(border=True):  # when to get help now: links to the red flags on Symptoms
    st.markdown(shown.urgent_card)

st.header(points.cards_title, anchor=False)
for row in rows_of(points.cards, CARDS_PER_ROW):
    for column, card in zip(st.columns(CARDS_PER_ROW), row, strict=False):
        with column.container(border=True, height="stretch"):
            st.subheader(f"{card.icon} {card.title}", anchor=False)
            st.markdown(
                f"{card.at(level)}\n\n:material/arrow_forward: {screen_link(card.more_screen, card.more_label)}"
                f"\n\n:small[{sources_line(card.source_ids)}]"
            )

st.header(shown.mechanism.title, anchor=False)
st.markdown(shown.mechanism.intro)
diagram, as_text = st.columns([3, 2], gap="large")
with diagram:
    controls.widget("step")
    choices = controls.done()
    shown = frame.view(view, choices)
    draw_chart(shown.diagram, alt=shown.diagram_alt)
    with st.container(border=True):
        st.markdown(
            f"**{shown.step.label}**\n\n{shown.step.at(level)}\n\n:small[{sources_line(shown.step.source_ids)}]"
        )
with as_text:
    st.subheader(points.labels.diagram_list, anchor=False)
    st.markdown(shown.chains)

st.header(points.prevalence.title, anchor=False)
st.markdown(points.prevalence.at(level))
chart, note = st.columns([3, 2], gap="large")
with chart:
    draw_chart(shown.prevalence_chart)
    st.markdown(shown.prevalence_sentence)
    with st.expander(points.labels.table_label, icon=":material/table:"):
        st.markdown(shown.prevalence_table)
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

st.header(shown.faq.title, anchor=False)
for question in shown.faq.questions:
    with st.expander(question.question):
        st.markdown(f"{carry_into(question.answer)}\n\n:small[{sources_line(question.source_ids)}]")
