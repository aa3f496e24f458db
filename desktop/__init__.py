"""校样 Proofsheet: proofing for Chinese newspaper pages."""

__version__ = "0.1.0"
APP_NAME = "Proofsheet"
APP_TITLE = "校样 Proofsheet"
