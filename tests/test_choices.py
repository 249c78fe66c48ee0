"""Declarations read a link's choices, with notices, and write them back (``vitd.choices``)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from vitd.choices import Choice, Declaration
from vitd.content import load_content, per_content

CONTENT = load_content()


@dataclass(frozen=True)
class Toy:
    colour: str = ""
    sizes: tuple[str, ...] = ()
    pair: tuple[str, str] | None = None
    words: str = ""
    loud: bool = False
    amount: str = ""
    extra: str = ""


TOY = Declaration(
    "toy",
    Toy,
    (
        Choice("colour", "colour", "Colour", "one", options=(("red", "Red"), ("blue", "Blue"))),
        Choice("sizes", "size", "Sizes", "many", options=(("s", "S"), ("m", "M"), ("l", "L")), default=("m",)),
        Choice("pair", "pair", "Two", "pair", options=(("s", "S"), ("m", "M"), ("l", "L"))),
        Choice("words", "q", "Search", "text", max_chars=5),
        Choice("loud", "loud", "Loud", "flag"),
        Choice("amount", "amount", "Amount", "number", low=0, high=10),
        Choice("extra", "extra", "Extra", "text", applies=lambda toy: toy.loud),
    ),
)


def test_no_query_gives_the_defaults_and_writes_nothing() -> None:
    toy, notices = TOY.read(CONTENT, {})
    assert toy == Toy(colour="red", sizes=("m",))
    assert notices == ()
    assert TOY.query(CONTENT, toy) == {}


def test_values_are_read_case_insensitively_and_written_back_canonically() -> None:
    toy, notices = TOY.read(
        CONTENT,
        {
            "colour": ["BLUE"],
            "size": ["l,s"],
            "pair": ["m,l"],
            "q": ["  hello world "],
            "loud": ["yes"],
            "amount": ["4.5"],
        },
    )
    assert notices == ()
    assert toy == Toy("blue", ("l", "s"), ("m", "l"), "hello", True, "4.5")
    assert TOY.query(CONTENT, toy) == {
        "colour": "blue",
        "size": "l,s",
        "pair": "m,l",
        "q": "hello",
        "loud": "1",
        "amount": "4.5",
    }


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ({"colour": ["green"]}, "The link's **colour** value “green” isn't recognised, so the default is shown."),
        ({"pair": ["m"]}, "The link's **pair** value isn't recognised, so the default is shown."),
        ({"pair": ["m,m"]}, "The link's **pair** value isn't recognised, so the default is shown."),
        ({"amount": ["11"]}, "The link's **amount** value “11” is outside 0–10, so the default is shown."),
        ({"loud": ["maybe"]}, "The link's **loud** value “maybe” isn't recognised, so the default is shown."),
    ],
)
def test_ignored_values_fall_back_with_one_notice(query: dict[str, list[str]], notice: str) -> None:
    toy, notices = TOY.read(CONTENT, query)
    assert notices == (notice,)
    assert TOY.query(CONTENT, toy) == {}


def test_a_repeated_parameter_keeps_its_last_value_and_many_joins_them() -> None:
    toy, _ = TOY.read(CONTENT, {"colour": ["red", "blue"], "size": ["s", "l"]})
    assert (toy.colour, toy.sizes) == ("blue", ("s", "l"))


def test_every_kind_reads_a_repeated_parameter_by_the_same_rule() -> None:
    """``one``, ``text``, ``flag`` and ``number``: the last value; ``many`` and ``pair``: all values joined."""
    toy, notices = TOY.read(
        CONTENT,
        {
            "colour": ["blue", "red"],
            "size": ["l", "s,m"],
            "pair": ["s", "l"],
            "q": ["first", "last"],
            "loud": ["1", "0"],
            "amount": ["2", "7.5"],
        },
    )
    assert notices == ()
    assert toy == Toy("red", ("l", "s", "m"), ("s", "l"), "last", False, "7.5")
    assert TOY.query(CONTENT, toy) == {"size": "l,s,m", "pair": "s,l", "q": "last", "amount": "7.5"}


def test_a_repeated_parameter_whose_last_value_is_bad_falls_back_with_a_notice() -> None:
    toy, notices = TOY.read(CONTENT, {"colour": ["blue", "green"], "amount": ["4", "11"]})
    assert (toy.colour, toy.amount) == ("red", "")
    assert notices == (
        "The link's **colour** value “green” isn't recognised, so the default is shown.",
        "The link's **amount** value “11” is outside 0–10, so the default is shown.",
    )


def test_an_empty_many_value_chooses_none() -> None:
    toy, _ = TOY.read(CONTENT, {"size": [""]})
    assert toy.sizes == ()
    assert TOY.query(CONTENT, toy) == {"size": ""}


def test_a_choice_that_does_not_apply_is_left_out_of_the_link() -> None:
    quiet, _ = TOY.read(CONTENT, {"extra": ["x"]})
    assert quiet.extra == "x"
    assert "extra" not in TOY.query(CONTENT, quiet)
    loud, _ = TOY.read(CONTENT, {"extra": ["x"], "loud": ["1"]})
    assert TOY.query(CONTENT, loud)["extra"] == "x"


def test_a_declaration_names_only_fields_of_its_dataclass() -> None:
    with pytest.raises(TypeError, match="no field 'nope'"):
        Declaration("toy", Toy, (Choice("nope", "nope", "Nope", "flag"),))


def test_per_content_builds_a_view_once_per_arguments() -> None:
    calls: list[int] = []

    @per_content
    def doubled(content: object, number: int) -> int:
        calls.append(number)
        return 2 * number

    content = load_content()
    assert doubled(content, 2) == doubled(content, 2) == 4
    assert doubled(content, 3) == 6
    assert calls == [2, 3]
