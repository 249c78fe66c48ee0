"""Units of ``vitd.sun``: the library against the teaching formula, the worked values, polar cases,
shadows, runs of days, sentences, the table twin, the download and the link's choices."""

from __future__ import annotations

import datetime as dt
import functools
import math
from pathlib import Path

import pandas as pd
import pytest

from vitd import params, sun
from vitd.charts import dataset
from vitd.content import load_content
from vitd.models.places import PLACES
from vitd.models.references import REFERENCES
from vitd.models.sun import SUN
from vitd.screens.sun import CHOICES, SunChoices

ROOT = Path(__file__).resolve().parent.parent
CONTENT = load_content(ROOT / "data")
TEXTS = CONTENT.doc(SUN)
PLACE_LIST = CONTENT.table(PLACES)
PLACES_BY_ID = {p.id: p for p in PLACE_LIST}
REFS = CONTENT.table(REFERENCES)


@functools.cache
def year(latitude: float) -> pd.DataFrame:
    return sun.sun_year(latitude)


def day_index(month: int, day: int) -> int:
    return dt.date(sun.REFERENCE_YEAR, month, day).timetuple().tm_yday - 1


# --- the library against the teaching formula ------------------------------------------------


@pytest.mark.parametrize("latitude", [-66.0, -33.87, -12.46, 0.0, 18.4, 42.4, 51.51, 78.22])
def test_library_agrees_with_the_teaching_formula_all_year(latitude: float) -> None:
    heights = year(latitude)["noon_height"]
    assert len(heights) == 366
    differences = [abs(h - sun.teaching_noon_height(latitude, n)) for n, h in enumerate(heights, start=1)]
    assert max(differences) <= 1.5


def test_the_teaching_formula_is_the_cooper_declination() -> None:
    # Cooper's declination is -23.45° sin-wave: lowest around 21 December (day 355), highest around 21 June.
    assert sun.teaching_declination(355) == pytest.approx(-23.45, abs=0.01)
    assert sun.teaching_declination(172) == pytest.approx(23.45, abs=0.01)
    assert sun.teaching_noon_height(51.5, 355) == pytest.approx(15.05, abs=0.01)


# --- the worked values of the noon sun (solstices and the days at 45° or higher) --------------

WORKED = [
    # latitude, 21 December, 21 June, first and last day at 45° or higher (None: all year)
    (18.4, 48.2, 85.0, None),
    (34.0, 32.6, 79.4, ((2, 22), (10, 18))),
    (42.4, 24.2, 71.0, ((3, 16), (9, 26))),
    (51.5, 15.1, 61.9, ((4, 8), (9, 4))),
    (53.5, 13.1, 59.9, ((4, 13), (8, 29))),
]
DATE_TOLERANCE_DAYS = 3
"""The worked dates use Cooper's declination, whose zero comes about two days after the March
equinox; the library's sun position is the more exact one."""


@pytest.mark.parametrize(("latitude", "december", "june", "window"), WORKED, ids=[str(w[0]) for w in WORKED])
def test_worked_values(latitude: float, december: float, june: float, window: tuple | None) -> None:
    rows = year(latitude)
    assert rows["noon_height"].iloc[day_index(12, 21)] == pytest.approx(december, abs=0.3)
    assert rows["noon_height"].iloc[day_index(6, 21)] == pytest.approx(june, abs=0.3)
    high = [d.date() for d, h in zip(rows["date"], rows["noon_height"], strict=True) if h >= sun.RULE_DEGREES]
    if window is None:
        assert len(high) == 366
        return
    (first_month, first_day), (last_month, last_day) = window
    first = dt.date(sun.REFERENCE_YEAR, first_month, first_day)
    last = dt.date(sun.REFERENCE_YEAR, last_month, last_day)
    assert abs((high[0] - first).days) <= DATE_TOLERANCE_DAYS
    assert abs((high[-1] - last).days) <= DATE_TOLERANCE_DAYS
    assert (high[-1] - high[0]).days + 1 == len(high)  # one unbroken run


def test_london_sentence_names_the_months_below_45() -> None:
    assert sun.year_sentences(year(51.51), "London", TEXTS) == [
        "In London the noon sun stays below 45° from about 5 September to 5 April."
    ]


