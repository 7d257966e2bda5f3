"""Settings for the test suite: the real app, with a fast password hasher and a throwaway data dir."""

import os
import tempfile

os.environ.setdefault("HS_DATA_DIR", tempfile.mkdtemp(prefix="heartspace-test-"))
os.environ.setdefault("HS_REMINDERS", "off")

from heartspace.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
