"""The Key points screen through AppTest: both reading levels, the diagram and its steps, prevalence, FAQ."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
from streamlit.testing.v1 import AppTest

from tests.conftest import run_screen
from tests.content.helpers import edit_json
from vitd.content import load_content
from vitd.mechanism import chains_markdown
from vitd.models.faq import FAQ
from vitd.models.key_points import KEY_POINTS
from vitd.models.mechanism import MECHANISM
from vitd.params import LEVEL, STEP

CONTENT = load_content()
POINTS = CONTENT.doc(KEY_POINTS)
STEPS = {n.id: n for n in CONTENT.doc(MECHANISM).nodes}
QUESTIONS = CONTENT.doc(FAQ).questions


def _texts(at: AppTest) -> list[str]:
    """Every paragraph shown (a card's text, link and sources share one Markdown element)."""
    return [paragraph for m in at.markdown for paragraph in m.value.split("\n\n")]


def _selected_steps(at: AppTest) -> list[str]:
    """The steps the diagram highlights, read from the data Streamlit sends with the chart."""
    diagram = at.get("vega_lite_chart")[0].proto
    (nodes,) = [d for d in diagram.datasets if d.name == "nodes"]
    table = pa.ipc.open_stream(nodes.data.data).read_all().to_pandas()
    return list(table.loc[table["selected"], "id"])


def _captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption]


def test_default_shows_every_card_at_student_level() -> None:
    at = run_screen("key_points")
    assert not at.exception
    texts = _texts(at)
    assert at.segmented_control[0].value == "student"
    assert POINTS.summary.student in texts
    for card in POINTS.cards:
        assert card.student in texts
        assert card.advanced not in texts
    assert [s.value for s in at.subheader][: len(POINTS.cards)] == [f"{c.icon} {c.title}" for c in POINTS.cards]
    assert at.query_params.get(LEVEL) is None


def test_advanced_link_shows_advanced_texts_everywhere() -> None:
    at = run_screen("key_points", {LEVEL: "advanced"})
    texts = _texts(at)
    assert at.segmented_control[0].value == "advanced"
    assert POINTS.summary.advanced in texts
    assert all(card.advanced in texts and card.student not in texts for card in POINTS.cards)
    assert POINTS.prevalence.billion_note.advanced in texts
    assert all(item.advanced in texts for item in POINTS.care.items)


def test_switching_the_level_updates_the_texts_and_the_link() -> None:
    at = run_screen("key_points")
    at.segmented_control[0].set_value("advanced").run()
    assert POINTS.cards[0].advanced in _texts(at)
    assert at.query_params[LEVEL] == "advanced"
    at.segmented_control[0].set_value("student").run()
    assert POINTS.cards[0].student in _texts(at)
    assert LEVEL not in at.query_params


def test_cards_link_to_the_deeper_screen_and_cite_their_sources() -> None:
    at = run_screen("key_points")
    texts = _texts(at)
    card = POINTS.cards[4]
    assert f":material/arrow_forward: [{card.more_label}](blood_levels)" in texts
    assert ":small[Sources: [S2](sources?ref=S2), [S4](sources?ref=S4), [S22](sources?ref=S22)]" in texts


def test_diagram_has_its_text_alternative_and_explains_the_first_step_by_default() -> None:
    at = run_screen("key_points")
    diagram = at.get("vega_lite_chart")[0].proto
    assert '"name":"nodes"' in diagram.spec.replace(" ", "")
    assert diagram.alt.startswith("Cause-and-effect diagram: How low vitamin D leads to leg pain.")
    assert chains_markdown(CONTENT.doc(MECHANISM)) in [m.value for m in at.markdown]
    assert at.selectbox[0].value == "low_vitamin_d"
    assert STEPS["low_vitamin_d"].student in _texts(at)
    assert _selected_steps(at) == ["low_vitamin_d"]