def test_southern_winter_falls_in_june() -> None:
    (first, last), *_ = sun.run_dates(year(-33.87), [h < 45 for h in year(-33.87)["noon_height"]])
    assert (first.month, last.month) == (4, 8)
    sentence = sun.year_sentences(year(-33.87), "Sydney", TEXTS)[0]
    assert sentence.startswith("In Sydney the noon sun stays below 45° from about ") and "April to " in sentence


def test_the_tropics_stay_above_45_all_year() -> None:
    assert sun.year_sentences(year(1.29), "Singapore", TEXTS) == [
        "In Singapore the noon sun is at 45° or higher on every day of the year."
    ]


# --- polar cases -----------------------------------------------------------------------------


def test_arctic_sun_never_reaches_45_does_not_rise_in_winter_and_does_not_set_in_summer() -> None:
    rows = year(78.22)
    assert rows["noon_height"].max() < 45
    assert not rows["rises"].iloc[day_index(12, 21)]
    assert not rows["sets"].iloc[day_index(6, 21)]
    assert rows["rises"].iloc[day_index(6, 21)] and rows["sets"].iloc[day_index(3, 21)]
    sentences = sun.year_sentences(rows, "Longyearbyen", TEXTS)
    assert sentences[0] == "In Longyearbyen the noon sun never reaches 45°, on any day of the year."
    assert sentences[1].startswith("In Longyearbyen the sun does not rise at all from about ")
    assert sentences[2].startswith("In Longyearbyen the sun does not set from about ")


@pytest.mark.parametrize("latitude", [sun.ALWAYS_SETS_BELOW, -sun.ALWAYS_SETS_BELOW])
def test_the_sun_sets_every_day_nearer_the_equator_than_the_midnight_check(latitude: float) -> None:
    """The year skips asking at midnight below :data:`vitd.sun.ALWAYS_SETS_BELOW`; the library agrees
    that the sun is down at midnight on every day at that latitude."""
    from astral import Observer
    from astral import sun as solar

    observer = Observer(latitude=latitude, longitude=0.0)
    for day in sun.year_days():
        midnight = solar.midnight(observer, day + dt.timedelta(days=1))
        assert solar.elevation(observer, midnight, with_refraction=True) + solar.SUN_APPARENT_RADIUS < 0, day


def test_the_midnight_sun_is_found_just_inside_the_arctic_circle() -> None:
    assert not year(66.6)["sets"].all()
    assert year(65.5)["sets"].all()


def test_antarctic_polar_night_is_in_june() -> None:
    rows = year(-77.85)
    assert not rows["rises"].iloc[day_index(6, 21)]
    assert not rows["sets"].iloc[day_index(12, 21)]
    (first, last), *_ = sun.run_dates(rows, [not r for r in rows["rises"]])
    assert first.month == 4 and last.month == 8


@pytest.mark.parametrize("latitude", [90.0, -90.0])
def test_the_poles_are_computed_without_error(latitude: float) -> None:
    rows = year(latitude)
    assert len(rows) == 366
    assert rows["rises"].sum() < 366 and rows["sets"].sum() < 366


def test_a_day_without_sunrise_says_so_and_draws_no_day_chart_or_shadow() -> None:
    view = sun.sun_view(year(78.22), sun.where_of(PLACES_BY_ID["longyearbyen"], None, TEXTS), "12-21", TEXTS, REFS)
    assert view.day_sentences["noon"] == (
        "On 21 December the sun does not rise in Longyearbyen. It stays below the horizon all day, "
        "so there is no sunlight and no shadow."
    )
    assert view.day_sentences["hours"] == "Hours with the sun above 45°: **none today**."
    assert view.day_chart is None and view.shadow_chart is None


def test_a_day_of_midnight_sun_says_the_sun_does_not_set() -> None:
    day = sun.day_of(year(78.22), "06-21")
    said = sun.day_sentences(day, "Longyearbyen", TEXTS)
    assert "The sun does not set in Longyearbyen on this day" in said["noon"]
    assert said["hours"] == TEXTS.sentences.hours_none


# --- one day ---------------------------------------------------------------------------------


