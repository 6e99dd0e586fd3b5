"""Charts: a Vega-Lite spec for a measure's series, and SVG sparklines for the dashboard.

The spec is built by hand (plain dicts, Vega-Lite v6 schema): it is small, and a hand
built dict keeps Altair's import time out of every request. Each point carries an
``href`` to its source passage, so clicking a point opens the paper where it is printed.
Sparklines are drawn on the server so the dashboard needs no JavaScript.
"""

from __future__ import annotations

from typing import Any

from scrutiny.serve.web.templating import number, source_url

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
UNIT_TITLE = {"percent": "%", "gbp": "£", "count": "count", "fte": "FTE",
              "percentage_points": "percentage points"}


def chart_points(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One datum per stated period (the latest paper's figure wins), in series order.

    Figures without a period cannot be placed on a time axis; they stay in the table.
    """
    latest: dict[str, dict[str, Any]] = {}
    for point in points:
        if point.get("period"):
            latest[point["period"]] = point
    chosen = sorted(latest.values(), key=points.index)
    data = []
    for order, point in enumerate(chosen):
        paper = point.get("paper") or {}
        data.append({
            "order": order,
            "period": point["period"],
            "value": point["value"],
            "shown": number(point["value"], point.get("unit")),
            "paper": paper.get("title") or "",
            "page": (point.get("source") or {}).get("page"),
            "href": source_url(point),
        })
    return data


def measure_spec(series: dict[str, Any]) -> dict[str, Any]:
    """A line chart of the series, points in series order, each linking to its source."""
    unit = series.get("unit") or "count"
    y_title = f"{series['measure']} ({UNIT_TITLE.get(unit, unit)})"
    return {
        "$schema": SCHEMA,
        "description": f"{series['measure']} over time",
        "width": "container",
        "height": 280,
        "data": {"values": chart_points(series["points"])},
        "mark": {"type": "line", "point": {"size": 80, "filled": True}, "cursor": "pointer"},
        "encoding": {
            "x": {"field": "period", "type": "ordinal", "sort": {"field": "order"},
                  "title": "Period", "axis": {"labelAngle": -30}},
            "y": {"field": "value", "type": "quantitative", "title": y_title},
            "href": {"field": "href"},
            "tooltip": [
                {"field": "period", "title": "Period"},
                {"field": "shown", "title": "Value"},
                {"field": "paper", "title": "Paper"},
                {"field": "page", "title": "Page"},
            ],
        },
        "config": {"font": "system-ui, sans-serif", "line": {"color": "#1d70b8"},
                   "point": {"color": "#1d70b8"}},
    }


def sparkline(values: list[float], width: int = 120, height: int = 32) -> str:
    """SVG polyline points for ``values`` scaled into ``width`` x ``height`` (2px margin)."""
    if not values:
        return ""
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    step = (width - 4) / max(1, len(values) - 1)
    coords = []
    for index, value in enumerate(values):
        x = 2 + index * step
        y = height - 2 - (value - low) / span * (height - 4)
        coords.append(f"{x:.1f},{y:.1f}")
    return " ".join(coords)
