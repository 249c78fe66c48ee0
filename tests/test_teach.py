"""Links, the lesson plan, QR codes, the handout and the hosting guide."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.content.helpers import edit_json
from tests.system_packages import missing
from vitd.content import load_content
from vitd.handout import Table, answer_key, handout_questions, student_handout, to_markdown, to_pdf
from vitd.links import absolute_link, app_base, hosted_base, screen_query
from vitd.models.hosting_guide import HOSTING_GUIDE
from vitd.models.lesson import LESSON
from vitd.models.quiz import QUIZ
from vitd.models.site import SITE
from vitd.models.sun import SUN
from vitd.models.symptoms import RED_FLAGS, SYMPTOM_CONDITIONS, SYMPTOM_SCREEN
from vitd.qr import qr_png, qr_svg
from vitd.teach import lesson_links, lesson_rows, split_code_blocks

ROOT = Path(__file__).resolve().parent.parent
CONTENT = load_content()


def test_screen_query_is_relative_and_keeps_commas_readable() -> None:
    assert screen_query("symptoms", {"compare": "dvt,sciatica"}) == "symptoms?compare=dvt,sciatica"
    assert screen_query("key_points", {"level": "advanced"}) == "./?level=advanced"
    assert screen_query("key_points") == "./"
    assert screen_query("blood_levels", {"value": "20", "unit": "ng/mL"}) == "blood_levels?value=20&unit=ng/mL"
    assert screen_query("quiz", {"topic": "a b&c"}) == "quiz?topic=a+b%26c"


def test_app_base_strips_the_screen_and_keeps_a_base_path() -> None:
    assert app_base("http://127.0.0.1:8501/teach") == "http://127.0.0.1:8501/"
    assert app_base("https://school.example/vitd/symptoms") == "https://school.example/vitd/"
    assert app_base("https://school.example/vitd/") == "https://school.example/vitd/"
    assert app_base(None) == ""
    assert absolute_link("https://x.example/vitd", "quiz", {"topic": "foods"}) == (
        "https://x.example/vitd/quiz?topic=foods"
    )


def test_hosted_base_accepts_web_addresses_only() -> None:
    assert hosted_base("https://school.example/vitd") == "https://school.example/vitd/"
    assert hosted_base(" http://10.0.0.5:8501 ") == "http://10.0.0.5:8501/"
    for junk in ["", "school.example", "javascript:alert(1)", "ftp://x/", "https://a b/"]:
        assert hosted_base(junk) is None, junk


def test_lesson_rows_start_times_add_up() -> None:
    lesson = CONTENT.doc(LESSON)
    rows = lesson_rows(lesson)
    assert [r.start_minute for r in rows] == [0, 4, 11, 18, 24, 29, 34, 37]
    assert rows[-1].start_minute + rows[-1].minutes == lesson.duration_minutes == 40
    links = lesson_links(lesson, "https://x.example/")
    assert links[2] == "https://x.example/symptoms?compare=osteomalacia,myopathy"


def test_lesson_validation_names_the_step(content_dir: Path) -> None:
    def breaks(data: dict) -> None:
        data["steps"][1]["screen"] = "bones"
        data["steps"][2]["query"] = {"colour": "red"}
        data["steps"][0]["minutes"] = 6

    edit_json(content_dir / "lesson.json", breaks)
    assert [str(p) for p in load_content(content_dir).problems] == [
        "lesson.json:steps[2]: screen: 'bones' is not a screen; use one of: key_points, symptoms, food_sources, "
        "sun, blood_levels, risk_check, quiz, sources, teach",
        "lesson.json:steps[3]: query: 'colour' is not a query parameter the app reads",
        "lesson.json:top: duration_minutes: is 40 but the steps add up to 42 minutes",
    ]


def zbar_decode() -> Callable[..., list[Any]]:
    """pyzbar's ``decode``; a skip (a failure under CI) without the zbar library it loads.

    pyzbar raises a plain ``ImportError`` when the library is missing, which
    ``pytest.importorskip`` lets through: only ``ModuleNotFoundError`` becomes a skip there.
    """
    try:
        from pyzbar.pyzbar import decode
    except ImportError as exc:
        missing("libzbar0", f"the zbar library ({exc})")
    return decode


def test_qr_decoding_without_the_zbar_library_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    _without_zbar(monkeypatch)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="needs Debian's libzbar0 package"):
        zbar_decode()


def test_qr_decoding_without_the_zbar_library_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    _without_zbar(monkeypatch)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"the zbar library \(Unable to find .*\) is missing"):
        zbar_decode()


def _without_zbar(monkeypatch: pytest.MonkeyPatch) -> None:
    """Import pyzbar afresh on a machine where the linker finds no zbar library."""
    import pyzbar.zbar_library

    monkeypatch.setattr(pyzbar.zbar_library, "find_library", lambda name: None)
    for module in ("pyzbar.pyzbar", "pyzbar.wrapper"):
        monkeypatch.delitem(sys.modules, module, raising=False)


def _decode(png: bytes) -> str:
    found = zbar_decode()(Image.open(io.BytesIO(png)))
    assert len(found) == 1
    return found[0].data.decode("utf-8")


def test_qr_code_decodes_back_to_the_same_link() -> None:
    link = "https://school.example/vitd/symptoms?compare=osteomalacia,myopathy&present=1"
    assert _decode(qr_png(link)) == link
    assert qr_svg(link).startswith(b"<?xml")


def test_handout_has_every_section_in_markdown_and_pdf() -> None:
    handout = student_handout(CONTENT)
    markdown = to_markdown(handout)
    sections = [
        "Key points",
        "Bone pain or muscle pain?",
        "When leg pain is urgent",
        "Top food sources",
        "Blood test",
        "Check yourself",
    ]
    for section in sections:
        assert f"## {section}" in markdown
    assert "| Cod liver oil | 1 tbsp (13.6 g) | 34 |" in markdown
    assert "| IOM 2011 / NIH ODS | At risk of deficiency | 0–30 nmol/L (0–12 ng/mL) |" in markdown

    reader = PdfReader(io.BytesIO(to_pdf(handout, "Student handout")))
    assert len(reader.pages) == 1
    text = " ".join(page.extract_text() for page in reader.pages)
    for section in sections:
        assert section in text
    assert "Cod liver oil" in text
    assert "30-50 nmol/L (12-20 ng/mL)" in text


def test_answer_key_gives_the_right_answers_and_persona_scores() -> None:
    key = answer_key(CONTENT)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(to_pdf(key, "Answer key"))).pages)
    assert "Handout quiz" in text
    assert "All quiz questions" in text
    assert "Risk check: fictional people" in text
    markdown = to_markdown(key)
    assert "| Edith, 78 | 9.5 | 9 points or more |" in markdown


def test_hosting_guide_commands_are_the_readme_commands() -> None:
    def commands(markdown: str) -> set[str]:
        blocks = re.findall(r"```sh\n(.*?)```", markdown, flags=re.S)
        lines = (line.split("#", 1)[0].strip() for block in blocks for line in block.splitlines())
        return {line for line in lines if line}

    guide = commands(CONTENT.doc(HOSTING_GUIDE).markdown)
    readme = commands((ROOT / "README.md").read_text(encoding="utf-8"))
    assert guide
    assert guide <= readme, guide - readme


def test_handout_has_one_line_to_the_sun_screen_with_a_qr_code() -> None:
    line = CONTENT.doc(SUN).handout_line
    handout = student_handout(CONTENT, "https://school.example/vitd/")
    assert f"{line} <https://school.example/vitd/sun>" in to_markdown(handout)
    pdf = to_pdf(handout, "Student handout")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "https://school.example/vitd/sun" in text
    assert len(reader.pages[0].images) == 1
    assert _decode(reader.pages[0].images[0].data) == "https://school.example/vitd/sun"
    # Without the app's address the line keeps a relative link and no QR code.
    bare = student_handout(CONTENT)
    assert f"{line} sun" in to_markdown(bare)
    assert not PdfReader(io.BytesIO(to_pdf(bare, "Student handout"))).pages[0].images


def test_hosting_guide_says_when_to_use_each_way_in_the_readme_words() -> None:
    guide = CONTENT.doc(HOSTING_GUIDE).markdown
    section = guide.split("## Which way to host\n", 1)[1].split("\n## ", 1)[0]
    ways = [line for line in section.splitlines() if line.startswith("- **")]
    assert [w.split("**")[1] for w in ways] == ["`make run`", "`make serve`", "Docker"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    for way in ways:
        assert way in readme, way


def test_the_guide_shows_its_commands_apart_from_its_prose() -> None:
    parts = split_code_blocks("Start it:\n\n```sh\nmake run\nmake test  # all tests\n```\n\nThen open it.\n")
    assert parts == [(False, "Start it:"), (True, "make run\nmake test  # all tests"), (False, "Then open it.")]
    guide = split_code_blocks(CONTENT.doc(HOSTING_GUIDE).markdown)
    assert any(is_code and "make serve" in text for is_code, text in guide)
    assert not any("```" in text for _, text in guide)


# --- the handout and the answer key, read as a reader does -------------------------------------


def _normal(text: str) -> str:
    """Text with its whitespace collapsed, as a PDF's extracted lines join up."""
    return " ".join(text.split())


