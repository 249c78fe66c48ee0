"""Units of ``vitd/sources.py`` and ``vitd/glossary.py``: who cites what, reference and glossary text."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from vitd.citations import source_ids_in
from vitd.content import load_content
from vitd.glossary import glossary_link, search_glossary
from vitd.models.about import About, AboutSection
from vitd.models.glossary import GLOSSARY, GlossaryEntry
from vitd.models.references import Reference
from vitd.models.site import SITE
from vitd.models.units import UNITS
from vitd.sources import (
    about_sections,
    default_section,
    find_reference,
    glossary_entry_markdown,
    reference_markdown,
    reference_screens,
    screens_citing,
)

CONTENT = load_content()


class _Leaf(BaseModel):
    text: str
    source_ids: tuple[str, ...] | None = None


class _Doc(BaseModel):
    cards: list[_Leaf]
    by_name: dict[str, _Leaf]
    source_ids: tuple[str, ...]


def test_source_ids_are_found_at_any_depth() -> None:
    doc = _Doc(
        cards=[_Leaf(text="a", source_ids=("S2",)), _Leaf(text="b")],
        by_name={"x": _Leaf(text="c", source_ids=("S9", "S2"))},
        source_ids=("S1",),
    )
    assert sorted(source_ids_in(doc)) == ["S1", "S2", "S2", "S9"]
    assert sorted(source_ids_in([doc, (_Leaf(text="d", source_ids=("S4b",)),)])) == ["S1", "S2", "S2", "S4b", "S9"]


def test_screens_citing_merges_files_in_navigation_order() -> None:
    files = [
        (("quiz",), [_Leaf(text="a", source_ids=("S1",))]),
        (("symptoms", "key_points"), [_Leaf(text="b", source_ids=("S1", "S2"))]),
        ((), [_Leaf(text="c", source_ids=("S3",))]),
    ]
    assert screens_citing(files) == {
        "S1": ("key_points", "symptoms", "quiz"),
        "S2": ("key_points", "symptoms"),
        "S3": (),
    }


def test_shipped_content_cites_the_quiz_and_sources_screens() -> None:
    screens = reference_screens(CONTENT)
    assert "quiz" in screens["S30a"]
    assert "sources" in screens["S17"]


def test_reference_markdown_has_every_part_and_where_it_is_cited() -> None:
    ref = Reference(
        id="S9",
        authors="Herrick KA, et al.",
        title="Vitamin D status in the United States, 2011–2014",
        publisher="Am J Clin Nutr 110(1):150–157",
        year=2019,
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7263437/",
        note="Survey data.",
    )
    assert reference_markdown(ref, ("key_points", "quiz")) == (
        "**S9.** Herrick KA, et al. Vitamin D status in the United States, 2011–2014. "
        "Am J Clin Nutr 110(1):150–157, 2019. "
        "[Open the source](<https://pmc.ncbi.nlm.nih.gov/articles/PMC7263437/>)  \n"
        "Note: Survey data.  \n"
        "Cited on: [Key points](./), [Quiz](quiz)"
    )


def test_reference_markdown_without_optional_parts() -> None:
    ref = Reference(id="S40", title="Drug label: ergocalciferol (vitamin D2)")
    assert (
        reference_markdown(ref) == "**S40.** Drug label: ergocalciferol (vitamin D2).  \nNot cited on any screen yet."
    )


def test_find_reference_ignores_case() -> None:
    refs = (Reference(id="S4b", title="A"), Reference(id="S4", title="B"))
    assert find_reference(refs, "s4B") is refs[0]
    assert find_reference(refs, "S99") is None


def test_about_sections_fill_numbers_and_dates_from_their_files() -> None:
    about = About(
        sections=(
            AboutSection(id="u", heading="Units", body="1 mcg = {iu_per_mcg} IU; 1 ng/mL = {nmol_l_per_ng_ml} nmol/L."),
            AboutSection(id="r", heading="Review", body="Reviewed {reviewed_on}, next by {next_review_on}."),
        )
    )
    site = CONTENT.doc(SITE).model_copy(
        update={"reviewed_on": dt.date(2026, 11, 29), "next_review_on": dt.date(2027, 5, 1)}
    )
    assert about_sections(about, CONTENT.doc(UNITS), site) == [
        ("Units", "1 mcg = 40 IU; 1 ng/mL = 2.496 nmol/L.", ()),
        ("Review", "Reviewed 29 November 2026, next by 1 May 2027.", ()),
    ]
    broken_units = about_sections(about, None, site)
    assert broken_units[0][1] == "This part can't be shown because units.json has a problem."


def test_default_section_opens_the_glossary_for_a_search() -> None:
    assert default_section("") == "references"
    assert default_section("pth") == "glossary"


ENTRIES = (
    GlossaryEntry(term="Osteoporosis", definition="Bones lose mass.", source_ids=("S35",)),
    GlossaryEntry(
        term="Osteomalacia",
        also_known_as=("soft bones",),
        definition="Soft bones from low vitamin D; not osteoporosis.",
        screen="symptoms",
        source_ids=("S35", "S22"),
    ),
    GlossaryEntry(term="PTH", also_known_as=("parathyroid hormone",), definition="A hormone.", source_ids=("S37",)),
)


def test_search_ranks_names_before_definitions() -> None:
    assert [e.term for e in search_glossary(ENTRIES)] == ["Osteomalacia", "Osteoporosis", "PTH"]
    assert [e.term for e in search_glossary(ENTRIES, "  OSTEOPOROSIS ")] == ["Osteoporosis", "Osteomalacia"]
    assert [e.term for e in search_glossary(ENTRIES, "parathyroid")] == ["PTH"]
    assert [e.term for e in search_glossary(ENTRIES, "soft")] == ["Osteomalacia"]
    assert search_glossary(ENTRIES, "zebra") == []


def test_glossary_entry_markdown_and_links() -> None:
    assert glossary_entry_markdown(ENTRIES[1]) == (
        "**Osteomalacia** (also: soft bones)  \n"
        "Soft bones from low vitamin D; not osteoporosis.  \n"
        "Learn more: [Symptoms](symptoms) · Sources: [S35](sources?ref=S35), [S22](sources?ref=S22)"
    )
    assert glossary_link("25(OH)D") == "sources?term=25%28OH%29D"


def test_shipped_glossary_has_the_terms_the_issue_lists() -> None:
    terms = {e.term for e in CONTENT.table(GLOSSARY)}
    wanted = {"25(OH)D", "Osteomalacia", "Osteoporosis", "Myopathy", "PTH", "ALP", "IU", "mcg", "RDA", "UL", "DV"}
    assert wanted | {"Proximal muscles", "Claudication"} <= terms
