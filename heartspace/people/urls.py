from django.urls import path

from heartspace.people import views

app_name = "people"

urlpatterns = [
    path("people/", views.person_list, name="list"),
]
