"""``intake.csv``: daily intake targets (RDA or AI) and upper limits (UL) by life stage."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator

from vitd.models.base import ContentModel, FieldError, RowIssue, SourceIds, TableSpec, repeated
from vitd.models.foods import ShortId


class LifeStage(ContentModel):
    """Ages run from ``age_min_years`` up to, but not including, ``age_max_years``."""

    id: ShortId
    """Stable short id for links (``stage=adults-over-70``); never change it once links are shared."""
    life_stage: Annotated[str, Field(min_length=1)]
    age_min_years: Annotated[float, Field(ge=0, le=130)]
    age_max_years: Annotated[float, Field(gt=0, le=130)] | None = None
    """Blank for the oldest group (no upper age)."""
    rda_mcg: Annotated[float, Field(gt=0, le=1000)]
    rda_iu: Annotated[float, Field(gt=0, le=100_000)] | None = None
    """The target in IU as the source prints it; blank means IU are computed (1 mcg = 40 IU)."""
    ul_mcg: Annotated[float, Field(gt=0, le=1000)]
    """As printed: ODS and IOM give 38 mcg for 1,500 IU and 63 mcg for 2,500 IU (rounded)."""
    ul_iu: Annotated[float, Field(gt=0, le=100_000)] | None = None
    """The upper limit in IU as the source prints it."""
    value_type: Annotated[Literal["RDA", "AI"], BeforeValidator(lambda v: str(v).strip().upper())]
    """RDA, or AI for infants where no RDA is set."""
    source_ids: SourceIds

    @model_validator(mode="after")
    def _ordered(self) -> LifeStage:
        if self.age_max_years is not None and self.age_max_years <= self.age_min_years:
            raise FieldError("age_max_years", "must be above age_min_years")
        if self.ul_mcg < self.rda_mcg:
            raise FieldError("ul_mcg", "the upper limit must not be below the daily target")
        return self


def _check_stages(stages: Sequence[LifeStage]) -> Iterable[RowIssue]:
    """Ids are unique; age ranges start at 0, do not overlap, leave no gap, and only the last may be open."""
    for index, stage_id, first in repeated((s.id for s in stages), start=0):
        yield index, "id", f"duplicate {stage_id!r} (also used by {stages[first].life_stage!r})"
    order = sorted(range(len(stages)), key=lambda i: stages[i].age_min_years)
    if order and stages[order[0]].age_min_years != 0:
        yield order[0], "age_min_years", "the youngest life stage must start at age 0"
    for before, after in itertools.pairwise(order):
        end = stages[before].age_max_years
        start = stages[after].age_min_years
        if end is None:
            yield before, "age_max_years", "only the oldest life stage may leave age_max_years blank"
        elif start < end:
            yield after, "age_min_years", f"overlaps {stages[before].life_stage!r} (ages up to {end:g})"
        elif start > end:
            yield after, "age_min_years", f"leaves ages {end:g}–{start:g} without a life stage"


PRINTED_IU = ("rda_iu", "ul_iu")
"""The IU values a guideline prints beside its mcg values; a table may leave them out."""

INTAKE = TableSpec(
    "intake.csv",
    LifeStage,
    key="life_stage",
    check=_check_stages,
    optional_columns=PRINTED_IU,
    used_on=("food_sources",),
)
