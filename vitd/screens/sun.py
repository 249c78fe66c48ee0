"""Sun and seasons (``/sun``): the noon sun through the year at any place, one day's sun and shadow.

A year of sun heights is computed once per latitude and shared; a date is a lookup in it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass

import pandas as pd

from vitd import params, sun
from vitd.choices import Choice, Declaration, Options
from vitd.content import Content, per_content
from vitd.models.places import PLACES
from vitd.models.references import REFERENCES
from vitd.models.sun import SUN, SunScreen
from vitd.widgets import day_slider, latitude_picker

LEVELS: Options = (("student", "Student"), ("advanced", "Advanced"))


@dataclass(frozen=True)
class SunChoices:
    level: str = "student"
    place: str = ""
    compare: str = ""
    latitude: str = ""
    """A latitude in degrees as the link has it ("" for none); it wins over the place."""
    day: str = ""
    """``MM-DD``."""


def _places(content: Content) -> Options:
    return tuple((p.id, p.label) for p in content.table(PLACES))


def _default_place(content: Content, options: Options, values: object) -> str:
    return sun.default_place(content.table(PLACES)).id


def _second_places(content: Content) -> Options:
    return (("", "No second place"), *_places(content))


def _days(content: Content) -> Options:
    return _all_days()


@functools.cache
def _all_days() -> Options:
    return tuple((sun.day_key(d), sun.day_text(d)) for d in sun.year_days())


def _day(text: str, days: list[str]) -> tuple[str, list[str]]:
    day = sun.parse_day(text)
    return (day, []) if day else (sun.day_key(dt.date.today()), [text])


CHOICES = Declaration(
    "sun",
    SunChoices,
    (
        Choice("level", params.LEVEL, "Reading level", "one", options=LEVELS),
        Choice("place", params.PLACE, "Place", "one", options=_places, default=_default_place, widget="select"),
        Choice(
            "compare",
            params.SUN_COMPARE,
            "Compare with a second place",
            "one",
            options=_second_places,
            default="",
            widget="select",
        ),
        Choice(
            "latitude",
            params.LATITUDE,
            "Latitude (degrees north; south is negative)",
            "number",
            low=-90,
            high=90,
            step=0.1,
            widget="custom",
            key="lat",
            draw=functools.partial(
                latitude_picker, toggle="Use any latitude instead of a place", toggle_key="sun_use_lat"
            ),
            examples=("-33.87", "60", "0"),
        ),
        Choice(
            "day",
            params.SUN_DATE,
            "Date",
            "text",
            options=_days,
            default=lambda content, options, values: sun.day_key(dt.date.today()),
            widget="custom",
            draw=day_slider,
            parse=_day,
            notice=(
                "The link's **{name}** value “{items}” isn't a day of the year written month-day like 03-21, "
                "so today is shown."
            ),
            examples=("12-21", "06-21", "02-29"),
        ),
    ),
)


@per_content
def _year(content: Content, latitude: float) -> pd.DataFrame:
    """A year of noon heights at one latitude (shared by every view of it: never change it in place)."""
    return sun.sun_year(latitude)


def place_latitude(content: Content, place_id: str) -> float:
    """Where a place is, for the latitude slider to start from."""
    return {p.id: p for p in content.table(PLACES)}[place_id].latitude


@dataclass(frozen=True)
class SunPage:
    """The view and the screen's words."""

    texts: SunScreen
    shown: sun.SunView


def view(content: Content, choices: SunChoices) -> SunPage:
    """The year, the day and the picture for these choices (the reading level only picks texts)."""
    return _view(content, dataclasses.replace(choices, level="student"))


@per_content
def _view(content: Content, choices: SunChoices) -> SunPage:
    texts = content.doc(SUN)
    by_id = {p.id: p for p in content.table(PLACES)}
    latitude = round(float(choices.latitude), sun.LATITUDE_DIGITS) if choices.latitude else None
    where = sun.where_of(by_id[choices.place], latitude, texts)
    other = sun.where_of(by_id[choices.compare], None, texts) if choices.compare else None
    shown = sun.sun_view(
        _year(content, where.latitude),
        where,
        choices.day,
        texts,
        content.table(REFERENCES),
        _year(content, other.latitude) if other else None,
        other,
    )
    return SunPage(texts, shown)
