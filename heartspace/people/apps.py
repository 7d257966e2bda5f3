from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "heartspace.people"
    label = "people"
