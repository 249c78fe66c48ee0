"""Unit conversions use the sourced factors in data/units.json."""

from __future__ import annotations

import pytest

from vitd.content import load_content
from vitd.models.units import UNITS
from vitd.units import (
    convert,
    format_amount,
    format_target,
    mcg_to_iu,
    ng_ml_to_nmol_l,
    nmol_l_to_ng_ml,
    percent_daily_value,
    round_half_up,
)

UNITS_DATA = load_content().doc(UNITS)


def test_factors_are_the_published_ones() -> None:
    assert UNITS_DATA.iu_per_mcg.value == 40
    assert UNITS_DATA.nmol_l_per_ng_ml.value == 2.496
    assert UNITS_DATA.daily_value_mcg.value == 20


def test_micrograms_and_international_units() -> None:
    assert mcg_to_iu(15, UNITS_DATA) == 600
    assert mcg_to_iu(34, UNITS_DATA) == 1360


def test_percent_daily_value() -> None:
    assert percent_daily_value(20, UNITS_DATA) == 100
    assert percent_daily_value(16.2, UNITS_DATA) == pytest.approx(81)


def test_blood_level_units() -> None:
    assert ng_ml_to_nmol_l(20, UNITS_DATA) == pytest.approx(49.92)
    assert nmol_l_to_ng_ml(125, UNITS_DATA) == pytest.approx(50.08, abs=0.01)


@pytest.mark.parametrize(
    ("mcg", "unit", "expected"),
    [(1, "IU", 40), (16.2, "IU", 648), (20, "DV", 100), (16.2, "DV", 81), (34, "DV", 170), (2.5, "mcg", 2.5)],
)
def test_convert(mcg: float, unit: str, expected: float) -> None:
    assert convert(mcg, unit, UNITS_DATA) == pytest.approx(expected)


def test_rounding_goes_half_up_like_the_published_table() -> None:
    assert round_half_up(0.5) == 1
    assert round_half_up(2.45, 1) == 2.5
    # 0.1 mcg is 0.5 % of the Daily Value; ODS prints 1 %.
    assert format_amount(0.1, "DV", UNITS_DATA) == "1% DV"


@pytest.mark.parametrize(
    ("mcg", "unit", "mcg_max", "expected"),
    [
        (34.0, "mcg", None, "34.0 mcg"),
        (34.0, "IU", None, "1,360 IU"),
        (2.5, "mcg", 3.6, "2.5–3.6 mcg"),
        (2.5, "IU", 3.6, "100–144 IU"),
        (9.2, "DV", None, "46% DV"),
    ],
)
def test_format_amount(mcg: float, unit: str, mcg_max: float | None, expected: str) -> None:
    assert format_amount(mcg, unit, UNITS_DATA, mcg_max) == expected


def test_targets_are_written_as_the_guidelines_write_them() -> None:
    assert format_target(15, "mcg", UNITS_DATA) == "15 mcg"
    assert format_target(37.5, "mcg", UNITS_DATA) == "37.5 mcg"
    assert format_target(100, "IU", UNITS_DATA) == "4,000 IU"
    assert format_target(38, "IU", UNITS_DATA) == "1,520 IU"  # computed: no printed value given
    assert format_target(38, "IU", UNITS_DATA, iu=1500) == "1,500 IU"
