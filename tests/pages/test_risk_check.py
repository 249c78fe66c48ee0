"""The Risk check through AppTest: both modes, predict-then-reveal, reset, links and privacy."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, run_screen
from vitd.content import load_content
from vitd.models.risk_factors import RISK_FACTORS
from vitd.params import MODE, PERSONA

FACTORS = load_content().doc(RISK_FACTORS)
SKIPPED_DIRS = {".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache"}


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def query(at: AppTest) -> dict[str, list[str]]:
    """The URL's query string after the run (AppTest keeps it as a plain dict of lists)."""
    return {name: [values] if isinstance(values, str) else list(values) for name, values in at.query_params.items()}


def test_default_is_a_fictional_person_with_the_score_hidden() -> None:
    at = run_screen("risk_check")
    assert not at.exception
    assert at.segmented_control(key="risk_check_mode").value == "persona"
    assert at.selectbox(key="risk_check_persona").value == "tom"
    assert "Tom lives in Seville" in markdown(at)
    assert at.button(key="risk_check_reveal").disabled
    assert not at.metric
    assert "0.70 ± 0.01" in markdown(at)
    assert FACTORS.score.not_a_diagnosis in [w.value for w in at.warning]


def test_persona_link_predict_then_reveal() -> None:
    at = run_screen("risk_check", {PERSONA: "edith"})
    assert "Edith lives in a care home" in markdown(at)
    at.pills(key="risk_check_predict_edith").set_value("from_7").run()
    assert not at.metric  # predicting alone reveals nothing
    at.button(key="risk_check_reveal").click().run()
    assert not at.exception
    assert [m.value for m in at.metric] == ["9.5 points"]
    text = markdown(at)
    assert "Your prediction, “7 to 8.5 points”, differs from the result: **9 points or more**." in text
    assert "- **Sun exposure: Little** (+3)." in text
    assert "**Older age (over 70).**" in text
    assert query(at) == {PERSONA: ["edith"]}


def test_baby_persona_has_no_score_only_flags() -> None:
    at = run_screen("risk_check", {PERSONA: "noor"})
    at.pills(key="risk_check_predict_noor").set_value("none").run()
    at.button(key="risk_check_reveal").click().run()
    assert not at.metric
    assert "matches the result: **No score: the points don't apply**" in markdown(at)
    assert "**Breastfed without a vitamin D supplement.**" in markdown(at)


def test_start_again_hides_the_result() -> None:
    at = run_screen("risk_check", {PERSONA: "karim"})
    at.pills(key="risk_check_predict_karim").set_value("from_7").run()
    at.button(key="risk_check_reveal").click().run()
    assert [m.value for m in at.metric] == ["7.5 points"]
    at.button(key="risk_check_start_again").click().run()
    assert not at.metric
    assert at.pills(key="risk_check_predict_karim").value is None


def test_choosing_a_persona_puts_it_in_the_url() -> None:
    at = run_screen("risk_check")
    at.selectbox(key="risk_check_persona").set_value("fatima").run()
    assert query(at) == {PERSONA: ["fatima"]}
    assert "Fatima lives in Birmingham" in markdown(at)


def test_unknown_persona_and_mode_fall_back_with_a_notice() -> None:
    at = run_screen("risk_check", {PERSONA: "*nobody*", MODE: "spy"})
    assert not at.exception
    assert at.selectbox(key="risk_check_persona").value == "tom"
    notices = [c.value for c in at.caption if "link_off" in c.value]
    assert len(notices) == 2
    assert "\\*nobody\\*" in notices[1]