def test_step_link_explains_that_step_at_the_chosen_level_and_highlights_it() -> None:
    at = run_screen("key_points", {LEVEL: "advanced", STEP: "osteomalacia"})
    assert at.selectbox[0].value == "osteomalacia"
    assert f"**{STEPS['osteomalacia'].label}**" in _texts(at)
    assert STEPS["osteomalacia"].advanced in _texts(at)
    assert _selected_steps(at) == ["osteomalacia"]


def test_choosing_a_step_shows_its_explanation_and_puts_it_in_the_link() -> None:
    at = run_screen("key_points")
    at.selectbox[0].set_value("muscle_weakness").run()
    assert STEPS["muscle_weakness"].student in _texts(at)
    assert at.query_params[STEP] == "muscle_weakness"
    at.selectbox[0].set_value("low_vitamin_d").run()
    assert STEP not in at.query_params


def test_junk_link_values_fall_back_with_quiet_notices() -> None:
    at = run_screen("key_points", {LEVEL: "expert", STEP: "<b>x</b>"})
    assert not at.exception
    assert at.segmented_control[0].value == "student"
    assert at.selectbox[0].value == "low_vitamin_d"
    captions = _captions(at)
    assert (
        ":material/link_off: The link's **level** value “expert” isn't recognised, so the default is shown." in captions
    )
    assert any("**step** value “\\<b\\>x\\</b\\>”" in c for c in captions)


def test_prevalence_chart_table_and_sentence_state_their_cut_offs() -> None:
    at = run_screen("key_points")
    chart = at.get("vega_lite_chart")[1].proto  # after the diagram
    assert "below 30, 50 or 75 nmol/L" in chart.spec
    sentence = next(t for t in _texts(at) if t.startswith("World (2000–2022):"))
    assert sentence == (
        "World (2000–2022): 15.7% below 30 nmol/L, 47.9% below 50 nmol/L, 76.6% below 75 nmol/L. "
        "United States (2011–2014): 5.0% below 30 nmol/L, 23.3% (computed) below 50 nmol/L."
    )
    twin = next(m.value for m in at.markdown if m.value.startswith("| Population |"))
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in twin.splitlines()[2:]]
    assert [row[2] for row in rows] == [
        "Below 30 nmol/L",
        "Below 50 nmol/L",
        "Below 75 nmol/L",
        "Below 30 nmol/L",
        "Below 50 nmol/L",
    ]
    assert rows[4][4] == "computed: 5.0% below 30 nmol/L plus 18.3% at 30–49 nmol/L"


def test_faq_has_every_question_as_an_expander_with_its_answer() -> None:
    at = run_screen("key_points")
    faq = at.expander[-len(QUESTIONS) :]
    assert [e.label for e in faq] == [q.question for q in QUESTIONS]
    assert faq[5].markdown[0].value == (
        f"{QUESTIONS[5].answer}\n\n:small[Sources: [S21](sources?ref=S21), [S23](sources?ref=S23)]"
    )


def test_editing_a_card_in_the_content_folder_changes_the_screen(content_dir: Path) -> None:
    def rewrite(data: dict) -> None:
        data["cards"][1]["student"] = "Bones need calcium. This text was edited by a teacher."
        data["cards"][1]["title"] = "Bones, in our words"

    edit_json(content_dir / "key_points.json", rewrite)
    at = run_screen("key_points")
    assert "Bones need calcium. This text was edited by a teacher." in _texts(at)
    assert ":material/skeleton: Bones, in our words" in [s.value for s in at.subheader]


def test_a_broken_key_points_file_shows_a_panel_not_a_traceback(content_dir: Path) -> None:
    edit_json(content_dir / "mechanism.json", lambda d: d["edges"][0].update(to="nowhere"))
    at = run_screen("key_points")
    assert not at.exception
    assert "mechanism.json:edges[1]: to: unknown node 'nowhere'" in at.error[0].value
