"""Reading a typed result and banding it, at every boundary, in both units, under both guidelines."""

from __future__ import annotations

import pytest

from vitd import levels
from vitd.content import load_content
from vitd.models.blood_test import BLOOD_TEST
from vitd.models.serum_levels import SERUM_LEVELS
from vitd.models.units import UNITS
from vitd.text import number_for_url

CONTENT = load_content()
BANDS = CONTENT.table(SERUM_LEVELS)
UNITS_DATA = CONTENT.doc(UNITS)
TEXTS = CONTENT.doc(BLOOD_TEST)
NMOL, NG = levels.NMOL_L, levels.NG_ML


def band_id(value: float, unit: str, guideline: str) -> str:
    return levels.band_for(value, unit, guideline, BANDS, UNITS_DATA).band_id


@pytest.mark.parametrize(
    ("value", "iom", "es2011"),
    [
        (0.1, "deficiency", "deficiency"),
        (29.9, "deficiency", "deficiency"),
        (30, "inadequacy", "deficiency"),
        (49.9, "inadequacy", "deficiency"),
        (50, "sufficient", "insufficiency"),
        (74.9, "sufficient", "insufficiency"),
        (75, "sufficient", "sufficiency"),
        (125, "sufficient", "sufficiency"),
        (125.1, "high", "sufficiency"),
    ],
)
def test_nmol_l_boundaries(value: float, iom: str, es2011: str) -> None:
    assert band_id(value, NMOL, "iom") == iom
    assert band_id(value, NMOL, "es2011") == es2011


@pytest.mark.parametrize(
    ("value", "iom", "es2011"),
    [
        # The guidelines' own ng/mL limits (IOM: 12 / 20 / 50; ES 2011: 20 / 30).
        (11.9, "deficiency", "deficiency"),
        (12, "inadequacy", "deficiency"),
        (19.9, "inadequacy", "deficiency"),
        (20, "sufficient", "insufficiency"),
        (29.9, "sufficient", "insufficiency"),
        (30, "sufficient", "sufficiency"),
        (50, "sufficient", "sufficiency"),
        (50.1, "high", "sufficiency"),
        # The nmol/L boundaries converted (29.9 / 30 / 49.9 / 50 / 125 / 125.1 nmol/L ÷ 2.496).
        (11.98, "deficiency", "deficiency"),
        (12.02, "inadequacy", "deficiency"),
        (19.99, "inadequacy", "deficiency"),
        (20.03, "sufficient", "insufficiency"),
        (50.08, "high", "sufficiency"),
        (50.12, "high", "sufficiency"),
    ],
)
def test_ng_ml_is_banded_with_the_published_ng_ml_limits(value: float, iom: str, es2011: str) -> None:
    assert band_id(value, NG, "iom") == iom
    assert band_id(value, NG, "es2011") == es2011


def test_twelve_ng_ml_is_not_deficient_although_it_converts_below_30_nmol_l() -> None:
    assert levels.to_nmol_l(12, NG, UNITS_DATA) == pytest.approx(29.952)
    assert band_id(12, NG, "iom") == "inadequacy"
    assert band_id(29.952, NMOL, "iom") == "deficiency"


def test_without_published_ng_ml_limits_ng_ml_is_converted() -> None:
    bare = [b.model_copy(update={"ng_ml_min": None, "ng_ml_max": None}) for b in BANDS]
    assert levels.band_for(12, NG, "iom", bare, UNITS_DATA).band_id == "deficiency"
    assert levels.band_for(12.1, NG, "iom", bare, UNITS_DATA).band_id == "inadequacy"


def test_unknown_guideline_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        levels.band_for(50, NMOL, "who", BANDS, UNITS_DATA)


def test_guidelines_in_file_order_default_first() -> None:
    assert levels.guidelines(BANDS) == {"iom": "IOM 2011 / NIH ODS", "es2011": "Endocrine Society 2011"}


def read(text: str, unit: str = NMOL) -> levels.Reading:
    return levels.read_result(text, unit, UNITS_DATA, TEXTS.input.plausible_max_nmol_l)


@pytest.mark.parametrize(
    ("text", "unit", "problem"),
    [
        ("", NMOL, "empty"),
        ("   ", NMOL, "empty"),
        ("abc", NMOL, "not_a_number"),
        ("20ng", NG, "not_a_number"),
        ("nan", NMOL, "not_a_number"),
        ("inf", NMOL, "not_a_number"),
        ("0", NMOL, "not_positive"),
        ("-5", NG, "not_positive"),
        ("1000", NMOL, None),
        ("1000.1", NMOL, "too_high"),
        ("400", NG, None),
        ("401", NG, "too_high"),
        ("1e9", NMOL, "too_high"),
        (" 20,5 ", NG, None),
    ],
)
def test_read_result_finds_every_problem(text: str, unit: str, problem: str | None) -> None:
    assert read(text, unit).problem == problem


def test_read_result_puts_a_value_on_both_scales() -> None:
    reading = read("20", NG)
    assert (reading.value, reading.ok) == (20, True)
    assert reading.nmol_l == pytest.approx(49.92)
    assert reading.ng_ml == pytest.approx(20)


