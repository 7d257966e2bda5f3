from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "heartspace.checkins"
    label = "checkins"
