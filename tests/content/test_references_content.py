"""references.csv: one work per row, each with its own address; seeded faults with their exact messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.content.helpers import cell, problems, read_rows, set_cell, write_rows
from vitd.content import load_content
from vitd.models.references import REFERENCES, url_count
from vitd.sources import cited_ids

ROOT = Path(__file__).resolve().parents[2]
CONTENT = load_content(ROOT / "data")
REFERENCE_ROWS = CONTENT.table(REFERENCES)

NOT_CITED = {"S65", "S66", "S101"}
"""Sources whose origin is itself a commercial or blog page: never cited."""
COPIES = ("zana.com", "britbrief", "doctoori", "drpharmacy", "infomedhealth", "barabone", "vitamindwiki", "docksci")
"""Hosts that facts were only read through: a reference points at the original publisher instead."""


def test_every_row_is_one_work_at_its_own_address() -> None:
    urls = [r.url for r in REFERENCE_ROWS if r.url]
    assert len(urls) == len(set(urls))
    assert all(url_count(url) == 1 for url in urls)


def test_bundled_ids_are_split_into_one_id_per_work() -> None:
    ids = {r.id for r in REFERENCE_ROWS}
    for bundle in ("S28", "S30", "S35", "S36", "S37", "S39", "S42", "S58"):
        assert bundle not in ids, bundle
    assert {"S28a", "S28b", "S28c", "S30a", "S30b", "S35a", "S35b", "S35c", "S35d"} <= ids
    assert {"S36a", "S36b", "S36c", "S37a", "S37b", "S37c", "S37d", "S39a", "S39b"} <= ids


def test_the_osteomalacia_staging_paper_is_not_filed_under_a_heart_journal() -> None:
    staging = next(r for r in REFERENCE_ROWS if r.id == "S37b")
    assert staging.authors and staging.authors.startswith("Minisola S")
    assert "Heart" not in (staging.publisher or "")


def test_no_citation_of_commercial_origins_or_of_copies() -> None:
    assert not NOT_CITED & set(cited_ids(CONTENT))
    assert not NOT_CITED & {r.id for r in REFERENCE_ROWS}
    for reference in REFERENCE_ROWS:
        assert not any(host in (reference.url or "") for host in COPIES), reference.id


def test_every_cited_id_is_a_reference_and_every_reference_is_cited() -> None:
    cited = set(cited_ids(CONTENT))
    listed = {r.id for r in REFERENCE_ROWS}
    assert cited <= listed
    assert listed - cited == set(), "uncited references"


def _two_urls(folder: Path) -> None:
    path = folder / "references.csv"
    set_cell(path, 3, "url", cell(path, 3, "url") + "; https://example.org/other-work")


def _shared_url(folder: Path) -> None:
    path = folder / "references.csv"
    set_cell(path, 5, "url", cell(path, 2, "url").replace("https://", "https://www.").rstrip("/"))


def _bundle_row(folder: Path) -> None:
    path = folder / "references.csv"
    rows = read_rows(path)
    rows.append(["S900", "A; B", "Two works", "Various", "", "https://a.example/one https://b.example/two", ""])
    write_rows(path, rows)


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    (
        "two URLs in one row",
        _two_urls,
        "references.csv:3: url: holds more than one URL; a reference is one work: give each work its own row",
    ),
    (
        "two URLs separated by a space",
        _bundle_row,
        "references.csv:{rows}: url: holds more than one URL; a reference is one work: give each work its own row",
    ),
    (
        "two rows share one URL",
        _shared_url,
        "references.csv:5: url: same URL as S1 (row 2); each work has its own URL",
    ),
]


@pytest.mark.parametrize(("case", "breaks", "expected"), CASES, ids=[c[0] for c in CASES])
def test_reference_faults_are_reported(
    content_dir: Path, case: str, breaks: Callable[[Path], None], expected: str
) -> None:
    rows = len(read_rows(content_dir / "references.csv"))
    breaks(content_dir)
    assert problems(content_dir) == [expected.format(rows=rows + 1)]
