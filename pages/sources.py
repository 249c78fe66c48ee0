"""Sources and glossary (`/sources`): numbered references, the glossary, and how the app's numbers work."""

import streamlit as st

from vitd.citations import sources_line
from vitd.frame import page_frame
from vitd.screens.sources import CHOICES, view

frame = page_frame("sources")
controls = frame.controls(CHOICES)
references_tab, glossary_tab, numbers_tab = controls.tabs("section")

if references_tab.open:
    with references_tab:
        shown = frame.view(view, controls.values).references
        if shown.highlighted is not None:
            st.info(shown.highlighted, icon=":material/bookmark:")
        st.markdown(shown.listed)

if glossary_tab.open:
    with glossary_tab:
        controls.widget("term")
        shown = frame.view(view, controls.values).glossary
        if shown.no_match:
            st.info(shown.no_match, icon=":material/search_off:")
        st.markdown(shown.entries)

if numbers_tab.open:
    with numbers_tab:
        for heading, body, source_ids in frame.view(view, controls.values).numbers:
            st.header(heading, anchor=False)
            st.markdown(body)
            if source_ids:
                st.markdown(sources_line(source_ids))  # not st.caption: its grey links fail contrast

controls.done()
