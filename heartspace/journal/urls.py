from django.urls import path

from heartspace.journal import growth_views, soothing, views

app_name = "journal"

urlpatterns = [
    path("journal/", views.entry_list, name="list"),
    path("journal/new/", views.entry_new, name="new"),
    path("journal/<int:entry_id>/", views.entry_detail, name="detail"),
    path("journal/<int:entry_id>/edit/", views.entry_edit, name="edit"),
    path("journal/<int:entry_id>/delete/", views.entry_delete, name="delete"),
    path("journal/export.md", views.export_markdown, name="export"),
    path("journal/live-safety/", views.live_safety, name="live_safety"),
    path("journal/feelings/", views.feelings_vocabulary, name="feelings"),
    path("journal/growth/", growth_views.growth_home, name="growth"),
    path("journal/growth/settings/", growth_views.growth_settings, name="growth_settings"),
    path("journal/growth/self-check/", growth_views.selfcheck_new, name="selfcheck_new"),
    path("journal/growth/self-check/<int:selfcheck_id>/", growth_views.selfcheck_detail, name="selfcheck_detail"),
    path("journal/growth/self-check/<int:selfcheck_id>/delete/", growth_views.selfcheck_delete, name="selfcheck_delete"),
]

# One fixed URL per built-in practice (the same for everyone, so no id in the path).
urlpatterns += [
    path(f"journal/growth/practice/{item.key}/", growth_views.practice, {"practice_key": item.key},
         name=f"practice_{item.key}")
    for item in soothing.PRACTICES
]
