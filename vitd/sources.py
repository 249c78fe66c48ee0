"""The Sources screen's logic: which screens cite each reference, and the method texts.

Citations are found by walking every loaded content file generically: any ``source_ids``
field, at any depth, counts, and the file's spec says which screens show it (``used_on``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from vitd.citations import source_ids_in, sources_line
from vitd.content import SPECS, Content, ContentUnavailable
from vitd.links import screen_link
from vitd.models.about import About
from vitd.models.base import DocSpec, TableSpec
from vitd.models.glossary import GlossaryEntry
from vitd.models.references import REFERENCES, Reference
from vitd.models.site import Site
from vitd.models.units import UNITS, Units
from vitd.screens import SCREENS, SCREENS_BY_ID


def loaded_files(
    content: Content, specs: Sequence[TableSpec[Any] | DocSpec[Any]] = SPECS
) -> Iterator[tuple[TableSpec[Any] | DocSpec[Any], Any]]:
    """(spec, records) for every file that loaded; broken files are skipped (they show their own panel)."""
    for spec in specs:
        if spec is REFERENCES:
            continue
        try:
            yield spec, content.table(spec) if isinstance(spec, TableSpec) else content.doc(spec)
        except ContentUnavailable:
            continue


def screens_citing(files: Iterable[tuple[Sequence[str], Any]]) -> dict[str, tuple[str, ...]]:
    """Map each cited source id to the screen ids showing it, from (screen ids, records) pairs.

    Screens come in navigation order.
    """
    found: dict[str, set[str]] = {}
    for screen_ids, records in files:
        for source_id in source_ids_in(records):
            found.setdefault(source_id, set()).update(screen_ids)
    order = {s.id: i for i, s in enumerate(SCREENS)}
    return {sid: tuple(sorted(ids, key=lambda i: order.get(i, len(order)))) for sid, ids in found.items()}


def reference_screens(content: Content) -> dict[str, tuple[str, ...]]:
    """Which screens cite each reference, computed from every loaded content file."""
    return screens_citing((spec.used_on, records) for spec, records in loaded_files(content))


def cited_ids(content: Content) -> dict[str, list[str]]:
    """Every source id cited in the content, mapped to the files citing it."""
    found: dict[str, list[str]] = {}
    for spec, records in loaded_files(content):
        for source_id in dict.fromkeys(source_ids_in(records)):
            found.setdefault(source_id, []).append(spec.filename)
    return found


def find_reference(references: Sequence[Reference], ref_id: str) -> Reference | None:
    """The reference with this id (case-insensitive), or None."""
    wanted = ref_id.strip().casefold()
    return next((r for r in references if r.id.casefold() == wanted), None)


def screen_links(screen_ids: Sequence[str]) -> str:
    """Markdown links to screens, by their navigation labels: ``[Quiz](quiz), [Symptoms](symptoms)``."""
    return ", ".join(screen_link(i, SCREENS_BY_ID[i].label) for i in screen_ids if i in SCREENS_BY_ID)


def reference_markdown(reference: Reference, screen_ids: Sequence[str] = ()) -> str:
    """One numbered reference as Markdown: authors, title, publisher, year, link, note, where cited."""
    parts = [f"**{reference.id}.**"]
    if reference.authors:
        parts.append(f"{reference.authors.rstrip('.')}.")
    parts.append(f"{reference.title.rstrip('.')}.")
    published = ", ".join(str(p) for p in (reference.publisher, reference.year) if p)
    if published:
        parts.append(f"{published}.")
    if reference.url:
        parts.append(f"[Open the source](<{reference.url}>)")
    lines = [" ".join(parts)]
    if reference.note:
        lines.append(f"Note: {reference.note}")
    lines.append(f"Cited on: {screen_links(screen_ids)}" if screen_ids else "Not cited on any screen yet.")
    return "  \n".join(lines)


def _date(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


def about_sections(about: About, units: Units | None, site: Site) -> list[tuple[str, str, tuple[str, ...]]]:
    """(heading, Markdown body, source ids) of each "how the numbers work" section.

    Placeholders in bodies are filled from units.json and site.json, so each number and date
    is written once. If units.json is broken, its section says so instead of showing numbers.
    """
    values: dict[str, str] = {
        "reviewed_on": _date(site.reviewed_on),
        "next_review_on": _date(site.next_review_on),
        "disclaimer": site.disclaimer,
    }
    if units is not None:
        values |= {
            "iu_per_mcg": f"{units.iu_per_mcg.value:g}",
            "nmol_l_per_ng_ml": f"{units.nmol_l_per_ng_ml.value:g}",
            "daily_value_mcg": f"{units.daily_value_mcg.value:g}",
        }
    sections = []
    for section in about.sections:
        try:
            body = section.body.format_map(values)
        except (KeyError, ValueError):
            body = "This part can't be shown because units.json has a problem."
        sections.append((section.heading, body, section.source_ids or ()))
    return sections


def units_if_valid(content: Content) -> Units | None:
    """The unit factors, or None if units.json is broken (the method texts then say so)."""
    try:
        return content.doc(UNITS)
    except ContentUnavailable:
        return None


def default_section(term: str) -> str:
    """The part of the Sources screen a link opens when it names none: the glossary for a search."""
    return "glossary" if term else "references"


def glossary_entry_markdown(entry: GlossaryEntry) -> str:
    """One glossary entry as Markdown: term, other names, definition, where to learn more, sources."""
    head = f"**{entry.term}**"
    if entry.also_known_as:
        head += f" (also: {', '.join(entry.also_known_as)})"
    lines = [head, entry.definition]
    extra = [f"Learn more: {screen_links([entry.screen])}"] if entry.screen else []
    extra.append(sources_line(entry.source_ids))
    lines.append(" · ".join(extra))
    return "  \n".join(lines)
