from django.urls import include, path

from heartspace import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("", include("heartspace.accounts.urls")),
    path("", include("heartspace.people.urls")),
    path("", include("heartspace.checkins.urls")),
    path("", include("heartspace.practices.urls")),
    path("", include("heartspace.journal.urls")),
    path("", include("heartspace.insights.urls")),
    path("", include("heartspace.feeds.urls")),
    path("", include("heartspace.partners.urls")),
    path("", include("heartspace.support.urls")),
    path("", include("heartspace.writing.urls")),
]
