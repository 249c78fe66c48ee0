"""Every screen × every declared value of every choice, made from the declarations themselves.

A new option (a condition, a food group, a quiz topic) is tested here without writing a test:
its link renders with no exception and no notice, and URL → widgets → URL gives the same query.
"""

from __future__ import annotations

import itertools

import pytest

from tests.conftest import run_screen
from vitd.choices import Choice, Declaration, to_text
from vitd.content import load_content
from vitd.screens import SCREENS, declaration

CONTENT = load_content()
DECLARED = [(s.id, d) for s in SCREENS if (d := declaration(s.id)) is not None]


def declared_values(declared: Declaration, choice: Choice) -> list[str]:
    """Every value a link may give this choice, as it stands in the link."""
    ids = declared.resolve(CONTENT).ids(choice.field)
    if choice.kind == "one":
        return ids
    if choice.kind == "many":
        return [*ids, ",".join(ids[:2])]
    if choice.kind == "pair":
        return [f"{a},{b}" for a, b in itertools.pairwise(ids)]
    if choice.kind == "flag":
        return ["1"]
    return list(choice.examples)


CASES = [
    (screen_id, choice.param, value)
    for screen_id, declared in DECLARED
    for choice in declared.choices
    for value in declared_values(declared, choice)
]


def test_every_screen_with_choices_is_declared_and_every_choice_has_values() -> None:
    assert {screen_id for screen_id, _ in DECLARED} == {s.id for s in SCREENS} - {"teach"}
    for _, declared in DECLARED:
        for choice in declared.choices:
            assert declared_values(declared, choice), (declared.screen_id, choice.field)


@pytest.mark.parametrize(("screen_id", "param", "value"), CASES, ids=[f"{s}-{p}={v}" for s, p, v in CASES])
def test_declared_value_renders_and_round_trips(screen_id: str, param: str, value: str) -> None:
    declared = declaration(screen_id)
    assert declared is not None
    choices, notices = declared.read(CONTENT, {param: [value]})
    assert notices == ()
    expected = declared.query(CONTENT, choices)
    at = run_screen(screen_id, {param: value})
    assert not at.exception, at.exception
    assert not [c.value for c in at.caption if ":material/link_off:" in c.value]
    assert dict(at.query_params) == expected
    # The link keeps the value as given, unless it is the screen's default (then the link drops it).
    choice = next(c for c in declared.choices if c.param == param)
    default = to_text(choice, getattr(declared.defaults(CONTENT), choice.field))
    if value.casefold() == (default or "").casefold():
        assert param not in expected
    else:
        assert expected[param].casefold() == value.casefold()
