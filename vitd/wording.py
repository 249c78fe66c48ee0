"""Words a student can read: the reading level of the content, and the technical terms it uses.

Every text a student reads is found by walking the loaded content files (so a new field or file
is checked without a code change), measured with the Flesch–Kincaid grade, and searched for
the technical terms below, each of which needs a glossary entry. Advanced-level texts and the
educators' files are left out: they are written for other readers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from vitd.content import SPECS, Content, ContentUnavailable
from vitd.models.glossary import GLOSSARY, GlossaryEntry
from vitd.models.hosting_guide import HOSTING_GUIDE
from vitd.models.lesson import LESSON
from vitd.models.references import REFERENCES
from vitd.models.symptoms import SYMPTOM_SCREEN
from vitd.models.units import UNITS

MAX_GRADE = 10.0
"""Flesch–Kincaid grade 10 is about age 15–16, the end of lower secondary school."""
MIN_WORDS = 25
"""Shorter texts (labels, headings, table cells of a few words) are not measured."""

NOT_FOR_STUDENTS = (REFERENCES, LESSON, HOSTING_GUIDE, UNITS)
"""Files whose words are not student reading: bibliographic records, the educators' lesson plan
and hosting guide, and numbers."""
SKIPPED_FIELDS = frozenset({"advanced", "id", "url", "link", "icon", "screen", "more_screen", "source_ids", "ndb"})
"""Fields that hold the advanced version of a text, or ids, links and codes rather than prose."""

TECHNICAL_TERMS: tuple[str, ...] = (
    "25(OH)D",
    "1,25(OH)2D",
    "ALP",
    "alkaline phosphatase",
    "ankle–brachial index",
    "AUC",
    "bariatric",
    "biopsy",
    "cauda equina",
    "claudication",
    "coeliac disease",
    "compartment syndrome",
    "creatine kinase",
    "Crohn's disease",
    "cut-off",
    "cystic fibrosis",
    "D-dimer",
    "DVT",
    "deep vein thrombosis",
    "fortified",
    "glucocorticoid",
    "hyperparathyroidism",
    "IU",
    "ischaemia",
    "mcg",
    "melanin",
    "mineralised",
    "MRI",
    "myalgia",
    "myopathy",
    "ng/mL",
    "nmol/L",
    "odds ratio",
    "osteomalacia",
    "osteoporosis",
    "PAD",
    "parathyroid hormone",
    "peripheral artery disease",
    "phosphate",
    "pooled analysis",
    "prevalence",
    "previtamin D3",
    "proximal",
    "PTH",
    "pulmonary embolism",
    "quadriceps",
    "RDA",
    "receptor",
    "rhabdomyolysis",
    "rickets",
    "sciatica",
    "sensitivity",
    "shin splints",
    "specificity",
    "statin",
    "sternum",
    "stress fracture",
    "subclinical",
    "tendinitis",
    "tibia",
    "UL",
    "ultrasound",
    "UVB",
)
"""Technical terms a student may meet in the app. A student text that uses one needs a glossary
entry for it (its term or one of its other names). Add a term here when a text starts using it."""


@dataclass(frozen=True)
class StudentText:
    """One text a student reads, and where it lives (file and path, as in validation messages)."""

    where: str
    text: str


def _plain(text: str) -> str:
    """Text without Markdown links, emphasis, icons, list marks or ``{placeholders}``."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r":material/[a-z_]+:", "", text)
    text = re.sub(r"\{[a-z_]+\}", "it", text)
    text = re.sub(r"[*_`]", "", text)
    return re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", text, flags=re.M)


def _syllables(word: str) -> int:
    letters = re.sub(r"[^a-z]", "", word.lower())
    count = len(re.findall(r"[aeiouy]+", letters))
    if letters.endswith("e") and not letters.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def words(text: str) -> list[str]:
    """The words of a text (numbers and symbols are not words)."""
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", _plain(text))


