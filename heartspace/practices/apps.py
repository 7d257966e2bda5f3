from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "heartspace.practices"
    label = "practices"
