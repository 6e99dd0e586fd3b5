"""Read queries the pages need that the store's repository does not (yet) offer.

Each page calls one function here (or in ``scrutiny.store.repository`` once it has the
same query), and that one result feeds the HTML page, its ``.json`` and its ``.csv``.
The dashboard's overdue / slipped lists read the record tables for now; each is one
function so it can be pointed at ``scrutiny.track`` when tracked items exist.
"""
