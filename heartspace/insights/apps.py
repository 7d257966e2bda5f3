from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "heartspace.insights"
    label = "insights"
