"""The educators' screen through AppTest, and every link its builder makes opened on its screen."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import run_screen
from vitd import params
from vitd.content import load_content
from vitd.linkbuilder import build_query, fields_for
from vitd.models.key_points import KEY_POINTS
from vitd.models.lesson import LESSON, LessonStep
from vitd.models.mechanism import MECHANISM
from vitd.models.personas import PERSONAS
from vitd.models.places import PLACES
from vitd.models.quiz import QUIZ
from vitd.models.symptoms import RED_FLAGS, SYMPTOM_CONDITIONS, SYMPTOM_SCREEN
from vitd.screens import SCREENS
from vitd.text import escape_markdown

CONTENT = load_content()
NOTICE = "isn't recognised"


def _builder_links() -> list[tuple[str, dict[str, str]]]:
    """One link per choice the builder offers: the first and last option of each field."""
    links: list[tuple[str, dict[str, str]]] = []
    for screen in SCREENS:
        for field in fields_for(screen.id, CONTENT):
            if field.kind == "text":
                continue
            values = [v for v, _ in field.options if v]
            for value in dict.fromkeys([values[0], values[-1]]):
                chosen = {field.param: [value] if field.kind == "many" else value}
                if field.max_choices == 2:
                    chosen = {field.param: values[:2] if value == values[0] else values[-2:]}
                links.append((screen.id, build_query((field,), chosen)))
    return links


LINKS = _builder_links()


@pytest.mark.parametrize(("screen_id", "query"), LINKS, ids=[f"{s}-{q}" for s, q in LINKS])
def test_every_builder_link_opens_its_screen_in_that_state(screen_id: str, query: dict[str, str]) -> None:
    at = run_screen(screen_id, query)
    assert not at.exception
    assert not [e.value for e in at.error if "can't be shown" in e.value]
    notices = [c.value for c in at.caption if NOTICE in c.value]
    assert notices == [], notices
    for name, value in query.items():
        kept = at.query_params.get(name)
        kept = ",".join(kept) if isinstance(kept, list) else kept
        assert kept is not None and kept.casefold() == value.casefold(), (name, value, kept)


def test_builder_offers_choices_for_every_screen_but_its_own() -> None:
    offered = {s.id for s in SCREENS if fields_for(s.id, CONTENT)}
    assert offered == {s.id for s in SCREENS} - {"teach"}


def test_specific_states_show_on_their_screens() -> None:
    at = run_screen("key_points", build_query(fields_for("key_points", CONTENT), {params.LEVEL: "advanced"}))
    assert at.query_params[params.LEVEL] == "advanced"
    persona = CONTENT.doc(LESSON).steps[3].query[params.PERSONA]
    at = run_screen("risk_check", {params.PERSONA: persona})
    assert any(persona.capitalize() in m.value for m in at.markdown)


def test_teach_screen_shows_plan_builder_and_handout() -> None:
    at = run_screen("teach")
    assert not at.exception
    lesson = CONTENT.doc(LESSON)
    assert [h.value for h in at.header][:3] == [lesson.title, "Build a link", "Printable handout"]
    codes = [c.value for c in at.text]
    assert any(code.endswith("symptoms?compare=osteomalacia,myopathy") for code in codes)
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Student handout (PDF)" in labels
    assert "Answer key (PDF)" in labels


def test_builder_makes_the_chosen_link_with_presenter_view() -> None:
    at = run_screen("teach")
    at.selectbox(key="teach_screen").set_value("symptoms").run()
    at.multiselect(key="teach_symptoms_compare").set_value(["dvt", "sciatica"]).run()
    at.toggle(key="teach_present").set_value(True).run()
    at.text_input(key="teach_base").set_value("https://school.example/vitd").run()
    assert "https://school.example/vitd/symptoms?compare=dvt,sciatica&present=1" in [t.value for t in at.text]


def test_a_hosted_address_that_is_not_one_is_ignored_with_a_note() -> None:
    at = run_screen("teach")
    at.text_input(key="teach_base").set_value("<script>x</script>").run()
    assert not at.exception
    assert not [t.value for t in at.text if "script" in t.value]
    assert any("isn't a web address" in c.value and "<script>" not in c.value for c in at.caption)


# --- every lesson step's link shows what the step asks the class to look at --------------------


def _markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def _key_points_step(at: AppTest, step: LessonStep) -> None:
    text = _markdown(at)
    points = CONTENT.doc(KEY_POINTS)
    if params.STEP in step.query:
        node = next(n for n in CONTENT.doc(MECHANISM).nodes if n.id == step.query[params.STEP])
        assert node.student in text
    else:
        assert points.summary.student in text
    assert CONTENT.doc(SYMPTOM_SCREEN).urgent.card_title in text


def _symptoms_step(at: AppTest, step: LessonStep) -> None:
    """'Compare osteomalacia with myopathy, then switch on red flags only.'"""
    labels = {c.id: c.short_label for c in CONTENT.table(SYMPTOM_CONDITIONS)}
    pair = step.query[params.COMPARE].split(",")
    assert list(at.table[0].value.columns) == [labels[c] for c in pair]
    at.toggle(key="symptoms_red_flags").set_value(True).run()
    urgent = CONTENT.doc(SYMPTOM_SCREEN).urgent
    table = at.table[0].value
    assert [label.strip("*") for label in table.index] == ["Red flags"]
    assert all("Red flag" in cell for cell in table.loc["**Red flags**"])
    flagged = {f.condition for f in CONTENT.table(RED_FLAGS)}
    assert list(table.columns) == [labels[c] for c in labels if c in flagged]
    assert urgent.all_flags_shown in [i.value for i in at.info]
    panel = at.error[0].value
    for level in urgent.levels:
        assert escape_markdown(level.action) in panel


def _risk_check_step(at: AppTest, step: LessonStep) -> None:
    persona = next(p for p in CONTENT.doc(PERSONAS).personas if p.id == step.query[params.PERSONA])
    assert persona.card in _markdown(at)
    at.pills(key=f"risk_check_predict_{persona.id}").set_value("from_7").run()
    at.button(key="risk_check_reveal").click().run()
    assert at.metric and at.metric[0].value.endswith("points")
    assert persona.teaching_point in [s.value for s in at.success]


def _food_sources_step(at: AppTest, step: LessonStep) -> None:
    """'Filter to vegan foods and build a day': the link opens the vegan filter."""
    assert set(at.dataframe[0].value["Diet"]) == {step.query[params.DIET]}
    assert "A vegan day without fortified foods" in _markdown(at)


def _blood_levels_step(at: AppTest, step: LessonStep) -> None:
    """'Why is the same number sufficient under one guideline and insufficient under another?'"""
    side_by_side = at.table[0].value.set_index("Guideline")["Band"].to_dict()
    assert side_by_side == {"IOM 2011 / NIH ODS": "Sufficient", "Endocrine Society 2011": "Insufficiency"}
    assert "in **different** bands" in _markdown(at)


def _quiz_step(at: AppTest, step: LessonStep) -> None:
    assert at.header[0].value == CONTENT.doc(QUIZ).questions[0].prompt


def _sun_step(at: AppTest, step: LessonStep) -> None:
    """'Predict which city has the longest vitamin D winter, then check': both places, both winters."""
    places = {p.id: p.name for p in CONTENT.table(PLACES)}
    sentences = _markdown(at)
    for place_id in (step.query[params.PLACE], step.query[params.SUN_COMPARE]):
        assert f"In {places[place_id]} the noon sun" in sentences, place_id


STEP_CHECKS = {
    "sun": _sun_step,
    "key_points": _key_points_step,
    "symptoms": _symptoms_step,
    "risk_check": _risk_check_step,
    "food_sources": _food_sources_step,
    "blood_levels": _blood_levels_step,
    "quiz": _quiz_step,
}
"""What each lesson step's screen must show for the step's activity; a new step needs a check here."""
STEPS = CONTENT.doc(LESSON).steps


@pytest.mark.parametrize("step", STEPS, ids=[s.title for s in STEPS])
def test_every_lesson_step_link_shows_what_the_step_asks_to_look_at(step: LessonStep) -> None:
    assert step.screen in STEP_CHECKS, f"no check for a lesson step on {step.screen}"
    at = run_screen(step.screen, dict(step.query))
    assert not at.exception
    assert not [c.value for c in at.caption if NOTICE in c.value]
    STEP_CHECKS[step.screen](at, step)
