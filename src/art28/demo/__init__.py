"""The demo: the two seed agreements loaded as data (see loader.py and data/)."""
