"""What people counted are doing, in three invented house styles: "were now working in
neighbourhood teams" completes the noun it follows ("PCSOs working in neighbourhood
teams"), and in "212 officers and 64 PCSOs were ..." both figures share that predicate. A
figure whose own verb follows ("3 have a revised date") keeps its own reading."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> list[Statistic]:
    document = read_bytes(text.encode(), name)
    return extract_statistics(Paper(document, 0, len(document.blocks)))


def measures_by_value(found: list[Statistic]) -> dict[float, str]:
    return {s.value: s.measure for s in found}


MINUTES = """Larchmoor Police and Crime Panel - Minutes

41. Neighbourhood policing
Superintendent Okafor reported that 287 officers and 71 PCSOs were now working in
neighbourhood teams, and that every ward had a named contact.
"""

MARKDOWN = """# Pellworth Constabulary: people update

* 46 special constables are currently serving with the rural crime team.
* 19 detectives were working on the major crime review; 4 have left since June.
"""

HTML = """<html><body><h1>Carrowdale OPCC briefing</h1>
<p>At the end of the quarter 58 staff were still working from the temporary control room.
The move completes in March.</p></body></html>"""


def test_minutes_two_figures_share_what_they_are_doing() -> None:
    measures = measures_by_value(statistics_in(MINUTES, "minutes.txt"))
    assert measures[287] == "Officers working in neighbourhood teams"
    assert measures[71] == "PCSOs working in neighbourhood teams"


def test_markdown_serving_with_and_working_on() -> None:
    measures = measures_by_value(statistics_in(MARKDOWN, "update.md"))
    assert measures[46] == "Special constables serving with the rural crime team"
    assert measures[19] == "Detectives working on the major crime review"


def test_html_still_working_from() -> None:
    measures = measures_by_value(statistics_in(HTML, "briefing.html"))
    assert measures[58] == "Staff working from the temporary control room"


def test_a_figure_with_its_own_verb_is_not_given_the_other_figures_predicate() -> None:
    text = ("Since the last update 6 items have been closed by the inspectorate, and 2 have"
            " a new date.\n")
    measures = measures_by_value(statistics_in(text, "tracker.txt"))
    assert "working" not in measures[6] and measures[6].startswith("Items closed")
