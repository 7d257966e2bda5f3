from django.urls import path

from heartspace.people import views

app_name = "people"

urlpatterns = [
    path("people/", views.person_list, name="list"),
    path("people/add/", views.person_add, name="add"),
    path("people/<int:person_id>/", views.person_detail, name="detail"),
    path("people/<int:person_id>/edit/", views.person_edit, name="edit"),
    path("people/<int:person_id>/archive/", views.person_archive, name="archive"),
    path("people/<int:person_id>/delete/", views.person_delete, name="delete"),
    path("people/<int:person_id>/interactions/", views.interaction_log, name="log_interaction"),
    path("people/interactions/<int:interaction_id>/delete/", views.interaction_delete, name="delete_interaction"),
]