def test_handout_carries_every_red_flag_at_its_level_and_the_disclaimer() -> None:
    markdown = to_markdown(student_handout(CONTENT))
    urgent = CONTENT.doc(SYMPTOM_SCREEN).urgent
    assert CONTENT.doc(SITE).disclaimer in markdown
    assert f"## {urgent.title}" in markdown
    for level in urgent.levels:
        assert f"**{level.label}: {level.action}**" in markdown
    short = {c.id: c.short_label for c in CONTENT.table(SYMPTOM_CONDITIONS)}
    for flag in CONTENT.table(RED_FLAGS):
        assert f"- **{short[flag.condition]}:** {flag.sign}" in markdown, flag.sign
    emergency, same_day = (markdown.index(f"**{level.label}:") for level in urgent.levels)
    for flag in CONTENT.table(RED_FLAGS):
        at = markdown.index(flag.sign)
        assert (emergency < at < same_day) == (flag.level == "emergency"), flag.sign

    pdf = _normal(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(to_pdf(student_handout(CONTENT), "H"))).pages)
    )
    assert _normal(CONTENT.doc(SITE).disclaimer) in pdf
    for level in urgent.levels:
        assert _normal(level.action.replace("–", "-")) in pdf
    for flag in CONTENT.table(RED_FLAGS):
        assert _normal(flag.sign.replace("–", "-"))[:60] in pdf, flag.sign


