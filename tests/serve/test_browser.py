"""End to end in Debian's Chromium: what a person does, page by page.

A real uvicorn server on 127.0.0.1 serves the example papers; Playwright drives the
browser. Screenshots go to tests/artifacts/ for a person to look at. Each page is also
checked with axe-core for serious or critical WCAG 2.2 AA problems.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def serious_violations(tab: Any) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as loaded."""
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        AXE_TAGS,
    )
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"],
         "nodes": [n["html"][:120] for n in v["nodes"][:3]]}
        for v in result["violations"] if v["impact"] in {"serious", "critical"}
    ]


@pytest.fixture
def axe_page(browser: Any, live_server: str) -> Iterator[Any]:
    """A page that lets axe's injected script run despite the site's CSP."""
    context = browser.new_context(base_url=live_server, bypass_csp=True,
                                  viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def first_href(tab: Any, selector: str) -> str:
    return str(tab.locator(selector).first.get_attribute("href"))


def test_follow_an_overdue_action_to_its_highlighted_source(
    page: Any, screenshot: Callable[[Any, str], Path]
) -> None:
    page.goto("/?as_of=2025-06-30")
    screenshot(page, "dashboard")
    overdue = page.get_by_role("heading", name="Overdue actions")
    assert overdue.is_visible()
    table = page.locator("#overdue-actions")
    action_text = table.locator("tbody tr").first.locator("td").first.inner_text()
    table.locator("tbody tr").first.get_by_role("link", name="Source").click()
    page.wait_for_url("**/papers/**")
    cited = page.locator("mark#cited")
    assert cited.is_visible()
    assert cited.evaluate("el => { const r = el.getBoundingClientRect();"
                          " return r.top >= 0 && r.top < window.innerHeight; }"), \
        "the cited passage should be scrolled into view"
    marked = " ".join(page.locator("mark").all_inner_texts()).lower()
    words = [w.strip(".,;:'") for w in action_text.lower().split() if len(w) > 3][:2]
    assert words and all(word in marked for word in words), (words, marked[:200])
    screenshot(page, "paper-cited-action")


def test_search_and_open_a_result(page: Any, screenshot: Callable[[Any, str], Path]) -> None:
    page.goto("/")
    page.get_by_label("Search papers").fill("stalking protection")
    page.get_by_role("button", name="Search").first.click()
    page.wait_for_url("**/search?q=*")
    results = page.locator(".app-result")
    assert results.count() > 0
    assert page.locator(".app-snippet mark").count() > 0
    screenshot(page, "search-results")
    title = results.first.locator("h2 a")
    title.click()
    page.wait_for_url("**/papers/**")
    assert page.locator("mark#cited").is_visible()
    assert "stalking" in page.locator("mark").first.inner_text().lower()
    screenshot(page, "search-opened")


def test_upload_two_papers_one_bad(
    page: Any, tmp_path: Path, papers_dir: Path, screenshot: Callable[[Any, str], Path]
) -> None:
    good = tmp_path / "2025-06-11_board-notes.md"
    good.write_text("# Westfold Accountability Board\n\nMeeting Notes, 11 June 2025\n\n"
                    "ACTION: Force to report on drone use by 1 September 2025.\n")
    page.goto("/upload")
    page.get_by_label("Choose papers").set_input_files([str(good), str(papers_dir / "broken.pdf")])
    page.get_by_role("button", name="Upload and read").click()
    rows = page.locator(".app-upload-results tbody tr")
    rows.first.wait_for()
    assert page.url.endswith("/upload")  # swapped in by HTMX, no page load
    statuses = {row.locator("td").first.inner_text(): row.get_attribute("data-status")
                for row in rows.all()}
    assert statuses == {"2025-06-11_board-notes.md": "inserted", "broken.pdf": "failed"}
    reason = page.locator("tr[data-status=failed] td").nth(2).inner_text()
    assert len(reason.strip()) > 10, "a failed file shows why"
    screenshot(page, "upload-results")


def test_hostile_paper_renders_as_text(page: Any, screenshot: Callable[[Any, str], Path]) -> None:
    page.goto("/search?q=hostile+input")
    page.locator(".app-result h2 a").first.click()
    page.wait_for_url("**/papers/**")
    body = page.locator("article.app-paper").inner_text()
    assert "<script>alert(1)</script>" in body
    assert "javascript:alert(2)" in body
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.evaluate("document.querySelectorAll('article script').length") == 0
    assert page.dialogs == []
    screenshot(page, "hostile-paper")


def test_correct_a_field_and_see_it_in_the_history(
    page: Any, screenshot: Callable[[Any, str], Path]
) -> None:
    from scrutiny.serve.tracking import corrections_available

    if not corrections_available():
        pytest.skip("tracking (scrutiny.track.edits) is not in this tree yet")
    page.goto("/actions?owner=Force&sort=due")
    page.locator(".app-register tbody tr td:nth-child(2) a").first.click()
    page.wait_for_url("**/actions/**")
    page.get_by_label("Field").select_option("owner")
    page.get_by_label("Correct value").fill("OPCC")
    page.get_by_label("Reason").fill("The minutes of the next meeting give it to the OPCC")
    page.get_by_label("Your name").fill("Test Officer")
    page.get_by_role("button", name="Save correction").click()
    page.wait_for_url("**#corrections")
    row = page.locator(".app-history-row").first
    assert "Test Officer" in row.inner_text() and "OPCC" in row.inner_text()
    assert page.locator(".govuk-tag:has-text('Corrected')").count() == 1
    screenshot(page, "record-corrected")


def test_tracked_action_timeline_cites_each_paper(
    page: Any, screenshot: Callable[[Any, str], Path]
) -> None:
    page.goto("/?as_of=2025-06-30")
    links = page.locator("#overdue-actions tbody a")
    if "/items/" not in str(links.first.get_attribute("href")):
        pytest.skip("tracking has not linked any action in this tree")
    links.first.click()
    page.wait_for_url("**/items/**")
    rows = page.locator(".app-timeline-row")
    assert rows.count() >= 1
    sources = [rows.nth(i).locator("a").last.get_attribute("href") for i in range(rows.count())]
    assert all(s and s.startswith("/papers/") and "#cited" in s for s in sources)
    screenshot(page, "tracked-item")
    rows.first.locator("a").last.click()
    page.wait_for_url("**/papers/**")
    assert page.locator("mark#cited").is_visible()


def test_measure_chart_draws_and_links_points(
    page: Any, screenshot: Callable[[Any, str], Path]
) -> None:
    page.goto("/measures?sort=-points")
    page.locator(".app-register tbody tr a").first.click()
    page.wait_for_url("**/measures/**")
    page.locator(".app-chart svg").first.wait_for()
    points = page.locator(".app-chart svg path[aria-roledescription='point'], "
                          ".app-chart svg .mark-symbol path")
    assert points.count() >= 2
    spec = json.loads(page.locator("#chart-spec").inner_text())
    assert all(v["href"].startswith("/papers/") for v in spec["data"]["values"])
    screenshot(page, "measure")


def test_reading_works_without_javascript(browser: Any, live_server: str) -> None:
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    tab = context.new_page()
    tab.goto("/actions")
    tab.get_by_label("Overdue only").check()
    tab.get_by_role("button", name="Filter").click()
    assert "overdue=1" in tab.url
    assert tab.locator(".app-register tbody tr").count() > 0
    tab.locator(".app-register tbody tr a").first.click()
    assert tab.locator("h2:has-text('Source')").is_visible()
    context.close()


PAGES = ["/", "/actions", "/findings?rag=red", "/questions", "/measures", "/meetings",
         "/items?kind=action", "/items?kind=finding",
         "/papers", "/search?q=stalking", "/upload", "/no-such-page"]


def test_axe_check_can_fail(axe_page: Any) -> None:
    """The accessibility check itself works: an image without alt text is caught."""
    axe_page.set_content('<html lang="en"><title>t</title><main><img src="x.png"></main>')
    assert [v["id"] for v in serious_violations(axe_page)] == ["image-alt"]


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_problems(axe_page: Any, path: str) -> None:
    axe_page.goto(path)
    assert serious_violations(axe_page) == []


@pytest.mark.parametrize("path", ["/", "/actions", "/findings", "/measures", "/search?q=stalking",
                                  "/items?kind=action", "/upload"])
def test_pages_reflow_at_320_pixels(browser: Any, live_server: str, path: str) -> None:
    """WCAG 1.4.10: no sideways scrolling of the page at 320 CSS pixels (wide tables
    scroll inside their own box)."""
    context = browser.new_context(base_url=live_server, viewport={"width": 320, "height": 640})
    tab = context.new_page()
    tab.goto(path)
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def test_no_serious_accessibility_problems_on_detail_pages(axe_page: Any) -> None:
    axe_page.goto("/actions")
    record = first_href(axe_page, ".app-register tbody tr td:nth-child(2) a")
    axe_page.goto(record)
    assert serious_violations(axe_page) == []
    axe_page.goto(first_href(axe_page, "a:has-text('Read it in the paper')"))
    assert serious_violations(axe_page) == []
    axe_page.goto("/meetings")
    axe_page.goto(first_href(axe_page, "table a"))
    assert serious_violations(axe_page) == []
    axe_page.goto("/measures?sort=-points")
    axe_page.goto(first_href(axe_page, ".app-register tbody a"))
    axe_page.locator(".app-chart svg").first.wait_for()
    assert serious_violations(axe_page) == []
    axe_page.goto("/?as_of=2025-06-30")
    axe_page.goto(first_href(axe_page, "#overdue-actions tbody a"))
    assert serious_violations(axe_page) == []
