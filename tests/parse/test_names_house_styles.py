"""Attendance lists in three invented house styles, as different panels print them."""

from __future__ import annotations

from scrutiny.parse.names import Person, parse_person, split_names

# A county panel's minutes: one sentence, roles in brackets, honours, a substitute.
SENTENCE_STYLE = (
    "PRESENT: Councillor R Ahmed (Chair), Councillor Mrs P Okafor MBE (Vice-Chair), "
    "Councillor T Byrne (substituting for Councillor L Grant), Mr D Price JP "
    "(Independent Member) and Ms A Nowak."
)

# A unitary panel's minutes: a table of members, tab separated, with councils.
TABLE_STYLE = (
    "Members\n"
    "Cllr Huw Jenkins\tEastvale County Borough Council (Chair)\n"
    "Cllr Siân Morgan\tWestport City Council\n"
    "Dr Karen O'Donnell\tIndependent Co-opted Member\n"
)

# A PCC board's notes: attendees one per line, name then office after a dash or comma.
BOARD_STYLE = (
    "Attendees:\n"
    "Alex Rowe – Police and Crime Commissioner\n"
    "Priya Shah, Chief Executive, OPCC\n"
    "T/ACC Sam Okoye – Northshire Constabulary\n"
    "Supt Jo Lund (for the Chief Constable)\n"
)


def test_sentence_style() -> None:
    assert split_names(SENTENCE_STYLE) == [
        "Councillor R Ahmed", "Councillor Mrs P Okafor MBE", "Councillor T Byrne",
        "Mr D Price JP", "Ms A Nowak",
    ]


def test_table_style() -> None:
    lines = TABLE_STYLE.splitlines()[1:]
    assert split_names("\n".join(lines)) == [
        "Cllr Huw Jenkins", "Cllr Siân Morgan", "Dr Karen O'Donnell",
    ]
    assert parse_person(lines[0]) == Person(
        "Cllr Huw Jenkins", "Cllr", (), "Chair", None, "Eastvale County Borough Council"
    )


def test_board_style() -> None:
    assert split_names(BOARD_STYLE) == [
        "Alex Rowe", "Priya Shah", "T/ACC Sam Okoye", "Supt Jo Lund",
    ]
    assert parse_person("Priya Shah, Chief Executive, OPCC") == Person(
        "Priya Shah", None, (), "Chief Executive", None, "OPCC"
    )
