"""Sun and seasons: the sun's height at noon through the year, one day's sun and shadow, and the
sentences, tables and downloads the screen shows.

Sun positions come from the ``astral`` library (NOAA's solar calculations), imported inside the
functions that need it so that only this screen loads it. Nothing here works out where the sun is
by hand; the one exception is :func:`teaching_noon_height`, the classroom formula that "How the
numbers work" shows *beside* the library's answer, and that the tests compare with it.

Every place is computed at longitude 0 in local solar time: the sun's height at solar noon depends
only on the latitude and the date, and local solar time puts the sun's highest point at 12:00.
A year is :data:`REFERENCE_YEAR`, a leap year, so 29 February has a value.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from vitd.citations import citation
from vitd.downloads import safe_csv
from vitd.models.places import Place
from vitd.models.references import Reference
from vitd.models.sun import SunScreen

REFERENCE_YEAR = 2028
"""The year whose days are computed: a leap year, so every ``MM-DD`` a link can name exists."""
RULE_DEGREES = 45.0
"""The shadow rule's line: with the sun 45° high, a shadow is as long as you are tall (S99)."""
ALWAYS_SETS_BELOW = 60.0
"""Nearer the equator than this latitude the sun sets on every day of the year (a midnight sun
needs about 65.7°: 90° less the Earth's 23.44° tilt and 0.83° for the air's bending and the
sun's radius), so the year is worked out there without asking at midnight."""
REACH_MARGIN = 0.01
"""Degrees: a day whose noon height is this far or more below 45° is not asked when the sun
passes 45° (it never does)."""
DAY_STEP_MINUTES = 10
"""Spacing of the points of one day's curve."""
LATITUDE_DIGITS = 2
"""A latitude from a link is rounded to this many decimals (about 1 km), which bounds the
number of different years the shared cache can hold."""
OVERHEAD_SHADOW = 0.005
"""A shadow shorter than this (in heights) is shown as "no shadow": the sun is straight overhead."""
HORIZON_DEGREES = 1.0
"""With the noon sun lower than this (a shadow over 57 times your height), the sun is said to be at
the horizon: its shadow is not measured or drawn, and a height below 0 is not shown."""

DAY_PATTERN = re.compile(r"^(\d{2})-(\d{2})$")

YEAR_COLUMNS = (
    "date",
    "day",
    "noon_height",
    "shadow",
    "above_from",
    "above_to",
    "hours_above",
    "rises",
    "sets",
)
"""Columns of :func:`sun_year`: the date, ``MM-DD``, the noon height (°), the noon shadow in heights
(``inf`` when the sun is below the horizon), when the sun rises above and falls below 45° (local
solar time in hours, NaN when it never does), the hours above 45°, and whether the sun rises and
sets that day."""

TABLE_COLUMNS = (
    "Date",
    "Noon sun height (°, computed)",
    "Noon shadow (× your height, computed)",
    "Hours with the sun above 45° (computed)",
    "Note",
)
"""Headings of the year's table twin and its CSV download."""


# --- dates and numbers -----------------------------------------------------------------------


def year_days(year: int = REFERENCE_YEAR) -> list[dt.date]:
    """Every date of ``year``, from 1 January."""
    first = dt.date(year, 1, 1)
    count = (dt.date(year + 1, 1, 1) - first).days
    return [first + dt.timedelta(days=n) for n in range(count)]


def parse_day(text: str) -> str | None:
    """``"03-21"`` if ``text`` is a real month and day (``MM-DD``; 29 February counts), else None."""
    match = DAY_PATTERN.match(text.strip())
    if not match:
        return None
    try:
        dt.date(REFERENCE_YEAR, int(match[1]), int(match[2]))
    except ValueError:
        return None
    return f"{match[1]}-{match[2]}"


def day_key(day: dt.date) -> str:
    """``MM-DD`` of a date, as links write it."""
    return f"{day.month:02d}-{day.day:02d}"


def date_of(key: str) -> dt.date:
    """The date of ``MM-DD`` in :data:`REFERENCE_YEAR`."""
    month, day = key.split("-")
    return dt.date(REFERENCE_YEAR, int(month), int(day))


def day_text(day: dt.date) -> str:
    """``5 September``: a date as the screen writes it, without the year."""
    return f"{day.day} {day:%B}"


