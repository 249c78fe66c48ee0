"""Sources and glossary (``/sources``): numbered references, the glossary, and how the numbers work."""

from __future__ import annotations

from dataclasses import dataclass

from vitd import params, sources
from vitd.choices import Choice, Declaration, Options
from vitd.content import Content, per_content
from vitd.glossary import search_glossary
from vitd.models.about import ABOUT
from vitd.models.glossary import GLOSSARY
from vitd.models.references import REFERENCES
from vitd.models.site import SITE
from vitd.text import escape_markdown

SECTIONS: Options = (("references", "References"), ("glossary", "Glossary"), ("numbers", "How the numbers work"))
"""Parts of the screen, as tabs: ``section`` values and their labels."""


@dataclass(frozen=True)
class SourcesChoices:
    ref: str = ""
    term: str = ""
    section: str = "references"


def _references(content: Content) -> Options:
    return tuple((r.id, f"{r.id}: {r.title[:60]}") for r in content.table(REFERENCES))


CHOICES = Declaration(
    "sources",
    SourcesChoices,
    (
        Choice("ref", params.REF, "Highlight a reference", "one", options=_references, default=""),
        Choice("term", params.TERM, "Search the glossary", "text", max_chars=60, examples=("osteomalacia", "PTH")),
        Choice(
            "section",
            params.SECTION,
            "Part",
            "one",
            options=SECTIONS,
            default=lambda content, options, values: sources.default_section(values.get("term", "")),
            widget="tabs",
        ),
    ),
)


@dataclass(frozen=True)
class ReferencesView:
    highlighted: str | None
    """The highlighted reference (from ``ref``), as Markdown, or None."""
    listed: str
    """Every reference, numbered, with the screens citing it."""


@dataclass(frozen=True)
class GlossaryView:
    entries: str
    """The matching entries as Markdown ("" when none match)."""
    no_match: str | None


@dataclass(frozen=True)
class SourcesView:
    references: ReferencesView
    glossary: GlossaryView
    numbers: tuple[tuple[str, str, tuple[str, ...]], ...]
    """(heading, Markdown body, source ids) of each "how the numbers work" section."""


def view(content: Content, choices: SourcesChoices) -> SourcesView:
    """The three parts of the screen for these choices (each part is built once and shared)."""
    return SourcesView(_references_view(content, choices.ref), _glossary_view(content, choices.term), _numbers(content))


@per_content
def _references_view(content: Content, ref: str) -> ReferencesView:
    references = content.table(REFERENCES)
    cited_on = sources.reference_screens(content)
    highlighted = sources.find_reference(references, ref) if ref else None
    listed = "\n\n".join(
        (":material/bookmark: " if r is highlighted else "") + sources.reference_markdown(r, cited_on.get(r.id, ()))
        for r in references
    )
    first = sources.reference_markdown(highlighted, cited_on.get(highlighted.id, ())) if highlighted else None
    return ReferencesView(first, listed)


@per_content
def _glossary_view(content: Content, term: str) -> GlossaryView:
    matches = search_glossary(content.table(GLOSSARY), term)
    no_match = None if matches else f"No glossary entry matches “{escape_markdown(term.strip())}”."
    return GlossaryView("\n\n".join(sources.glossary_entry_markdown(entry) for entry in matches), no_match)


@per_content
def _numbers(content: Content) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    about = content.doc(ABOUT)
    return tuple(sources.about_sections(about, sources.units_if_valid(content), content.doc(SITE)))
