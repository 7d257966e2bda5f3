from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "heartspace.journal"
    label = "journal"
