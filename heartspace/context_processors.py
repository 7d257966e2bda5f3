from django.conf import settings


def site(request):
    return {
        "signups": settings.HS_SIGNUPS,
    }
