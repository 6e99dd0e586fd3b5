"""Dates and periods in invented passages written in three house styles of panel papers.

Each passage is written for this test in the manner of a different kind of paper (an
action log, a panel's minutes, a PCC board performance summary) so the rules are checked
on how papers are written rather than on any one force's wording.
"""

from __future__ import annotations

from scrutiny.parse.dates import find_dates, find_periods, parse_date

ACTION_LOG = """\
Ref\tAction\tOwner\tDue\tStatus
PDB/24/07\tForce to circulate the revised custody audit\tDCC\tw/c 13 Jan\tOpen
PDB/24/08\tOPCC to arrange a briefing on rural crime\tCEO\tEnd Feb 2025\tOpen
PDB/24/09\tReview of stop and search scrutiny panel terms\tOPCC\tQ4 24/25\tOpen
PDB/24/10\tUpdate on 101 call handling\tACC\t31/10/2024\tClosed
PDB/24/11\tPublish the victims' needs assessment\tOPCC\tTBC\tOpen
"""

MINUTES = """\
MINUTES of a meeting of the Northshire Police, Fire and Crime Panel held on Thursday,
6th February, 2025 at 2.00 pm at Shire Hall. The Chair noted that the precept report
had been circulated on 27 January and that the Commissioner would reply by 14 March.
The next meeting will be held on Tuesday 15 April 2025.
"""

PERFORMANCE = """\
Total recorded crime for the 12 months to December 2024 fell by 3.2% against the
previous 12 months. Between April and December 2024 the force charged 1,215 offences;
the FYTD to end of Dec 2024 charge rate was 7.9%. Emergency calls answered within 10
seconds rose to 91% in Q3 2024/25 (Q2: 87%). Figures are as at 31.12.2024 and exclude
Operation Fairway, which ran 2-8 December 2024.
"""


def _isos(text: str, reference: str | None = None) -> list[str | None]:
    return [m.iso for m in find_dates(text, reference=reference)]


def test_action_log_due_column() -> None:
    dues = [line.split("\t")[3] for line in ACTION_LOG.splitlines()[1:]]
    got = [parse_date(due, reference="2024-12-11") for due in dues]
    assert got == ["2025-01-13", "2025-02", "2025-03", "2024-10-31", None]


def test_minutes_dates_and_years_from_the_meeting() -> None:
    # the meeting date is the first date; later day-months take their year from it
    assert _isos(MINUTES, reference="2025-02-06") == [
        "2025-02-06", "2025-01-27", "2025-03-14", "2025-04-15",
    ]


def test_performance_summary_periods() -> None:
    assert [p.label for _, _, p in find_periods(PERFORMANCE)] == [
        "12 months to December 2024", "previous 12 months", "April and December 2024",
        "FYTD to end of Dec 2024", "Q3 2024/25", "as at 31.12.2024", "2-8 December 2024",
    ]


def test_performance_summary_dates() -> None:
    isos = [iso for iso in _isos(PERFORMANCE) if iso]
    assert isos[:2] == ["2024-12", "2024-04"]
    assert "2024-12-31" in isos and "2024-12-02" in isos
