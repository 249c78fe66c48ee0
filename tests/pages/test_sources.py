"""The Sources screen through AppTest, and the rule that sources and citations match both ways."""

from __future__ import annotations

import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.conftest import run_screen
from tests.content.helpers import edit_json
from vitd.content import load_content
from vitd.models.references import REFERENCES
from vitd.models.site import SITE
from vitd.params import REF, SECTION, TERM
from vitd.sources import cited_ids

CONTENT = load_content()
REFERENCE_IDS = [r.id for r in CONTENT.table(REFERENCES)]


def _main_markdown(at: AppTest) -> str:
    return "\n\n".join(m.value for m in at.main.markdown)


def _listed_ids(at: AppTest) -> list[str]:
    return re.findall(r"^(?::material/bookmark: )?\*\*(S\d+[a-z]?)\.\*\*", _main_markdown(at), flags=re.MULTILINE)


def test_references_are_numbered_with_where_they_are_cited() -> None:
    at = run_screen("sources")
    assert not at.exception
    text = _main_markdown(at)
    assert _listed_ids(at) == REFERENCE_IDS
    assert "**S2.** Institute of Medicine; Ross AC, Taylor CL, Yaktine AL, Del Valle HB (eds.). " in text
    assert "Dietary Reference Intakes for Calcium and Vitamin D. National Academies Press, 2011. " in text
    assert "[Open the source](<https://doi.org/10.17226/13050>)" in text
    assert "Note: Values cited via secondary summaries." in text
    s30 = text[text.index("**S30a.**") :].split("\n\n")[0]
    assert "[Quiz](quiz)" in s30


def test_every_source_id_used_in_data_is_listed_on_sources() -> None:
    at = run_screen("sources")
    listed = set(_listed_ids(at))
    used = cited_ids(CONTENT)
    assert used, "no source ids found in the content"
    missing = {sid: files for sid, files in used.items() if sid not in listed}
    assert not missing, f"cited but not listed on /sources: {missing}"


def test_every_listed_reference_is_cited_somewhere() -> None:
    uncited = [sid for sid in REFERENCE_IDS if sid not in cited_ids(CONTENT)]
    assert not uncited, f"listed in references.csv but cited by no content file: {', '.join(uncited)}"


def test_ref_link_highlights_that_reference_first() -> None:
    at = run_screen("sources", {REF: "s17"})
    assert at.info[0].value.startswith("**S17.** Deschasaux M, Souberbielle JC, Andreeva VA, et al.")
    assert "[Risk check](risk_check)" in at.info[0].value
    assert ":material/bookmark: **S17.**" in _main_markdown(at)


def test_unknown_ref_is_a_quiet_notice() -> None:
    at = run_screen("sources", {REF: "S999"})
    assert not at.exception
    assert not at.info
    assert any("**ref** value “S999” isn't recognised" in c.value for c in at.caption)


def test_term_link_opens_the_glossary_searched() -> None:
    at = run_screen("sources", {TERM: "parathyroid"})
    assert at.text_input[0].value == "parathyroid"
    text = at.main.markdown[-1].value
    assert text.startswith("**PTH** (also: parathyroid hormone)  \n")
    assert "**ALP**" not in text
    assert _listed_ids(at) == []


def test_typing_a_search_puts_it_in_the_link() -> None:
    at = run_screen("sources", {SECTION: "glossary"})
    assert "**Osteomalacia** (also: soft bones)" in _main_markdown(at)
    at.text_input[0].input("claudication").run()
    assert at.query_params[TERM] == "claudication"
    assert at.main.markdown[-1].value.startswith("**Claudication** (also: intermittent claudication)")


def test_a_search_with_no_match_says_so_safely() -> None:
    at = run_screen("sources", {TERM: "*zebra*"})
    assert at.info[0].value == "No glossary entry matches “\\*zebra\\*”."


def test_numbers_section_explains_method_guideline_units_review_and_disclaimer() -> None:
    site = CONTENT.doc(SITE)
    at = run_screen("sources", {SECTION: "numbers"})
    assert [s.value for s in at.header] == [
        "How the risk check scores",
        "Which guideline the app uses, and where guidelines disagree",
        "Units",
        "When the content was checked",
        "Not medical advice",
    ]
    text = _main_markdown(at)
    assert "Its AUC was 0.70 in the study group and 0.67 in a second group" in text
    assert "**1 mcg = 40 IU**" in text
    assert "**1 ng/mL = 2.496 nmol/L**" in text
    reviewed = f"{site.reviewed_on.day} {site.reviewed_on:%B %Y}"
    due = f"{site.next_review_on.day} {site.next_review_on:%B %Y}"
    assert f"last reviewed on **{reviewed}**. The next review is due by **{due}**." in text
    assert site.disclaimer + " This app teaches" in text
    assert any(m.value.startswith("Sources: [S17](sources?ref=S17)") for m in at.main.markdown)


def test_review_dates_follow_site_json(content_dir: Path) -> None:
    edit_json(content_dir / "site.json", lambda d: d.update(reviewed_on="2027-01-05", next_review_on="2027-07-01"))
    at = run_screen("sources", {SECTION: "numbers"})
    assert "last reviewed on **5 January 2027**. The next review is due by **1 July 2027**." in _main_markdown(at)


def test_broken_glossary_shows_a_panel_not_a_traceback(content_dir: Path) -> None:
    (content_dir / "glossary.csv").write_text("term,definition\nIU,\n", encoding="utf-8")
    at = run_screen("sources")
    assert not at.exception
    assert "glossary.csv:1: source_ids: required column is missing" in at.error[0].value
