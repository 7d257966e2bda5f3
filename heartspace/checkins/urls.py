from django.urls import path

from heartspace.checkins import views

app_name = "checkins"

urlpatterns = [
    path("checks/", views.check_list, name="list"),
]
