"""Sources and glossary (`/sources`): numbered references, the glossary, and how the app's numbers work."""

import streamlit as st

from vitd import sources
from vitd.citations import sources_line
from vitd.frame import page_frame, set_query_param
from vitd.glossary import search_glossary
from vitd.models.about import ABOUT
from vitd.models.glossary import GLOSSARY
from vitd.models.references import REFERENCES
from vitd.models.site import SITE
from vitd.params import REF, SECTION, SOURCES_SECTIONS, TERM
from vitd.text import escape_markdown

frame = page_frame("sources")
references = frame.table(REFERENCES)
glossary = frame.table(GLOSSARY)
about = frame.doc(ABOUT)
site = frame.doc(SITE)

ref_id = frame.url.choice(REF, [r.id for r in references], "")
term = frame.url.text(TERM, max_chars=60)
section = frame.url.choice(SECTION, SOURCES_SECTIONS, sources.default_section(term))
frame.url_notices()

labels = sources.SECTION_LABELS
tab_of = {label: section_id for section_id, label in labels.items()}
tabs = st.tabs(list(labels.values()), default=labels[section], key="sources_section", on_change="rerun")
section = tab_of.get(st.session_state.get("sources_section"), section)
set_query_param(SECTION, section, sources.default_section(term))
references_tab, glossary_tab, numbers_tab = tabs

if references_tab.open:
    with references_tab:
        cited_on = sources.reference_screens(frame.content)
        highlighted = sources.find_reference(references, ref_id) if ref_id else None
        if highlighted is not None:
            st.info(
                sources.reference_markdown(highlighted, cited_on.get(highlighted.id, ())),
                icon=":material/bookmark:",
            )
        st.markdown(
            "\n\n".join(
                (":material/bookmark: " if r is highlighted else "")
                + sources.reference_markdown(r, cited_on.get(r.id, ()))
                for r in references
            )
        )

if glossary_tab.open:
    with glossary_tab:
        query = st.text_input("Search the glossary", value=term, max_chars=60, key="sources_term")
        set_query_param(TERM, query.strip(), "")
        matches = search_glossary(glossary, query)
        if not matches:
            st.info(f"No glossary entry matches “{escape_markdown(query.strip())}”.", icon=":material/search_off:")
        st.markdown("\n\n".join(sources.glossary_entry_markdown(entry) for entry in matches))

if numbers_tab.open:
    with numbers_tab:
        for heading, body, source_ids in sources.about_sections(about, sources.units_if_valid(frame.content), site):
            st.subheader(heading, anchor=False)
            st.markdown(body)
            if source_ids:
                st.markdown(sources_line(source_ids))  # not st.caption: its grey links fail contrast
