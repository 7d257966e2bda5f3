from django.apps import AppConfig


class WritingConfig(AppConfig):
    """Live coach feedback and word counts for every text field with a template or a limit."""

    name = "heartspace.writing"
    label = "writing"