def degrees_text(value: float) -> str:
    """``61.9°``: a height with one decimal and a degree sign."""
    return f"{value:.1f}°"


def latitude_text(latitude: float) -> str:
    """``51.5° N``, ``33.9° S`` or ``0.0°`` (the equator)."""
    shown = round(latitude, 1)
    if shown == 0:
        return "0.0°"
    return f"{abs(shown):.1f}° {'N' if shown > 0 else 'S'}"


def signed_text(value: float) -> str:
    """``−23.44°``: a signed angle with two decimals and a true minus sign, for the worked formula."""
    return f"{value:.2f}°".replace("-", "−")


def clock_text(hours: float) -> str:
    """``09:04``: a local solar time given in hours after midnight."""
    minutes = round(hours * 60) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duration_text(hours: float) -> str:
    """``5 h 52 min``, ``45 min`` or ``6 h``."""
    minutes = round(hours * 60)
    whole, rest = divmod(minutes, 60)
    if not whole:
        return f"{rest} min"
    return f"{whole} h {rest} min" if rest else f"{whole} h"


def shadow_multiple(height: float) -> float:
    """A shadow's length in multiples of your height with the sun ``height``° high.

    ``inf`` when the sun is on or below the horizon (no shadow from the sun at all), 0 when it is
    straight overhead.
    """
    if height <= 0:
        return math.inf
    if height >= 90:
        return 0.0
    return 1 / math.tan(math.radians(height))


def multiple_text(multiple: float) -> str:
    """``2.4``: a shadow multiple as the screen writes it (one decimal, two below 1)."""
    return f"{multiple:.2f}" if multiple < 1 else f"{multiple:.1f}"


# --- the library -----------------------------------------------------------------------------


def _observer(latitude: float) -> Any:
    from astral import Observer  # only this screen loads the solar-position library

    return Observer(latitude=latitude, longitude=0.0)


def sun_year(latitude: float, year: int = REFERENCE_YEAR) -> pd.DataFrame:
    """One row per day of ``year`` at ``latitude``: see :data:`YEAR_COLUMNS`.

    Heights are the geometric height of the sun's centre (no bending of light by the air), so
    the 45° times and the teaching formula compare like with like. Whether the sun rises or sets
    uses the library's sunrise rule (top edge of the sun, with the air's bending).
    """
    from astral import sun as solar

    observer = _observer(latitude)
    can_stay_up = abs(latitude) >= ALWAYS_SETS_BELOW
    rows: list[dict[str, object]] = []
    for day in year_days(year):
        noon = solar.noon(observer, day)
        height = solar.elevation(observer, noon, with_refraction=False)
        seen_noon = solar.elevation(observer, noon, with_refraction=True)
        sets = True
        if can_stay_up:
            midnight = solar.midnight(observer, day + dt.timedelta(days=1))
            sets = solar.elevation(observer, midnight, with_refraction=True) + solar.SUN_APPARENT_RADIUS < 0
        above_from = above_to = math.nan
        if height >= RULE_DEGREES - REACH_MARGIN:  # lower at noon, the sun reaches 45° at no time that day
            try:
                rising = solar.time_at_elevation(
                    observer, RULE_DEGREES, day, solar.SunDirection.RISING, with_refraction=False
                )
                setting = solar.time_at_elevation(
                    observer, RULE_DEGREES, day, solar.SunDirection.SETTING, with_refraction=False
                )
            except ValueError:  # the sun does not reach 45° on this day
                pass
            else:
                above_from = 12 + (rising - noon).total_seconds() / 3600
                above_to = 12 + (setting - noon).total_seconds() / 3600
        rows.append(
            {
                "date": pd.Timestamp(day),
                "day": day_key(day),
                "noon_height": height,
                "shadow": shadow_multiple(height),
                "above_from": above_from,
                "above_to": above_to,
                "hours_above": 0.0 if math.isnan(above_from) else above_to - above_from,
                "rises": seen_noon + solar.SUN_APPARENT_RADIUS > 0,
                "sets": sets,
            }
        )
    return pd.DataFrame(rows, columns=list(YEAR_COLUMNS))


