"""Search: the same queries give the same sensible order on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select

from scrutiny.ingest.paper import Paper, PaperKind
from scrutiny.records import Extraction
from scrutiny.store.repository import store_document
from scrutiny.store.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    facets,
    fts5_expression,
    highlight_parts,
    parse_query,
    search,
)
from scrutiny.store.tables import Block
from scrutiny.store.tables import Paper as PaperRow

FOCUSED = """# Stalking protection orders

Stalking protection orders let the courts restrict a suspect quickly. The number of
stalking protection orders granted by the courts rose this year.
"""

PASSING = """# Quarterly performance report

Demand on the control room remained high through the summer months and staffing was
stretched across every district. Officers dealt with one report of stalking during the
festival weekend, alongside many public order incidents, and protection of vulnerable
people at night remained a priority for the neighbourhood teams across the county.
"""

UNRELATED = """# Estates strategy

The estates strategy sets out the plan for police buildings over the next decade.
"""


def put(db, read_sample, text: str, name: str, *, body: str, kind: PaperKind, date: str) -> None:
    sample = read_sample(text, name)
    paper = Paper(sample.document, 0, len(sample.document.blocks), title=name, kind=kind,
                  date=date, body=body)
    with db.session() as session:
        store_document(session, sample.document, [paper], Extraction(file=name), sample.data)


@pytest.fixture
def corpus(db, read_sample):
    put(db, read_sample, FOCUSED, "focused.txt", body="Northvale Police and Crime Panel",
        kind="report", date="2024-06-01")
    put(db, read_sample, PASSING, "passing.txt", body="Performance Board",
        kind="performance_report", date="2023-09-01")
    put(db, read_sample, UNRELATED, "unrelated.txt", body="Northvale Police and Crime Panel",
        kind="report", date="2024-01-01")
    return db


def titles(hits) -> list[str]:
    return [hit.paper_title for hit in hits]


def test_focused_passages_rank_above_a_passing_mention(corpus):
    with corpus.session() as session:
        hits = search(session, "stalking protection orders")
    assert titles(hits)[:2] == ["focused.txt", "focused.txt"]
    assert hits[0].block_kind == "heading"  # headings weigh more on both engines
    assert titles(hits)[-1] == "passing.txt"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_snippets_mark_matches_with_sentinels(corpus):
    with corpus.session() as session:
        hit = search(session, "courts")[0]
    assert f"{HIGHLIGHT_START}courts{HIGHLIGHT_END}" in hit.snippet
    assert ("courts", True) in highlight_parts(hit.snippet)
    assert "<" not in hit.snippet


def test_stemming_finds_other_forms(corpus):
    with corpus.session() as session:
        assert titles(search(session, "granting"))[:1] == ["focused.txt"]


def test_hit_points_at_its_passage(corpus, read_sample):
    with corpus.session() as session:
        hit = search(session, "estates strategy decade")[0]
    sample = read_sample(UNRELATED, "unrelated.txt")
    assert "decade" in sample.document.text[hit.start:hit.end]
    assert hit.page == 1 and hit.file_name == "unrelated.txt"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"body": "performance"}, {"passing.txt"}),
        ({"kind": "report"}, {"focused.txt"}),
        ({"year": 2023}, {"passing.txt"}),
        ({"year": "2024"}, {"focused.txt"}),
    ],
)
def test_filters(corpus, filters, expected):
    with corpus.session() as session:
        assert set(titles(search(session, "stalking", **filters))) == expected


def test_phrase_or_and_exclusion(corpus):
    with corpus.session() as session:
        assert set(titles(search(session, '"protection orders"'))) == {"focused.txt"}
        assert set(titles(search(session, "estates OR festival"))) == {
            "unrelated.txt", "passing.txt"}
        with_word = search(session, "report")
        without = search(session, "report -festival")
    assert len(without) == len(with_word) - 1
    assert all("festival" not in hit.snippet for hit in without)


def test_limit_and_offset(corpus):
    with corpus.session() as session:
        everything = search(session, "stalking", limit=10)
        second = search(session, "stalking", limit=1, offset=1)
    assert [h.block_id for h in second] == [everything[1].block_id]


def test_facets_count_hits(corpus):
    with corpus.session() as session:
        result = facets(session, "stalking")
    assert result.total == 3
    assert dict(result.body) == {"Northvale Police and Crime Panel": 2, "Performance Board": 1}
    assert dict(result.kind) == {"report": 2, "performance_report": 1}
    assert dict(result.year) == {"2024": 2, "2023": 1}


@pytest.mark.parametrize(
    "query",
    ['"', "'", "NEAR(", "AND", "OR OR", "-", "*", "col:value", "^start", "a:b:c", "((x",
     '"unterminated phrase', "stalking AND", "NOT stalking", "\x00", "0\x00", "；", "   "],
)
def test_query_syntax_never_crashes(corpus, query):
    with corpus.session() as session:
        search(session, query)
        facets(session, query)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40))
def test_any_text_is_a_valid_query(corpus, query):
    with corpus.session() as session:
        search(session, query, limit=3)


def test_nul_in_filters_is_harmless(corpus):
    with corpus.session() as session:
        assert search(session, "stalking", body="perf\x00ormance", kind="\x00") != []


def test_queries_without_words_match_nothing(corpus):
    with corpus.session() as session:
        assert search(session, "!!! ---") == []
        assert facets(session, "").total == 0


def test_fts5_expression_quotes_every_token():
    assert fts5_expression('stalking NEAR orders* "protection order"') == (
        '"stalking" AND "near" AND "orders" AND "protection order"'
    )
    assert fts5_expression("a OR b -c") == '("a" OR "b") NOT ("c")'
    assert fts5_expression("the police") == '"police"'
    assert fts5_expression("OR police") == '"police"'
    assert fts5_expression("the") == '"the"'


def test_parse_query_keeps_structure():
    parsed = parse_query('rape OR "sexual offences" -historic')
    assert parsed.groups == [[("rape",), ("sexual", "offences")]]
    assert parsed.excluded == [("historic",)]


def test_storing_a_file_again_keeps_one_hit_per_passage(corpus, read_sample):
    before = search_ids(corpus, "stalking")
    put(corpus, read_sample, FOCUSED, "focused.txt", body="Northvale Police and Crime Panel",
        kind="report", date="2024-06-01")
    after = search_ids(corpus, "stalking")
    assert len(after) == len(before) == 3  # two focused passages, one passing mention
    assert after != before  # the focused file's blocks were replaced, with new ids


def test_a_changed_file_is_found_by_its_new_words_only(db, read_sample):
    put(db, read_sample, UNRELATED, "estates.txt", body="Estates Board", kind="report",
        date="2024-01-01")
    changed = UNRELATED.replace("buildings", "custody suites")
    sample = read_sample(changed, "estates.txt")
    paper = Paper(sample.document, 0, len(sample.document.blocks), title="estates.txt")
    with db.session() as session:  # a new file, then the old file's paper deleted
        store_document(session, sample.document, [paper], Extraction(file="estates.txt"),
                       sample.data)
        session.execute(delete(PaperRow).where(PaperRow.file_sha256 != sample.document.sha256))
    assert search_ids(db, "custody suites")
    assert search_ids(db, "buildings") == []


def test_blocks_written_by_any_other_writer_are_searchable(corpus):
    """Only store_document indexes in one pass; a plain insert is indexed row by row."""
    with corpus.session() as session:
        paper = session.scalars(select(PaperRow.id).order_by(PaperRow.id)).first()
        session.execute(insert(Block), [{
            "paper_id": paper, "seq": 99, "page": 1, "kind": "paragraph", "char_start": 0,
            "char_end": 30, "text": "Hydrotherapy pool refurbishment", "rows": None}])
    assert len(search_ids(corpus, "hydrotherapy")) == 1
    assert len(search_ids(corpus, "stalking")) == 3  # the one-pass index was not disturbed


def search_ids(db, query: str) -> list[int]:
    with db.session() as session:
        return [hit.block_id for hit in search(session, query, limit=50)]
