from django.apps import AppConfig


class SupportConfig(AppConfig):
    name = "heartspace.support"
    label = "support"
