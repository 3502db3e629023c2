"""`make bench`: figures of art28 on the chosen database, one `BENCH <name> <value> <unit>` a line.

Run as `python -m benchmarks`. SQLite in a temporary ART28_DATA_DIR by default; with
ART28_DATABASE_URL pointing at PostgreSQL the bench creates (and afterwards drops) its own
database `art28_bench` on that server.
"""
