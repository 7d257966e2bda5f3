from django.urls import path

from heartspace.checkins import views, views_session

app_name = "checkins"

urlpatterns = [
    path("checks/", views.check_list, name="list"),
    path("checks/propose/", views.propose_all, name="propose_all"),
    path("checks/accept-all/", views.accept_all, name="accept_all"),
    path("checks/questions/", views.custom_questions, name="questions"),
    path("checks/settings/", views.practice_settings, name="settings"),
    path("checks/settings/availability/", views.availability, name="availability"),
    path("checks/questions/<int:custom_question_id>/delete/", views.custom_question_delete, name="question_delete"),
    path("checks/person/<int:person_id>/propose/", views.propose, name="propose"),
    path("checks/person/<int:person_id>/new/", views.check_new, name="new"),
    path("checks/person/<int:person_id>/tension/", views.tension, name="tension"),
    path("checks/<int:check_id>/", views.check_detail, name="detail"),
    path("checks/<int:check_id>/accept/", views.check_accept, name="accept"),
    path("checks/<int:check_id>/move/", views.check_move, name="move"),
    path("checks/<int:check_id>/skip/", views.check_skip, name="skip"),
    path("checks/<int:check_id>/prepare/", views.check_prepare, name="prepare"),
    path("checks/<int:check_id>/guide/", views_session.guide, name="guide"),
    path("checks/<int:check_id>/guide/start/", views_session.guide_start, name="guide_start"),
    path("checks/<int:check_id>/guide/save/", views_session.guide_save, name="guide_save"),
    path("checks/<int:check_id>/guide/end/", views_session.guide_end, name="guide_end"),
    path("checks/<int:check_id>/after/", views_session.after, name="after"),
    path("checks/commitments/<int:commitment_id>/done/", views_session.commitment_done, name="commitment_done"),
    path("checks/follow-ups/<int:follow_up_id>/sent/", views_session.follow_up_sent, name="follow_up_sent"),
]
