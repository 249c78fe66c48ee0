"""Units of vitd/prevalence.py and vitd/charts/prevalence.py: every figure with its cut-off."""

from __future__ import annotations

from vitd.charts import dataset
from vitd.charts.prevalence import prevalence_chart
from vitd.models.prevalence import PrevalenceRow
from vitd.prevalence import chart_title, cutoff_label, prevalence_sentence, prevalence_table


def _row(population: str, below: float, percent: float, **extra: object) -> PrevalenceRow:
    return PrevalenceRow.model_validate(
        {
            "population": population,
            "population_detail": "detail",
            "years": "2011–2014",
            "below_nmol_l": below,
            "percent": percent,
            "source_ids": "S9",
            **extra,
        }
    )


ROWS = [
    _row("World", 30, 15.7, interval_low=13.7, interval_high=17.8),
    _row("World", 50, 47.9),
    _row("US", 50, 23.3, computed_from="5.0% plus 18.3%"),
    _row("US", 30, 5.0),
]


def test_table_names_the_cut_off_and_labels_computed_rows() -> None:
    table = prevalence_table(ROWS)
    assert table["cutoff"].tolist() == ["Below 30 nmol/L", "Below 50 nmol/L", "Below 50 nmol/L", "Below 30 nmol/L"]
    assert table["interval"].tolist() == ["13.7–17.8%", "", "computed: 5.0% plus 18.3%", ""]
    assert table["computed"].tolist() == [False, False, True, False]
    assert cutoff_label(12.5) == "Below 12.5 nmol/L"


def test_sentence_gives_every_figure_with_its_cut_off_lowest_first() -> None:
    assert prevalence_sentence(prevalence_table(ROWS)) == (
        "World (2011–2014): 15.7% below 30 nmol/L, 47.9% below 50 nmol/L. "
        "US (2011–2014): 5.0% below 30 nmol/L, 23.3% (computed) below 50 nmol/L."
    )


def test_title_lists_every_cut_off() -> None:
    assert chart_title(prevalence_table(ROWS)) == ["People with blood 25(OH)D", "below 30 or 50 nmol/L"]
    assert chart_title(prevalence_table(ROWS[:1]))[1] == "below 30 nmol/L"
    three = [*ROWS, _row("World", 75, 76.6)]
    assert chart_title(prevalence_table(three))[1] == "below 30, 50 or 75 nmol/L"


def test_chart_has_the_cut_offs_in_its_title_a_unit_on_its_axis_and_a_label_per_bar() -> None:
    spec = prevalence_chart(prevalence_table(ROWS))
    assert spec["title"]["text"] == ["People with blood 25(OH)D", "below 30 or 50 nmol/L"]
    bars, labels = spec["layer"]
    assert bars["encoding"]["x"]["title"] == "People below the cut-off (%)"
    assert bars["encoding"]["color"]["scale"]["range"] == ["#0072B2", "#009E73"]
    assert labels["encoding"]["text"]["field"] == "label"
    data = dataset(spec, "prevalence").to_dict("records")
    assert [d["label"] for d in data] == ["World 15.7%", "World 47.9%", "US 23.3% (computed)", "US 5.0%"]
