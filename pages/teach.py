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

frame = page_frame("teach")
request_base = app_base(st.context.url)
shown = frame.view(view, request_base)
lesson = shown.lesson

plan_tab, builder_tab, handout_tab, guide_tab = st.tabs(
    ["Lesson plan", "Link builder", "Handout", "Hosting and editing"]
)

with plan_tab:
    st.header(lesson.title, anchor=False)
    st.markdown(f"{lesson.audience} · {lesson.duration_minutes} minutes")
    st.markdown("**By the end, students can:**\n" + "\n".join(f"- {o}" for o in lesson.objectives))
    show_codes = st.toggle("Show a QR code for each step", key="teach_plan_qr")
    for row, link in shown.steps:
        with st.container(border=True):
            st.markdown(
                f"**{row.start_minute}–{row.start_minute + row.minutes} min · {row.title}**\n\n{row.activity}"
                f"\n\n:material/open_in_new: [{row.screen_label}]({row.link})"
            )
            st.text(link)
            if show_codes:
                st.image(
                    qr_png(link, scale=4),
                    alt=f"QR code for the link to {row.screen_label}",
                    output_format="PNG",
                    width=140,
                )
    if lesson.prompts:
        st.markdown("**Discussion prompts**\n" + "\n".join(f"1. {p}" for p in lesson.prompts))

with builder_tab:
    st.header("Build a link", anchor=False)
    st.markdown("Choose a screen and what it should show. Share the link or the QR code with your class.")
    choices = [s.id for s in SCREENS if s.id != frame.screen.id]
    target = st.selectbox("Screen", choices, format_func=lambda s: SCREENS_BY_ID[s].label, key="teach_screen")
    fields = frame.view(lambda content: fields_for(target, content))
    chosen: dict[str, str | list[str]] = {}
    columns = st.columns(2)
    for i, field in enumerate(fields):
        labels = dict(field.options)
        key = f"teach_{target}_{field.param}"
        with columns[i % 2]:
            if field.kind == "one":
                chosen[field.param] = st.selectbox(
                    field.label, list(labels), format_func=labels.get, key=key, help=field.help or None
                )
            elif field.kind == "many":
                chosen[field.param] = st.multiselect(
                    field.label,
                    list(labels),
                    format_func=labels.get,
                    max_selections=field.max_choices,
                    key=key,
                    help=field.help or None,
                )
            else:
                chosen[field.param] = st.text_input(field.label, max_chars=80, key=key, help=field.help or None)
    presenting = st.toggle("Presenter view (large type for a projector)", key="teach_present")
    typed_base = st.text_input(
        "Hosted address (optional)",
        placeholder=request_base or "https://example.org/",
        help="Where your class opens the app, if not this address.",
        key="teach_base",
    )
    base = hosted_base(typed_base) or request_base
    if typed_base and hosted_base(typed_base) is None:
        st.caption(f"“{escape_markdown(typed_base[:60])}” isn't a web address, so this app's address is used.")
    query = build_query(fields, chosen, presenting)
    link = absolute_link(base, target, query)
    st.text(link)
    st.markdown(f":material/open_in_new: [Open this link]({screen_query(target, query)})")
    st.image(qr_png(link), alt=f"QR code for {link}", output_format="PNG", width=240)
    png_col, svg_col, text_col = st.columns(3)
    png_col.download_button("QR code (PNG)", qr_png(link), "vitamin-d-link.png", "image/png", width="stretch")
    svg_col.download_button("QR code (SVG)", qr_svg(link), "vitamin-d-link.svg", "image/svg+xml", width="stretch")
    text_col.download_button("Link (text)", link + "\n", "vitamin-d-link.txt", "text/plain", width="stretch")

with handout_tab:
    st.header("Printable handout", anchor=False)
    if shown.documents_problem:
        st.warning(f"The handout needs content files that have problems: {shown.documents_problem} found.")
    else:
        st.markdown("A one-page handout for students and an answer key for you, made from this app's content.")
        for column, document in zip(st.columns(2), shown.documents, strict=True):
            column.download_button(
                f"{document.title} (PDF)",
                lambda d=document: to_pdf(list(d.blocks), d.title),
                f"{document.stem}.pdf",
                "application/pdf",
                width="stretch",
            )
            column.download_button(
                f"{document.title} (Markdown)",
                document.markdown,
                f"{document.stem}.md",
                "text/markdown",
                width="stretch",
            )
        for document in shown.documents:
            with st.expander(f"Preview the {document.title.lower()}"):
                st.markdown(document.markdown)

with guide_tab:
    for is_code, text in shown.guide:
        if is_code:
            st.text(text)
        else:
            st.markdown(text)
