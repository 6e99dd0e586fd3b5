"""PDF layout rules, each on a PDF built for the purpose (see pdfmaker.py)."""

from __future__ import annotations

import pytest
from pdfmaker import PageSpec, build


def grid(page: PageSpec, xs: list[float], ys: list[float]) -> PageSpec:
    return page.grid(xs, ys)


def doc(read, pages: list[PageSpec]):
    document = read("built.pdf", build(pages))
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text
    return document


def test_grid_drawn_as_one_path(read):
    page = PageSpec().polyline([(50, 100), (350, 100), (350, 160), (50, 160), (50, 100),
                                (50, 130), (350, 130), (350, 100), (200, 100), (200, 160)])
    page.text(55, 120, "Measure").text(205, 120, "2024")
    page.text(55, 150, "Burglary").text(205, 150, "1,020")
    tables = [b for b in doc(read, [page]).blocks if b.kind == "table"]
    assert [t.rows for t in tables] == [[["Measure", "2024"], ["Burglary", "1,020"]]]


@pytest.mark.parametrize(("rgb", "word"), [((255, 192, 0), "Amber"), ((0, 176, 80), "Green"),
                                            ((192, 0, 0), "Red"), ((217, 217, 217), "")])
def test_coloured_empty_cell_reads_as_its_rag_word(read, rgb, word):
    page = PageSpec().fill(300, 130, 400, 160, rgb)
    grid(page, [50, 300, 400], [100, 130, 160])
    page.text(55, 120, "Area").text(305, 120, "Status").text(55, 150, "Call handling")
    table = next(b for b in doc(read, [page]).blocks if b.kind == "table")
    assert table.rows == [["Area", "Status"], ["Call handling", word]]


def _body_page(number: int, lines: list[str]) -> PageSpec:
    page = PageSpec().text(200, 40, "Northshire PCC - Accountability Board", 8)
    for k, line in enumerate(lines):
        page.text(72, 120 + 14 * k, line)
    return page.text(280, 815, f"Page {number}", 8)


def test_running_header_and_page_numbers_dropped_pages_kept(read):
    pages = [_body_page(1, ["First page paragraph."]),
             _body_page(2, ["Second page paragraph."]),
             _body_page(3, ["Third page paragraph."])]
    document = doc(read, pages)
    assert [(b.text, b.page) for b in document.blocks] == [
        ("First page paragraph.", 1), ("Second page paragraph.", 2),
        ("Third page paragraph.", 3)]
    assert document.page_count == 3


def test_paragraph_cut_by_a_page_break_is_rejoined(read):
    pages = [_body_page(1, ["The Board asked the Force to report on the"]),
             _body_page(2, ["backlog in digital forensics.", ""]),
             _body_page(3, ["Next item."])]
    blocks = doc(read, pages).blocks
    assert [(b.text, b.page) for b in blocks] == [
        ("The Board asked the Force to report on the backlog in digital forensics.", 1),
        ("Next item.", 3)]


def test_headings_by_size_and_bold_paragraphs(read):
    page = (PageSpec().text(72, 80, "Performance report", 20, True)
            .text(72, 120, "Summary", 14, True)
            .text(72, 150, "Question 1", 11, True)
            .text(72, 175, "The answer was given in writing.", 11))
    blocks = doc(read, [page]).blocks
    assert [(b.kind, b.level, b.bold) for b in blocks] == [
        ("heading", 1, True), ("heading", 2, True), ("paragraph", None, True),
        ("paragraph", None, False)]


def test_unruled_aligned_columns_and_label_lines(read):
    page = PageSpec().text(72, 100, "Membership")
    for k, (name, council) in enumerate([("Cllr A Person", "Northtown District Council"),
                                         ("Mr B Person", "Independent Member"),
                                         ("Mrs C Person", "Eastvale Borough Council")]):
        page.text(72, 130 + 16 * k, name).text(300, 130 + 16 * k, council)
    page.text(72, 220, "Date:").text(160, 220, "12 March 2025")
    page.text(72, 236, "Venue:").text(160, 236, "Council Chamber")
    blocks = doc(read, [page]).blocks
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph", "paragraph"]
    assert blocks[1].rows[2] == ["Mrs C Person", "Eastvale Borough Council"]
    assert blocks[2].text == "Date: 12 March 2025"


def _log_page(rows: list[tuple[str, str]], top: float, bottom: float) -> PageSpec:
    page = PageSpec()
    ys = [top + 20 * k for k in range(len(rows) + 1)]
    ys[-1] = bottom
    grid(page, [50, 120, 500], ys)
    for k, (ref, action) in enumerate(rows):
        page.text(55, ys[k] + 14, ref).text(125, ys[k] + 14, action)
    return page


