"""The printable handout and the teacher's answer key, built from the content files.

Both are made of a few simple blocks, rendered once as Markdown (to download or paste into a
document) and once as PDF (to print). Nothing here is written by hand: it is all drawn from
the same files the screens show.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vitd.content import Content
from vitd.foods import has_household_serving
from vitd.levels import format_number, guidelines
from vitd.links import absolute_link, shared_query
from vitd.models.foods import FOODS
from vitd.models.key_points import KEY_POINTS
from vitd.models.personas import PERSONAS
from vitd.models.quiz import QUIZ, Question
from vitd.models.risk_factors import RISK_FACTORS
from vitd.models.serum_levels import SERUM_LEVELS, SerumBand
from vitd.models.site import SITE
from vitd.models.sun import SUN
from vitd.models.symptoms import RED_FLAGS, SYMPTOM_ASPECTS, SYMPTOM_CONDITIONS, SYMPTOM_SCREEN, SYMPTOMS
from vitd.qr import qr_png
from vitd.risk import persona_answers, score_answers
from vitd.symptoms import fill_actions, urgent_levels
from vitd.text import markdown_table

HANDOUT_CONDITIONS = ("osteomalacia", "myopathy")
HANDOUT_ASPECTS = ("nature", "location", "sides")
TOP_FOODS = 5
QUIZ_QUESTIONS = 5
BODY_PT = 7.6
LINE_MM = 3.25
TABLE_PT = 7.2
TABLE_LINE_MM = 3.1
"""Sizes of the PDF's body text and tables: small enough for the handout to fit one A4 page."""


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class LinkLine:
    """One line of text with a link; the PDF prints a QR code of the link beside it."""

    text: str
    url: str


Block = Heading | Paragraph | Bullets | Table | LinkLine

QR_SIZE_MM = 18
QR_GAP_MM = 3
BLOCK_GAP_MM = 0.5
"""Space after each block of the PDF, in millimetres."""


def _band_range(band: SerumBand) -> str:
    low, high = band.nmol_l_min, band.nmol_l_max
    nmol = f"{format_number(low)}–{format_number(high)}" if high is not None else f"{format_number(low)}+"
    if band.ng_ml_min is None:
        return f"{nmol} nmol/L"
    ng = (
        f"{format_number(band.ng_ml_min)}–{format_number(band.ng_ml_max)}"
        if band.ng_ml_max is not None
        else f"{format_number(band.ng_ml_min)}+"
    )
    return f"{nmol} nmol/L ({ng} ng/mL)"


def _mcg(low: float, high: float | None) -> str:
    return f"{format_number(low)}–{format_number(high)}" if high is not None else format_number(low)


def handout_questions(content: Content) -> tuple[Question, ...]:
    """The handout's quiz: one question per topic, in file order, up to five."""
    quiz = content.doc(QUIZ)
    chosen: list[Question] = []
    seen: set[str] = set()
    for question in quiz.questions:
        if question.topic not in seen:
            chosen.append(question)
            seen.add(question.topic)
        if len(chosen) == QUIZ_QUESTIONS:
            break
    return tuple(chosen)


def urgent_blocks(content: Content) -> list[Block]:
    """Every condition's red flags by action level, worded as on the Symptoms screen."""
    urgent = content.doc(SYMPTOM_SCREEN).urgent
    blocks: list[Block] = [Heading(urgent.title), Paragraph(urgent.intro)]
    for level in urgent_levels(content.table(RED_FLAGS), content.table(SYMPTOM_CONDITIONS), urgent):
        if level.signs:
            blocks.append(Paragraph(f"**{level.label}: {level.action}**"))
            blocks.append(Bullets(tuple(f"**{name}:** {sign}" for name, sign, _ in level.signs)))
    return blocks


