"""Unit conversions use the sourced factors in data/units.json."""

from __future__ import annotations

import pytest

from vitd.content import load_content
from vitd.models.units import UNITS
from vitd.units import iu_to_mcg, mcg_to_iu, ng_ml_to_nmol_l, nmol_l_to_ng_ml, percent_daily_value

UNITS_DATA = load_content().doc(UNITS)


def test_factors_are_the_published_ones() -> None:
    assert UNITS_DATA.iu_per_mcg.value == 40
    assert UNITS_DATA.nmol_l_per_ng_ml.value == 2.496
    assert UNITS_DATA.daily_value_mcg.value == 20


def test_micrograms_and_international_units() -> None:
    assert mcg_to_iu(15, UNITS_DATA) == 600
    assert mcg_to_iu(34, UNITS_DATA) == 1360
    assert iu_to_mcg(4000, UNITS_DATA) == 100


def test_percent_daily_value() -> None:
    assert percent_daily_value(20, UNITS_DATA) == 100
    assert percent_daily_value(16.2, UNITS_DATA) == pytest.approx(81)


def test_blood_level_units() -> None:
    assert ng_ml_to_nmol_l(20, UNITS_DATA) == pytest.approx(49.92)
    assert nmol_l_to_ng_ml(125, UNITS_DATA) == pytest.approx(50.08, abs=0.01)
