from django.urls import path

from heartspace.support import views

app_name = "support"

urlpatterns = [
    path("help/urgent/", views.urgent, name="urgent"),
    path("help/resources/", views.resources, name="resources"),
]
