"""One module per sub-command; see ``wizard.cli``."""
