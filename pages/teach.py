"""For educators (`/teach`): lesson plan, lesson-link builder with QR code, handout, hosting guide."""

import streamlit as st

from vitd.frame import page_frame
from vitd.handout import to_pdf
from vitd.linkbuilder import build_query, fields_for
from vitd.links import absolute_link, app_base, hosted_base, screen_query
from vitd.qr import qr_png, qr_svg
from vitd.screens import SCREENS, SCREENS_BY_ID
from vitd.screens.teach import view
from vitd.text import escape_markdown
from vitd.widgets import link_fields

frame = page_frame("teach")
request_base = app_base(st.context.url)
shown = frame.view(view, request_base)
lesson, words = shown.lesson, shown.words
plan_tab, builder_tab, handout_tab, guide_tab = st.tabs(
    [words.tab_plan, words.tab_builder, words.tab_handout, words.tab_guide]
)

with plan_tab:
    st.header(lesson.title, anchor=False)
    st.markdown(f"{lesson.audience} · {lesson.duration_minutes} {words.minutes}")
    st.markdown(f"**{words.objectives}**\n" + "\n".join(f"- {o}" for o in lesson.objectives))
    show_codes = st.toggle(words.show_codes, key="teach_plan_qr")
    for row, link in shown.steps:
        with st.container(border=True):
            st.markdown(
                f"**{row.start_minute}–{row.start_minute + row.minutes} min · {row.title}**\n\n{row.activity}"
                f"\n\n:material/open_in_new: [{row.screen_label}]({row.link})"
            )
            st.text(link)
            if show_codes:
                alt = words.step_qr_alt.format(screen=row.screen_label)
                st.image(qr_png(link, scale=4), alt=alt, output_format="PNG", width=140)
    if lesson.prompts:
        st.markdown(f"**{words.prompts}**\n" + "\n".join(f"1. {p}" for p in lesson.prompts))

with builder_tab:
    st.header(words.builder_title, anchor=False)
    st.markdown(words.builder_intro)
    choices = [s.id for s in SCREENS if s.id != frame.screen.id]
    target = st.selectbox(words.screen, choices, format_func=lambda s: SCREENS_BY_ID[s].label, key="teach_screen")
    fields = frame.view(lambda content: fields_for(target, content))
    chosen = link_fields(fields, f"teach_{target}")
    presenting = st.toggle(words.presenter, key="teach_present")
    typed_base = st.text_input(
        words.hosted, placeholder=request_base or "https://example.org/", help=words.hosted_help, key="teach_base"
    )
    base = hosted_base(typed_base) or request_base
    if typed_base and hosted_base(typed_base) is None:
        st.caption(words.not_an_address.format(typed=escape_markdown(typed_base[:60])))
    query = build_query(fields, chosen, presenting)
    link = absolute_link(base, target, query)
    st.text(link)
    st.markdown(f":material/open_in_new: [{words.open_link}]({screen_query(target, query)})")
    st.image(qr_png(link), alt=words.link_qr_alt.format(link=link), output_format="PNG", width=240)
    png_col, svg_col, text_col = st.columns(3)
    png_col.download_button(words.qr_png, qr_png(link), "vitamin-d-link.png", "image/png", width="stretch")
    svg_col.download_button(words.qr_svg, qr_svg(link), "vitamin-d-link.svg", "image/svg+xml", width="stretch")
    text_col.download_button(words.link_text, link + "\n", "vitamin-d-link.txt", "text/plain", width="stretch")

with handout_tab:
    st.header(words.handout_title, anchor=False)
    if shown.documents_problem:
        st.warning(words.handout_problems.format(count=shown.documents_problem))
    else:
        st.markdown(words.handout_intro)
        for column, document in zip(st.columns(2), shown.documents, strict=True):
            pdf = f"{document.stem}.pdf"
            column.download_button(
                f"{document.title} (PDF)",
                lambda d=document: to_pdf(d.blocks, d.title),
                pdf,
                "application/pdf",
                width="stretch",
            )
            markdown = f"{document.stem}.md"
            column.download_button(
                f"{document.title} (Markdown)", document.markdown, markdown, "text/markdown", width="stretch"
            )
        for document in shown.documents:
            with st.expander(f"{words.preview} {document.title.lower()}"):
                st.markdown(document.markdown)

with guide_tab:
    for is_code, text in shown.guide:
        if is_code:
            st.text(text)
        else:
            st.markdown(text)
