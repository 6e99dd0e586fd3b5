"""Build ``panel_minutes_question_table.docx`` and ``board_minutes_question_table.docx``:
invented minutes in Word whose public questions sit in a real table under a title row
(one merged cell across the table, or a title in the first cell only).

Usage: .venv/bin/python tests/extract/fixtures_qa/make_word_minutes_questions.py
(the DOCX files are committed, so tests do not need to run this).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

HERE = Path(__file__).parent

PANEL_ROWS = [
    ["Questioner", "Question", "Commissioner's answer"],
    ["Mr Owen Price, Rivenford", "How many burglaries were solved in Rivenford last year?",
     "Fourteen per cent of burglaries led to a charge, up from nine per cent."],
    ["Mrs Lena Ward, Cobb Hill Parish Council", "Will the Cobb Hill police office reopen?",
     "Response to follow."],
    ["Cllr Amir Shah, Rivenford Borough Council",
     "What is being done about drug dealing near Rivenford station?",
     "A closure order was granted in January. The Commissioner would provide the Panel "
     "with the results of the summer operation by 30 September 2025."],
]
BOARD_ROWS = [
    ["Public questions", "", "", ""],
    ["No.", "Asked by", "Question", "Response from the PCC"],
    ["1", "Mr Rhys Bellamy\nTarnside Town Council",
     "Why has the Tarnside custody suite closed at weekends?",
     "The suite closes at weekends while its cells are refurbished; it reopens fully in June."],
    ["2", "Ms Dora Quinn", "How many officers are trained to carry naloxone?",
     "To follow"],
]


def _table(doc: Any, rows: list[list[str]], merge_title: str | None = None) -> None:
    width = len(rows[0])
    table = doc.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    if merge_title:
        cells = table.add_row().cells
        cells[0].merge(cells[width - 1]).text = merge_title
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value


def build_panel() -> Path:
    doc = Document()
    doc.add_heading("Minutes of the Rivenshire Police and Crime Panel", level=1)
    doc.add_paragraph("Held on Wednesday 5 March 2025 at County Hall, Rivenford")
    doc.add_paragraph("Present: Cllr A Moss (Chair), Cllr B Lyle, Mr C Dunn")
    doc.add_heading("1. Public questions", level=2)
    doc.add_paragraph("The Panel received the following questions and written answers:")
    _table(doc, PANEL_ROWS, merge_title="Questions from members of the public")
    doc.add_heading("2. Police and Crime Plan update", level=2)
    doc.add_paragraph("RESOLVED that the update be noted.")
    path = HERE / "panel_minutes_question_table.docx"
    doc.save(str(path))
    return path


def build_board() -> Path:
    doc = Document()
    doc.add_heading("Tarnside Policing Board - Minutes", level=1)
    doc.add_paragraph("Date of meeting: 16 January 2025")
    doc.add_heading("Item 3: Questions", level=2)
    _table(doc, BOARD_ROWS)
    doc.add_heading("Item 4: Finance", level=2)
    doc.add_paragraph("The Board noted the budget monitoring report.")
    path = HERE / "board_minutes_question_table.docx"
    doc.save(str(path))
    return path


if __name__ == "__main__":
    print(build_panel(), build_board())
