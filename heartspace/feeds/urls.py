from django.urls import path

from heartspace.feeds import views

app_name = "feeds"

urlpatterns = [
    path("feeds/", views.index, name="index"),
]