def test_input_messages_fill_in_the_value_and_escape_link_text() -> None:
    assert levels.input_message(read("20"), "20", TEXTS.input, UNITS_DATA) == ""
    assert levels.input_message(read("*bold*"), "*bold*", TEXTS.input, UNITS_DATA) == (
        "“\\*bold\\*” is not a number. Type the result as digits, for example 50 or 20.5."
    )
    assert levels.input_message(read("-5", NG), "-5", TEXTS.input, UNITS_DATA).startswith(
        "-5 ng/mL can't be a 25(OH)D result"
    )
    assert "accepts up to 1,000 nmol/L, about 401 ng/mL" in levels.input_message(
        read("5000"), "5000", TEXTS.input, UNITS_DATA
    )


def test_harmful_only_above_the_iom_limit_whatever_guideline_is_chosen() -> None:
    assert levels.harmful_bands(125, NMOL, BANDS, UNITS_DATA) == []
    assert [b.band for b in levels.harmful_bands(125.1, NMOL, BANDS, UNITS_DATA)] == ["Potentially harmful"]
    assert [b.band for b in levels.harmful_bands(50.1, NG, BANDS, UNITS_DATA)] == ["Potentially harmful"]


def test_guidelines_differ_for_20_to_29_ng_ml_but_not_below_12() -> None:
    assert levels.guidelines_differ(levels.bands_for_all(25, NG, BANDS, UNITS_DATA))
    assert not levels.guidelines_differ(levels.bands_for_all(10, NG, BANDS, UNITS_DATA))


def test_conversion_text() -> None:
    assert levels.conversion_text(read("20", NG), TEXTS.result.conversion, UNITS_DATA) == (
        "20 ng/mL = **49.9 nmol/L** (computed: 1 ng/mL = 2.496 nmol/L)."
    )
    assert levels.conversion_text(read("75"), TEXTS.result.conversion, UNITS_DATA).startswith(
        "75 nmol/L = **30 ng/mL**"
    )


@pytest.mark.parametrize(
    ("value", "expected"), [(20.0, "20"), (20.5, "20.5"), (0.125, "0.125"), (1e6, "1000000"), (-0.0, "0")]
)
def test_format_for_url(value: float, expected: str) -> None:
    assert number_for_url(value) == expected


def test_range_labels_in_both_units() -> None:
    iom = levels.bands_of("iom", BANDS)
    assert [levels.range_label(b, NMOL, b.band_id == "sufficient") for b in iom] == [
        "< 30 nmol/L",
        "30 to < 50 nmol/L",
        "50 to 125 nmol/L",
        "> 125 nmol/L",
    ]
    assert [levels.range_label(b, NG) for b in levels.bands_of("es2011", BANDS)] == [
        "< 20 ng/mL",
        "20 to < 30 ng/mL",
        "≥ 30 ng/mL",
    ]


def test_bands_frame_and_axis() -> None:
    assert levels.axis_max_nmol_l(BANDS) == 150
    assert levels.axis_max_nmol_l(BANDS, 400) == 500
    frame = levels.bands_frame(BANDS, 150)
    assert list(frame["range_ng_ml"])[:4] == ["< 12 ng/mL", "12 to < 20 ng/mL", "20 to 50 ng/mL", "> 50 ng/mL"]
    assert list(frame["end_nmol_l"]) == [30, 50, 125, 150, 50, 75, 150]
    assert list(frame["severity"]) == ["low", "borderline", "ok", "high", "low", "borderline", "ok"]


def test_chart_description_names_every_band() -> None:
    text = levels.chart_description(BANDS, TEXTS.chart.alt, 150)
    assert "IOM 2011 / NIH ODS: At risk of deficiency < 30 nmol/L, At risk of inadequacy 30 to < 50 nmol/L" in text
    assert "Endocrine Society 2011: Deficiency < 50 nmol/L" in text
    assert "from 0 to 150 nmol/L" in text


def test_band_chart_builds_with_and_without_a_marker() -> None:
    from vitd.charts import dataset
    from vitd.charts.levels import band_chart, with_marker
    from vitd.palette import SEVERITY

    frame = levels.bands_frame(BANDS, 150)
    shared = band_chart(frame, 150, 2.496)
    spec = with_marker(shared, 150, 49.9, "Your result: 49.9")
    assert dataset(spec, "marker").to_dict("records") == [{"x": 49.9, "label": "Your result: 49.9", "right": False}]
    colours = spec["layer"][1]["encoding"]["color"]["scale"]
    assert colours == {"domain": list(SEVERITY), "range": list(SEVERITY.values())}
    assert dataset(shared, "marker").empty


def test_clinician_texts_read_as_a_list_then_numbered_stages_each_with_sources() -> None:
    clinician = TEXTS.clinician
    paragraphs = levels.clinician_markdown(clinician).split("\n\n")
    assert paragraphs[0].startswith(clinician.intro.text)
    tests = paragraphs[1].split("\n")
    assert len(tests) == len(clinician.tests)
    assert tests[0].startswith(f"- **{clinician.tests[0].name}**: ")
    assert paragraphs[2] == clinician.stages_intro
    stages = paragraphs[3].split("\n")
    assert [s.split(" ", 1)[0] for s in stages] == [f"{i}." for i in range(1, len(clinician.stages) + 1)]
    assert len(paragraphs) == 4 + len(clinician.often_normal)
    assert all("](sources?ref=" in p for p in (paragraphs[0], *tests, *stages, *paragraphs[4:]))


def test_guideline_notes_are_two_sourced_paragraphs() -> None:
    notes = levels.guidelines_markdown(TEXTS.guidelines).split("\n\n")
    assert [n.rsplit(" (", 1)[0] for n in notes] == [TEXTS.guidelines.disagreement.text, TEXTS.guidelines.es2024.text]
    assert all(n.endswith(")") and "](sources?ref=" in n for n in notes)
