"""``foods.csv``: vitamin D per serving (NIH ODS table) and per 100 g (USDA SR28).

A serving is what a person eats: a household measure the source gives (``1 cup``, ``3 oz``). A
food with no vetted household serving leaves ``serving`` and ``mcg_per_serving`` blank and is
shown per 100 g only. IU are shown as the source prints them (``iu_per_serving``,
``iu_per_100g``) and computed (1 mcg = 40 IU) only where it prints none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator

from vitd.models.base import ContentModel, FieldError, RowIssue, SourceIds, TableSpec, Text, repeated
from vitd.units import round_half_up

DIETS = ("vegan", "vegetarian", "pescatarian", "omnivore")
"""From the most to the least restrictive: a vegan food fits every diet."""

Diet = Literal["vegan", "vegetarian", "pescatarian", "omnivore"]

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
"""Short ids used in links: lower-case letters and digits joined by single hyphens (``cod-liver-oil``)."""
ShortId = Annotated[
    str, BeforeValidator(lambda v: v.strip().lower() if isinstance(v, str) else v), Field(pattern=ID_PATTERN)
]


COMPUTED_DIGITS = 1
"""A computed per-serving value is per-100 g × serving weight, rounded half up to 0.1 mcg."""

Amount = Annotated[float, Field(ge=0, le=1000)]
IuAmount = Annotated[float, Field(ge=0, le=100_000)]


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


class Food(ContentModel):
    """One food. IU and % Daily Value are computed, never stored."""

    id: ShortId
    """Stable short id for links (``plan=trout:1``); never change it once links are shared."""
    food: Text
    serving: Text | None = None
    """A household serving the source gives; blank when none is vetted (then per 100 g only)."""
    serving_g: Annotated[float, Field(gt=0, le=2000)] | None = None
    mcg_per_serving: Amount | None = None
    food_group: Text
    diet: Annotated[Diet, BeforeValidator(_lower)]
    fortified: bool
    source_ids: SourceIds
    mcg_per_serving_max: Amount | None = None
    """Upper end when the source gives a range (e.g. plant milks 2.5–3.6 mcg)."""
    iu_per_serving: IuAmount | None = None
    """IU per serving as the source prints them (ODS: trout 645 IU, not 16.2 × 40 = 648)."""
    iu_per_serving_max: IuAmount | None = None
    mcg_per_100g: Amount | None = None
    iu_per_100g: IuAmount | None = None
    """IU per 100 g as USDA SR28 prints them."""
    per_serving_computed: Annotated[bool, BeforeValidator(lambda v: v or False)] = False
    """True when the per-serving value was computed from per-100 g data, not published."""
    ndb: str | None = None
    """USDA SR28 NDB number of the per-100 g value."""
    note: str | None = None

    @model_validator(mode="after")
    def _values_fit_together(self) -> Food:
        if self.mcg_per_serving is None and self.mcg_per_100g is None:
            raise FieldError("mcg_per_serving", "give a value per serving, per 100 g, or both")
        if (self.serving is None) != (self.mcg_per_serving is None):
            raise FieldError(
                "serving", "serving and mcg_per_serving go together: a food with no vetted serving leaves both blank"
            )
        for extra, needs in (
            ("mcg_per_serving_max", "mcg_per_serving"),
            ("iu_per_serving", "mcg_per_serving"),
            ("iu_per_serving_max", "iu_per_serving"),
            ("iu_per_100g", "mcg_per_100g"),
        ):
            if getattr(self, extra) is not None and getattr(self, needs) is None:
                raise FieldError(extra, f"needs {needs}")
        for top, low in (("mcg_per_serving_max", "mcg_per_serving"), ("iu_per_serving_max", "iu_per_serving")):
            if getattr(self, top) is not None and getattr(self, top) < getattr(self, low):
                raise FieldError(top, f"must not be below {low}")
        if self.per_serving_computed:
            if self.mcg_per_100g is None or self.serving_g is None or self.mcg_per_serving is None:
                raise FieldError("per_serving_computed", "needs mcg_per_100g and serving_g to compute from")
            expected = round_half_up(self.mcg_per_100g * self.serving_g / 100, COMPUTED_DIGITS)
            if self.mcg_per_serving != expected:
                raise FieldError(
                    "mcg_per_serving",
                    f"computed value should be {expected:.1f} (mcg_per_100g × serving_g / 100, rounded half up)",
                )
        return self


def _check_ids(foods: Sequence[Food]) -> Iterable[RowIssue]:
    """Every food's link id is unique."""
    for index, food_id, first in repeated((f.id for f in foods), start=0):
        yield index, "id", f"duplicate {food_id!r} (also used by {foods[first].food!r})"


FOODS = TableSpec(
    "foods.csv",
    Food,
    key="food",
    check=_check_ids,
    optional_columns=(
        "mcg_per_serving_max",
        "iu_per_serving",
        "iu_per_serving_max",
        "mcg_per_100g",
        "iu_per_100g",
        "per_serving_computed",
        "ndb",
        "note",
    ),
    used_on=("food_sources",),
)
