"""The Sun and seasons screen through AppTest: the default, a place, a latitude, a comparison, polar
days, the widgets writing the link, and every junk value of the issue falling back quietly."""

from __future__ import annotations

import datetime as dt
import io
import json

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import run_screen
from vitd import params, sun
from vitd.charts import dataset as spec_dataset
from vitd.content import load_content
from vitd.models.sun import SUN

SCREEN = "sun"
TEXTS = load_content().doc(SUN)
NOTICE = ":material/link_off:"


def bold_sentences(at: AppTest) -> list[str]:
    """The year's sentences (the screen shows them in bold)."""
    return [line.strip("*") for m in at.markdown for line in m.value.split("\n\n") if line.startswith("**In ")]


def param(at: AppTest, name: str) -> str | None:
    """A query parameter of the link as text (AppTest keeps some as lists)."""
    value = at.query_params.get(name)
    return ",".join(value) if isinstance(value, list) else value


def notices(at: AppTest) -> list[str]:
    return [c.value for c in at.caption if NOTICE in c.value]


def charts(at: AppTest) -> list:
    return at.get("vega_lite_chart")


def dataset(at: AppTest, chart: int, name: str) -> pd.DataFrame:
    """One named dataset of a chart, as the browser gets it: Arrow bytes, or values written into the spec."""
    proto = charts(at)[chart].proto
    for data in proto.datasets:
        if data.name == name:
            return pa.ipc.open_stream(io.BytesIO(data.data.data)).read_all().to_pandas()
    return spec_dataset({**json.loads(proto.spec), "datasets": {}}, name)


def test_default_is_london_today_with_three_charts_and_a_table() -> None:
    at = run_screen(SCREEN)
    assert not at.exception
    assert bold_sentences(at) == ["In London the noon sun stays below 45° from about 5 September to 5 April."]
    assert at.selectbox(key="sun_place").value == "london"
    today = dt.date.today()
    assert at.select_slider(key="sun_day").value == f"{today.month:02d}-{today.day:02d}"
    found = charts(at)
    assert len(found) == 3
    assert found[0].proto.alt.startswith("Line chart of the sun's height at noon on every day of the year in London")
    assert found[1].proto.alt.startswith("Line chart of the sun's height through")
    assert found[2].proto.alt.startswith("Drawing to scale of a person and their noon shadow")
    assert len(at.dataframe[0].value) == 366
    assert at.get("download_button")[0].proto.label == "Download the year (CSV)"
    assert notices(at) == []
    assert not at.query_params  # the defaults stay out of the link


def test_a_place_and_a_date_from_the_link() -> None:
    at = run_screen(SCREEN, {params.PLACE: "edinburgh", params.SUN_DATE: "12-21"})
    assert bold_sentences(at) == ["In Edinburgh the noon sun stays below 45° from about 24 August to 17 April."]
    text = " ".join(m.value for m in at.markdown)
    assert "On 21 December the noon sun in Edinburgh is **10.6°** above the horizon." in text
    assert "Hours with the sun above 45°: **none today**." in text
    assert "At noon your shadow is **5.3 times** as long as you are tall." in text
    assert "For Edinburgh on 21 December, the library gives **10.6°**." in text
    assert dataset(at, 0, "chosen")["label"].tolist() == ["21 December"]
    assert param(at, params.PLACE) == "edinburgh" and param(at, params.SUN_DATE) == "12-21"


def test_a_latitude_wins_over_the_place() -> None:
    at = run_screen(SCREEN, {params.PLACE: "oslo", params.LATITUDE: "-33.87", params.SUN_DATE: "06-21"})
    assert not at.exception
    assert at.toggle(key="sun_use_lat").value is True
    assert at.slider(key="sun_lat").value == pytest.approx(-33.87)
    sentence = bold_sentences(at)[0]
    assert sentence.startswith("In a place at latitude 33.9° S the noon sun stays below 45° from about 1")
    assert "April to 2" in sentence and "August" in sentence
    assert param(at, params.LATITUDE) == "-33.87"


def test_comparing_two_places_draws_both_and_says_both() -> None:
    at = run_screen(SCREEN, {params.PLACE: "london", params.SUN_COMPARE: "singapore"})
    assert bold_sentences(at) == [
        "In London the noon sun stays below 45° from about 5 September to 5 April.",
        "In Singapore the noon sun is at 45° or higher on every day of the year.",
    ]
    lines = dataset(at, 0, "year")
    assert list(dict.fromkeys(lines["place"])) == ["London, United Kingdom (51.5° N)", "Singapore (1.3° N)"]
    assert at.selectbox(key="sun_compare").value == "singapore"


