from django.urls import path

from heartspace.partners import views, views_joint, views_past, views_together

app_name = "partners"

urlpatterns = [
    path("together/", views.index, name="index"),
    path("together/invite/", views.invite, name="invite"),
    path("together/invitations/<int:invitation_id>/cancel/", views.invitation_cancel, name="invitation_cancel"),
    path("together/join/<str:invite_token>/", views.join, name="join"),
    path("together/<int:link_id>/", views.link_detail, name="link"),
    path("together/<int:link_id>/settings/", views.link_settings, name="link_settings"),
    path("together/<int:link_id>/unlink/", views.unlink, name="unlink"),
    path("together/<int:link_id>/records/", views_past.link_records, name="link_records"),
    path("together/<int:link_id>/share/", views.share, name="share"),
    path("together/<int:link_id>/ask/", views_together.ask, name="ask"),
    path("together/<int:link_id>/practise/", views_together.session_new, name="session_new"),
    path("together/<int:link_id>/log/", views_together.log_add, name="log_add"),
    path("together/<int:link_id>/balance/", views_together.balance_target, name="balance_target"),
    path("together/<int:link_id>/rituals/new/", views_together.ritual_new, name="ritual_new"),
    path("together/rituals/<int:shared_ritual_id>/", views_together.ritual_edit, name="ritual_edit"),
    path("together/shared/<int:share_id>/", views.share_detail, name="share_detail"),
    path("together/shared/<int:share_id>/take-back/", views.share_withdraw, name="share_withdraw"),
    path("together/questions/<int:shared_question_id>/", views_together.question, name="question"),
    path("together/questions/<int:shared_question_id>/answer/", views_together.answer, name="answer"),
    path("together/questions/<int:shared_question_id>/pass/", views_together.question_pass, name="question_pass"),
    path("together/questions/<int:shared_question_id>/later/", views_together.question_later, name="question_later"),
    path("together/questions/<int:shared_question_id>/reveal/", views_together.question_reveal, name="question_reveal"),
    path("together/sessions/<int:joint_session_id>/", views_together.session, name="session"),
    path("together/sessions/<int:joint_session_id>/state/", views_together.session_state, name="session_state"),
    path("together/sessions/<int:joint_session_id>/respond/", views_together.session_respond, name="session_respond"),
    path("together/sessions/<int:joint_session_id>/next/", views_together.session_advance, name="session_advance"),
    path("together/sessions/<int:joint_session_id>/stop/", views_together.session_stop, name="session_stop"),
    path("together/sessions/<int:joint_session_id>/note/", views_joint.session_note, name="session_note"),
]
