"""The Symptom comparison files.

- ``conditions.csv``: the causes of leg pain compared, in display order;
- ``symptom_aspects.csv``: the aspects compared (nature of pain, location, ...), in display order;
- ``symptoms.csv``: the comparison itself, long format: one row per condition × aspect. A pair
  with no row is shown as "no sourced description": cells the sources cannot support stay empty;
- ``body_regions.csv``: where each condition hurts, one row per condition × body region, for the
  "where does it hurt" chart; regions are shown in the order they first appear in the file;
- ``symptom_screen.json``: the screen's fixed wording (empty cell, red-flag line, citation).

Condition and aspect ids used in ``symptoms.csv`` and ``body_regions.csv`` must be listed in
``conditions.csv`` and ``symptom_aspects.csv``; :func:`cross_check` reports any that are not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator

from vitd.models.base import ContentModel, CrossCheck, DocSpec, Problem, RowIssue, Slug, SourceIds, TableSpec, Text

"""An id as typed in a URL: lower-case letters, digits and underscores."""


def _no_if_blank(value: object) -> object:
    return value or False


Flag = Annotated[bool, BeforeValidator(_no_if_blank)]
"""yes/no; a blank cell means no."""

Involvement = Literal["typical", "sometimes"]
INVOLVEMENTS: tuple[Involvement, ...] = ("typical", "sometimes")
"""How often a body region is affected, from the most to the least usual."""


class Condition(ContentModel):
    """One cause of leg pain. It states no fact itself, so it carries no sources."""

    id: Slug
    label: Text
    """Full name, e.g. "Osteomalacia (vitamin D bone pain)"."""
    short_label: Text
    """Column heading in the table and on the chart, e.g. "Osteomalacia"."""
    shown_by_default: Flag = False
    """Shown when the link names no conditions (the source article's three)."""
    note: str | None = None
    """Shown under the table when the condition is chosen, e.g. why its cells are empty."""


class Aspect(ContentModel):
    """One row of the comparison table."""

    id: Slug
    label: Text


class SymptomCell(ContentModel):
    """What the sources say about one aspect of one condition."""

    condition: Slug
    aspect: Slug
    text: Text
    red_flag: Flag = False
    """Yes for signs that need urgent care; shown with a label and icon, never by colour alone."""
    source_ids: SourceIds


class RegionInvolvement(ContentModel):
    """One body region a condition affects."""

    condition: Slug
    region: Text
    involvement: Annotated[Involvement, BeforeValidator(lambda v: v.strip().lower() if isinstance(v, str) else v)]
    source_ids: SourceIds


class SymptomScreen(ContentModel):
    """Fixed wording of the Symptom comparison screen."""

    empty_cell: Text
    """Shown where the sources describe nothing, e.g. "No sourced description"."""
    red_flag_label: Text
    """Printed before every red-flag cell, so the flag never rests on colour alone."""
    urgent_care: Text
    """The plain line shown with red flags."""
    source_ids: SourceIds
    """Sources of the urgent-care advice."""
    citation: Text
    """First words of the citation line in a download; the sources used are appended."""


def _unique_pairs(first: str, second: str) -> Callable[[Sequence[Any]], Iterable[RowIssue]]:
    """A table check: each (``first``, ``second``) pair appears once (``second`` ignoring case)."""

    def check(records: Sequence[Any]) -> Iterable[RowIssue]:
        seen: dict[tuple[str, str], int] = {}
        for index, record in enumerate(records):
            pair = (getattr(record, first), str(getattr(record, second)).casefold())
            if pair in seen:
                yield index, second, f"{pair[0]} × {getattr(record, second)} appears twice (first on row {seen[pair]})"
            else:
                seen[pair] = index + 2

    return check


SYMPTOM_CONDITIONS = TableSpec(
    "conditions.csv", Condition, key="id", optional_columns=("shown_by_default", "note"), used_on=("symptoms",)
)
SYMPTOM_ASPECTS = TableSpec("symptom_aspects.csv", Aspect, key="id", used_on=("symptoms",))
SYMPTOMS = TableSpec(
    "symptoms.csv",
    SymptomCell,
    check=_unique_pairs("condition", "aspect"),
    optional_columns=("red_flag",),
    used_on=("symptoms",),
)
BODY_REGIONS = TableSpec(
    "body_regions.csv", RegionInvolvement, check=_unique_pairs("condition", "region"), used_on=("symptoms",)
)
SYMPTOM_SCREEN = DocSpec("symptom_screen.json", SymptomScreen, used_on=("symptoms",))


def cross_check(
    conditions: Sequence[Condition],
    aspects: Sequence[Aspect],
    cells: Sequence[SymptomCell],
    regions: Sequence[RegionInvolvement],
) -> list[Problem]:
    """Ids in symptoms.csv and body_regions.csv that conditions.csv or symptom_aspects.csv lack.

    Rows are counted as a spreadsheet shows them, assuming the files have no blank rows.
    """
    condition_ids = {c.id for c in conditions}
    aspect_ids = {a.id for a in aspects}
    problems: list[Problem] = []
    for row, cell in enumerate(cells, start=2):
        if cell.condition not in condition_ids:
            problems.append(Problem(SYMPTOMS.filename, row, "condition", _unknown(cell.condition, "conditions.csv")))
        if cell.aspect not in aspect_ids:
            problems.append(Problem(SYMPTOMS.filename, row, "aspect", _unknown(cell.aspect, "symptom_aspects.csv")))
    for row, region in enumerate(regions, start=2):
        if region.condition not in condition_ids:
            message = _unknown(region.condition, "conditions.csv")
            problems.append(Problem(BODY_REGIONS.filename, row, "condition", message))
    return problems


def _unknown(value: str, filename: str) -> str:
    return f"unknown id {value!r} (not in {filename})"


CROSS_CHECKS = (CrossCheck((SYMPTOM_CONDITIONS, SYMPTOM_ASPECTS, SYMPTOMS, BODY_REGIONS), cross_check),)
