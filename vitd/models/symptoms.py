"""The Symptom comparison files.

- ``conditions.csv``: the causes of leg pain compared, in display order;
- ``symptom_aspects.csv``: the aspects compared (nature of pain, location, ...), in display order;
- ``symptoms.csv``: the comparison itself, long format: one row per condition × aspect. A pair
  with no row is shown as "no sourced description": cells the sources cannot support stay empty;
- ``body_regions.csv``: where each condition hurts, one row per condition × body region, for the
  "where does it hurt" chart; regions are shown in the order they first appear in the file;
- ``red_flags.csv``: the urgent signs of each condition, one row per sign, each with its action
  level: ``emergency`` (999 or A&E) or ``same_day`` (urgent GP or urgent advice);
- ``symptom_screen.json``: the screen's fixed wording (empty cell, red-flag label, citation) and
  the one wording of each action level, used by every screen and the handout.

Condition and aspect ids used in ``symptoms.csv``, ``body_regions.csv`` and ``red_flags.csv`` must be
listed in ``conditions.csv`` and ``symptom_aspects.csv``; :func:`cross_check` reports any that are not,
and :func:`default_condition_problems` a condition shown by default that is not described.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from vitd.models.base import ContentModel, CrossCheck, DocSpec, Problem, RowIssue, Slug, SourceIds, TableSpec, Text

"""An id as typed in a URL: lower-case letters, digits and underscores."""


def _no_if_blank(value: object) -> object:
    return value or False


Flag = Annotated[bool, BeforeValidator(_no_if_blank)]
"""yes/no; a blank cell means no."""

Involvement = Literal["typical", "sometimes"]
INVOLVEMENTS: tuple[Involvement, ...] = ("typical", "sometimes")
"""How often a body region is affected, from the most to the least usual."""

ActionLevel = Literal["emergency", "same_day"]
ACTION_LEVELS: tuple[ActionLevel, ...] = ("emergency", "same_day")
"""How fast a red flag needs help, the most urgent first: ``emergency`` (call 999 or go to A&E)
and ``same_day`` (an urgent GP appointment or urgent advice). Quiz explanations may name them as
``{emergency}`` and ``{same_day}`` to use the one wording of each action."""


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


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
    """True only for the red-flag cells ``vitd.symptoms.comparison_cells`` builds from red_flags.csv;
    in symptoms.csv it must stay empty (urgent signs need their action level)."""
    source_ids: SourceIds


class RedFlag(ContentModel):
    """One urgent sign of a condition and how fast it needs help."""

    condition: Slug
    level: Annotated[ActionLevel, BeforeValidator(_lower)]
    sign: Text
    """What a person would notice, and what it may mean, e.g. "... (possible blood clot)"."""
    source_ids: SourceIds


class RegionInvolvement(ContentModel):
    """One body region a condition affects."""

    condition: Slug
    region: Text
    involvement: Annotated[Involvement, BeforeValidator(lambda v: v.strip().lower() if isinstance(v, str) else v)]
    source_ids: SourceIds


class Action(ContentModel):
    """What to do for the red flags of one action level: one wording, used everywhere."""

    id: ActionLevel
    label: Text
    """Short name, e.g. "Emergency"."""
    action: Text
    """What to do, e.g. "Call 999 or go to A&E now."."""
    source_ids: SourceIds


class Urgent(ContentModel):
    """The "When leg pain is urgent" panel, its card on Key points, and the two action levels."""

    title: Text
    intro: Text
    levels: Annotated[tuple[Action, ...], Field(min_length=1)]
    """One entry per action level, the most urgent first."""
    all_flags_shown: Text
    """Said when "Red flags only" shows every condition's flags because the chosen ones have none."""
    card_title: Text
    card_intro: Text
    card_link: Text
    """Label of the card's link to the panel."""


class SymptomLabels(ContentModel):
    """Headings, buttons and notes of the Symptom comparison screen."""

    comparison: Text
    where: Text
    download: Text
    choose_condition: Text
    regions_title: Text
    table_label: Text
    table_alt: Text
    """The comparison table's text alternative: ``{conditions}`` and ``{aspects}`` are counts."""


