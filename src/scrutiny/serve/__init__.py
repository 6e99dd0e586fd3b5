"""Serve: the web UI and its JSON/CSV twins, on top of store (and track when it lands).

``create_app(settings)`` in :mod:`scrutiny.serve.app` builds the FastAPI application;
nothing else in scrutiny imports this package.
"""
