from __future__ import annotations

import pytest

from heartspace.partners import services


@pytest.fixture
def link(owner, partner):
    """owner and partner, linked (owner invited)."""
    return services.link_users(owner, partner)
