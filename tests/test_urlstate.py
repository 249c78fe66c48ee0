"""Query-string parsing: good values are read, bad ones fall back to defaults with a notice."""

from __future__ import annotations

from vitd.urlstate import MAX_VALUE_CHARS, UrlState

LEVELS = ["student", "advanced"]


def test_choice_matches_case_insensitively() -> None:
    state = UrlState({"level": ["Advanced"]})
    assert state.choice("level", LEVELS, "student") == "advanced"
    assert state.notices == []


def test_unknown_choice_falls_back_with_escaped_notice() -> None:
    state = UrlState({"level": ["<b>expert</b>"]})
    assert state.choice("level", LEVELS, "student") == "student"
    assert len(state.notices) == 1
    assert "<b>" not in state.notices[0]
    assert r"\<b\>expert\</b\>" in state.notices[0]


def test_choices_accept_commas_and_repeats_and_drop_unknown_items() -> None:
    state = UrlState({"c": ["osteomalacia,zzz", "myopathy", "osteomalacia"]})
    chosen = state.choices("c", ["osteomalacia", "myopathy", "dvt"], ["dvt"])
    assert chosen == ["osteomalacia", "myopathy"]
    assert len(state.notices) == 1


def test_choices_all_unknown_use_default_and_empty_means_none() -> None:
    assert UrlState({"c": ["x,y"]}).choices("c", ["a"], ["a"]) == ["a"]
    assert UrlState({"c": [""]}).choices("c", ["a"], ["a"]) == []
    assert UrlState({}).choices("c", ["a"], ["a"]) == ["a"]


def test_number_rejects_text_infinity_and_out_of_range() -> None:
    for raw in ["abc", "inf", "nan", "-5", "1e9"]:
        state = UrlState({"value": [raw]})
        assert state.number("value", None, 0, 1000) is None, raw
        assert len(state.notices) == 1, raw
    assert UrlState({"value": ["20,5"]}).number("value", None, 0, 1000) == 20.5


def test_flag_and_text() -> None:
    assert UrlState({"present": ["1"]}).flag("present") is True
    assert UrlState({}).flag("present") is False
    odd = UrlState({"present": ["maybe"]})
    assert odd.flag("present") is False
    assert odd.notices
    assert UrlState({"q": ["  bone\x00 pain  "]}).text("q") == "bone pain"


def test_huge_values_are_ignored() -> None:
    state = UrlState({"q": ["x" * (MAX_VALUE_CHARS + 1)]})
    assert state.text("q", default="") == ""
    assert "too long" in state.notices[0]


# A name may repeat in a URL (``?level=student&level=advanced``): one value wins, or all are joined.


def test_a_repeated_choice_takes_the_last_value() -> None:
    state = UrlState({"level": ["student", "advanced"]})
    assert state.choice("level", LEVELS, "student") == "advanced"
    assert state.notices == []


def test_the_last_value_wins_even_when_it_is_the_bad_one() -> None:
    state = UrlState({"level": ["advanced", "expert"]})
    assert state.choice("level", LEVELS, "student") == "student"
    assert len(state.notices) == 1
    assert "expert" in state.notices[0]


def test_repeated_text_flag_and_number_take_the_last_value() -> None:
    assert UrlState({"q": ["bone", "muscle"]}).text("q") == "muscle"
    assert UrlState({"present": ["1", "0"]}).flag("present") is False
    assert UrlState({"present": ["0", "1"]}).flag("present") is True
    assert UrlState({"value": ["20", "30"]}).number("value", None, 0, 1000) == 30.0
    bad_last = UrlState({"value": ["20", "abc"]})
    assert bad_last.number("value", None, 0, 1000) is None
    assert len(bad_last.notices) == 1


def test_repeated_many_values_are_joined_in_order_and_an_empty_one_among_them_adds_nothing() -> None:
    options = ["osteomalacia", "myopathy", "dvt"]
    assert UrlState({"c": ["dvt", "osteomalacia,myopathy"]}).choices("c", options, []) == [
        "dvt",
        "osteomalacia",
        "myopathy",
    ]
    assert UrlState({"c": ["", "dvt"]}).choices("c", options, ["myopathy"]) == ["dvt"]
    assert UrlState({"c": ["dvt", ""]}).choices("c", options, ["myopathy"]) == ["dvt"]
    assert UrlState({"c": ["", ""]}).choices("c", options, ["myopathy"]) == []


def test_one_overlong_value_among_repeats_ignores_the_whole_parameter() -> None:
    state = UrlState({"q": ["bone", "x" * (MAX_VALUE_CHARS + 1)]})
    assert state.text("q", default="") == ""
    assert len(state.notices) == 1
    assert "too long" in state.notices[0]
