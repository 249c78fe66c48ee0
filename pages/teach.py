"""For educators (`/teach`): lesson plan, lesson-link builder with QR code, handout, hosting guide."""

import streamlit as st

from vitd.frame import page_frame
from vitd.links import app_base
from vitd.models.hosting_guide import HOSTING_GUIDE
from vitd.models.lesson import LESSON
from vitd.qr import qr_png
from vitd.teach import lesson_links, lesson_rows

frame = page_frame("teach")
lesson = frame.doc(LESSON)
guide = frame.doc(HOSTING_GUIDE)
base = app_base(st.context.url)

plan_tab, guide_tab = st.tabs(["Lesson plan", "Hosting and editing"])

with plan_tab:
    st.header(lesson.title, anchor=False)
    st.caption(f"{lesson.audience} · {lesson.duration_minutes} minutes")
    st.markdown("**By the end, students can:**\n" + "\n".join(f"- {o}" for o in lesson.objectives))
    links = lesson_links(lesson, base)
    for row, link in zip(lesson_rows(lesson), links, strict=True):
        with st.container(border=True):
            text_col, qr_col = st.columns([4, 1])
            with text_col:
                st.markdown(f"**{row.start_minute}–{row.start_minute + row.minutes} min · {row.title}**")
                st.markdown(row.activity)
                st.markdown(f":material/open_in_new: [{row.screen_label}]({row.link})")
                st.code(link, language=None, wrap_lines=True)
            with qr_col:
                st.image(
                    qr_png(link, scale=4),
                    alt=f"QR code for the link to {row.screen_label}",
                    output_format="PNG",
                    width=120,
                )
    if lesson.prompts:
        st.markdown("**Discussion prompts**\n" + "\n".join(f"1. {p}" for p in lesson.prompts))

with guide_tab:
    st.markdown(guide.markdown)
