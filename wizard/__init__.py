"""Mail Wizard: finds an e-mail account's server settings, proves them and writes them into mail clients."""

__version__ = "0.1.0"
# The one folder name for the program's own files in every per-user and per-machine folder.
APP_NAME = "mailwizard"
