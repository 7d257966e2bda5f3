from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "heartspace.partners"
    label = "partners"
