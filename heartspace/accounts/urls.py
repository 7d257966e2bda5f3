from django.urls import path

from heartspace.accounts import views

app_name = "accounts"

urlpatterns = [
    path("welcome/", views.welcome, name="welcome"),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/signup/<str:signup_token>/", views.signup_invited, name="signup_invited"),
    path("accounts/invitations/", views.invitations, name="invitations"),
    path("accounts/invitations/<int:signup_invitation_id>/revoke/", views.invitation_revoke, name="invitation_revoke"),
    path("accounts/login/", views.sign_in, name="login"),
    path("accounts/logout/", views.sign_out, name="logout"),
    path("accounts/settings/", views.account_settings, name="settings"),
    path("accounts/timezone/", views.browser_timezone, name="browser_timezone"),
    path("accounts/password/", views.PasswordChange.as_view(), name="password_change"),
    path("accounts/password/reset/", views.password_reset, name="password_reset"),
    path("accounts/password/reset/sent/", views.password_reset_done, name="password_reset_done"),
    path("accounts/password/reset/<uidb64>/<token>/", views.password_reset_confirm, name="password_reset_confirm"),
]
