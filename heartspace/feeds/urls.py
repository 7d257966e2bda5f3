from django.urls import path

from heartspace.feeds import views, views_photos

app_name = "feeds"

urlpatterns = [
    path("feeds/", views.index, name="index"),
    path("feeds/address/new/", views.regenerate, name="regenerate"),
    path("feeds/address/off/", views.revoke, name="revoke"),
    path("feeds/calendar.ics", views.calendar_download, name="calendar_download"),
    path("feeds/<str:feed_token>.ics", views.calendar, name="calendar"),
    path("feeds/unsubscribe/<str:unsubscribe_token>/", views.unsubscribe, name="unsubscribe"),
    path("feeds/contacts/import/", views.import_upload, name="import"),
    path("feeds/contacts/import/<int:import_id>/", views.import_preview, name="import_preview"),
    path("feeds/contacts/export.vcf", views.export_vcard, name="export_vcard"),
    path("people/<int:person_id>/photo/", views_photos.person_photo, name="person_photo"),
    path("people/<int:person_id>/photo/remove/", views_photos.person_photo_remove, name="person_photo_remove"),
]
