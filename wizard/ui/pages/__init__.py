"""One module per wizard page; each is a thin adapter over ``wizard.flow``."""
