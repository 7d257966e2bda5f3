"""The practices panel on the Today page: today's prompt, rituals due today, time-outs to come back to.

A fixed handful of queries whatever the history size.
"""

from __future__ import annotations

from heartspace.practices import content, services
from heartspace.practices.models import Disclosure


def panel(request):
    user = request.user
    today = user.local_today()
    return {
        "template": "practices/home_panel.html",
        "order": 20,
        "prompt": content.prompt_for(today),
        "written_today": Disclosure.objects.filter(owner=user, day=today).exists(),
        "rituals": services.rituals_due_on(user, today, limit=5),
        "unresolved": list(services.unresolved_timeouts(user, limit=5)),
    }
