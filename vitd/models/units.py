"""``units.json``: unit conversion factors and the label Daily Value, each with its sources."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec, SourceIds


class Factor(ContentModel):
    """A sourced number used in conversions."""

    value: Annotated[float, Field(gt=0)]
    source_ids: SourceIds


class Units(ContentModel):
    """The conversions the app uses. Functions in ``vitd.units`` take this object."""

    iu_per_mcg: Factor
    """International units in one microgram of vitamin D."""
    nmol_l_per_ng_ml: Factor
    """nmol/L of 25(OH)D in one ng/mL."""
    daily_value_mcg: Factor
    """US label Daily Value for adults and children aged 4 and over."""


UNITS = DocSpec("units.json", Units, used_on=("food_sources", "blood_levels"))