def reading_grade(text: str) -> float:
    """Flesch–Kincaid grade level of a text, with Markdown reduced to its words."""
    plain = _plain(text)
    found = words(plain)
    if not found:
        return 0.0
    sentences = max(1, len(re.findall(r"[.!?](?:\s|$)", plain)))
    syllables = sum(_syllables(w) for w in found)
    return 0.39 * len(found) / sentences + 11.8 * syllables / len(found) - 15.59


def _texts_in(value: Any, where: str) -> Iterator[StudentText]:
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name not in SKIPPED_FIELDS:
                yield from _texts_in(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, list | tuple):
        for number, item in enumerate(value, start=1):
            yield from _texts_in(item, f"{where}[{number}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts_in(item, f"{where}.{key}")
    elif isinstance(value, str):
        yield StudentText(where, value)


def content_texts(content: Content, *, students_only: bool = False) -> list[StudentText]:
    """Every text of the loaded content files (or only those a student reads), with where it lives."""
    found: list[StudentText] = []
    for spec in SPECS:
        if students_only and spec in NOT_FOR_STUDENTS:
            continue
        try:
            records = content.table(spec) if hasattr(spec, "key") else content.doc(spec)
        except ContentUnavailable:
            continue
        found.extend(_texts_in(records, spec.filename))
    return found


def student_texts(content: Content) -> list[StudentText]:
    """Every text a student reads on a screen or in the handout, with quiz red-flag actions filled in."""
    from vitd.symptoms import fill_actions

    urgent = content.doc(SYMPTOM_SCREEN).urgent
    return [StudentText(t.where, fill_actions(t.text, urgent)) for t in content_texts(content, students_only=True)]


ITALICS = re.compile(
    r"(?<![*\w])\*(?![*\s])[^*\n]+?(?<![*\s])\*(?![*\w])"  # *word*
    r"|(?<![_\w])_(?![_\s])[^_\n]+?(?<![_\s])_(?![_\w])"  # _word_
)
"""Markdown italics (``*word*`` or ``_word_``). The app writes none: italic text makes the browser
fetch a second font (135 KiB) and re-flow the text when it arrives, so a screen jumps as it loads.
Bold (``**word**``) uses the font already loaded."""


def italics_in(text: str) -> list[str]:
    """The italic passages of a Markdown text."""
    return ITALICS.findall(text)


def measured_texts(content: Content) -> list[StudentText]:
    """The student texts long enough to measure (:data:`MIN_WORDS` words or more)."""
    return [t for t in student_texts(content) if len(words(t.text)) >= MIN_WORDS]


def term_pattern(term: str) -> re.Pattern[str]:
    """A term as a whole word: abbreviations (all capitals) match case, other terms ignore it and
    also match a plural or ``-ed`` form; dashes match either dash."""
    body = re.escape(term).replace("–", "[–-]").replace("\\-", "[–-]")
    if term.isupper() or any(c.isdigit() for c in term):
        return re.compile(rf"(?<![\w(]){body}(?![\w)])")
    return re.compile(rf"(?<![\w]){body}(?:s|es|d)?(?!\w)", re.IGNORECASE)


def terms_used(text: str) -> list[str]:
    """The technical terms a text uses, in :data:`TECHNICAL_TERMS` order."""
    plain = _plain(text)
    return [term for term in TECHNICAL_TERMS if term_pattern(term).search(plain)]


def glossary_names(entries: tuple[GlossaryEntry, ...] | list[GlossaryEntry]) -> set[str]:
    """Every name the glossary explains (terms and other names), lower-cased, dashes unified."""
    names = {n for e in entries for n in (e.term, *e.also_known_as)}
    return {n.casefold().replace("–", "-") for n in names}


def unexplained_terms(content: Content) -> list[tuple[str, str]]:
    """(where, term) for each technical term a student text uses without a glossary entry."""
    known = glossary_names(list(content.table(GLOSSARY)))
    missing = []
    for text in student_texts(content):
        for term in terms_used(text.text):
            if term.casefold().replace("–", "-") not in known:
                missing.append((text.where, term))
    return missing
