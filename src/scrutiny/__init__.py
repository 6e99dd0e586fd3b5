"""scrutiny: police and crime panel and PCC board papers as a searchable, cited register.

The pipeline runs one way: ingest -> extract -> store -> track -> serve / brief / export.
"""

__version__ = "0.1.0"
