from django.urls import path

from heartspace.practices import views

app_name = "practices"

urlpatterns = [
    path("practices/", views.index, name="index"),
]
