"""``foods.csv``: vitamin D per serving (NIH ODS table) and per 100 g (USDA SR28)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator

from vitd.models.base import ContentModel, FieldError, RowIssue, SourceIds, TableSpec, Text

DIETS = ("vegan", "vegetarian", "pescatarian", "omnivore")
"""From the most to the least restrictive: a vegan food fits every diet."""

Diet = Literal["vegan", "vegetarian", "pescatarian", "omnivore"]

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
"""Short ids used in links: lower-case letters and digits joined by single hyphens (``cod-liver-oil``)."""
ShortId = Annotated[
    str, BeforeValidator(lambda v: v.strip().lower() if isinstance(v, str) else v), Field(pattern=ID_PATTERN)
]

COMPUTED_TOLERANCE_MCG = 0.05
"""A computed per-serving value may differ from per-100 g × serving weight by rounding to 0.1 mcg only."""


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


class Food(ContentModel):
    """One food. IU and % Daily Value are computed, never stored."""

    id: ShortId
    """Stable short id for links (``plan=trout:1``); never change it once links are shared."""
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
        if self.per_serving_computed:
            if self.mcg_per_100g is None or self.serving_g is None:
                raise FieldError("per_serving_computed", "needs mcg_per_100g and serving_g to compute from")
            expected = self.mcg_per_100g * self.serving_g / 100
            if abs(expected - self.mcg_per_serving) > COMPUTED_TOLERANCE_MCG:
                raise FieldError(
                    "mcg_per_serving",
                    f"computed value should be {expected:.1f} (mcg_per_100g × serving_g / 100)",
                )
        return self


def _check_ids(foods: Sequence[Food]) -> Iterable[RowIssue]:
    """Every food's link id is unique."""
    first: dict[str, int] = {}
    for index, food in enumerate(foods):
        if food.id in first:
            yield index, "id", f"duplicate {food.id!r} (also used by {foods[first[food.id]].food!r})"
        else:
            first[food.id] = index


FOODS = TableSpec(
    "foods.csv",
    Food,
    key="food",
    check=_check_ids,
    optional_columns=("mcg_per_serving_max", "mcg_per_100g", "per_serving_computed", "ndb", "note"),
    used_on=("food_sources",),
)