def day_curve(latitude: float, key: str) -> pd.DataFrame:
    """The sun's height through one day (``MM-DD``) by local solar time: ``solar_time`` (hours,
    0 to 24, noon at 12) and ``height`` (°), every :data:`DAY_STEP_MINUTES` minutes."""
    from astral import sun as solar

    observer = _observer(latitude)
    noon = solar.noon(observer, date_of(key))
    steps = range(-12 * 60, 12 * 60 + 1, DAY_STEP_MINUTES)
    heights = [solar.elevation(observer, noon + dt.timedelta(minutes=m), with_refraction=False) for m in steps]
    return pd.DataFrame({"solar_time": [12 + m / 60 for m in steps], "height": heights})


# --- the teaching formula (for "How the numbers work" and the tests only) ---------------------


def teaching_declination(day_of_year: int) -> float:
    """Cooper's declination (1969), in degrees: 23.45° × sin(360° × (284 + n) / 365) (S109)."""
    return 23.45 * math.sin(math.radians(360 * (284 + day_of_year) / 365))


def teaching_noon_height(latitude: float, day_of_year: int) -> float:
    """The classroom formula: noon height = 90° − |latitude − declination| (derived from S108).

    Shown beside the library's answer on the screen; never used to draw or decide anything.
    """
    return 90 - abs(latitude - teaching_declination(day_of_year))


# --- runs of days ----------------------------------------------------------------------------


def runs(flags: Sequence[bool]) -> list[tuple[int, int]]:
    """Runs of consecutive True values as ``(first, last)`` indices, the year read as a circle:
    a run over the new year (September to April) is one run whose ``first`` is after its ``last``.
    An all-True sequence is one run ``(0, len - 1)``; an all-False one has none."""
    n = len(flags)
    if not any(flags):
        return []
    if all(flags):
        return [(0, n - 1)]
    start = next(i for i in range(n) if flags[i] and not flags[i - 1])
    found: list[tuple[int, int]] = []
    i = start
    for _ in range(n):
        if flags[i % n] and not flags[(i - 1) % n]:
            first = i % n
            last = first
            while flags[(last + 1) % n]:
                last = (last + 1) % n
            found.append((first, last))
        i += 1
    return sorted(set(found), key=lambda r: (r[0] - start) % n)


def run_dates(year: pd.DataFrame, flags: Sequence[bool]) -> list[tuple[dt.date, dt.date]]:
    """:func:`runs` as (first date, last date) pairs."""
    dates = [d.date() for d in year["date"]]
    return [(dates[first], dates[last]) for first, last in runs(list(flags))]


def fill(template: str, **values: object) -> str:
    """A content template with its ``{placeholders}`` filled in."""
    return template.format(**values)


def year_sentences(year: pd.DataFrame, place: str, texts: SunScreen) -> list[str]:
    """What the year at ``place`` shows, in words: the months below 45° (or all year, or never),
    then the days the sun does not rise or does not set, if any."""
    words = texts.sentences
    below = [height < RULE_DEGREES for height in year["noon_height"]]
    sentences: list[str] = []
    if all(below):
        sentences.append(fill(words.never_45, place=place))
    elif not any(below):
        sentences.append(fill(words.always_45, place=place))
    else:
        spans = [fill(words.span, start=day_text(first), end=day_text(last)) for first, last in run_dates(year, below)]
        sentences.append(fill(words.below_45, place=place, spans=_join(spans, words.and_word)))
    for column, template in (("rises", words.polar_night), ("sets", words.midnight_sun)):
        missing = [not flag for flag in year[column]]
        if any(missing):
            spans = [
                fill(words.span, start=day_text(first), end=day_text(last)) for first, last in run_dates(year, missing)
            ]
            sentences.append(fill(template, place=place, spans=_join(spans, words.and_word)))
    return sentences


