"""Units: conversions and how amounts are written.

The factors come from ``data/units.json`` (see :class:`vitd.models.units.Units`): 1 mcg = 40 IU,
% Daily Value = mcg / 20, 1 ng/mL = 2.496 nmol/L. Vitamin D amounts are stored in micrograms and
converted only for display. Displayed numbers are rounded half up, as the NIH ODS table does
(0.5 % shows as 1 %).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

from vitd.models.units import Units


@dataclass(frozen=True)
class AmountUnit:
    """A unit vitamin D amounts can be shown in."""

    id: str
    """As it stands in a link (``unit=IU``)."""
    label: str
    """How the unit is named on screen."""
    short: str
    """On a chart's axis, where a phone has little room."""
    suffix: str
    """After a number: ``16.2 mcg``, ``81% DV``."""
    digits: int
    """Decimal places shown: mcg as published (one decimal); IU and %DV as whole numbers."""


AMOUNT_UNITS: dict[str, AmountUnit] = {
    u.id: u
    for u in (
        AmountUnit("mcg", "mcg", "mcg", " mcg", 1),
        AmountUnit("IU", "IU", "IU", " IU", 0),
        AmountUnit("DV", "% Daily Value", "% DV", "% DV", 0),
    )
}
"""Units of vitamin D amounts; the first is the default."""


def mcg_to_iu(mcg: float, units: Units) -> float:
    """Micrograms of vitamin D to international units (1 mcg = 40 IU)."""
    return mcg * units.iu_per_mcg.value


def percent_daily_value(mcg: float, units: Units) -> float:
    """Share of the US label Daily Value (20 mcg), in percent."""
    return 100 * mcg / units.daily_value_mcg.value


def ng_ml_to_nmol_l(ng_ml: float, units: Units) -> float:
    """25(OH)D in ng/mL to nmol/L (1 ng/mL = 2.496 nmol/L)."""
    return ng_ml * units.nmol_l_per_ng_ml.value


def nmol_l_to_ng_ml(nmol_l: float, units: Units) -> float:
    """25(OH)D in nmol/L to ng/mL."""
    return nmol_l / units.nmol_l_per_ng_ml.value


def round_half_up(value: float, digits: int = 0) -> float:
    """Round like a printed table does: 0.5 goes up (Python's ``round`` would go to the even digit)."""
    quantum = Decimal(1).scaleb(-digits)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def convert(mcg: float, unit: str, units: Units) -> float:
    """Micrograms in ``unit``: ``mcg``, ``IU`` (× 40) or ``DV`` (% of the 20 mcg Daily Value)."""
    if unit == "IU":
        return mcg_to_iu(mcg, units)
    if unit == "DV":
        return percent_daily_value(mcg, units)
    return mcg


def number_or_none(value: object) -> float | None:
    """A number from a table cell, or None for a blank (None or NaN)."""
    return None if value is None or pd.isna(value) else float(value)


def in_unit(mcg: float, unit: str, units: Units, iu: float | None = None) -> tuple[float, bool]:
    """The amount in ``unit`` and whether it is computed: IU as printed when ``iu`` is given."""
    if unit == "IU" and number_or_none(iu) is not None:
        return float(iu), False  # type: ignore[arg-type]
    return convert(mcg, unit, units), unit != "mcg"


def shown(mcg: float, unit: str, units: Units, iu: float | None = None) -> float:
    """The amount in ``unit`` rounded as it is displayed (a printed IU value as printed)."""
    value, computed = in_unit(mcg, unit, units, iu)
    return value if unit == "IU" and not computed else round_half_up(value, AMOUNT_UNITS[unit].digits)


def number_text(value: float, digits: int) -> str:
    """``1234.0`` as ``1,234`` (digits=0) or ``16.20`` as ``16.2`` (digits=1)."""
    return f"{round_half_up(value, digits):,.{digits}f}"


def _printed(value: float) -> str:
    """A published number as the source prints it: ``1,360``, ``1.7``, ``0``."""
    return f"{value:,g}"


def format_amount(
    mcg: float,
    unit: str,
    units: Units,
    mcg_max: float | None = None,
    with_unit: bool = True,
    *,
    iu: float | None = None,
    iu_max: float | None = None,
) -> str:
    """``16.2 mcg``, ``645 IU`` or ``81% DV``; a range such as ``2.5–3.6 mcg`` when ``mcg_max`` is given.

    In IU, a published ``iu`` (and ``iu_max``) is shown as printed; otherwise IU are computed from mcg.
    ``with_unit=False`` gives the number alone (``16.2``), for labels on a chart whose axis names the unit.
    """
    if unit == "IU" and number_or_none(iu) is not None:
        low = _printed(float(iu))  # type: ignore[arg-type]
        top = number_or_none(iu_max)
        if top is not None and top != iu:
            low += "–" + _printed(top)
    else:
        digits = AMOUNT_UNITS[unit].digits
        low = number_text(convert(mcg, unit, units), digits)
        if mcg_max is not None and not pd.isna(mcg_max) and mcg_max != mcg:
            low += "–" + number_text(convert(mcg_max, unit, units), digits)
    return low + AMOUNT_UNITS[unit].suffix if with_unit else low


def format_target(mcg: float, unit: str, units: Units, iu: float | None = None) -> str:
    """A daily target or limit as the guidelines write it: ``15 mcg``, ``38 mcg``, ``1,500 IU``, ``75% DV``.

    In IU, the guideline's own IU value (``iu``) is used when given.
    """
    value = shown(mcg, unit, units, iu)
    return f"{value:,g}{AMOUNT_UNITS[unit].suffix}" if value < 1e6 else format_amount(mcg, unit, units, iu=iu)


def percent_text(part: float, whole: float) -> str:
    """``108%``: ``part`` as a whole-number percentage of ``whole``."""
    return f"{round_half_up(100 * part / whole):,.0f}%"


def unit_text(value: float, unit: str) -> str:
    """An amount already in ``unit`` as it is written: ``1,360 IU``, ``16.2 mcg``, ``81% DV``."""
    return number_text(value, AMOUNT_UNITS[unit].digits) + AMOUNT_UNITS[unit].suffix
