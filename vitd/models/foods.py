"""``foods.csv``: vitamin D per serving (NIH ODS table) and per 100 g (USDA SR28)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator

from vitd.models.base import ContentModel, FieldError, SourceIds, TableSpec

DIETS = ("vegan", "vegetarian", "pescatarian", "omnivore")
"""From the most to the least restrictive: a vegan food fits every diet."""

Diet = Literal["vegan", "vegetarian", "pescatarian", "omnivore"]
Text = Annotated[str, Field(min_length=1)]


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


class Food(ContentModel):
    """One food. IU and % Daily Value are computed, never stored."""

    food: Text
    serving: Text
    serving_g: Annotated[float, Field(gt=0, le=2000)] | None = None
    mcg_per_serving: Annotated[float, Field(ge=0, le=1000)]
    food_group: Text
    diet: Annotated[Diet, BeforeValidator(_lower)]
    fortified: bool
    source_ids: SourceIds
    mcg_per_serving_max: Annotated[float, Field(ge=0, le=1000)] | None = None
    """Upper end when the source gives a range (e.g. plant milks 2.5–3.6 mcg)."""
    mcg_per_100g: Annotated[float, Field(ge=0, le=1000)] | None = None
    per_serving_computed: Annotated[bool, BeforeValidator(lambda v: v or False)] = False
    """True when the per-serving value was computed from per-100 g data, not published."""
    ndb: str | None = None
    """USDA SR28 NDB number of the per-100 g value."""
    note: str | None = None

    @model_validator(mode="after")
    def _range_is_ordered(self) -> Food:
        top = self.mcg_per_serving_max
        if top is not None and top < self.mcg_per_serving:
            raise FieldError("mcg_per_serving_max", "must not be below mcg_per_serving")
        return self


FOODS = TableSpec(
    "foods.csv",
    Food,
    key="food",
    optional_columns=("mcg_per_serving_max", "mcg_per_100g", "per_serving_computed", "ndb", "note"),
    used_on=("food_sources",),
)
