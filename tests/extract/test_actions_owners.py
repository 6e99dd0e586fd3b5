"""An action's owner is the organisation that must act (Force / PCC / OPCC), as the record
contract says, however the paper prints the role (invented papers, three house styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.action_owners import organisation
from scrutiny.extract.actions import extract_actions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str, kind: str = "minutes", date: str | None = None) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind=kind, date=date)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("printed", "owner"),
    [
        # police officers and force staff
        ("DCC", "Force"), ("ACC Neighbourhoods", "Force"), ("T/ACC Okoro", "Force"),
        ("Chief Constable", "Force"), ("Ch Supt Varley", "Force"), ("Det Supt Amis", "Force"),
        ("Head of Contact Management", "Force"), ("Director of People", "Force"),
        ("Marlowshire Constabulary", "Force"), ("Aldmoor Police", "Force"),
        ("the Force", "Force"), ("Chief Officer Group", "Force"), ("Chief Officers", "Force"),
        ("PSD", "Force"), ("Professional Standards Department", "Force"),
        ("Head of Partnerships", "Force"), ("Director of Health and Safety", "Force"),
        # the Commissioner by any title
        ("Commissioner", "PCC"), ("PFCC", "PCC"), ("Deputy PCC", "PCC"),
        ("Police, Fire and Crime Commissioner", "PCC"),
        ("the Police and Crime Commissioner", "PCC"),
        # the Commissioner's office and its officers
        ("OPCC", "OPCC"), ("OPFCC CFO", "OPCC"), ("Chief Executive, OPCC", "OPCC"),
        ("the PCC's Treasurer", "OPCC"), ("Chief Finance Officer to the Commissioner", "OPCC"),
        ("Office of the Police and Crime Commissioner", "OPCC"), ("Chief Executive", "OPCC"),
        ("Treasurer", "OPCC"),
        # anyone else, as printed
        ("Chief Fire Officer", "Chief Fire Officer"), ("Panel Secretary", "Panel Secretary"),
        ("Head of Internal Audit", "Head of Internal Audit"), ("Vice-Chair", "Vice-Chair"),
        ("Community Safety Partnership", "Community Safety Partnership"),
        ("Police Federation", "Police Federation"),
        ("Police and Crime Panel", "Police and Crime Panel"),
        ("Director of Public Health, Aldmoor County Council",
         "Director of Public Health, Aldmoor County Council"),
        (None, None),
    ],
)
def test_a_printed_owner_is_its_organisation(printed: str | None, owner: str | None) -> None:
    assert organisation(printed) == owner


@pytest.mark.parametrize(
    ("paper", "owner"),
    [
        ("Present: Ann Lee (Chief of Staff to the Chief Constable)", "Force"),
        ("Attendees: Raj Pal, Chief of Staff, OPCC; Tim Roe (DCC)", "OPCC"),
        ("The Chief Constable's Chief of Staff said the plan was late.", "Force"),
        ("Chief of Staff, OPCC. Later: Chief of Staff to the Chief Constable.", "Chief of Staff"),
        ("The Chief of Staff said the backlog would clear by July.", "Chief of Staff"),
    ],
)
def test_a_role_of_either_side_is_the_side_the_paper_gives_it(paper: str, owner: str) -> None:
    assert organisation("Chief of Staff", paper) == owner


def test_a_council_chief_executive_is_not_the_office() -> None:
    paper = "In attendance: Kim Oduya (Chief Executive, Harwick Borough Council)"
    assert organisation("Chief Executive", paper) == "Chief Executive"


LOG_MD = (
    "# Resources Board - action log\n\n"
    "| Ref | Action | Lead | Due | Status |\n"
    "|---|---|---|---|---|\n"
    "| R/11 | Share the estates disposal list with the OPCC | Director of Estates | "
    "30/06/2025 | Open |\n"
    "| R/12 | Publish the board's decision log | OPCC Head of Governance | 31/07/2025 | Open |\n"
    "| R/13 | Report on custody staffing | Supt Harlow | 15/07/2025 | Open |\n"
)

MINUTES_HTML = (
    "<h1>Aldmoor Police and Crime Panel</h1><p>Minutes of the meeting held on 4 June 2025</p>"
    "<p>Also present: Mrs Joan Pike (Police and Crime Commissioner), Mr Owen Flint (Chief "
    "Executive, Office of the Police and Crime Commissioner)</p>"
    "<p>Cllr Dale asked about the victims' hub. The Chief Executive undertook to circulate "
    "the hub's referral figures to Members by 30 June 2025.</p>"
)

NOTES_TXT = (
    "MARLOWSHIRE JOINT AUDIT COMMITTEE - NOTES, 12 March 2025\n\n"
    "Attendees: Ruth Amble - Chief Finance Officer, OPCC; Jon Tarr - Chief Finance Officer, "
    "Marlowshire Constabulary; Sue Dray - Chief of Staff to the Chief Constable\n\n"
    "ACTION: CFO to circulate the revised reserves statement by 28 March 2025.\n\n"
    "ACTION: Chief of Staff to report the vetting backlog to the Chair by 30 April 2025.\n"
)


def test_a_log_lead_column_gives_the_organisation() -> None:
    actions = extract_actions(paper_of(LOG_MD, "log.md", kind="board_notes",
                                       date="2025-05-14"))
    assert [a.owner for a in actions] == ["Force", "OPCC", "Force"]


def test_an_officer_named_in_the_attendance_is_her_office() -> None:
    [action] = extract_actions(paper_of(MINUTES_HTML, "minutes.html", date="2025-06-04"))
    assert (action.owner, action.due) == ("OPCC", "2025-06-30")


def test_a_role_both_sides_hold_stays_as_printed() -> None:
    actions = extract_actions(paper_of(NOTES_TXT, "notes.txt", kind="board_notes",
                                       date="2025-03-12"))
    assert [a.owner for a in actions] == ["CFO", "Force"]
