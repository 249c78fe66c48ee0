"""Random and malicious query strings on every screen: no exception, no raw HTML echoed."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vitd.params as params
from tests.conftest import run_screen
from vitd.screens import SCREENS

KNOWN_NAMES = sorted(v for k, v in vars(params).items() if k.isupper() and isinstance(v, str))
NASTY = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "javascript:alert(1)",
    "[click](javascript:alert(1))",
    ":red[boom] **bold** `code`",
    "' OR 1=1 --",
    "../../etc/passwd",
    "%00%0d%0a",
    "NaN",
    "-inf",
    "1e308",
    "-0",
    "9" * 400,
    "ǘñíçødé ✓ 🦴",
    "",
    ",,,",
]

values = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.text(alphabet=string.ascii_letters + string.digits + ",.-_/:", max_size=20),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)
names = st.one_of(st.sampled_from(KNOWN_NAMES), st.text(min_size=1, max_size=12))
queries = st.dictionaries(names, st.one_of(values, st.lists(values, min_size=2, max_size=3)), max_size=5)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(screen=st.sampled_from(SCREENS), query=queries)
def test_any_query_string_is_handled(screen, query) -> None:
    at = run_screen(screen.id, query)
    assert not at.exception, (screen.id, query, at.exception)
    assert [t.value for t in at.title] == [screen.title]
    for element in at.markdown:
        assert not element.proto.allow_html, (screen.id, query)
    for element in at.get("html"):
        body = element.proto.body
        for value in query.values():
            for item in value if isinstance(value, list) else [value]:
                if len(item) > 3:
                    assert item not in body, (screen.id, query)
