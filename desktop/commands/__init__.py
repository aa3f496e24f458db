"""Subcommands of the ``proofsheet`` command line, one module per command family."""
