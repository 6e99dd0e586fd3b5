"""The journeys of USERS.md in Debian's Chromium, one test per thing a person tripped on.

A panel member before a meeting (dashboard, the next meeting, what it says where), a
research officer tracking an AFI (finding, its timeline, a correction), a journalist
searching a phrase (no match, then a wider search). Read-only except where noted.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_this_page_as_json_works_from_the_front_page(page: Any) -> None:
    """The footer's JSON link on ``/`` pointed at ``/.json`` (404); the upload form
    linked to a JSON twin it does not have."""
    page.goto("/")
    with page.expect_response(lambda r: ".json" in r.url) as answer:
        page.get_by_role("link", name="This page as JSON").click()
    assert answer.value.status == 200
    assert "overdue_actions" in json.loads(answer.value.text())
    page.goto("/actions?status=open")
    href = page.get_by_role("link", name="This page as JSON").get_attribute("href")
    assert href == "/actions.json?status=open"
    page.goto("/upload")
    assert page.get_by_role("link", name="This page as JSON").count() == 0


def test_a_phrase_with_no_match_says_what_to_try(page: Any) -> None:
    """A journalist's phrase with no match showed an empty "Narrow the results" column and
    "0 passages found" with nothing to do next."""
    page.goto("/")
    page.get_by_label("Search papers").fill('"stalking zebra protection"')
    page.get_by_role("button", name="Search").first.click()
    page.wait_for_url("**/search?q=*")
    empty = page.locator("#no-results")
    assert empty.is_visible()
    assert "No passage matches" in empty.inner_text()
    assert page.get_by_role("heading", name="Narrow the results").count() == 0
    empty.get_by_role("link", name="Search the words without quotes").click()
    page.wait_for_url("**/search?q=*")
    assert page.locator("#q").input_value() == "stalking zebra protection"


def test_a_search_narrowed_to_nothing_offers_every_paper(page: Any) -> None:
    page.goto("/search?q=stalking+protection&year=2019")
    empty = page.locator("#no-results")
    assert empty.is_visible()
    empty.get_by_role("link", name="Search every paper").click()
    page.wait_for_url("**/search?q=*")
    assert "year=" not in page.url
    assert page.locator(".app-result").count() > 0


def test_a_tracked_finding_offers_only_a_findings_fields(page: Any) -> None:
    """The correction form of a tracked AFI offered Answer, Due and Owner (an action's
    and a question's fields); its timeline showed the stored code ``in_progress``."""
    page.goto("/items?kind=finding")
    page.locator("main table tbody tr a").first.click()
    page.wait_for_url("**/items/**")
    timeline = page.locator("#timeline ~ div table, #timeline + * table").first
    assert "in_progress" not in page.locator("main").inner_text()
    assert timeline.count() == 1
    form = page.locator("form[action$='/corrections']")
    if form.count() == 0:
        pytest.skip("the live server is not editable")
    offered = set(form.locator("select[name=field] option").all_inner_texts())
    assert {"Rag", "Status", "Anticipated completion"} <= offered
    assert not offered & {"Answer", "Due", "Owner"}, offered


def test_a_finding_record_shows_rag_and_status_as_words(page: Any) -> None:
    page.goto("/findings")
    page.locator("main table tbody tr a[href^='/findings/']").first.click()
    page.wait_for_url("**/findings/**")
    facts = page.locator("dl.govuk-summary-list").first.inner_text()
    assert "in_progress" not in facts
    assert page.locator("dl.govuk-summary-list .govuk-tag").count() >= 1


def test_a_meeting_known_from_a_mention_links_to_it(page: Any) -> None:
    """A meeting only announced in another paper ("Date of next meeting") showed four
    empty sections and no way to see where the date came from."""
    page.goto("/meetings?body=Policing+Accountability+Board")
    page.get_by_role("link", name="16 July 2025").first.click()
    page.wait_for_url("**/meetings/**")
    named = page.locator("#named-in")
    assert named.is_visible()
    named.get_by_role("link").first.click()
    page.wait_for_url("**/papers/**")
    cited = page.locator("mark#cited")
    assert cited.is_visible()
    assert "16 July 2025" in cited.inner_text()
