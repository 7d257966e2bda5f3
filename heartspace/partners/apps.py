from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "heartspace.partners"
    label = "partners"

    def ready(self):
        from heartspace.partners import signals

        signals.connect()