def student_handout(content: Content, base: str = "") -> list[Block]:
    """The one-page student handout. ``base`` is the app's address (``https://host/``): with it,
    the line to the Sun and seasons screen carries the full link and a QR code."""
    site = content.doc(SITE)
    key_points = content.doc(KEY_POINTS)
    sun_line = content.doc(SUN).handout_line
    blocks: list[Block] = [
        Heading(site.app_name, 1),
        LinkLine(sun_line, absolute_link(base, "sun") if base else shared_query("sun")),
        Paragraph(site.tagline),
        Paragraph(site.disclaimer),
        Heading("Key points"),
        Bullets(tuple(f"**{card.title}.** {card.student}" for card in key_points.cards)),
    ]

    conditions = {c.id: c for c in content.table(SYMPTOM_CONDITIONS)}
    aspects = {a.id: a for a in content.table(SYMPTOM_ASPECTS)}
    cells = {(c.condition, c.aspect): c for c in content.table(SYMPTOMS)}
    shown = [c for c in HANDOUT_CONDITIONS if c in conditions]
    rows = []
    for aspect_id in HANDOUT_ASPECTS:
        if aspect_id not in aspects:
            continue
        texts = [cells[(c, aspect_id)].text if (c, aspect_id) in cells else "—" for c in shown]
        rows.append((aspects[aspect_id].label, *texts))
    blocks += [
        Heading("Bone pain or muscle pain?"),
        Table(("", *(conditions[c].short_label for c in shown)), tuple(rows)),
        *urgent_blocks(content),
    ]

    published = [f for f in content.table(FOODS) if has_household_serving(f) and not f.per_serving_computed]
    foods = sorted(published, key=lambda f: f.mcg_per_serving or 0.0, reverse=True)[:TOP_FOODS]
    blocks += [
        Heading("Top food sources (NIH ODS table)"),
        Table(
            ("Food", "Serving", "mcg"),
            tuple((f.food, f.serving or "", _mcg(f.mcg_per_serving or 0.0, f.mcg_per_serving_max)) for f in foods),
        ),
    ]

    bands = content.table(SERUM_LEVELS)
    band_rows = []
    for guideline_id, name in guidelines(bands).items():
        for band in (b for b in bands if b.guideline_id == guideline_id):
            band_rows.append((name, band.band, _band_range(band)))
    blocks += [
        Heading("Blood test: 25(OH)D bands"),
        Table(("Guideline", "Band", "Range"), tuple(band_rows)),
        Heading("Check yourself"),
    ]
    for number, question in enumerate(handout_questions(content), start=1):
        options = "   ".join(f"☐ {choice.text}" for choice in question.choices)
        blocks.append(Paragraph(f"**{number}. {question.prompt}** {options}"))
    return blocks


def answer_key(content: Content) -> list[Block]:
    """The teacher's answer key: the handout quiz, every quiz question, and the fictional people."""
    site = content.doc(SITE)
    urgent = content.doc(SYMPTOM_SCREEN).urgent
    blocks: list[Block] = [Heading(f"{site.app_name}: answer key", 1), Heading("Handout quiz")]
    for number, question in enumerate(handout_questions(content), start=1):
        right = next(c.text for c in question.choices if c.correct)
        explanation = fill_actions(question.explanation, urgent)
        blocks.append(Paragraph(f"**{number}. {question.prompt}** Answer: {right}. {explanation}"))

    quiz = content.doc(QUIZ)
    topics = {t.id: t.label for t in quiz.topics}
    blocks.append(Heading("All quiz questions"))
    blocks.append(
        Table(
            ("Topic", "Question", "Answer"),
            tuple(
                (topics.get(q.topic, q.topic), q.prompt, next(c.text for c in q.choices if c.correct))
                for q in quiz.questions
            ),
        )
    )

    factors = content.doc(RISK_FACTORS)
    rows = []
    for persona in content.doc(PERSONAS).personas:
        result = score_answers(persona_answers(persona), factors)
        band = result.band.label if result.band else "No score (points do not apply)"
        flags = ", ".join(flag.label for flag in result.flags) or "none"
        rows.append((persona.name, format_number(result.total), band, flags))
    blocks += [
        Heading("Risk check: fictional people"),
        Table(("Person", "Points", "Band", "Talk-to-a-clinician flags"), tuple(rows)),
    ]
    return blocks


# --- rendering -------------------------------------------------------------------------------