def test_table_run_on_with_repeated_header_and_split_row(read):
    first = _log_page([("Ref", "Action"), ("A1", "Publish the plan"),
                       ("A2", "Brief the Panel on the")], 700, 780)
    second = _log_page([("Ref", "Action"), ("", "budget in February"),
                        ("A3", "Review the estate")], 60, 120)
    second.text(72, 160, "The Panel noted the log.")
    blocks = doc(read, [first, second]).blocks
    assert blocks[0].rows == [["Ref", "Action"], ["A1", "Publish the plan"],
                              ["A2", "Brief the Panel on the budget in February"],
                              ["A3", "Review the estate"]]
    assert [(b.kind, b.page) for b in blocks] == [("table", 1), ("paragraph", 2)]


@pytest.mark.parametrize(("cut", "rest", "whole"), [
    (("A25/", "Write to the"), ("01", "Home Office"), ("A25/01", "Write to the Home Office")),
    (("PCP-", "Report to the"), ("117", "next meeting"), ("PCP-117", "Report to the next meeting")),
    (("B7", "Brief the Vice-"), ("", "Chair on the audit"),
     ("B7", "Brief the Vice-Chair on the audit")),
])
def test_word_cut_after_a_slash_or_hyphen_by_a_page_break_is_rejoined(read, cut, rest, whole):
    first = _log_page([("Ref", "Action"), ("A1", "Publish the plan"), cut], 700, 780)
    second = _log_page([("Ref", "Action"), rest, ("A3", "Review the estate")], 60, 120)
    rows = doc(read, [first, second]).blocks[0].rows
    assert rows == [["Ref", "Action"], ["A1", "Publish the plan"], list(whole),
                    ["A3", "Review the estate"]]


def test_tables_stand_where_they_are_printed(read):
    page = PageSpec().text(72, 80, "Before the table.")
    grid(page, [50, 200, 350], [100, 130, 160])
    page.text(55, 120, "a").text(205, 120, "b").text(55, 150, "c").text(205, 150, "d")
    page.text(72, 200, "After the table.")
    assert [b.kind for b in doc(read, [page]).blocks] == ["paragraph", "table", "paragraph"]


def test_marker_printed_apart_from_its_text(read):
    page = PageSpec().text(90, 100, "Members noted the report.").text(72, 100, "1.")
    page.text(90, 130, "They asked for an update.").text(72, 130, "2.")
    blocks = doc(read, [page]).blocks
    assert [(b.kind, b.marker, b.text) for b in blocks] == [
        ("list_item", "1.", "Members noted the report."),
        ("list_item", "2.", "They asked for an update.")]


def _banded(page: PageSpec, headers: list[str], xs: list[float], top: float) -> PageSpec:
    for k, header in enumerate(headers):
        page.fill(xs[k] + 1, top, xs[k + 1] - 1, top + 16, (222, 234, 246))
        page.text(xs[k] + 4, top + 12, header, 9, True)
    return page


@pytest.mark.parametrize("centred", [False, True])
def test_unruled_table_under_a_shaded_header(read, centred):
    xs = [50, 130, 330, 450]
    page = _banded(PageSpec(), ["Ref", "Action", "Owner"], xs, 100)
    rows = [("A1", ["Publish the revised plan", "on the website"], "OPCC"),
            ("A2", ["Report on custody", "healthcare retender", "to the Board"], "Force")]
    top = 130.0
    for ref, action, owner in rows:
        middle = top + 12 * (len(action) - 1) / 2 if centred else top
        page.text(xs[0] + 4, middle, ref, 9).text(xs[2] + 4, middle, owner, 9)
        for k, line in enumerate(action):
            page.text(xs[1] + 4, top + 12 * k, line, 9)
        top += 12 * len(action) + 10
    page.text(50, top + 20, "The Board noted the action log and agreed the new actions.", 9)
    blocks = doc(read, [page]).blocks
    assert [b.kind for b in blocks] == ["table", "paragraph"]
    assert blocks[0].rows == [["Ref", "Action", "Owner"],
                              ["A1", "Publish the revised plan on the website", "OPCC"],
                              ["A2", "Report on custody healthcare retender to the Board",
                               "Force"]]


@pytest.mark.parametrize("rows", [
    [("A1", ["Write to the Minister", "about the funding", "settlement."], "Chair"),
     ("A2", ["Circulate the plan."], "OPCC")],
    [("R-4", ["Report the audit", "findings to the Board."], "CFO"),
     ("R-5", ["Publish the", "revised scheme", "of delegation", "on the website."], "Monitoring"),
     ("R-6", ["Close the log."], "Clerk")],
    [("7", ["Arrange a members'", "briefing on the", "estates strategy."], "Panel"),
     ("8", ["Invite the", "Chief Constable."], "Chair")],
])
def test_centred_rows_keep_their_last_line(read, rows):
    """Rows centred on their reference, a wrapped cell's lines spaced a little wider
    than the rows are: the gap between two lines of a cell is not a row boundary."""
    xs = [50, 130, 330, 450]
    page = _banded(PageSpec(), ["Ref", "Action", "Owner"], xs, 100)
    top = 128.0
    for ref, action, owner in rows:
        middle = top + 14 * (len(action) - 1) / 2
        page.text(xs[0] + 4, middle, ref, 9).text(xs[2] + 4, middle, owner, 9)
        for k, line in enumerate(action):
            page.text(xs[1] + 4, top + 14 * k, line, 9)
        top += 14 * (len(action) - 1) + 13.5
    page.text(50, top + 30, "The Board noted the action log.", 9)
    table = doc(read, [page]).blocks[0]
    assert table.rows == [["Ref", "Action", "Owner"],
                          *[[ref, " ".join(action), owner] for ref, action, owner in rows]]


