"""Importing an existing DPA: upload, background analysis, review, confirm into a draft."""