def to_markdown(blocks: Sequence[Block]) -> str:
    """The blocks as a Markdown document."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append("#" * block.level + " " + block.text)
        elif isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, LinkLine):
            out.append(f"{block.text} <{block.url}>" if "://" in block.url else f"{block.text} {block.url}")
        elif isinstance(block, Bullets):
            marks = [f"{i}." if block.numbered else "-" for i in range(1, len(block.items) + 1)]
            out.append("\n".join(f"{m} {item}" for m, item in zip(marks, block.items, strict=True)))
        else:
            out.append(markdown_table(block.header, block.rows))
    return "\n\n".join(out) + "\n"


_PDF_REPLACEMENTS = {
    "–": "-",
    "—": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "≥": ">=",
    "≤": "<=",
    "…": "...",
    "☐": "[ ]",
    "→": "->",
    "\u00a0": " ",
}


def _pdf_text(text: str) -> str:
    """Text for the PDF's built-in fonts (Latin-1): typographic marks become plain ones."""
    for old, new in _PDF_REPLACEMENTS.items():
        text = text.replace(old, new)
    return text.encode("latin-1", "replace").decode("latin-1")


def _pdf_link_line(pdf: Any, block: LinkLine, room: float, width: float) -> float:
    """The line, bold, with the link under it, ``room`` wide; a QR code of a full link floats at
    the right. Returns where the QR code ends (the blocks beside it run narrower)."""
    top = pdf.get_y()
    full = "://" in block.url
    if full:
        room = min(room, width - QR_SIZE_MM - QR_GAP_MM)
        pdf.image(io.BytesIO(qr_png(block.url, scale=4)), x=pdf.l_margin + width - QR_SIZE_MM, y=top, w=QR_SIZE_MM)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.multi_cell(room, 4, _pdf_text(block.text), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(room, 4, _pdf_text(block.url), link=block.url if full else "", new_x="LMARGIN", new_y="NEXT")
    return top + QR_SIZE_MM if full else 0.0


def to_pdf(blocks: Sequence[Block], title: str) -> bytes:
    """The blocks as an A4 PDF, drawn with the PDF's built-in Helvetica (no font files needed)."""
    from fpdf import FPDF  # imported on first use: it is large, and most visits never print

    pdf = FPDF(format="A4")
    pdf.set_title(_pdf_text(title))
    pdf.set_auto_page_break(auto=True, margin=8)
    pdf.set_margins(11, 8, 11)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    float_bottom = 0.0  # where a QR code floating at the right ends; text beside it runs narrower
    for block in blocks:
        room = width - QR_SIZE_MM - QR_GAP_MM if pdf.get_y() < float_bottom else width
        if isinstance(block, Heading):
            pdf.set_font("Helvetica", "B", 14 if block.level == 1 else 10)
            pdf.multi_cell(room, 5.0, _pdf_text(block.text), new_x="LMARGIN", new_y="NEXT")
        elif isinstance(block, Paragraph):
            pdf.set_font("Helvetica", "", BODY_PT)
            pdf.multi_cell(room, LINE_MM, _pdf_text(block.text), markdown=True, new_x="LMARGIN", new_y="NEXT")
        elif isinstance(block, LinkLine):
            float_bottom = _pdf_link_line(pdf, block, room, width)
        elif isinstance(block, Bullets):
            pdf.set_font("Helvetica", "", BODY_PT)
            for i, item in enumerate(block.items, start=1):
                mark = f"{i}." if block.numbered else "-"
                text = _pdf_text(f"{mark} {item}")
                pdf.multi_cell(room, LINE_MM, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_y(max(pdf.get_y(), float_bottom))
            pdf.set_font("Helvetica", "", TABLE_PT)
            with pdf.table(
                [[_pdf_text(h) for h in block.header], *[[_pdf_text(c) for c in row] for row in block.rows]],
                width=width,
                line_height=TABLE_LINE_MM,
                padding=0.6,
                first_row_as_headings=True,
            ):
                pass
        pdf.ln(BLOCK_GAP_MM)
    return bytes(pdf.output())