def answer_key_mismatches(markdown: str, questions) -> list[str]:  # type: ignore[no-untyped-def]
    """Questions whose answer in the key's table differs from the choice quiz.json marks correct."""
    answers: dict[str, str] = {}
    for line in markdown.splitlines():
        cells = [c.strip().replace("\\|", "|") for c in line.strip().strip("|").split(" | ")]
        if len(cells) == 3 and line.startswith("| ") and cells[0] != "Topic":
            answers[cells[1]] = cells[2]
    mismatches = []
    for question in questions:
        right = next(c.text for c in question.choices if c.correct)
        if answers.get(question.prompt) != right:
            mismatches.append(question.id)
    return mismatches


def test_the_answer_key_gives_the_choice_quiz_json_marks_correct_for_every_question() -> None:
    questions = CONTENT.doc(QUIZ).questions
    assert answer_key_mismatches(to_markdown(answer_key(CONTENT)), questions) == []
    markdown = to_markdown(answer_key(CONTENT))
    for number, question in enumerate(handout_questions(CONTENT), start=1):
        right = next(c.text for c in question.choices if c.correct)
        assert f"**{number}. {question.prompt}** Answer: {right}." in markdown


def test_a_key_with_every_answer_wrong_is_caught() -> None:
    questions = CONTENT.doc(QUIZ).questions
    wrong = {q.prompt: next(c.text for c in q.choices if not c.correct) for q in questions}
    blocks = [
        Table(b.header, tuple((row[0], row[1], wrong.get(row[1], row[2])) for row in b.rows))
        if isinstance(b, Table) and b.header == ("Topic", "Question", "Answer")
        else b
        for b in answer_key(CONTENT)
    ]
    assert answer_key_mismatches(to_markdown(blocks), questions) == [q.id for q in questions]


def test_answer_key_explanations_name_red_flag_actions_as_the_screens_do() -> None:
    markdown = to_markdown(answer_key(CONTENT))
    assert "{emergency}" not in markdown and "{same_day}" not in markdown
