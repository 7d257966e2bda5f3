from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "heartspace.feeds"
    label = "feeds"

    def ready(self):
        from heartspace.feeds import signals

        signals.connect()