def _join(items: Sequence[str], and_word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {and_word} " + items[-1]


# --- one day ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Day:
    """One day at one place, looked up in its year."""

    key: str
    """``MM-DD``."""
    date: dt.date
    noon_height: float
    shadow: float
    """The noon shadow in multiples of your height (``inf``: no sun at noon)."""
    above_from: float | None
    above_to: float | None
    """Local solar times (hours) between which the sun is above 45°, or None if it never is."""
    rises: bool
    sets: bool


def day_of(year: pd.DataFrame, key: str) -> Day:
    """The row of ``year`` for ``MM-DD`` (a lookup: the year is computed once per place)."""
    row = year.iloc[date_of(key).timetuple().tm_yday - 1]
    above = not math.isnan(row["above_from"])
    return Day(
        key=key,
        date=date_of(key),
        noon_height=float(row["noon_height"]),
        shadow=float(row["shadow"]),
        above_from=float(row["above_from"]) if above else None,
        above_to=float(row["above_to"]) if above else None,
        rises=bool(row["rises"]),
        sets=bool(row["sets"]),
    )


def day_sentences(day: Day, place: str, texts: SunScreen) -> dict[str, str]:
    """The day's facts in words: ``noon`` (the height), ``hours`` (above 45°) and ``shadow``."""
    words = texts.sentences
    date = day_text(day.date)
    if not day.rises:
        return {"noon": fill(words.no_sunrise, date=date, place=place), "hours": words.hours_none, "shadow": ""}
    noon = fill(words.noon_height, date=date, place=place, height=degrees_text(day.noon_height))
    if not day.sets:
        noon += " " + fill(words.no_sunset, place=place)
    if day.above_from is None or day.above_to is None:
        hours = words.hours_none
    else:
        hours = fill(
            words.hours_above,
            start=clock_text(day.above_from),
            end=clock_text(day.above_to),
            duration=duration_text(day.above_to - day.above_from),
        )
    if day.noon_height < HORIZON_DEGREES:
        shadow = words.shadow_horizon
    elif day.shadow < OVERHEAD_SHADOW:
        shadow = words.shadow_overhead
    else:
        shadow = fill(words.shadow, multiple=multiple_text(day.shadow))
    return {"noon": noon, "hours": hours, "shadow": shadow}


# --- the table twin and the download ---------------------------------------------------------


def year_table(year: pd.DataFrame, texts: SunScreen) -> pd.DataFrame:
    """The year as a table: date, noon height, noon shadow, hours above 45° and a note for days the
    sun does not rise or set. Values that do not exist (no sun at noon) are left empty."""
    notes = texts.table_notes
    rises, sets, height = year["rises"], year["sets"], year["noon_height"]
    note = [
        notes.no_sunrise
        if not r
        else notes.at_horizon
        if h < HORIZON_DEGREES
        else notes.no_sunset
        if not s
        else notes.overhead
        if sh < OVERHEAD_SHADOW
        else ""
        for r, s, h, sh in zip(rises, sets, height, year["shadow"], strict=True)
    ]
    shown_height = height.where(rises & (height >= 0)).round(1)
    shadow = year["shadow"].where(rises & (height >= HORIZON_DEGREES)).round(2)
    return pd.DataFrame(
        {
            TABLE_COLUMNS[0]: [day_text(d) for d in year["date"].dt.date],
            TABLE_COLUMNS[1]: shown_height,
            TABLE_COLUMNS[2]: shadow,
            TABLE_COLUMNS[3]: year["hours_above"].round(1),
            TABLE_COLUMNS[4]: note,
        }
    )


def year_csv(table: pd.DataFrame, citation_text: str) -> str:
    """The year's table as spreadsheet-safe CSV text, ending with the citation line."""
    return safe_csv(table, citation_text)


# --- places --------------------------------------------------------------------------------


def default_place(places: Sequence[Place]) -> Place:
    """The place marked default (the first place if none is, which the validator reports)."""
    return next((p for p in places if p.default), places[0])


# --- the view --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Where:
    """A place or a typed latitude, as the view needs it."""

    latitude: float
    name: str
    """How sentences name it: ``London`` or ``a place at latitude 12.3° N``."""
    label: str
    """How lists and legends name it: ``London, United Kingdom (51.5° N)``."""


def where_of(place: Place | None, latitude: float | None, texts: SunScreen) -> Where:
    """The place chosen, or a typed latitude (which wins), named for sentences and legends."""
    if latitude is not None or place is None:
        lat = latitude if latitude is not None else 0.0
        shown = latitude_text(lat)
        return Where(
            lat, fill(texts.sentences.latitude_place, latitude=shown), fill(texts.latitude_label, latitude=shown)
        )
    return Where(place.latitude, place.name, f"{place.label} ({latitude_text(place.latitude)})")


@dataclass(frozen=True)
class SunView:
    """Everything the Sun and seasons screen shows for one set of choices."""

    where: Where
    compare: Where | None
    day: Day
    year_sentences: tuple[str, ...]
    compare_sentences: tuple[str, ...]
    day_sentences: Mapping[str, str]
    year_chart: dict[str, Any]
    year_alt: str
    day_chart: dict[str, Any] | None
    """None when the sun does not rise that day (the sentence says so instead)."""
    day_alt: str
    shadow_chart: dict[str, Any] | None
    """None when the sun is below the horizon at noon (no shadow to draw)."""
    shadow_alt: str
    table: pd.DataFrame
    citation: str
    csv: str
    """The year's table as spreadsheet-safe CSV, ending with :attr:`citation`."""
    library_height: str
    formula_text: str
    """The teaching formula worked out for this place and date, beside :attr:`library_height`."""


def _alt_sentences(sentences: Sequence[str]) -> str:
    return " ".join(s.replace("**", "") for s in sentences if s)


def sun_view(
    year: pd.DataFrame,
    where: Where,
    key: str,
    texts: SunScreen,
    references: Sequence[Reference],
    compare_year: pd.DataFrame | None = None,
    compare: Where | None = None,
) -> SunView:
    """The screen's view for one place (and an optional second one) on one day (``MM-DD``).

    ``year`` (and ``compare_year``) come from :func:`sun_year`, computed once per latitude and
    shared; the day is a lookup in it. Only the day's curve is computed here.
    """
    from vitd.charts.sun import day_chart_spec, shadow_chart_spec, year_chart_spec

    day = day_of(year, key)
    words = texts.sentences
    sentences = tuple(year_sentences(year, where.name, texts))
    compare_sentences = (
        tuple(year_sentences(compare_year, compare.name, texts))
        if compare is not None and compare_year is not None
        else ()
    )
    said = day_sentences(day, where.name, texts)
    labels = texts.chart_labels
    series = [(where.label, year)]
    if compare is not None and compare_year is not None:
        series.append((compare.label, compare_year))
    year_chart = year_chart_spec(series, labels, RULE_DEGREES, pd.Timestamp(day.date))
    highest = year.loc[year["noon_height"].idxmax()]
    lowest = year.loc[year["noon_height"].idxmin()]
    year_alt = fill(
        texts.alt.year,
        place=where.name,
        high=degrees_text(highest["noon_height"]),
        high_date=day_text(highest["date"].date()),
        low=degrees_text(lowest["noon_height"]),
        low_date=day_text(lowest["date"].date()),
        summary=_alt_sentences([*sentences, *compare_sentences]),
    )
    date = day_text(day.date)
    if day.rises:
        curve = day_curve(where.latitude, key)
        day_chart: dict[str, Any] | None = day_chart_spec(curve, day.above_from, day.above_to, labels, RULE_DEGREES)
        day_alt = fill(
            texts.alt.day, place=where.name, date=date, summary=_alt_sentences([said["noon"], said["hours"]])
        )
    else:
        day_chart, day_alt = None, ""
    if day.rises and day.noon_height >= HORIZON_DEGREES:
        shadow_chart: dict[str, Any] | None = shadow_chart_spec(day.shadow, day.noon_height, labels)
        shadow_alt = fill(texts.alt.shadow, place=where.name, date=date, summary=_alt_sentences([said["shadow"]]))
    else:
        shadow_chart, shadow_alt = None, ""
    day_of_year = day.date.timetuple().tm_yday
    declination = teaching_declination(day_of_year)
    formula = teaching_noon_height(where.latitude, day_of_year)
    formula_text = fill(
        words.formula,
        place=where.name,
        date=date,
        library=degrees_text(day.noon_height),
        latitude=signed_text(where.latitude),
        declination=signed_text(declination),
        formula=degrees_text(formula),
        difference=f"{abs(formula - day.noon_height):.1f}°",
    )
    table = year_table(year, texts)
    cite = citation(fill(texts.citation, place=where.name), texts.source_ids, references)
    return SunView(
        where=where,
        compare=compare,
        day=day,
        year_sentences=sentences,
        compare_sentences=compare_sentences,
        day_sentences=said,
        year_chart=year_chart,
        year_alt=year_alt,
        day_chart=day_chart,
        day_alt=day_alt,
        shadow_chart=shadow_chart,
        shadow_alt=shadow_alt,
        table=table,
        citation=cite,
        csv=year_csv(table, cite),
        library_height=degrees_text(day.noon_height),
        formula_text=formula_text,
    )
