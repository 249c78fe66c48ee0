"""The educators' screen through AppTest, and every link its builder makes opened on its screen."""

from __future__ import annotations

import pytest

from tests.conftest import run_screen
from vitd import params
from vitd.content import load_content
from vitd.linkbuilder import build_query, fields_for
from vitd.models.lesson import LESSON
from vitd.screens import SCREENS

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
