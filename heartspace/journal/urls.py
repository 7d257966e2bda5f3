from django.urls import path

from heartspace.journal import views

app_name = "journal"

urlpatterns = [
    path("journal/", views.entry_list, name="list"),
]
