"""Build ``board_questions_word.docx``: an invented board paper in Word's own styles
(numbered bold questions, italic answers, a real table for the action log).

Usage: .venv/bin/python tests/extract/fixtures_qa/make_word_board_paper.py
(the DOCX is committed, so tests do not need to run this).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

HERE = Path(__file__).parent
QUESTIONS = [
    ("How many domestic abuse cases were closed without a suspect being identified in the "
     "last quarter?",
     ["Response from the Chief Constable: 212 cases were closed without a suspect being "
      "identified, 9% of those recorded.", "Each closure is reviewed by a sergeant."]),
    ("What is the force doing to improve the timeliness of Clare's Law disclosures?",
     ["Response from the Chief Constable: A dedicated disclosure unit was created in "
      "January and the average time to disclose has fallen from 41 to 23 days."]),
]
LOG = [
    ["Ref", "Action", "Owner", "Due Date", "RAG Status", "Progress update"],
    ["AB/23", "Present the Clare's Law disclosure audit", "DCC", "30th November 2023",
     "Amber", "Ongoing - audit fieldwork complete"],
    ["AB/24", "Provide repeat victim figures for each district", "Head of Analysis",
     "Dec 2023", "Green", "Completed and circulated"],
]


def build() -> Path:
    doc = Document()
    doc.add_heading("Accountability Board – Questions and Responses", level=1)
    doc.add_paragraph("Date of meeting: 18 October 2023")
    doc.add_heading("Questions from the Police and Crime Commissioner", level=2)
    for question, answers in QUESTIONS:
        run = doc.add_paragraph(style="List Number").add_run(question)
        run.bold = True
        for answer in answers:
            doc.add_paragraph().add_run(answer).italic = True
    doc.add_heading("Action log", level=2)
    table = doc.add_table(rows=0, cols=len(LOG[0]))
    for values in LOG:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    path = HERE / "board_questions_word.docx"
    doc.save(str(path))
    return path


if __name__ == "__main__":
    print(build())