def test_a_polar_winter_day_says_the_sun_does_not_rise_instead_of_drawing_it() -> None:
    at = run_screen(SCREEN, {params.PLACE: "longyearbyen", params.SUN_DATE: "12-21"})
    assert bold_sentences(at)[0] == "In Longyearbyen the noon sun never reaches 45°, on any day of the year."
    assert any(s.startswith("In Longyearbyen the sun does not rise at all from about") for s in bold_sentences(at))
    assert any("the sun does not rise in Longyearbyen" in m.value for m in at.markdown)
    assert len(charts(at)) == 1  # the year only: no day curve, no shadow
    table = at.dataframe[0].value
    december = table[table["Date"] == "21 December"].iloc[0]
    assert december["Note"] == TEXTS.table_notes.no_sunrise


def test_southern_polar_night_falls_in_june() -> None:
    at = run_screen(SCREEN, {params.PLACE: "mcmurdo", params.SUN_DATE: "06-21"})
    assert any("the sun does not rise in McMurdo Station" in m.value for m in at.markdown)


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ({params.LATITUDE: "abc"}, "The link's **lat** value “abc” isn't recognised"),
        ({params.LATITUDE: "999"}, "The link's **lat** value “999” is outside -90–90"),
        ({params.SUN_DATE: "02-30"}, "The link's **date** value “02\\-30” isn't a day of the year"),
        ({params.PLACE: "atlantis"}, "The link's **place** value “atlantis” isn't recognised"),
        ({params.SUN_COMPARE: "atlantis"}, "The link's **compare** value “atlantis” isn't recognised"),
    ],
    ids=["lat-abc", "lat-999", "date-02-30", "unknown-place", "unknown-compare"],
)
def test_junk_values_fall_back_with_the_quiet_notice(query: dict[str, str], notice: str) -> None:
    at = run_screen(SCREEN, query)
    assert not at.exception
    assert [n for n in notices(at) if notice in n]
    assert bold_sentences(at) == ["In London the noon sun stays below 45° from about 5 September to 5 April."]
    assert not at.toggle(key="sun_use_lat").value


def test_29_february_is_a_day_of_the_year() -> None:
    at = run_screen(SCREEN, {params.SUN_DATE: "02-29"})
    assert notices(at) == []
    assert any("On 29 February the noon sun in London" in m.value for m in at.markdown)


def test_widgets_write_the_link() -> None:
    at = run_screen(SCREEN)
    at.selectbox(key="sun_place").set_value("sydney").run()
    at.selectbox(key="sun_compare").set_value("oslo").run()
    at.select_slider(key="sun_day").set_value("06-21").run()
    at.segmented_control(key="sun_level").set_value("advanced").run()
    assert param(at, params.PLACE) == "sydney"
    assert param(at, params.SUN_COMPARE) == "oslo"
    assert param(at, params.SUN_DATE) == "06-21"
    assert param(at, params.LEVEL) == "advanced"
    assert bold_sentences(at)[0].startswith("In Sydney the noon sun stays below 45°")
    advanced = next(m for m in TEXTS.meaning if m.id == "glass").advanced
    assert any(advanced in m.value for m in at.markdown)
    at.toggle(key="sun_use_lat").set_value(True).run()
    at.slider(key="sun_lat").set_value(60.0).run()
    assert param(at, params.LATITUDE) == "60"
    assert bold_sentences(at)[0].startswith("In a place at latitude 60.0° N")
    at.toggle(key="sun_use_lat").set_value(False).run()
    assert params.LATITUDE not in at.query_params


def test_what_it_means_links_to_the_risk_check_food_sources_and_key_points() -> None:
    at = run_screen(SCREEN)
    text = " ".join(m.value for m in at.markdown)
    assert "](risk_check)" in text and "](food_sources)" in text and "](./)" in text
    for point in TEXTS.meaning:
        assert point.student in text


def test_a_date_change_looks_the_year_up(monkeypatch: pytest.MonkeyPatch) -> None:
    at = run_screen(SCREEN, {params.PLACE: "oslo"})
    calls: list[float] = []
    original = sun.sun_year

    def counted(latitude: float) -> pd.DataFrame:
        calls.append(latitude)
        return original(latitude)

    monkeypatch.setattr(sun, "sun_year", counted)
    at.select_slider(key="sun_day").set_value("12-21").run()
    at.select_slider(key="sun_day").set_value("06-21").run()
    assert not at.exception
    assert calls == []
