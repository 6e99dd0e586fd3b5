"""A measure's page: its series as a Vega-Lite chart and as a table, each point cited."""

from __future__ import annotations

from fastapi import APIRouter, Request

from scrutiny.serve.api.twins import twin
from scrutiny.serve.api.view import Table, View
from scrutiny.serve.charts import measure_spec
from scrutiny.serve.deps import DB
from scrutiny.serve.queries.measures import series
from scrutiny.store.repository import flat_record

router = APIRouter()


@twin(router, "/measures/{statistic_id}", csv=True, tags=["registers"])
def measure(request: Request, session: DB, statistic_id: str) -> View:
    """One measure's series (addressed by any of its statistics' ids), oldest first."""
    data = series(session, statistic_id)
    columns = ["id", "measure", "value", "unit", "period", "place", "change", "paper_title",
               "paper_date", "source_page", "source_start", "source_end", "source_text"]
    table = Table(columns, [flat_record(p) for p in data["points"]], filename="measure.csv")
    return View("measure.html", {"id": statistic_id, **data},
                context={"spec": measure_spec(data)}, table=table)
