from django.urls import path

from heartspace.insights import views

app_name = "insights"

urlpatterns = [
    path("insights/", views.index, name="index"),
]
