"""Sun and seasons content (places.csv, sun.json): the shipped files, their reading level, and one
seeded fault per rule with its exact ``file:row: field: message``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.content.helpers import edit_json, fault_test, read_rows, set_cell, write_rows
from tests.content.test_key_points_content import MAX_GRADE, reading_grade
from vitd import sun
from vitd.content import load_content
from vitd.models.personas import PERSONAS
from vitd.models.places import PLACES
from vitd.models.sun import SUN

ROOT = Path(__file__).resolve().parents[2]
CONTENT = load_content(ROOT / "data")
TEXTS = CONTENT.doc(SUN)
PLACE_LIST = CONTENT.table(PLACES)
LONDON_YEAR = sun.sun_year(51.51)
LONDON_DAY = sun.day_sentences(sun.day_of(LONDON_YEAR, "06-21"), "London", TEXTS)

STUDENT_TEXTS = {
    **{f"meaning {m.id}": m.student for m in TEXTS.meaning},
    "computed note": TEXTS.computed_note.student,
    "how the numbers work": TEXTS.how.student,
    "links": TEXTS.links_intro,
    "year sentence": sun.year_sentences(LONDON_YEAR, "London", TEXTS)[0],
    "polar sentences": " ".join(sun.year_sentences(sun.sun_year(78.22), "Longyearbyen", TEXTS)),
    **{f"day {k}": v for k, v in LONDON_DAY.items()},
    "no sunrise": TEXTS.sentences.no_sunrise.format(date="21 December", place="Longyearbyen"),
    "no sunset": TEXTS.sentences.no_sunset.format(place="Tromsø"),
    "shadow overhead": TEXTS.sentences.shadow_overhead,
    "shadow at the horizon": TEXTS.sentences.shadow_horizon,
    "chart note": " ".join(
        [TEXTS.chart_labels.rule + ".", TEXTS.chart_labels.below + ".", TEXTS.chart_labels.no_sunrise + "."]
    ),
}


@pytest.mark.parametrize(("where", "text"), STUDENT_TEXTS.items(), ids=list(STUDENT_TEXTS))
def test_student_texts_read_at_secondary_school_level(where: str, text: str) -> None:
    assert reading_grade(text) <= MAX_GRADE, f"{where} reads at grade {reading_grade(text):.1f}"


def test_places_cover_both_hemispheres_and_every_inhabited_latitude_band() -> None:
    latitudes = [p.latitude for p in PLACE_LIST]
    assert len(PLACE_LIST) >= 30
    bands = {int(lat // 10) for lat in latitudes}
    assert bands >= set(range(-6, 8)) - {-7}  # 60–70° S has no town; McMurdo (77.9° S) stands for Antarctica
    assert min(latitudes) < -70 and max(latitudes) > 70
    assert [p.id for p in PLACE_LIST if p.default] == ["london"]


def test_places_include_the_fictional_people_and_the_worked_examples() -> None:
    ids = {p.id for p in PLACE_LIST}
    persona_places = {p.place for p in CONTENT.doc(PERSONAS).personas}
    assert persona_places <= ids
    assert {"edinburgh", "london", "singapore", "san-juan", "los-angeles", "boston", "manchester", "edmonton"} <= ids


def _place(row: int, column: str, value: str) -> Callable[[Path], None]:
    return lambda f: set_cell(f / "places.csv", row, column, value)


def _duplicate_place(folder: Path) -> None:
    rows = read_rows(folder / "places.csv")
    write_rows(folder / "places.csv", [*rows, [rows[3][0], "Copy", *rows[3][2:]]])


def _sentence(**changes: str) -> Callable[[dict], None]:
    return lambda data: data["sentences"].update(changes)


def _meaning(index: int, **changes: object) -> Callable[[dict], None]:
    return lambda data: data["meaning"][index - 1].update(changes)


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    ("latitude above 90", _place(3, "latitude", "95"), "places.csv:3: latitude: 95 is too large (must be at most 90)"),
    (
        "latitude below -90",
        _place(40, "latitude", "-91"),
        "places.csv:40: latitude: -91 is too small (must be at least -90)",
    ),
    ("latitude not a number", _place(4, "latitude", "north"), "places.csv:4: latitude: 'north' is not a number"),
    (
        "two defaults",
        _place(5, "default", "yes"),
        "places.csv:13: default: only one place may be the default ('Nuuk' already is)",
    ),
    (
        "no default",
        _place(13, "default", ""),
        "places.csv:2: default: no place is marked default; mark exactly one with yes",
    ),
    ("duplicate id", _duplicate_place, "places.csv:42: id: duplicate 'reykjavik' (first on row 4)"),
    ("id with a space", _place(6, "id", "new york"), "places.csv:6: id: 'new york' is not in the expected form"),
    ("empty name", _place(7, "name", ""), "places.csv:7: name: required value is empty"),
    (
        "unknown source",
        _place(8, "source_ids", "S999"),
        "places.csv:8: source_ids: unknown source id 'S999' (not in references.csv)",
    ),
    (
        "unknown placeholder",
        lambda f: edit_json(f / "sun.json", _sentence(below_45="In {city} the noon sun stays below 45° {spans}.")),
        "sun.json:top: sentences.below_45: unknown placeholder {city}; use one of: place, spans",
    ),
    (
        "unmatched brace",
        lambda f: edit_json(f / "sun.json", _sentence(shadow="Your shadow is {multiple times as long.")),
        "sun.json:top: sentences.shadow: has an unmatched or empty { }",
    ),
    (
        "placeholder where none is allowed",
        lambda f: edit_json(f / "sun.json", _sentence(hours_none="None on {date}.")),
        "sun.json:top: sentences.hours_none: unknown placeholder {date}; use one of: none",
    ),
    (
        "duplicate meaning id",
        lambda f: edit_json(f / "sun.json", _meaning(3, id="glass")),
        "sun.json:meaning[4]: id: duplicate 'glass' (first at meaning[3])",
    ),
    (
        "meaning without advanced text",
        lambda f: edit_json(f / "sun.json", _meaning(2, advanced="")),
        "sun.json:meaning[2]: advanced: required value is empty",
    ),
    (
        "meaning cites an unknown source",
        lambda f: edit_json(f / "sun.json", _meaning(5, source_ids=["S27", "S404"])),
        "sun.json:meaning[5]: source_ids: unknown source id 'S404' (not in references.csv)",
    ),
    (
        "persona in an unknown place",
        lambda f: edit_json(f / "personas.json", lambda d: d["personas"][1].update(place="lagoss")),
        "personas.json:personas[2]: place: unknown place 'lagoss'; use an id from places.csv",
    ),
]


test_each_fault_is_reported_with_file_row_and_field = fault_test(CASES)
