"""Ingest: read a file of any supported format into one Document, then split it into papers.

Nothing here knows about records; extractors only ever see Documents and Papers.
"""
