"""Scoring for the Risk check: hand-worked totals for every persona, edge cases, flags and texts."""

from __future__ import annotations

import pytest

from vitd import risk
from vitd.charts import dataset
from vitd.charts.risk import FACTOR_COLOURS, points_bar
from vitd.content import load_content
from vitd.models.personas import PERSONAS, Persona, persona_problems
from vitd.models.risk_factors import RISK_FACTORS
from vitd.models.risk_screen import RISK_SCREEN

CONTENT = load_content()
FACTORS = CONTENT.doc(RISK_FACTORS)
WORDING = CONTENT.doc(RISK_SCREEN)
PERSONA_LIST = CONTENT.doc(PERSONAS).personas
BY_ID = {p.id: p for p in PERSONA_LIST}

# Worked by hand from the VDIP points (female 1.5, overweight 1.5, obesity 2.5, low activity 1.5,
# winter 1.5, late winter 2.5, spring 2, latitude >= 48 degrees 2, moderate sun 1.5, low sun 3,
# very fair or dark skin 1.5). None: a baby, not scored. Fatima's March and Edith's February are
# answered "not sure": the study does not say which months its seasons cover.
EXPECTED: dict[str, tuple[float | None, str | None, list[str]]] = {
    "tom": (0, "below_7", []),
    "amara": (1.5 + 2 + 1.5 + 1.5, "below_7", []),  # 6.5
    "karim": (2.5 + 1.5 + 2 + 1.5, "from_7", ["medications"]),  # 7.5
    "sam": (1.5 + 1.5 + 2 + 3, "from_7", ["malabsorption"]),  # 8
    "lena": (1.5 + 2.5 + 1.5 + 2 + 1.5, "from_9", ["vegan", "no_supplement"]),  # 9
    "fatima": (1.5 + 2 + 3 + 1.5, "from_7", ["covering_clothing"]),  # 8
    "edith": (1.5 + 1.5 + 2 + 3 + 1.5, "from_9", ["older_age", "no_supplement"]),  # 9.5
    "noor": (None, None, ["breastfeeding"]),
}


def test_every_persona_has_a_hand_worked_total() -> None:
    assert sorted(BY_ID) == sorted(EXPECTED)


@pytest.mark.parametrize("persona_id", sorted(EXPECTED))
def test_persona_score_band_and_flags(persona_id: str) -> None:
    total, band, flags = EXPECTED[persona_id]
    result = risk.score_answers(risk.persona_answers(BY_ID[persona_id]), FACTORS)
    assert [f.id for f in result.flags] == [f.id for f in FACTORS.flags if f.id in flags]
    if total is None:
        assert (result.scored, result.band, result.answers, result.total) == (False, None, (), 0)
    else:
        assert result.total == pytest.approx(total)
        assert result.band is not None and result.band.id == band


def default_answers() -> dict[str, str | bool]:
    """Every answer at its default: age and questions at their default option, no flag ticked."""
    answers: dict[str, str | bool] = {risk.AGE: FACTORS.age.default}
    answers.update({q.id: q.default for q in FACTORS.questions})
    answers.update({f.id: False for f in FACTORS.flags if f.question})
    return answers


def test_all_defaults_score_zero_with_every_answer_not_sure() -> None:
    result = risk.score_answers(default_answers(), FACTORS)
    assert result.total == 0
    assert result.band is not None and result.band.id == "below_7"
    assert result.unsure_count == len(FACTORS.questions) == 7
    assert result.flags == ()


def test_empty_answers_are_the_defaults() -> None:
    assert risk.score_answers({}, FACTORS) == risk.score_answers(default_answers(), FACTORS)


def test_all_maximum_answers_reach_the_top_total() -> None:
    answers: dict[str, str | bool] = {"age": "adult"}
    answers.update({q.id: max(q.options, key=lambda o: o.points).id for q in FACTORS.questions})
    answers.update({f.id: True for f in FACTORS.flags})
    result = risk.score_answers(answers, FACTORS)
    assert result.total == result.max_total == 14.5
    assert result.band is not None and result.band.id == "from_9"
    # Every flag asked of adults is raised; the age and baby flags are not.
    assert [f.id for f in result.flags] == [
        "malabsorption",
        "gastric_bypass",
        "kidney_liver",
        "medications",
        "covering_clothing",
        "vegan",
        "no_supplement",
    ]


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "below_7"), (6.5, "below_7"), (7, "from_7"), (8.5, "from_7"), (9, "from_9"), (14.5, "from_9")],
)
def test_band_boundaries_use_the_published_cut_offs(total: float, band: str) -> None:
    assert risk.band_for(total, FACTORS.bands).id == band


def test_unknown_and_wrongly_typed_answers_fall_back_to_defaults() -> None:
    answers = {"age": "martian", "sex": "lots", "sun": 3, "skin": None, "vegan": "yes", "bogus": "x"}
    result = risk.score_answers(answers, FACTORS)  # type: ignore[arg-type]
    assert result.age_group.id == "not_sure"
    assert result.total == 0
    assert result.flags == ()  # only True raises a flag


def test_flags_never_add_points() -> None:
    base = {"age": "adult", "sun": "low"}
    flagged = {**base, **{f.id: True for f in FACTORS.flags}}
    assert risk.score_answers(flagged, FACTORS).total == risk.score_answers(base, FACTORS).total == 3


