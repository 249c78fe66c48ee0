"""Unit conversions. The factors come from ``data/units.json`` (see :class:`vitd.models.units.Units`)."""

from __future__ import annotations

from vitd.models.units import Units


def mcg_to_iu(mcg: float, units: Units) -> float:
    """Micrograms of vitamin D to international units (1 mcg = 40 IU)."""
    return mcg * units.iu_per_mcg.value


def iu_to_mcg(iu: float, units: Units) -> float:
    """International units to micrograms of vitamin D."""
    return iu / units.iu_per_mcg.value


def percent_daily_value(mcg: float, units: Units) -> float:
    """Share of the US label Daily Value (20 mcg), in percent."""
    return 100 * mcg / units.daily_value_mcg.value


def ng_ml_to_nmol_l(ng_ml: float, units: Units) -> float:
    """25(OH)D in ng/mL to nmol/L (1 ng/mL = 2.496 nmol/L)."""
    return ng_ml * units.nmol_l_per_ng_ml.value


def nmol_l_to_ng_ml(nmol_l: float, units: Units) -> float:
    """25(OH)D in nmol/L to ng/mL."""
    return nmol_l / units.nmol_l_per_ng_ml.value
