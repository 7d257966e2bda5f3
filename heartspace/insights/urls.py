from django.urls import path

from heartspace.insights import views

app_name = "insights"

urlpatterns = [
    path("insights/", views.index, name="index"),
    path("insights/people/<int:person_id>/", views.person, name="person"),
    path("insights/reassessment/", views.reassessment_page, name="reassessment"),
    path("insights/reassessment/<int:reassessment_id>/", views.reassessment_detail, name="reassessment_detail"),
    path("insights/adjustments/<int:adjustment_id>/decide/", views.decide, name="decide"),
    path("insights/help/", views.help_page, name="help"),
    path("insights/help/dismiss/", views.dismiss, name="dismiss"),
    path("insights/help/dismissed/<int:dismissal_id>/restore/", views.restore, name="restore"),
    path("insights/settings/", views.settings_page, name="settings"),
]
