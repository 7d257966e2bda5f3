from django.urls import path

from heartspace.partners import views

app_name = "partners"

urlpatterns = [
    path("together/", views.index, name="index"),
]
