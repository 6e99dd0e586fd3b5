"""Build ``board_action_log_paged.pdf``: an invented action log long enough that one row
breaks across a page and the header row repeats, laid out by LibreOffice from a DOCX.

Usage: .venv/bin/python tests/extract/fixtures_qa/make_paged_action_log.py
(needs ``soffice`` on PATH; the PDF is committed, so tests do not need it).
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).parent
HEADER = ["No.", "Meeting", "Action", "Lead", "Deadline", "Status", "Comments"]
ROWS = [
    ["1", "14/11/2024", "Provide the Board with a breakdown of response times by district",
     "ACC Operations", "3rd March 2025", "Ongoing", "First draft shared in January."],
    ["2", "14/11/2024", "Circulate the updated estates strategy to Board members",
     "Director of Finance", "End of January 2025", "Closed", "Circulated 20 January."],
    ["3", "14/11/2024", "Arrange a briefing on the new crime recording audit",
     "DCC", "w/c 17 March", "In progress", "Date being agreed with the auditors."],
    ["4", "16/01/2025", "Review the use of overtime in the contact centre and report the "
     "findings, with options for reducing reliance on overtime during the summer peak, "
     "to the next meeting of the Board together with the cost of each option and the "
     "expected effect on call answering times for 999 and 101 calls " * 2,
     "Head of Contact", "TBC", "Open", "Analysis of the last two summers is under way "
     "and will inform the options paper. " * 4],
    ["5", "16/01/2025", "Share the victim satisfaction survey results with the OPCC",
     "Head of Performance", "28/02/2025", "Done", "Shared 3 February."],
]


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def build() -> Path:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    doc.add_heading("Strategic Delivery Board – Action Log", level=1)
    doc.add_paragraph("Meeting date: 12 February 2025")
    for _ in range(12):
        doc.add_paragraph("This page intentionally carries introductory notes on the log.")
    table = doc.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    _repeat_header(table.rows[0])
    for values in ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text.strip()
    doc.add_heading("New actions agreed at this meeting", level=2)
    for text in ("DCC to arrange a briefing on the new crime recording audit.",
                 "Head of Performance to share the victim satisfaction survey results."):
        doc.add_paragraph(text, style="List Bullet")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "board_action_log_paged.docx"
        doc.save(str(source))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                        str(HERE), str(source)], check=True, capture_output=True)
    return HERE / "board_action_log_paged.pdf"


if __name__ == "__main__":
    print(build())
