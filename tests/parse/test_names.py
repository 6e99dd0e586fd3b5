"""Names as attendance lists and question headers of different panels print them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrutiny.parse.names import (
    HONOURS,
    ROLE_WORDS,
    TITLES,
    Person,
    is_person_name,
    parse_person,
    split_names,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr K Lowe OBE (Chairman)",
         Person("Mr K Lowe OBE", "Mr", ("OBE",), "Chairman", None, None)),
        ("Cllr A Smith (substituting for Cllr B Jones)",
         Person("Cllr A Smith", "Cllr", (), None, "Cllr B Jones", None)),
        ("Cllr A Smith (Sub for Cllr B Jones)",
         Person("Cllr A Smith", "Cllr", (), None, "Cllr B Jones", None)),
        ("Councillor Jane Doe - Northtown Borough Council",
         Person("Councillor Jane Doe", "Councillor", (), None, None, "Northtown Borough Council")),
        ("Councillor Jane Doe – Northtown Borough Council",
         Person("Councillor Jane Doe", "Councillor", (), None, None, "Northtown Borough Council")),
        ("Cllr Jane Doe\tWestmere Borough Council",
         Person("Cllr Jane Doe", "Cllr", (), None, None, "Westmere Borough Council")),
        ("Cllr Jane Doe (Eastshire County Council)",
         Person("Cllr Jane Doe", "Cllr", (), None, None, "Eastshire County Council")),
        ("Chief Constable Smith, Northshire Police",
         Person("Chief Constable Smith", "Chief Constable", (), None, None, "Northshire Police")),
        ("Morgan Pryce, Police and Crime Commissioner",
         Person("Morgan Pryce", None, (), "Police and Crime Commissioner", None, None)),
        ("Ms Jane O'Brien (Independent Member)",
         Person("Ms Jane O'Brien", "Ms", (), "Independent Member", None, None)),
        ("Cllr Mrs J Hartley",
         Person("Cllr Mrs J Hartley", "Cllr Mrs", (), None, None, None)),
        ("The Rt Hon Sir John Smith KC MP",
         Person("The Rt Hon Sir John Smith KC MP", "The Rt Hon Sir", ("KC", "MP"), None, None,
                None)),
        ("Dame Sarah Thornton DBE QPM",
         Person("Dame Sarah Thornton DBE QPM", "Dame", ("DBE", "QPM"), None, None, None)),
        ("Mx Sam Patel", Person("Mx Sam Patel", "Mx", (), None, None, None)),
        ("Prof. L. Wright JP DL", Person("Prof. L. Wright JP DL", "Prof.", ("JP", "DL"), None,
                                        None, None)),
    ],
)
def test_parse_person(text: str, expected: Person) -> None:
    assert parse_person(text) == expected


@pytest.mark.parametrize(
    "text", ["Northshire Police", "Chief Executive", "Northtown Borough Council", "", "(Chairman)",
             "Agenda Item 4", "RESOLVED that the report be noted", "The Panel"]
)
def test_parse_person_none_for_non_people(text: str) -> None:
    assert parse_person(text) is None


@pytest.mark.parametrize(
    "text",
    ["Mr K Lowe OBE", "Cllr Dev Kapoor", "Mr Quayle", "Morgan Pryce", "K Lowe", "J. R. Smith",
     "Cllr S Lyle-Morton", "Chief Constable Smith", "Dr Aisha Khan", "Mary-Jane van der Berg",
     "Sean McDonald", "Supt Jo Bloggs", "DCC Lee Tran", "Mrs E Carver", "Cllr Mrs J Hartley"],
)
def test_is_person_name_accepts(text: str) -> None:
    assert is_person_name(text)


@pytest.mark.parametrize(
    "text",
    ["Northshire Police", "Chief Executive", "Police and Crime Commissioner", "Agenda Item",
     "Thank You", "Westmere Borough Council", "", "Mr", "Cllr 4", "Strategic Performance Board",
     "HMICFRS", "the panel noted", "Any Other Business", "Date Of Next Meeting",
     "Head of Finance", "Minutes", "Apologies", "Action Log"],
)
def test_is_person_name_rejects(text: str) -> None:
    assert not is_person_name(text)


def test_split_minutes_present_list() -> None:
    text = (
        "Present: Mr K Lowe OBE (Chairman), Mr R Dhillon MBE (Vice-Chairman), Cllr P Ashdown, "
        "Mrs E Carver, Cllr Mrs J Hartley, Cllr S Lyle-Morton, Cllr C Marsh and Cllr R Norris."
    )
    assert split_names(text) == [
        "Mr K Lowe OBE", "Mr R Dhillon MBE", "Cllr P Ashdown", "Mrs E Carver",
        "Cllr Mrs J Hartley", "Cllr S Lyle-Morton", "Cllr C Marsh", "Cllr R Norris",
    ]


def test_split_apologies_sentence() -> None:
    text = ("Apologies for absence were received from Cllr Dev Kapoor, Cllr Charlotte Yeung "
            "and Mr Quayle.")
    assert split_names(text) == ["Cllr Dev Kapoor", "Cllr Charlotte Yeung", "Mr Quayle"]


def test_split_one_per_line_with_roles_after_commas_and_dashes() -> None:
    text = (
        "Attendees:\nMorgan Pryce, Police and Crime Commissioner\n"
        "Nadia Hussain, Chief Executive\nTom Ridley – Chief Finance Officer\nLee Tran"
    )
    assert split_names(text) == ["Morgan Pryce", "Nadia Hussain", "Tom Ridley", "Lee Tran"]


def test_split_semicolons_and_organisations_after_commas() -> None:
    text = ("In attendance: Chief Constable Smith, Northshire Police; Jane Doe (OPCC); "
            "Dr Amir Khan, Northtown Borough Council & Prof. L. Wright")
    assert split_names(text) == [
        "Chief Constable Smith", "Jane Doe", "Dr Amir Khan", "Prof. L. Wright",
    ]


def test_split_table_style_with_tabs() -> None:
    text = ("Cllr A Smith\tWestmere Borough Council\nCllr B Jones\tSouthport Bay Council\n"
            "Mrs C Brown\tIndependent Member")
    assert split_names(text) == ["Cllr A Smith", "Cllr B Jones", "Mrs C Brown"]


def test_split_keeps_substitution_out_of_name() -> None:
    assert split_names("Present: Cllr A Smith (substituting for Cllr B Jones), Cllr C Green.") == [
        "Cllr A Smith", "Cllr C Green",
    ]


def test_split_and_inside_organisation_does_not_split() -> None:
    text = "Also present: Mr T Smith, Northshire and Eastvale Police and Crime Panel, and Ms J Doe."
    assert split_names(text) == ["Mr T Smith", "Ms J Doe"]


def test_constants_exported() -> None:
    assert "Cllr" in TITLES and "Councillor" in TITLES and "Dame" in TITLES
    assert {"OBE", "MBE", "CBE", "KPM", "QPM", "DL", "JP", "BEM"} <= set(HONOURS)
    assert "Chairman" in ROLE_WORDS


NAME = st.sampled_from(["Mr K Lowe OBE", "Cllr Dev Kapoor", "Dr Amir Khan", "Mrs E Carver",
                        "Cllr Mrs J Hartley", "Ms Jo Patel", "Sir Tom Reed"])


@given(names=st.lists(NAME, min_size=1, max_size=8),
       style=st.sampled_from([", ", "; ", "\n", ",\n"]),
       last=st.sampled_from([" and ", ", ", " & "]))
@settings(max_examples=100)
def test_split_recovers_any_list_written_any_way(names: list[str], style: str, last: str) -> None:
    text = "Present: " + (style.join(names[:-1]) + last + names[-1] if len(names) > 1
                          else names[0]) + "."
    assert split_names(text) == names


@given(text=st.text(max_size=300))
def test_never_raises(text: str) -> None:
    split_names(text)
    parse_person(text)
    is_person_name(text)


def test_plural_title_applies_to_each_name() -> None:
    text = "Present: Councillors A Smith (Chairman), Jones, B Patel and O'Neill."
    assert split_names(text) == ["A Smith", "Jones", "B Patel", "O'Neill"]


def test_role_before_name_on_its_own_line() -> None:
    text = "Chair – Cllr A Smith\nVice-Chair: Cllr B Jones\nClerk - Mrs C Brown"
    assert split_names(text) == ["Cllr A Smith", "Cllr B Jones", "Mrs C Brown"]
    assert parse_person("Chair – Cllr A Smith") == Person(
        "Cllr A Smith", "Cllr", (), "Chair", None, None
    )


def test_commas_inside_brackets_do_not_split() -> None:
    text = ("Officers: Nadia Hussain (Chief Executive, OPCC), Tom Ridley (Chief Finance "
            "Officer, OPCC) and Supt Jo Bloggs (Northshire Police, Head of Partnerships).")
    assert split_names(text) == ["Nadia Hussain", "Tom Ridley", "Supt Jo Bloggs"]


def test_substituted_by_is_not_a_field_of_the_absent_member() -> None:
    person = parse_person("Cllr A Smith (substituted by Cllr B Jones)")
    assert person == Person("Cllr A Smith", "Cllr", (), None, None, None)


@pytest.mark.parametrize(
    "text", ["Cllr J SMITH", "Councillor Siân Evans", "Dr Zoë Ó Súilleabháin", "PCC Morgan Pryce",
             "Mr José García"]
)
def test_capitals_and_accents_after_titles(text: str) -> None:
    assert is_person_name(text)
    person = parse_person(text)
    assert person is not None and person.name == text


@pytest.mark.parametrize("text", ["Apologies: None", "Apologies: Nil.", "None received",
                                  "No apologies were received."])
def test_lists_naming_nobody(text: str) -> None:
    assert split_names(text) == []


def test_oxford_comma_and_ampersand() -> None:
    assert split_names("Cllr A Smith, Cllr B Jones, and Cllr C Brown") == [
        "Cllr A Smith", "Cllr B Jones", "Cllr C Brown",
    ]
    assert split_names("Dr A Khan & Mrs B Lee") == ["Dr A Khan", "Mrs B Lee"]


@pytest.mark.parametrize("text", ["Lord Mayor", "Lady Mayoress", "High Sheriff", "Dr"])
def test_titled_offices_are_not_people(text: str) -> None:
    assert not is_person_name(text)


def test_line_wraps_inside_names_are_joined() -> None:
    text = ("Present: Mr K Lowe OBE (Chairman), Mr R Dhillon MBE (Vice-\nChairman), "
            "Cllr P Ashdown, Mrs E\nCarver, Cllr\nP Drew and Cllr S Lyle-\nMorton, Mr T Fox\nOBE.")
    assert split_names(text) == [
        "Mr K Lowe OBE", "Mr R Dhillon MBE", "Cllr P Ashdown", "Mrs E Carver", "Cllr P Drew",
        "Cllr S Lyle-Morton", "Mr T Fox OBE",
    ]


def test_one_name_per_line_is_not_joined() -> None:
    text = "Present:\nCllr A Smith\nCllr B Jones\nMr C Brown (Independent Member)\nDr D Evans"
    assert split_names(text) == ["Cllr A Smith", "Cllr B Jones", "Mr C Brown", "Dr D Evans"]


NOTE = st.sampled_from(["", " (Chair)", " (Vice-Chairman)", " (substituting for Cllr Z Young)",
                        " (Westmere Borough Council)", " (Independent Member, co-opted)"])


@given(entries=st.lists(st.tuples(NAME, NOTE), min_size=1, max_size=8),
       style=st.sampled_from([", ", "; ", "\n"]))
@settings(max_examples=100)
def test_split_drops_any_bracketed_note(entries: list[tuple[str, str]], style: str) -> None:
    text = "Present: " + style.join(name + note for name, note in entries) + "."
    assert split_names(text) == [name for name, _ in entries]


def test_a_long_list_splits_whole() -> None:
    names = [f"Cllr {chr(65 + i % 26)} Smith" for i in range(400)]
    assert split_names("Present:\n" + ",\n".join(names)) == names


def test_bracketed_note_does_not_stop_a_name() -> None:
    assert is_person_name("Mr K Lowe OBE (Chairman)")
    assert not is_person_name("(Chairman)")