def test_one_day_in_london_at_midsummer() -> None:
    day = sun.day_of(year(51.51), "06-21")
    said = sun.day_sentences(day, "London", TEXTS)
    assert said["noon"] == "On 21 June the noon sun in London is **61.9°** above the horizon."
    assert day.above_from is not None and day.above_to is not None
    assert 11.5 < (day.above_from + day.above_to) / 2 < 12.5  # centred on local solar noon
    assert said["hours"].startswith("The sun is above 45° from 08:5") and "local solar time: **6 h" in said["hours"]
    assert said["shadow"] == "At noon your shadow is **0.53 times** as long as you are tall."


def test_the_day_is_a_lookup_in_the_year() -> None:
    rows = year(51.51)
    for key in ("01-01", "02-29", "12-31"):
        day = sun.day_of(rows, key)
        assert day.date == sun.date_of(key)
        row = rows[rows["day"] == key].iloc[0]
        assert day.noon_height == row["noon_height"]


def test_a_date_change_does_not_compute_the_year_again(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = year(51.51)

    def no_year(*args: object, **kwargs: object) -> None:
        raise AssertionError("the year was computed again")

    monkeypatch.setattr(sun, "sun_year", no_year)
    where = sun.where_of(PLACES_BY_ID["london"], None, TEXTS)
    for key in ("03-21", "12-21"):
        assert sun.sun_view(rows, where, key, TEXTS, REFS).day.key == key


def test_the_sun_straight_overhead_casts_no_shadow() -> None:
    overhead = sun.Day("03-20", sun.date_of("03-20"), 90.0, 0.0, 9.0, 15.0, True, True)
    assert sun.day_sentences(overhead, "Quito", TEXTS)["shadow"] == TEXTS.sentences.shadow_overhead


@pytest.mark.parametrize(
    ("height", "multiple"),
    [(45.0, 1.0), (math.degrees(math.atan(0.5)), 2.0), (60.0, 1 / math.sqrt(3)), (90.0, 0.0), (0.0, math.inf)],
)
def test_shadow_multiples(height: float, multiple: float) -> None:
    assert sun.shadow_multiple(height) == pytest.approx(multiple)


def test_no_shadow_from_a_sun_below_the_horizon() -> None:
    assert sun.shadow_multiple(-3.0) == math.inf


def test_numbers_as_the_screen_writes_them() -> None:
    assert sun.degrees_text(61.94) == "61.9°"
    assert sun.multiple_text(3.7321) == "3.7"
    assert sun.multiple_text(0.5317) == "0.53"
    assert sun.latitude_text(51.51) == "51.5° N"
    assert sun.latitude_text(-33.87) == "33.9° S"
    assert sun.latitude_text(0.01) == "0.0°"
    assert sun.clock_text(8.95) == "08:57"
    assert sun.duration_text(6.15) == "6 h 9 min"
    assert sun.duration_text(0.75) == "45 min"
    assert sun.signed_text(-23.44) == "−23.44°"


# --- runs and dates --------------------------------------------------------------------------


def test_runs_read_the_year_as_a_circle() -> None:
    assert sun.runs([True, True, False, False, True]) == [(4, 1)]
    assert sun.runs([False, True, True, False, True, False]) == [(1, 2), (4, 4)]
    assert sun.runs([True] * 4) == [(0, 3)]
    assert sun.runs([False] * 4) == []


@pytest.mark.parametrize(
    ("text", "expected"), [("03-21", "03-21"), ("02-29", "02-29"), (" 12-31 ", "12-31"), ("02-30", None),
                           ("13-01", None), ("2-3", None), ("abc", None), ("", None)],
)  # fmt: skip
def test_parse_day(text: str, expected: str | None) -> None:
    assert sun.parse_day(text) == expected


# --- the table twin and the download ---------------------------------------------------------


def test_year_table_and_csv() -> None:
    view = sun.sun_view(year(51.51), sun.where_of(PLACES_BY_ID["london"], None, TEXTS), "06-21", TEXTS, REFS)
    table = view.table
    assert list(table.columns) == list(sun.TABLE_COLUMNS)
    assert len(table) == 366
    june = table[table["Date"] == "21 June"].iloc[0]
    assert june[sun.TABLE_COLUMNS[1]] == 61.9
    assert june[sun.TABLE_COLUMNS[2]] == 0.53
    assert 6 < june[sun.TABLE_COLUMNS[3]] < 6.3
    december = table[table["Date"] == "21 December"].iloc[0]
    assert december[sun.TABLE_COLUMNS[3]] == 0
    text = sun.year_csv(table, view.citation)
    lines = text.strip().splitlines()
    assert lines[0] == ",".join(f'"{c}"' if "," in c else c for c in sun.TABLE_COLUMNS)
    assert lines[-1].startswith('"Vitamin D Explorer, Sun and seasons: London.')
    assert "S110 GeoNames geographical database" in lines[-1]


def test_polar_table_rows_leave_missing_numbers_empty_and_say_why() -> None:
    table = sun.year_table(year(78.22), TEXTS)
    december = table[table["Date"] == "21 December"].iloc[0]
    assert pd.isna(december[sun.TABLE_COLUMNS[1]]) and pd.isna(december[sun.TABLE_COLUMNS[2]])
    assert december["Note"] == TEXTS.table_notes.no_sunrise
    assert table[table["Date"] == "21 June"].iloc[0]["Note"] == TEXTS.table_notes.no_sunset
    csv_text = sun.year_csv(table, "cite")
    assert "'-" not in csv_text  # no negative height reaches the spreadsheet


# --- the view and the link -------------------------------------------------------------------


def test_comparing_two_places_draws_two_lines_and_says_both() -> None:
    london = sun.where_of(PLACES_BY_ID["london"], None, TEXTS)
    singapore = sun.where_of(PLACES_BY_ID["singapore"], None, TEXTS)
    view = sun.sun_view(year(51.51), london, "12-21", TEXTS, REFS, year(1.29), singapore)
    assert view.compare_sentences == ("In Singapore the noon sun is at 45° or higher on every day of the year.",)
    lines = dataset(view.year_chart, "year")
    assert list(dict.fromkeys(lines["place"])) == ["London, United Kingdom (51.5° N)", "Singapore (1.3° N)"]
    assert view.year_alt.startswith("Line chart of the sun's height at noon on every day of the year in London")
    assert "In Singapore the noon sun is at 45° or higher" in view.year_alt


def test_a_typed_latitude_is_named_as_a_place_at_that_latitude() -> None:
    where = sun.where_of(PLACES_BY_ID["london"], -12.345, TEXTS)
    assert where.latitude == -12.345
    assert where.name == "a place at latitude 12.3° S"
    assert where.label == "Latitude 12.3° S"


def test_how_the_numbers_work_shows_the_formula_beside_the_library() -> None:
    view = sun.sun_view(year(51.51), sun.where_of(PLACES_BY_ID["london"], None, TEXTS), "12-21", TEXTS, REFS)
    assert view.formula_text.startswith("For London on 21 December, the library gives **15.1°**.")
    assert "90° − |51.51° − (−23.44°)| = **15.0°**" in view.formula_text


TODAY = sun.day_key(dt.date.today())


def choices(query: dict[str, str]) -> tuple[SunChoices, tuple[str, ...]]:
    return CHOICES.read(CONTENT, {k: [v] for k, v in query.items()})


def test_choices_default_to_the_default_place_and_today() -> None:
    chosen, notices = choices({})
    assert chosen == SunChoices("student", "london", "", "", TODAY)
    assert notices == ()


def test_choices_from_a_full_link() -> None:
    chosen, notices = choices(
        {params.PLACE: "oslo", params.LATITUDE: "-33.8688", params.SUN_DATE: "12-21", params.SUN_COMPARE: "singapore"}
    )
    assert chosen == SunChoices("student", "oslo", "singapore", "-33.8688", "12-21")
    assert notices == ()


@pytest.mark.parametrize(
    ("query", "notice_start"),
    [
        ({params.LATITUDE: "abc"}, "The link's **lat** value “abc” isn't recognised"),
        ({params.LATITUDE: "999"}, "The link's **lat** value “999” is outside -90–90"),
        ({params.SUN_DATE: "02-30"}, "The link's **date** value “02\\-30” isn't a day of the year"),
        ({params.PLACE: "atlantis"}, "The link's **place** value “atlantis” isn't recognised"),
        ({params.SUN_COMPARE: "atlantis"}, "The link's **compare** value “atlantis” isn't recognised"),
    ],
)
def test_junk_values_fall_back_with_a_notice(query: dict[str, str], notice_start: str) -> None:
    chosen, notices = choices(query)
    assert chosen == SunChoices("student", "london", "", "", TODAY)
    assert len(notices) == 1 and notices[0].startswith(notice_start)
