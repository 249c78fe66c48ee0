"""``serum_levels.csv``: 25(OH)D status bands of each guideline, in nmol/L and as published in ng/mL."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Annotated, Literal

from pydantic import Field, model_validator

from vitd.models.base import ContentModel, FieldError, RowIssue, Slug, SourceIds, TableSpec, Text

Severity = Literal["low", "borderline", "ok", "high"]
"""How a band reads, from too low to too high; picks its colour in ``vitd.palette.SEVERITY``."""


class SerumBand(ContentModel):
    """One band. The guideline listed first in the file is the app's default.

    A value exactly on a boundary belongs to the upper band, unless that band has
    ``includes_min`` set to no (IOM: "above 125 nmol/L" is potentially harmful, 125 is not).

    ``ng_ml_min``/``ng_ml_max`` are the limits as the guideline itself states them in ng/mL.
    They are given for every band of a guideline or for none. When given, a result typed in
    ng/mL is compared with them, not with its nmol/L conversion: the IOM's "< 12 ng/mL" and
    "< 30 nmol/L" are rounded separately, and 12 ng/mL (29.95 nmol/L) is not deficient.
    """

    guideline_id: Slug
    guideline: Text
    band_id: Slug
    band: Text
    severity: Severity
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
        if self.ng_ml_max is not None and self.ng_ml_min is None:
            raise FieldError("ng_ml_min", "is empty but ng_ml_max is given")
        return self


def _check_scale(
    bands: Sequence[SerumBand],
    order: list[int],
    low: Callable[[SerumBand], float | None],
    high: Callable[[SerumBand], float | None],
    column: str,
) -> Iterable[RowIssue]:
    """Bands in ``order`` start at 0 and follow each other without gaps or overlaps."""
    min_column, max_column = f"{column}_min", f"{column}_max"
    if low(bands[order[0]]) != 0:
        yield order[0], min_column, "the lowest band of a guideline must start at 0"
    for before, after in itertools.pairwise(order):
        end, start = high(bands[before]), low(bands[after])
        if end is None:
            yield before, max_column, "only the top band of a guideline may be open-ended"
        elif start != end:
            word = "overlaps" if start is not None and start < end else "leaves a gap after"
            yield after, min_column, f"{word} band {bands[before].band_id!r} (ends at {end:g})"
    if high(bands[order[-1]]) is not None:
        yield order[-1], max_column, "the top band of a guideline must be open-ended (leave it empty)"


def _check_bands(bands: Sequence[SerumBand]) -> Iterable[RowIssue]:
    """Per guideline: one name, unique band ids, and bands that tile 0 to infinity on each scale."""
    by_guideline: dict[str, list[int]] = defaultdict(list)
    for i, band in enumerate(bands):
        by_guideline[band.guideline_id].append(i)
    for indexes in by_guideline.values():
        first = bands[indexes[0]]
        for i in indexes[1:]:
            if bands[i].guideline != first.guideline:
                yield i, "guideline", f"differs from {first.guideline!r} used for {first.guideline_id!r} above"
        order = sorted(indexes, key=lambda i: bands[i].nmol_l_min)
        yield from _check_scale(bands, order, lambda b: b.nmol_l_min, lambda b: b.nmol_l_max, "nmol_l")
        with_ng = [i for i in indexes if bands[i].ng_ml_min is not None]
        if with_ng and len(with_ng) < len(indexes):
            missing = next(i for i in indexes if bands[i].ng_ml_min is None)
            yield missing, "ng_ml_min", "give ng/mL limits for every band of this guideline, or for none"
        elif with_ng:
            yield from _check_scale(bands, order, lambda b: b.ng_ml_min, lambda b: b.ng_ml_max, "ng_ml")
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
