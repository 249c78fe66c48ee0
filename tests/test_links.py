"""Links on a page keep the reader's view (presenter view); links handed out carry only their state."""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from typing import TypeVar

from vitd import quiz
from vitd.citations import source_links
from vitd.content import load_content
from vitd.handout import LinkLine, student_handout
from vitd.links import absolute_link, carried, carry, carry_into, in_page, screen_link, screen_query, shared_query

T = TypeVar("T")
PRESENTING = {"present": "1"}


def presenting(build: Callable[[], T]) -> T:
    """``build()`` in a script run of its own that is in presenter view (the frame's ``carry``)."""

    def run() -> T:
        carry(PRESENTING)
        return build()

    return contextvars.copy_context().run(run)


def test_outside_presenter_view_links_are_as_written() -> None:
    assert carried() == ()
    assert screen_query("symptoms", {"compare": "dvt,sciatica"}) == "symptoms?compare=dvt,sciatica"
    assert in_page("sources?ref=S1") == "sources?ref=S1"
    assert carry_into("See [Symptoms](symptoms).") == "See [Symptoms](symptoms)."


def test_links_on_a_page_carry_the_presenter_view() -> None:
    assert presenting(lambda: screen_query("symptoms", {"compare": "dvt,sciatica"})) == (
        "symptoms?compare=dvt,sciatica&present=1"
    )
    assert presenting(lambda: screen_query("key_points")) == "./?present=1"
    assert presenting(lambda: screen_link("quiz", "Quiz")) == "[Quiz](quiz?present=1)"
    assert presenting(lambda: source_links(["S1", "S4b"])) == (
        "[S1](sources?ref=S1&present=1), [S4b](sources?ref=S4b&present=1)"
    )
    assert presenting(lambda: quiz.relative_link("/blood_levels?value=20")) == "blood_levels?value=20&present=1"
    assert presenting(lambda: quiz.question_link("best-food")) == "quiz?q=best-food&present=1"


def test_a_link_that_names_the_parameter_keeps_its_own_value() -> None:
    assert presenting(lambda: in_page("quiz?present=0")) == "quiz?present=0"
    assert presenting(lambda: screen_query("symptoms", {"present": "1"})) == "symptoms?present=1"


def test_content_links_to_screens_carry_it_and_other_links_do_not() -> None:
    text = (
        "See [Symptoms](symptoms), [the home screen](./), [a source](sources?ref=S2), "
        "[NHS](<https://www.nhs.uk/symptoms>), [elsewhere](https://example.org/quiz) and [a page](notes)."
    )
    assert presenting(lambda: carry_into(text)) == (
        "See [Symptoms](symptoms?present=1), [the home screen](./?present=1), "
        "[a source](sources?ref=S2&present=1), [NHS](<https://www.nhs.uk/symptoms>), "
        "[elsewhere](https://example.org/quiz) and [a page](notes)."
    )


def test_links_handed_out_never_carry_it() -> None:
    assert presenting(lambda: shared_query("symptoms", {"compare": "dvt,sciatica"})) == "symptoms?compare=dvt,sciatica"
    assert presenting(lambda: absolute_link("https://school.example/vitd/", "sun")) == (
        "https://school.example/vitd/sun"
    )
    handout = presenting(lambda: student_handout(load_content()))
    sun_line = next(block for block in handout if isinstance(block, LinkLine))
    assert sun_line.url == "sun"


def test_each_script_run_sets_its_own_view() -> None:
    def then_plain() -> str:
        carry(PRESENTING)
        carry({})
        return screen_query("quiz")

    assert contextvars.copy_context().run(then_plain) == "quiz"
    assert carried() == ()


def test_a_carried_parameter_goes_before_a_links_fragment() -> None:
    carry({"present": "1"})
    try:
        assert in_page("symptoms#when-leg-pain-is-urgent") == "symptoms?present=1#when-leg-pain-is-urgent"
        assert carry_into("[See](symptoms#urgent)") == "[See](symptoms?present=1#urgent)"
    finally:
        carry({})
