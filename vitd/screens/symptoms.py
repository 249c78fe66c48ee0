"""Symptom comparison (``/symptoms``): bone pain vs muscle pain vs other causes of leg pain."""

from __future__ import annotations

from dataclasses import dataclass

from vitd import params
from vitd import symptoms as sym
from vitd.charts import ChartWithTwin
from vitd.charts.symptoms import where_it_hurts_chart
from vitd.choices import Choice, Declaration, Options
from vitd.citations import sources_line
from vitd.content import Content, per_content
from vitd.models.references import REFERENCES
from vitd.models.symptoms import (
    BODY_REGIONS,
    RED_FLAGS,
    SYMPTOM_ASPECTS,
    SYMPTOM_CONDITIONS,
    SYMPTOM_SCREEN,
    SYMPTOMS,
    SymptomLabels,
)

VIEWS: Options = (("table", "Table"), ("cards", "Cards"))
"""Ways to show the comparison; the first is the default."""


@dataclass(frozen=True)
class SymptomChoices:
    compare: tuple[str, str] | None = None
    conditions: tuple[str, ...] = ()
    aspects: tuple[str, ...] = ()
    search: str = ""
    red_flags: bool = False
    view: str = "table"

    @property
    def shown_conditions(self) -> tuple[str, ...]:
        """The conditions compared: the pair when comparing two, else the chosen conditions."""
        return self.compare if self.compare is not None else self.conditions


def _conditions(content: Content) -> Options:
    return tuple((c.id, c.label) for c in content.table(SYMPTOM_CONDITIONS))


def _aspects(content: Content) -> Options:
    return tuple((a.id, a.label) for a in content.table(SYMPTOM_ASPECTS))


CHOICES = Declaration(
    "symptoms",
    SymptomChoices,
    (
        Choice(
            "compare",
            params.COMPARE,
            "Compare two conditions",
            "pair",
            options=_conditions,
            help="Pick two conditions to see only the aspects where they differ.",
            parts=("First condition", "Second condition"),
            notice="The link's **{name}** value needs two different conditions, so all are shown.",
        ),
        Choice(
            "conditions",
            params.CONDITIONS,
            "Conditions",
            "many",
            options=_conditions,
            default=lambda content, options, values: tuple(
                sym.default_condition_ids(content.table(SYMPTOM_CONDITIONS))
            ),
            placeholder="Choose conditions",
            applies=lambda choices: choices.compare is None,
        ),
        Choice(
            "aspects",
            params.ASPECTS,
            "Aspects",
            "many",
            options=_aspects,
            default=lambda content, options, values: tuple(value for value, _ in options),
            placeholder="Choose aspects",
        ),
        Choice(
            "search",
            params.SYMPTOM_SEARCH,
            "Search the table",
            "text",
            placeholder="e.g. calf, night",
            examples=("calf", "night pain"),
        ),
        Choice("red_flags", params.RED_FLAGS, "Red flags only", "flag"),
        Choice(
            "view",
            params.SYMPTOM_VIEW,
            "View",
            "one",
            options=VIEWS,
            help="Cards are easier to read on a phone.",
        ),
    ),
)


@dataclass(frozen=True)
class SymptomsView:
    """Everything the Symptom comparison shows for one set of choices (shared: never change it)."""

    comparison: sym.ComparisonView
    labels: SymptomLabels
    urgent_title: str
    urgent: str
    """The "When leg pain is urgent" panel (Markdown): every condition's red flags, whatever is chosen."""
    regions: ChartWithTwin | None
    """The "where does it hurt" chart, its sentence and table twin; None when no condition is chosen."""


@per_content
def tables(content: Content) -> sym.SymptomTables:
    """The comparison's records, loaded once per content version."""
    wording = content.doc(SYMPTOM_SCREEN)
    return sym.SymptomTables(
        # symptoms.csv with each condition's red flags in its red-flags row
        cells=sym.comparison_cells(content.table(SYMPTOMS), content.table(RED_FLAGS), wording.urgent),
        conditions=content.table(SYMPTOM_CONDITIONS),
        aspects=content.table(SYMPTOM_ASPECTS),
        references=content.table(REFERENCES),
        wording=wording,
    )


@per_content
def view(content: Content, choices: SymptomChoices) -> SymptomsView:
    """The comparison, the red-flag panel and the body chart for these choices."""
    records = tables(content)
    shown = choices.shown_conditions
    filters = sym.Filters(
        conditions=shown,
        aspects=choices.aspects,
        search=choices.search,
        red_flags_only=choices.red_flags,
        compare=choices.compare is not None,
        view=choices.view,
    )
    wording = records.wording
    return SymptomsView(
        sym.comparison_view(records, filters),
        wording.labels,
        wording.urgent.title,
        _urgent(content),
        _regions(content, shown),
    )


@per_content
def _urgent(content: Content) -> str:
    records = tables(content)
    urgent = records.wording.urgent
    levels = sym.urgent_levels(content.table(RED_FLAGS), records.conditions, urgent)
    return sym.urgent_markdown(levels, urgent.intro)


@per_content
def _regions(content: Content, shown: tuple[str, ...]) -> ChartWithTwin | None:
    if not shown:
        return None
    records = tables(content)
    places = sym.region_view(
        content.table(BODY_REGIONS), records.conditions, shown, empty_cell=records.wording.empty_cell
    )
    chart = where_it_hurts_chart(
        places.grid, list(places.labels), list(places.order), title=records.wording.labels.regions_title
    )
    return ChartWithTwin(chart, places.summary, places.table, sources_line(places.source_ids))
