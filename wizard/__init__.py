"""Mail Wizard: finds an e-mail account's server settings, proves them and writes them into mail clients."""

__version__ = "0.1.0"
