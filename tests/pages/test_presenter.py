"""Presenter view (``?present=1``) on every screen through AppTest: the projector styles, the
navigation collapsed, and every link (navigation and in-page) keeping the view."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from google.protobuf.message import Message
from streamlit.proto.PageConfig_pb2 import PageConfig
from streamlit.testing.v1 import AppTest, local_script_runner

from tests.conftest import ROOT, run_screen
from vitd.params import PRESENT
from vitd.screens import SCREENS, Screen

PRESENTER_STYLE = "<style>" + (ROOT / "vitd" / "presenter.css").read_text(encoding="utf-8") + "</style>"
MARKDOWN_LINK = re.compile(r"\]\(<?([^()<>\s]+)>?\)")


@pytest.fixture
def page_configs(monkeypatch: pytest.MonkeyPatch) -> list[PageConfig]:
    """The page settings each run sends the browser (AppTest keeps them out of its element tree)."""
    sent: list[PageConfig] = []
    parse = local_script_runner.parse_tree_from_messages

    def recording(messages):  # type: ignore[no-untyped-def]
        sent.extend(m.page_config_changed for m in messages if m.HasField("page_config_changed"))
        return parse(messages)

    monkeypatch.setattr(local_script_runner, "parse_tree_from_messages", recording)
    return sent


def _strings(message: Message) -> Iterator[str]:
    for field, value in message.ListFields():
        values = value if field.is_repeated else [value]
        for item in values:
            if isinstance(item, str):
                yield item
            elif isinstance(item, Message):
                yield from _strings(item)


def _elements(node) -> Iterator[Message]:  # type: ignore[no-untyped-def]
    proto = getattr(node, "proto", None)
    if isinstance(proto, Message):
        yield proto
    for child in getattr(node, "children", {}).values():
        yield from _elements(child)


def in_page_links(at: AppTest) -> list[str]:
    """Every relative link written in any text the screen shows: Markdown, captions, notes, help."""
    links = []
    for proto in _elements(at._tree):
        for text in _strings(proto):
            for target in MARKDOWN_LINK.findall(text):
                parts = urlsplit(target)
                if not parts.scheme and not parts.netloc and not target.startswith("#"):
                    links.append(target)
    return links


def presenting(link: str) -> bool:
    return parse_qs(urlsplit(link).query).get(PRESENT) == ["1"]


@pytest.mark.parametrize("screen", SCREENS, ids=[s.id for s in SCREENS])
def test_presenter_view_styles_collapses_and_keeps_every_link(screen: Screen, page_configs: list[PageConfig]) -> None:
    plain = run_screen(screen.id)
    shown = run_screen(screen.id, {PRESENT: "1"})
    again = run_screen(screen.id)  # a view built for presenting must not leak into the plain one
    assert not shown.exception
    assert len(page_configs) == 3

    assert PRESENTER_STYLE in [h.proto.body for h in shown.get("html")]
    assert page_configs[1].initial_sidebar_state == PageConfig.COLLAPSED
    navigation = shown.page_link
    assert [link.proto.label for link in navigation] == [s.label for s in SCREENS]
    assert {link.proto.query_string for link in navigation} == {f"{PRESENT}=1"}
    links = in_page_links(shown)
    assert links, "every screen links to another (its sources, at least)"
    assert [link for link in links if not presenting(link)] == []

    for normal in (plain, again):
        assert PRESENTER_STYLE not in [h.proto.body for h in normal.get("html")]
        assert {link.proto.query_string for link in normal.page_link} == {""}
        assert [link for link in in_page_links(normal) if presenting(link)] == []
    assert page_configs[0].initial_sidebar_state == page_configs[2].initial_sidebar_state == PageConfig.AUTO
    assert sorted(in_page_links(again)) == sorted(in_page_links(plain))
    assert len(in_page_links(plain)) == len(links)
