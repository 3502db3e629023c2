"""art28: run GDPR Art. 28 data processing agreements."""

__version__ = "0.1.0"
