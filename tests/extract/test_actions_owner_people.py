"""Owners printed as people or as two roles: a person's owner is the organisation of the
role the paper gives them where it lists them; two roles of one side are that side, two
sides stay as printed (invented papers, three house styles)."""

from __future__ import annotations

from scrutiny.extract.action_owners import organisation
from scrutiny.extract.actions import extract_actions
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="board_notes",  # type: ignore[arg-type]
                 date="2025-05-07")


HTML = (
    "<h1>Resources Board notes, 7 May 2025</h1>"
    "<p>Attendees: Mrs Ruth Amble – Chief Finance Officer, OPCC; Supt Dan Kerr – Head of "
    "Custody, Marlowshire Constabulary; Ms Kay Tor (Chair, Independent Custody Visitors)</p>"
    "<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th></tr>"
    "<tr><td>R1</td><td>Circulate the reserves statement</td><td>R Amble</td>"
    "<td>30/05/2025</td></tr>"
    "<tr><td>R2</td><td>Report cell occupancy by suite</td><td>Dan Kerr</td>"
    "<td>30/06/2025</td></tr>"
    "<tr><td>R3</td><td>Publish the visitors' annual report</td><td>Kay Tor</td>"
    "<td>31/07/2025</td></tr></table>"
)

MD = (
    "# Delivery Board action log\n\n"
    "| No. | Action | Lead | Due |\n|---|---|---|---|\n"
    "| 1 | Review the burglary response model | DCC / ACC Crime | 30/06/2025 |\n"
    "| 2 | Agree the joint estates plan | DCC / OPCC | 31/07/2025 |\n"
    "| 3 | Refresh the victims' needs assessment | OPCC & Commissioner's office | "
    "31/08/2025 |\n"
)


def test_an_owner_named_as_a_person_takes_the_side_of_their_listed_role() -> None:
    actions = extract_actions(paper_of(HTML, "notes.html"))
    assert [a.owner for a in actions] == ["OPCC", "Force", "Kay Tor"]


def test_two_roles_of_one_side_are_that_side_and_of_two_sides_as_printed() -> None:
    actions = extract_actions(paper_of(MD, "log.md"))
    assert [a.owner for a in actions] == ["Force", "DCC / OPCC", "OPCC"]


def test_a_person_listed_in_a_docx_attendance_table() -> None:
    builder = DocumentBuilder("notes.docx", "docx")
    builder.extend([
        Block("table", "", rows=[["Name", "Role"],
                                 ["Mr Idris Vane", "Deputy Chief Constable"],
                                 ["Mrs Jo Bell", "Head of Estates, OPCC"]]),
        Block("paragraph", "ACTION: Mrs Bell to circulate the estates disposal list by "
                           "30 June 2025."),
        Block("paragraph", "ACTION: I Vane to brief the Board on the rota review by "
                           "31 July 2025."),
    ])
    document = builder.build()
    actions = extract_actions(Paper(document, 0, len(document.blocks), kind="board_notes",
                                    date="2025-05-07"))
    assert [(a.owner, a.due) for a in actions] == [("OPCC", "2025-06-30"),
                                                    ("Force", "2025-07-31")]


def test_a_person_the_paper_does_not_list_stays_as_printed() -> None:
    assert organisation("Tim Roe", "Present: Ann Lee (Chair)") == "Tim Roe"