def test_banded_table_runs_on_without_its_header(read):
    xs = [50, 130, 330, 450]
    first = _banded(PageSpec(), ["Ref", "Area for improvement", "RAG"], xs, 700)
    first.text(54, 730, "AFI 1", 9).text(134, 730, "Answer calls more quickly", 9)
    first.text(334, 730, "Amber", 9)
    first.text(54, 760, "AFI 2", 9).text(134, 760, "Improve the supervision of", 9)
    first.text(334, 760, "Red", 9)
    second = PageSpec().text(134, 60, "investigations", 9)
    second.text(54, 90, "AFI 3", 9).text(134, 90, "Record equality data", 9)
    second.text(334, 90, "Green", 9)
    second.text(50, 150, "The Panel is asked to note the report and the revised dates.", 11)
    blocks = doc(read, [first, second]).blocks
    assert blocks[0].rows == [["Ref", "Area for improvement", "RAG"],
                              ["AFI 1", "Answer calls more quickly", "Amber"],
                              ["AFI 2", "Improve the supervision of investigations", "Red"],
                              ["AFI 3", "Record equality data", "Green"]]
    assert [(b.kind, b.page) for b in blocks] == [("table", 1), ("paragraph", 2)]


def test_page_of_vector_art_is_not_a_table(read):
    page = PageSpec().text(72, 60, "Figure 1: calls by hour")
    for k in range(1200):  # a dense chart: thousands of tiny ruled segments
        x = 60 + (k % 60) * 8
        y = 100 + (k // 60) * 30
        page.line(x, y, x + 6, y).line(x, y, x, y + 6)
    document = doc(read, [page])
    assert [b.kind for b in document.blocks] == ["paragraph"]


def test_table_ruled_only_horizontally(read):
    page = PageSpec().text(50, 80, "Quarterly figures are set out below.")
    page.line(50, 100, 450, 100).line(50, 122, 450, 122).line(50, 190, 450, 190)
    page.text(54, 115, "Measure", 9, True).text(250, 115, "2023/24", 9, True)
    page.text(350, 115, "2024/25", 9, True)
    for k, (measure, a, b) in enumerate([("Burglary", "3,412", "3,020"),
                                         ("Robbery", "412", "398"),
                                         ("Vehicle crime", "2,408", "2,100")]):
        y = 138 + 18 * k
        page.text(54, y, measure, 9).text(250, y, a, 9).text(350, y, b, 9)
    page.text(50, 220, "Burglary fell by 11 per cent over the year.")
    blocks = doc(read, [page]).blocks
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].rows == [["Measure", "2023/24", "2024/25"], ["Burglary", "3,412", "3,020"],
                              ["Robbery", "412", "398"], ["Vehicle crime", "2,408", "2,100"]]


def test_full_width_separator_rules_are_not_a_table(read):
    page = PageSpec()
    for k, heading in enumerate(["Introduction", "Background", "Recommendation"]):
        page.line(50, 100 + 120 * k, 500, 100 + 120 * k)
        page.text(50, 120 + 120 * k, heading, 14, True)
        page.text(50, 150 + 120 * k, "Members are asked to note the contents of this report.")
    assert all(b.kind != "table" for b in doc(read, [page]).blocks)


def test_horizontally_ruled_table_with_a_wrapped_cell(read):
    page = PageSpec()
    page.line(50, 100, 450, 100).line(50, 122, 450, 122).line(50, 200, 450, 200)
    page.text(54, 115, "Action", 9, True).text(300, 115, "Owner", 9, True)
    page.text(54, 138, "Publish the revised delivery plan for 2025/26 together with all", 9)
    page.text(300, 138, "OPCC", 9).text(54, 149, "the supporting budget papers", 9)
    page.text(54, 170, "Review custody healthcare", 9).text(300, 170, "Force", 9)
    blocks = doc(read, [page]).blocks
    assert [b.rows for b in blocks] == [[
        ["Action", "Owner"],
        ["Publish the revised delivery plan for 2025/26 together with all the supporting "
         "budget papers", "OPCC"],
        ["Review custody healthcare", "Force"]]]
