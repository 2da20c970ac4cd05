"""Targets: write a found account into a mail client (Thunderbird, Outlook) or a settings file."""
