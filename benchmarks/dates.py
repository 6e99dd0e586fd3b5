"""Measure find_dates / find_periods speed on ~100 KB of paper-like text.

find_dates runs on every paragraph of every paper, so its cost per 100 KB bounds how
fast ingest can be. The text is generated here (invented sentences in the manner of
panel papers, dense with dates, periods and numbers that are not dates), so the figure
does not depend on any corpus being present.

Usage: .venv/bin/python benchmarks/dates.py  -> writes benchmarks/results/dates.json
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from scrutiny.parse.dates import find_dates, find_periods, parse_date, parse_period

SENTENCES = [
    "The Panel met on Wednesday, 18th December, 2024 at 10.00am in the Council Chamber.",
    "The Force will provide an update by 31 March and report again w/c 14 April.",
    "Anticipated completion date – May 2023 (revised from March 2023).",
    "In the rolling year to August 2022 there were 1,310 charges, a rate of 4.7%.",
    "Spending in 2023/24 was £3,985,800 against a budget of £4,100,000.",
    "Q3 2024/25 figures show 1,568 arrests; see paragraph 3.1.12 and Appendix B.",
    "Call 01622 677055 for details; the officer may attend in June.",
    "Between April and July 2024 the team made 57 visits across 12 wards.",
    "Rural Crime Week ran 21-27 October 2024, with 340 premises visited.",
    "Minutes of the meeting held on 11/12/2024 were agreed as a correct record.",
    "Victim satisfaction rose by 4.2 percentage points in the 12 months to September 2024.",
    "The plan runs to Spring 2025; a review is due by the end of the financial year 2024/25.",
]


def _text(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = rng.choice(SENTENCES)
        parts.append(sentence)
        total += len(sentence) + 1
    return " ".join(parts)[:size]


def _median_seconds(func: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        func()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def _corpus_prose() -> str | None:
    """The shared corpus's text papers, if present: real prose, where dates are sparse."""
    shared = Path(os.environ.get("SCRUTINY_SHARED") or Path(__file__).resolve().parents[1]
                  / ".." / "shared")
    papers = sorted((shared / "corpus").glob("*/*.txt"))
    return "".join(p.read_text(encoding="utf-8") for p in papers)[:100_000] if papers else None


def main() -> None:
    text = _text(100_000)
    phrases = [s[:60] for s in SENTENCES]
    results = {
        "text_chars": len(text),
        "dates_found": len(find_dates(text, reference="2024-12-18")),
        "periods_found": len(find_periods(text)),
        "find_dates_100kb_s": _median_seconds(lambda: find_dates(text, reference="2024-12-18")),
        "find_periods_100kb_s": _median_seconds(lambda: find_periods(text)),
        "parse_date_per_phrase_us": 1e6 * _median_seconds(
            lambda: [parse_date(p, reference="2024-12-18") for p in phrases * 100]
        ) / (len(phrases) * 100),
        "parse_period_per_phrase_us": 1e6 * _median_seconds(
            lambda: [parse_period(p) for p in phrases * 100]
        ) / (len(phrases) * 100),
        "load_average_1m": os.getloadavg()[0],  # other work on the machine skews the times
        "python": platform.python_version(),
        "machine": platform.machine(),
        "runs": 5,
        "statistic": "median",
    }
    prose = _corpus_prose()
    if prose:
        results["prose_chars"] = len(prose)
        results["find_dates_prose_100kb_s"] = _median_seconds(lambda: find_dates(prose))
        results["find_periods_prose_100kb_s"] = _median_seconds(lambda: find_periods(prose))
    out = Path(__file__).resolve().parent / "results" / "dates.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
