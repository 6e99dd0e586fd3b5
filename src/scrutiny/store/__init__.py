"""Store: persist documents, papers, blocks and records in SQLite or PostgreSQL.

``database`` opens engines and migrates them, ``tables`` defines the schema,
``repository`` writes (insert / update / noop) and reads, ``search`` finds passages.
Nothing outside this package knows the tables.
"""
