"""Django settings, driven entirely by HS_* environment variables (see heartspace/config.py)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from heartspace import config

ENV = config.load()
BASE_DIR = Path(__file__).resolve().parent
DATA_DIR: Path = ENV["HS_DATA_DIR"]


def _secret_key(data_dir: Path) -> str:
    """Read the instance's secret key, creating it (mode 0600) on first start."""
    data_dir.mkdir(parents=True, exist_ok=True)
    key_file = data_dir / "secret_key"
    if not key_file.exists():
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


SECRET_KEY = _secret_key(DATA_DIR)
DEBUG = ENV["HS_DEBUG"]
ALLOWED_HOSTS = ENV["HS_ALLOWED_HOSTS"]
CSRF_TRUSTED_ORIGINS = ENV["HS_CSRF_TRUSTED_ORIGINS"]
HS_BASE_URL = ENV["HS_BASE_URL"]
HS_SIGNUPS = ENV["HS_SIGNUPS"]
HS_LOGIN_ATTEMPTS = ENV["HS_LOGIN_ATTEMPTS"]
HS_REMINDERS = ENV["HS_REMINDERS"]
HS_HOTLINES_FILE = ENV["HS_HOTLINES_FILE"]
HS_WORKERS = ENV["HS_WORKERS"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "heartspace.accounts",
    "heartspace.people",
    "heartspace.checkins",
    "heartspace.practices",
    "heartspace.journal",
    "heartspace.insights",
    "heartspace.feeds",
    "heartspace.partners",
    "heartspace.support",
    "heartspace.writing",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "heartspace.middleware.security_headers",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "heartspace.middleware.user_timezone",
    "heartspace.middleware.first_run_welcome",
]

ROOT_URLCONF = "heartspace.urls"
WSGI_APPLICATION = "heartspace.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "heartspace.context_processors.site",
            ],
        },
    },
]

if ENV["HS_DATABASE_URL"]:
    DATABASES = {"default": ENV["HS_DATABASE_URL"]}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "heartspace.sqlite3",
            "OPTIONS": {
                # Writers take the lock at BEGIN so two requests never deadlock on upgrade.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=NORMAL;"
                    "PRAGMA busy_timeout=20000;"
                    "PRAGMA foreign_keys=ON;"
                ),
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_ROOT = DATA_DIR / "media"

DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Forms are allowed to be long (a 100 kB journal entry must not be refused by Django itself).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if ENV["HS_HTTPS"]:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

SMTP = ENV["HS_SMTP_URL"]
DEFAULT_FROM_EMAIL = ENV["HS_EMAIL_FROM"]
SERVER_EMAIL = ENV["HS_EMAIL_FROM"]
if SMTP:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = SMTP["host"]
    EMAIL_PORT = SMTP["port"]
    EMAIL_HOST_USER = SMTP["user"]
    EMAIL_HOST_PASSWORD = SMTP["password"]
    EMAIL_USE_TLS = SMTP["use_tls"]
    EMAIL_USE_SSL = SMTP["use_ssl"]
    EMAIL_TIMEOUT = 20
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": ENV["HS_LOG_LEVEL"].upper()},
    "loggers": {
        # Request logs would carry query strings and form errors; keep them to status lines.
        "django.request": {"level": "ERROR"},
        "django.db.backends": {"level": "WARNING"},
    },
}
