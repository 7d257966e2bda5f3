from django import forms
from django.utils.translation import gettext_lazy as _

from heartspace.insights.models import InsightSettings


class InsightSettingsForm(forms.ModelForm):
    class Meta:
        model = InsightSettings
        fields = ["chats_target_low", "chats_target_high", "ratio_target", "reassessment_weeks"]
        help_texts = {
            "chats_target_low": _("The seed suggests 4 to 6 meaningful chats a month, across everyone."),
            "ratio_target": _("The seed (after Gottman) suggests about five positive moments for each corrective one."),
            "reassessment_weeks": _("The seed suggests looking back every 12 weeks."),
        }
