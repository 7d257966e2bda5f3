from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "heartspace.accounts"
    label = "accounts"