def test_myself_mode_scores_live_and_keeps_answers_out_of_the_url() -> None:
    at = run_screen("risk_check", {PERSONA: "edith"})
    at.segmented_control(key="risk_check_mode").set_value("myself").run()
    assert query(at) == {MODE: ["myself"]}  # the persona is dropped, answers never added
    assert FACTORS.privacy_note in [i.value for i in at.info]
    assert [m.value for m in at.metric] == ["0 points"]
    at.radio(key="risk_check_me_age").set_value("adult").run()
    at.radio(key="risk_check_me_sun").set_value("low").run()
    at.radio(key="risk_check_me_season").set_value("late_winter").run()
    at.radio(key="risk_check_me_skin").set_value("dark").run()
    at.checkbox(key="risk_check_me_vegan").check().run()
    assert [m.value for m in at.metric] == ["7 points"]
    assert "**7 to 8.5 points.**" in markdown(at)
    assert "**Vegan diet.**" in markdown(at)
    assert query(at) == {MODE: ["myself"]}
    assert len(at.download_button) == 1

    at.button(key="risk_check_reset").click().run()
    assert [m.value for m in at.metric] == ["0 points"]
    assert at.radio(key="risk_check_me_sun").value == "not_sure"
    assert "No flags raised." in markdown(at)


def test_myself_questions_follow_age() -> None:
    at = run_screen("risk_check", {MODE: "myself"})
    at.radio(key="risk_check_me_age").set_value("infant").run()
    assert not at.exception
    keys = {r.key for r in at.radio}
    assert keys == {"risk_check_me_age"}
    assert {c.key for c in at.checkbox} == {
        "risk_check_me_malabsorption",
        "risk_check_me_kidney_liver",
        "risk_check_me_breastfeeding",
    }
    at.radio(key="risk_check_me_age").set_value("over_70").run()
    assert "**Older age (over 70).**" in markdown(at)
    assert "risk_check_me_breastfeeding" not in {c.key for c in at.checkbox}


def _files(folder: Path) -> set[tuple[str, int, int]]:
    found = set()
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if d not in SKIPPED_DIRS]
        for name in filenames:
            path = Path(dirpath, name)
            try:
                stat = path.stat()
            except OSError:
                continue
            found.add((str(path.relative_to(folder)), stat.st_size, stat.st_mtime_ns))
    return found


def test_a_myself_session_writes_no_file_and_logs_no_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    caplog.set_level(logging.DEBUG)
    at = run_screen("risk_check", {MODE: "myself"})  # imports done before the "before" listing
    before = _files(ROOT), _files(private_tmp)

    at = run_screen("risk_check", {MODE: "myself"})
    at.radio(key="risk_check_me_age").set_value("adult").run()
    at.radio(key="risk_check_me_weight").set_value("obesity").run()
    at.radio(key="risk_check_me_season").set_value("late_winter").run()
    at.checkbox(key="risk_check_me_gastric_bypass").check().run()
    assert [m.value for m in at.metric] == ["5 points"]

    written = (_files(ROOT) - before[0], _files(private_tmp) - before[1])
    assert written == (set(), set())
    assert query(at) == {MODE: ["myself"]}
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for answer in ("obesity", "late_winter", "gastric_bypass", "Obesity", "Late winter"):
        assert answer not in logged


@pytest.mark.parametrize(("persona", "place"), [("tom", "seville"), ("edith", "edinburgh"), ("noor", "manchester")])
def test_each_persona_card_links_to_their_place_on_the_sun_screen(persona: str, place: str) -> None:
    at = run_screen("risk_check", {PERSONA: persona})
    assert any(f"](sun?place={place})" in m.value for m in at.markdown)


def test_each_session_keeps_its_own_random_summary_reference() -> None:
    reference = "risk_check_summary_reference"
    first = run_screen("risk_check", {MODE: "myself"})
    kept = first.session_state[reference]
    first.radio(key="risk_check_me_age").set_value("adult").run()
    first.button(key="risk_check_reset").click().run()
    assert first.session_state[reference] == kept  # the same tab, the same reference
    second = run_screen("risk_check", {MODE: "myself"})
    assert second.session_state[reference] != kept
    assert all(re.fullmatch(r"[0-9a-f]{16,}", r) for r in (kept, second.session_state[reference]))