def test_questions_that_do_not_apply_are_skipped_by_age() -> None:
    assert risk.questions_for("infant", FACTORS) == ()
    assert len(risk.questions_for("adult", FACTORS)) == 7
    assert [f.id for f in risk.flags_asked("infant", FACTORS)] == ["malabsorption", "kidney_liver", "breastfeeding"]
    assert "breastfeeding" not in [f.id for f in risk.flags_asked("adult", FACTORS)]
    assert "older_age" not in [f.id for f in risk.flags_asked("over_70", FACTORS)]  # raised by age, not asked
    adult = risk.score_answers({"age": "adult", "breastfeeding": True}, FACTORS)
    assert adult.flags == ()
    baby = risk.score_answers({"age": "infant", "sun": "low", "breastfeeding": True}, FACTORS)
    assert (baby.total, [f.id for f in baby.flags]) == (0, ["breastfeeding"])


def test_persona_problems_name_the_record_and_field() -> None:
    broken = [
        Persona(id="x", name="X", card="Card", age="toddler", answers={"sun": "lots", "mood": "low"}, flags=["tall"])
    ]
    assert [str(p) for p in persona_problems(broken, FACTORS)] == [
        "personas.json:personas[1]: age: unknown age group 'toddler'; "
        "use one of: not_sure, infant, child, adult, over_70",
        "personas.json:personas[1]: answers.sun: 'lots' is not an answer to 'sun'; "
        "use one of: not_sure, high, moderate, low",
        "personas.json:personas[1]: answers: unknown question 'mood'; use one of: sex, weight, activity, season, "
        "latitude, sun, skin",
        "personas.json:personas[1]: flags: unknown flag 'tall'; use one of: malabsorption, gastric_bypass, "
        "kidney_liver, medications, breastfeeding, covering_clothing, vegan, no_supplement",
    ]
    assert persona_problems(PERSONA_LIST, FACTORS) == []


def test_prediction_options_and_outcome() -> None:
    assert risk.prediction_options(FACTORS) == {
        "below_7": "Below 7 points",
        "from_7": "7 to 8.5 points",
        "from_9": "9 points or more",
        "none": "No score: the points don't apply",
    }
    assert risk.outcome_id(risk.score_answers(risk.persona_answers(BY_ID["noor"]), FACTORS)) == "none"
    assert risk.outcome_id(risk.score_answers(risk.persona_answers(BY_ID["karim"]), FACTORS)) == "from_7"
    assert risk.cutoffs(FACTORS) == [7, 9]


def test_points_table_and_sentence() -> None:
    result = risk.score_answers(risk.persona_answers(BY_ID["karim"]), FACTORS)
    table = risk.points_table(result)
    assert list(table.columns) == ["factor", "answer", "points"]
    assert table[table["points"] > 0].values.tolist() == [
        ["Body weight", "Obesity", 2.5],
        ["Physical activity", "Low", 1.5],
        ["Season", "Spring", 2.0],
        ["Sun exposure", "Moderate", 1.5],
    ]
    assert risk.points_sentence(result, WORDING, [7, 9]) == (
        "Total 7.5 points of 14.5 possible: body weight 2.5, physical activity 1.5, season 2, sun exposure 1.5. "
        "Dashed lines mark the cut-offs at 7 and 9."
    )
    empty = risk.score_answers({}, FACTORS)
    assert risk.points_sentence(empty, WORDING) == "Total 0 points of 14.5 possible; no answer added points."


def test_summary_text_is_plain_and_complete() -> None:
    result = risk.score_answers(risk.persona_answers(BY_ID["edith"]), FACTORS)
    text = risk.summary_text(result, FACTORS, WORDING, "For learning only.")
    lines = text.splitlines()
    assert lines[0] == "Vitamin D risk check: my summary"
    assert "Score: 9.5 points of 14.5 (9 points or more)" in lines
    assert "Sun exposure: Little (3 points)" in lines
    assert any(line.startswith("- Older age (over 70): ") for line in lines)
    assert f"Next step: {result.band.next_step}" in lines  # type: ignore[union-attr]
    assert FACTORS.score.not_a_diagnosis in lines
    assert "AUC was 0.70 ± 0.01" in text and "For learning only." in lines
    baby = risk.summary_text(risk.score_answers({"age": "infant"}, FACTORS), FACTORS, WORDING, "")
    assert "No score: the points don't apply." in baby and "- none" in baby


def test_points_chart_uses_the_palette_and_marks_the_cut_offs() -> None:
    result = risk.score_answers(risk.persona_answers(BY_ID["edith"]), FACTORS)
    spec = points_bar(risk.points_table(result), result.max_total, [7, 9])
    bars = spec["layer"][0]["encoding"]
    assert bars["x"]["title"] == "Points"
    assert bars["color"]["scale"]["range"] == list(FACTOR_COLOURS[:7])
    assert "#F0E442" not in FACTOR_COLOURS
    values = dataset(spec, "points").to_dict("records")
    assert all(v["points"] > 0 for v in values)
    rule_data = dataset(spec, "cutoffs").to_dict("records")
    assert [(r["cutoff"], r["label"]) for r in rule_data] == [(7, "≥7"), (9, "≥9")]
