"""Writing (insert / update / noop, one transaction) and the shared read queries."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from scrutiny.errors import NotFound, StoreError
from scrutiny.store.repository import (
    RecordQuery,
    file_content,
    flat_record,
    get_paper,
    get_record,
    list_papers,
    list_records,
    paper_blocks,
    store_document,
    table_counts,
)
from scrutiny.store.tables import RECORD_TABLES, Block


def store(db, sample):
    with db.session() as session:
        return store_document(session, sample.document, sample.papers, sample.extraction,
                              sample.data)


def test_first_store_inserts_everything(db, sample):
    stored = store(db, sample)
    assert stored.papers.insert == 1
    assert stored.records["actions"].insert == 2
    assert stored.records["meetings"].insert == 1
    assert stored.blocks == len(sample.document.blocks)
    with db.session() as session:
        counts = table_counts(session)
    assert counts["files"] == 1 and counts["actions"] == 2 and counts["questions"] == 1


def test_storing_the_same_content_again_is_all_noop(db, sample, make_sample):
    first = store(db, sample)
    again = store(db, make_sample())
    assert again.papers.noop == 1 and again.papers.insert == 0
    assert {t: (c.insert, c.update, c.noop) for t, c in again.records.items() if c.total} == {
        "meetings": (0, 0, 1), "questions": (0, 0, 1), "actions": (0, 0, 2)
    }
    with db.session() as session:
        assert table_counts(session)["actions"] == first.records["actions"].insert


def test_a_changed_field_is_an_update_with_the_same_id(db, sample, make_sample):
    store(db, sample)
    with db.session() as session:
        before = list_records(session, "actions", RecordQuery(owner="force")).items[0]
    changed = make_sample()
    changed.extraction.actions[0].status = "discharged"  # not part of the natural key
    again = store(db, changed)
    assert (again.records["actions"].update, again.records["actions"].noop) == (1, 1)
    with db.session() as session:
        after = get_record(session, "actions", before["id"])
    assert after["status"] == "discharged"


def test_a_record_no_longer_extracted_is_deleted(db, sample, make_sample):
    store(db, sample)
    fewer = make_sample()
    fewer.extraction.actions.pop()
    again = store(db, fewer)
    assert again.records["actions"].delete == 1
    with db.session() as session:
        assert list_records(session, "actions", RecordQuery()).total == 1


def test_same_key_twice_in_one_file_gives_two_records(db, sample):
    sample.extraction.actions.append(sample.extraction.actions[0].model_copy())
    stored = store(db, sample)
    assert stored.records["actions"].insert == 3


def test_a_record_without_source_is_not_stored_and_is_reported(db, sample):
    sample.extraction.questions[0].source = None
    stored = store(db, sample)
    assert stored.records["questions"].total == 0
    assert stored.warnings == ["1 questions without a source passage were not stored"]


def test_a_failure_inside_the_transaction_stores_nothing(db, sample):
    with pytest.raises(RuntimeError), db.session() as session:
        store_document(session, sample.document, sample.papers, sample.extraction, sample.data)
        raise RuntimeError("a later step failed")
    with db.session() as session:
        assert set(table_counts(session).values()) == {0}


def test_records_carry_provenance(db, sample):
    store(db, sample)
    with db.session() as session:
        action = list_records(session, "actions", RecordQuery(owner="opcc")).items[0]
    text = sample.document.text
    assert action["source"]["text"] == text[action["source"]["start"]:action["source"]["end"]]
    assert action["source"]["text"].startswith("ACTION: OPCC")
    assert action["extractor"] == "actions/1"
    assert action["paper"]["title"] == "Minutes"
    assert action["file"]["name"] == "2025-03-05_minutes.txt"


@pytest.mark.parametrize(
    ("query", "owners"),
    [
        (RecordQuery(), ["Force", "OPCC"]),
        (RecordQuery(status="open"), ["Force"]),
        (RecordQuery(owner="opc"), ["OPCC"]),
        (RecordQuery(body="northvale"), ["Force", "OPCC"]),
        (RecordQuery(body="elsewhere"), []),
        (RecordQuery(since="2025-03"), ["Force", "OPCC"]),
        (RecordQuery(until="2025-03"), ["Force", "OPCC"]),
        (RecordQuery(until="2025-02"), []),
        (RecordQuery(since="2025-03-06"), []),
        (RecordQuery(sort="-owner"), ["OPCC", "Force"]),
        (RecordQuery(sort="owner", limit=1), ["Force"]),
        (RecordQuery(sort="owner", offset=1), ["OPCC"]),
    ],
)
def test_action_filters(db, sample, query, owners):
    store(db, sample)
    with db.session() as session:
        page = list_records(session, "actions", query)
    result = [item["owner"] for item in page.items]
    assert result == owners if query.sort else sorted(result) == sorted(owners)


def test_nul_in_user_text_is_harmless(db, sample):
    store(db, sample)
    with db.session() as session:
        assert list_records(session, "actions", RecordQuery(owner="for\x00ce")).total == 1


def test_total_counts_all_matches_not_the_page(db, sample):
    store(db, sample)
    with db.session() as session:
        page = list_records(session, "actions", RecordQuery(limit=1))
    assert (len(page.items), page.total) == (1, 2)


def test_filters_a_type_lacks_are_refused_clearly(db, sample):
    store(db, sample)
    with db.session() as session, pytest.raises(StoreError) as error:
        list_records(session, "meetings", RecordQuery(owner="Force"))
    assert str(error.value) == (
        "the owner filter does not apply to meetings (only actions, questions)"
    )


def test_unknown_sort_column_is_refused(db, sample):
    with db.session() as session, pytest.raises(StoreError, match="cannot sort actions by 'x'"):
        list_records(session, "actions", RecordQuery(sort="x"))


def test_papers_and_file_content(db, sample):
    store(db, sample)
    with db.session() as session:
        papers = list_papers(session)
        assert [p["title"] for p in papers] == ["Minutes"]
        assert get_paper(session, papers[0]["id"])["file"]["name"] == "2025-03-05_minutes.txt"
        assert file_content(session, sample.document.sha256) == (
            "2025-03-05_minutes.txt", sample.data)
        with pytest.raises(NotFound):
            get_paper(session, "nope")


def test_deleting_a_paper_cascades_to_blocks_and_records(db, sample):
    store(db, sample)
    from scrutiny.store.tables import Paper

    with db.session() as session:
        session.delete(session.scalars(select(Paper)).one())
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Block)) == 0
        assert session.scalar(select(func.count()).select_from(RECORD_TABLES["actions"])) == 0


def test_flat_record_for_csv(db, sample):
    store(db, sample)
    with db.session() as session:
        meeting = list_records(session, "meetings", RecordQuery()).items[0]
    flat = flat_record(meeting)
    assert flat["present"] == "Cllr Ann Example; Cllr Bob Sample"
    assert flat["source_page"] == 1 and flat["paper_kind"] == "minutes"


def test_list_papers_filters_and_blocks(db, sample):
    store(db, sample)
    with db.session() as session:
        assert list_papers(session, body="northvale", kind="minutes")[0]["pages"] == 1
        assert list_papers(session, kind="report") == []
        assert list_papers(session, body="elsewhere") == []
        paper = list_papers(session)[0]
        blocks = paper_blocks(session, paper["id"])
    assert [b.text for b in blocks] == [b.text for b in sample.document.blocks]
    assert blocks[0].kind == "heading"
