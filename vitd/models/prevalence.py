"""``prevalence.csv``: how many people are below a 25(OH)D cut-off, always with that cut-off.

One row per population and cut-off. A row computed from published figures (rather than
published itself) says how in ``computed_from``; the app labels it as computed.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Annotated

from pydantic import Field, model_validator

from vitd.models.base import ContentModel, FieldError, RowIssue, SourceIds, TableSpec, Text

Percent = Annotated[float, Field(ge=0, le=100)]


class PrevalenceRow(ContentModel):
    population: Text
    """Short name shown on the chart, e.g. ``World``."""
    population_detail: Text
    years: Text
    below_nmol_l: Annotated[float, Field(gt=0, le=250)]
    """The cut-off: the share of people with 25(OH)D below this many nmol/L."""
    percent: Percent
    interval_low: Percent | None = None
    interval_high: Percent | None = None
    """The published 95% interval, if any."""
    computed_from: str | None = None
    """Blank for a published figure; for a computed one, how it was computed."""
    source_ids: SourceIds

    @property
    def computed(self) -> bool:
        return bool(self.computed_from)

    @model_validator(mode="after")
    def _interval(self) -> PrevalenceRow:
        if (self.interval_low is None) != (self.interval_high is None):
            raise FieldError("interval_high", "give both ends of the interval, or neither")
        if (
            self.interval_low is not None
            and self.interval_high is not None
            and not self.interval_low <= self.percent <= self.interval_high
        ):
            raise FieldError("percent", f"is outside its interval ({self.interval_low:g}–{self.interval_high:g})")
        return self


def _check_prevalence(rows: Sequence[PrevalenceRow]) -> Iterable[RowIssue]:
    """Within a population, each cut-off appears once and a higher cut-off never has a lower share."""
    by_population: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_population[row.population.casefold()].append(i)
    for indexes in by_population.values():
        seen: dict[float, int] = {}
        for i in indexes:
            cutoff = rows[i].below_nmol_l
            if cutoff in seen:
                yield i, "below_nmol_l", f"duplicate cut-off {cutoff:g} for {rows[i].population!r}"
            seen[cutoff] = i
        order = sorted(seen.values(), key=lambda i: rows[i].below_nmol_l)
        for lower, higher in itertools.pairwise(order):
            if rows[higher].percent < rows[lower].percent:
                yield (
                    higher,
                    "percent",
                    f"is below the {rows[lower].percent:g}% under the lower cut-off "
                    f"{rows[lower].below_nmol_l:g} nmol/L; more people fall under a higher cut-off",
                )


PREVALENCE = TableSpec(
    "prevalence.csv",
    PrevalenceRow,
    check=_check_prevalence,
    optional_columns=("interval_low", "interval_high", "computed_from"),
    used_on=("key_points",),
)