class SymptomScreen(ContentModel):
    """Fixed wording of the Symptom comparison screen."""

    empty_cell: Text
    """Shown where the sources describe nothing, e.g. "No sourced description"."""
    red_flag_label: Text
    """Printed before every red-flag cell, so the flag never rests on colour alone."""
    urgent: Urgent
    citation: Text
    """First words of the citation line in a download; the sources used are appended."""
    labels: SymptomLabels


def _check_screen(screen: SymptomScreen) -> Iterable[tuple[str, str | None, str]]:
    """Each action level has exactly one wording, listed from the most urgent."""
    ids = [level.id for level in screen.urgent.levels]
    if ids != list(ACTION_LEVELS):
        expected = ", ".join(ACTION_LEVELS)
        yield "urgent", "levels", f"list each action level once, in this order: {expected} (found: {', '.join(ids)})"


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


def _check_cells(cells: Sequence[SymptomCell]) -> Iterable[RowIssue]:
    """Each condition × aspect once; no red flag without its action level."""
    yield from _unique_pairs("condition", "aspect")(cells)
    for index, cell in enumerate(cells):
        if cell.red_flag:
            yield (
                index,
                "red_flag",
                "urgent signs go in red_flags.csv, each with its action level (emergency or same_day)",
            )


SYMPTOMS = TableSpec(
    "symptoms.csv",
    SymptomCell,
    check=_check_cells,
    optional_columns=("red_flag",),
    used_on=("symptoms",),
)
BODY_REGIONS = TableSpec(
    "body_regions.csv", RegionInvolvement, check=_unique_pairs("condition", "region"), used_on=("symptoms",)
)
RED_FLAGS = TableSpec(
    "red_flags.csv",
    RedFlag,
    check=_unique_pairs("condition", "sign"),
    used_on=("key_points", "symptoms", "teach"),
)
SYMPTOM_SCREEN = DocSpec(
    "symptom_screen.json", SymptomScreen, check=_check_screen, used_on=("key_points", "symptoms", "quiz", "teach")
)


RED_FLAGS_ASPECT = "red_flags"
"""The aspect whose cells hold each condition's red flags (built from red_flags.csv)."""
DEFAULT_CONDITION_ASPECTS = ("nature", "location", RED_FLAGS_ASPECT)
"""Aspects a condition shown by default must describe from a source: what the pain feels like,
where it is felt and its red flags (in symptoms.csv, or red_flags.csv for the red flags)."""


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


def red_flag_problems(conditions: Sequence[Condition], flags: Sequence[RedFlag]) -> list[Problem]:
    """Conditions in red_flags.csv that conditions.csv lacks (rows as a spreadsheet shows them)."""
    condition_ids = {c.id for c in conditions}
    return [
        Problem(RED_FLAGS.filename, row, "condition", _unknown(flag.condition, "conditions.csv"))
        for row, flag in enumerate(flags, start=2)
        if flag.condition not in condition_ids
    ]


def default_condition_problems(
    conditions: Sequence[Condition], cells: Sequence[SymptomCell], flags: Sequence[RedFlag]
) -> list[Problem]:
    """Conditions shown by default that lack a sourced description of a required aspect.

    Every reader sees those columns first, so none of :data:`DEFAULT_CONDITION_ASPECTS` may be empty.
    """
    described = {(c.condition, c.aspect) for c in cells}
    described |= {(f.condition, RED_FLAGS_ASPECT) for f in flags}
    problems = []
    for row, condition in enumerate(conditions, start=2):
        if not condition.shown_by_default:
            continue
        missing = [a for a in DEFAULT_CONDITION_ASPECTS if (condition.id, a) not in described]
        if missing:
            required = ", ".join(DEFAULT_CONDITION_ASPECTS)
            message = (
                f"{condition.id!r} is shown by default, so it needs a sourced description of {required}; "
                f"none for: {', '.join(missing)}"
            )
            problems.append(Problem(SYMPTOM_CONDITIONS.filename, row, "shown_by_default", message))
    return problems


CROSS_CHECKS = (
    CrossCheck((SYMPTOM_CONDITIONS, SYMPTOM_ASPECTS, SYMPTOMS, BODY_REGIONS), cross_check),
    CrossCheck((SYMPTOM_CONDITIONS, RED_FLAGS), red_flag_problems),
    CrossCheck((SYMPTOM_CONDITIONS, SYMPTOMS, RED_FLAGS), default_condition_problems),
)
