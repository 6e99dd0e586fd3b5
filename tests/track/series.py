# ruff: noqa: E501
"""Invented multi-paper series for the tracking tests, written in three formats.

Board notes for three successive meetings of one board (Markdown, HTML, DOCX), two
inspection progress reports to a panel, and four quarterly performance reports. Statuses
change, a due date moves twice, an action closes, a finding's target slips and its RAG
worsens, and one measure is reported each quarter.
"""

from __future__ import annotations

from pathlib import Path

BOARD = "Resources and Accountability Board"

BOARD_SEPTEMBER_MD = f"""# Notes of the {BOARD}

Held on Tuesday 10 September 2024 at Force Headquarters, Ashby Road.

Present: Police and Crime Commissioner Dana Whitlow, Chief Constable R Okafor,
Ms P Lind (OPCC Chief Executive)

## Action log

| Ref | Action | Owner | Due | Status |
| --- | --- | --- | --- | --- |
| RA/01 | Provide a monthly breakdown of the firearms licensing backlog | Force | 31/10/2024 | Open |
| RA/02 | Share the draft fleet replacement strategy with the OPCC | Head of Fleet | 30/11/2024 | Open |
"""

BOARD_DECEMBER_HTML = f"""<!doctype html><html><head><title>Board notes</title></head><body>
<h1>Notes of the {BOARD}</h1>
<p>Held on Tuesday 3 December 2024 at Force Headquarters, Ashby Road.</p>
<p>Present: Police and Crime Commissioner Dana Whitlow, Chief Constable R Okafor</p>
<h2>Action log</h2>
<table>
<tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>
<tr><td>RA/01</td><td>Provide a monthly breakdown of the firearms licensing backlog</td>
<td>Force</td><td>31/10/2024</td><td>Complete</td></tr>
<tr><td>RA/02</td><td>Share the draft fleet replacement strategy with the OPCC</td>
<td>Head of Fleet</td><td>28/02/2025</td><td>Open</td></tr>
<tr><td>RA/03</td><td>Report on the use of body-worn video at stop and search encounters</td>
<td>Force</td><td>31/01/2025</td><td>Open</td></tr>
</table></body></html>
"""

BOARD_MARCH_ROWS = [
    ["Ref", "Action", "Owner", "Due", "Status"],
    ["RA/02", "Share the draft fleet replacement strategy with the OPCC", "Head of Fleet",
     "30/04/2025", "In progress"],
    ["RA/03", "Report on the use of body-worn video at stop and search encounters", "Force",
     "31/01/2025", "Closed"],
]


def write_board_march_docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading(f"Notes of the {BOARD}", level=1)
    doc.add_paragraph("Held on Tuesday 11 March 2025 at Force Headquarters, Ashby Road.")
    doc.add_paragraph("Present: Police and Crime Commissioner Dana Whitlow, "
                      "Chief Constable R Okafor")
    doc.add_heading("Action log", level=2)
    table = doc.add_table(rows=0, cols=5)
    for row in BOARD_MARCH_ROWS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    doc.save(str(path))
    return path


def write_board_series(folder: Path) -> list[Path]:
    """The three board papers, oldest first."""
    folder.mkdir(parents=True, exist_ok=True)
    first = folder / "board-notes-sep.md"
    first.write_text(BOARD_SEPTEMBER_MD, encoding="utf-8")
    second = folder / "board-notes-dec.html"
    second.write_text(BOARD_DECEMBER_HTML, encoding="utf-8")
    third = write_board_march_docx(folder / "board-notes-mar.docx")
    return [first, second, third]


def _afi_report(date_line: str, rows: list[tuple[str, str, str, str, str]]) -> str:
    lines = [
        "# Report of the Police and Crime Commissioner",
        "",
        "To: Elmshire Police and Crime Panel",
        "",
        f"Date: {date_line}",
        "",
        "Subject: HMICFRS PEEL 2023-25 progress on Areas for Improvement",
        "",
        "## HMICFRS PEEL 2023-25 Areas for Improvement",
        "",
        "| No. | Area for improvement | RAG | Target date | Progress |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [f"| {n} | {text} | {rag} | {target} | {progress} |"
              for n, text, rag, target, progress in rows]
    return "\n".join(lines) + "\n"


AFI_ONE = "The force should improve how quickly it answers non-emergency calls"
AFI_TWO = "The force should make sure supervisors review investigation plans"

AFI_REPORT_OCTOBER = _afi_report("16 October 2024", [
    ("1", AFI_ONE, "Amber", "March 2025", "New call handlers in training."),
    ("2", AFI_TWO, "Green", "December 2024", "Supervision checklist launched."),
])
AFI_REPORT_FEBRUARY = _afi_report("12 February 2025", [
    ("1", AFI_ONE, "Red", "September 2025", "Recruitment delayed; target revised."),
    ("2", AFI_TWO, "Green", "December 2024", "Complete: audits show compliance."),
])


def write_afi_series(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    first = folder / "afi-progress-oct.md"
    first.write_text(AFI_REPORT_OCTOBER, encoding="utf-8")
    second = folder / "afi-progress-feb.md"
    second.write_text(AFI_REPORT_FEBRUARY, encoding="utf-8")
    return [first, second]


QUARTERS = [
    ("Q1 2024/25", "14 August 2024", 86.1),
    ("Q2 2024/25", "13 November 2024", 87.0),
    ("Q3 2024/25", "12 February 2025", 85.9),
    ("Q4 2024/25", "14 May 2025", 95.5),
]


def write_measure_series(folder: Path) -> list[Path]:
    """Four quarterly performance reports, each with one figures table."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, (quarter, day, value) in enumerate(QUARTERS, start=1):
        text = (
            "PERFORMANCE REPORT\n\n"
            f"Report to the Elmshire Police and Crime Panel, {day}\n\n"
            f"Performance for {quarter}.\n\n"
            f"Measure\t{quarter}\n"
            f"999 calls answered within 10 seconds (%)\t{value}\n"
        )
        path = folder / f"performance-q{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
