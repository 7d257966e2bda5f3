from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "heartspace.feeds"
    label = "feeds"
