"""Owner scoping: every stored record belongs to one user, and lookups prove it.

Views never call `Model.objects.get(pk=...)` directly; they use an access
helper built on `get_owned_or_404`, which answers 404 (not 403) for anyone
else's object so that ids reveal nothing about other accounts.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.http import Http404


class OwnedModel(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


def get_owned_or_404(queryset_or_model, user, **lookup):
    """Fetch one object owned by `user`, or raise Http404 whoever else owns it."""
    if not getattr(user, "is_authenticated", False):
        raise Http404
    queryset = (
        queryset_or_model._default_manager.all()
        if isinstance(queryset_or_model, type)
        else queryset_or_model
    )
    try:
        return queryset.get(owner=user, **lookup)
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
