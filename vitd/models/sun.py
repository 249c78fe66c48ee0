"""``sun.json``: the Sun and seasons screen's sentences, chart labels and "what it means" texts.

Sentences with ``{placeholders}`` are filled in by :mod:`vitd.sun`; each may use only the
placeholders listed for it in :data:`PLACEHOLDERS`, so a typo shows up in ``python -m vitd validate``.
Texts a student reads come at two reading levels, like the Key points screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec, Slug, SourceIds, Text, repeated, unknown_placeholder
from vitd.models.key_points import LevelText, Titled

PLACEHOLDERS: dict[str, frozenset[str]] = {
    "sentences.below_45": frozenset({"place", "spans"}),
    "sentences.span": frozenset({"start", "end"}),
    "sentences.never_45": frozenset({"place"}),
    "sentences.always_45": frozenset({"place"}),
    "sentences.polar_night": frozenset({"place", "spans"}),
    "sentences.midnight_sun": frozenset({"place", "spans"}),
    "sentences.noon_height": frozenset({"date", "place", "height"}),
    "sentences.no_sunrise": frozenset({"date", "place"}),
    "sentences.no_sunset": frozenset({"place"}),
    "sentences.hours_above": frozenset({"start", "end", "duration"}),
    "sentences.hours_none": frozenset(),
    "sentences.shadow": frozenset({"multiple"}),
    "sentences.shadow_overhead": frozenset(),
    "sentences.shadow_horizon": frozenset(),
    "sentences.latitude_place": frozenset({"latitude"}),
    "sentences.formula": frozenset({"place", "date", "library", "latitude", "declination", "formula", "difference"}),
    "latitude_label": frozenset({"latitude"}),
    "citation": frozenset({"place"}),
    "alt.year": frozenset({"place", "high", "high_date", "low", "low_date", "summary"}),
    "alt.day": frozenset({"place", "date", "summary"}),
    "alt.shadow": frozenset({"place", "date", "summary"}),
}
"""Placeholders each template may use, by its path in the file."""


class Sentences(ContentModel):
    """Templates of the computed sentences (see :data:`PLACEHOLDERS`)."""

    below_45: Text
    span: Text
    and_word: Text
    never_45: Text
    always_45: Text
    polar_night: Text
    midnight_sun: Text
    noon_height: Text
    no_sunrise: Text
    no_sunset: Text
    hours_above: Text
    hours_none: Text
    shadow: Text
    shadow_overhead: Text
    shadow_horizon: Text
    latitude_place: Text
    """How a sentence names a typed latitude: "a place at latitude {latitude}"."""
    formula: Text
    """The teaching formula worked out beside the library's answer."""


class TableNotes(ContentModel):
    """The table twin's note for days whose numbers do not exist or need a word."""

    no_sunrise: Text
    no_sunset: Text
    at_horizon: Text
    overhead: Text


class ChartLabels(ContentModel):
    """Words drawn on the charts (colour never carries meaning alone)."""

    rule: Text
    below: Text
    no_sunrise: Text
    above_window: Text
    person: Text
    shadow: Text
    no_shadow: Text
    sun: Text
    year_axis: Text
    day_axis: Text
    time_axis: Text


class AltTexts(ContentModel):
    """Text alternatives of the three charts (templates)."""

    year: Text
    day: Text
    shadow: Text


class Headings(ContentModel):
    year: Text
    day: Text
    meaning: Text
    how: Text
    table: Text


class Meaning(LevelText):
    """One "what it means" point, at two reading levels."""

    id: Slug
    title: Text


class SunScreen(ContentModel):
    """Texts of the Sun and seasons screen."""

    headings: Headings
    latitude_label: Text
    """How lists and legends name a typed latitude."""
    sentences: Sentences
    table_notes: TableNotes
    chart_labels: ChartLabels
    alt: AltTexts
    computed_note: LevelText
    """Under the year chart: the heights are computed, how, and what they leave out."""
    meaning: Annotated[list[Meaning], Field(min_length=1)]
    how: Titled
    """"How the numbers work": the library and the teaching formula."""
    links_intro: Text
    download: Text
    """The label of the year's CSV download."""
    handout_line: Text
    """The student handout's one line about this screen (with its link and a QR code)."""
    citation: Text
    """First words of the downloaded CSV's citation line, before the sources."""
    source_ids: SourceIds
    """Sources of the computed values (the geometry, the shadow rule, the gazetteer)."""


def _template(doc: SunScreen, path: str) -> str:
    value: object = doc
    for part in path.split("."):
        value = getattr(value, part)
    return str(value)


def _check(doc: SunScreen) -> Iterable[tuple[str, str | None, str]]:
    for path, allowed in PLACEHOLDERS.items():
        problem = unknown_placeholder(_template(doc, path), allowed)
        if problem:
            yield "top", path, problem
    for number, point_id, first in repeated(point.id for point in doc.meaning):
        yield f"meaning[{number}]", "id", f"duplicate {point_id!r} (first at meaning[{first}])"


SUN = DocSpec("sun.json", SunScreen, check=_check, used_on=("sun",))
