from django.urls import path

from heartspace.writing import views

app_name = "writing"

urlpatterns = [
    path("writing/feedback/", views.live_feedback, name="feedback"),
    path("writing/coach/", views.scratchpad, name="scratchpad"),
]
