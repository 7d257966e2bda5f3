from django.urls import path

from heartspace.practices import conflict_views, exercise_views, ritual_views, views

app_name = "practices"

urlpatterns = [
    path("practices/", views.index, name="index"),
    path("practices/settings/", views.practice_settings, name="settings"),
    path("practices/disclosure/", views.disclosure, name="disclosure"),
    path("practices/disclosure/<int:disclosure_id>/", views.disclosure_edit, name="disclosure_edit"),
    path("practices/i-feel/", views.statements, name="statements"),
    path("practices/i-feel/<int:statement_id>/delete/", views.statement_delete, name="statement_delete"),
    path("practices/i-feel/<int:statement_id>/said/", views.statement_said, name="statement_said"),
    path("practices/listening/", views.listening, name="listening"),
    path("practices/bids/", views.bids, name="bids"),
    path("practices/bids/<int:bid_id>/delete/", views.bid_delete, name="bid_delete"),
    path("practices/rituals/", ritual_views.rituals, name="rituals"),
    path("practices/rituals/<int:ritual_id>/", ritual_views.ritual_detail, name="ritual_detail"),
    path("practices/rituals/<int:ritual_id>/edit/", ritual_views.ritual_edit, name="ritual_edit"),
    path("practices/rules/", conflict_views.rules, name="rules"),
    path("practices/rules/with/<int:person_id>/", conflict_views.rules_person, name="rules_person"),
    path("practices/rules/<int:rule_id>/", conflict_views.rule_edit, name="rule_edit"),
    path("practices/time-outs/", conflict_views.timeouts, name="timeouts"),
    path("practices/time-outs/<int:timeout_id>/", conflict_views.timeout_detail, name="timeout_detail"),
    path("practices/time-outs/<int:timeout_id>/resolve/", conflict_views.timeout_resolve, name="timeout_resolve"),
    path("practices/vulnerability/", exercise_views.vulnerability, name="vulnerability"),
    path("practices/vulnerability/<int:vulnerability_id>/", exercise_views.vulnerability_session,
         name="vulnerability_session"),
    path("practices/boundaries/", exercise_views.boundaries, name="boundaries"),
    path("practices/boundaries/<int:boundary_id>/", exercise_views.boundary_edit, name="boundary_edit"),
]
