"""``serum_levels.csv``: 25(OH)D status bands of each guideline, on the nmol/L scale."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Annotated

from pydantic import Field, model_validator

from vitd.models.base import ContentModel, FieldError, RowIssue, SourceIds, TableSpec

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
Text = Annotated[str, Field(min_length=1)]


class SerumBand(ContentModel):
    """One band. The guideline listed first in the file is the app's default.

    A value exactly on a boundary belongs to the upper band, unless that band has
    ``includes_min`` set to no (IOM: "above 125 nmol/L" is potentially harmful, 125 is not).
    """

    guideline_id: Slug
    guideline: Text
    band_id: Slug
    band: Text
    nmol_l_min: Annotated[float, Field(ge=0, le=1000)]
    nmol_l_max: Annotated[float, Field(gt=0, le=1000)] | None = None
    """Blank for the top band (no upper limit)."""
    includes_min: bool = True
    ng_ml_min: Annotated[float, Field(ge=0, le=400)] | None = None
    ng_ml_max: Annotated[float, Field(gt=0, le=400)] | None = None
    """The band's limits as the guideline states them in ng/mL, used for ng/mL input."""
    meaning: Text
    next_step: str | None = None
    source_ids: SourceIds

    @model_validator(mode="after")
    def _ordered(self) -> SerumBand:
        if self.nmol_l_max is not None and self.nmol_l_max <= self.nmol_l_min:
            raise FieldError("nmol_l_min", f"is above nmol_l_max ({self.nmol_l_max:g})")
        if self.ng_ml_max is not None and self.ng_ml_min is not None and self.ng_ml_max <= self.ng_ml_min:
            raise FieldError("ng_ml_min", f"is above ng_ml_max ({self.ng_ml_max:g})")
        return self


def _check_bands(bands: Sequence[SerumBand]) -> Iterable[RowIssue]:
    """Within a guideline, bands start at 0 and follow each other without gaps or overlaps."""
    by_guideline: dict[str, list[int]] = defaultdict(list)
    for i, band in enumerate(bands):
        by_guideline[band.guideline_id].append(i)
    for indexes in by_guideline.values():
        order = sorted(indexes, key=lambda i: bands[i].nmol_l_min)
        if bands[order[0]].nmol_l_min != 0:
            yield order[0], "nmol_l_min", "the lowest band of a guideline must start at 0"
        for before, after in itertools.pairwise(order):
            end, start = bands[before].nmol_l_max, bands[after].nmol_l_min
            if end is None:
                yield before, "nmol_l_max", "only the top band of a guideline may be open-ended"
            elif start != end:
                word = "overlaps" if start < end else "leaves a gap after"
                yield after, "nmol_l_min", f"{word} band {bands[before].band_id!r} (ends at {end:g})"
        seen: set[str] = set()
        for i in indexes:
            if bands[i].band_id in seen:
                yield i, "band_id", f"duplicate band_id {bands[i].band_id!r} in this guideline"
            seen.add(bands[i].band_id)


SERUM_LEVELS = TableSpec(
    "serum_levels.csv",
    SerumBand,
    check=_check_bands,
    optional_columns=("includes_min", "ng_ml_min", "ng_ml_max", "next_step"),
    used_on=("blood_levels",),
)
