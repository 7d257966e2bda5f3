"""Form fields for naming feelings and needs, reusable by any app.

    from heartspace.journal.fields import FeelingsField
    feelings = FeelingsField(label=_("What are you feeling?"))

cleaned_data["feelings"] is a list of words: vocabulary words in the vocabulary's spelling,
anything else kept as the person's own word (never rejected for being unknown).
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from heartspace.journal import feelings as vocabulary


class WordListField(forms.CharField):
    """A comma-separated list of short words or phrases, rendered as one text input."""

    max_words = vocabulary.MAX_FEELINGS_PER_ENTRY
    known_word = staticmethod(vocabulary.lookup)
    max_word_chars = vocabulary.MAX_WORD_CHARS

    def __init__(self, *args, max_words: int | None = None, **kwargs):
        if max_words is not None:
            self.max_words = max_words
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 2000)
        super().__init__(*args, **kwargs)
        self.widget.attrs.setdefault("autocomplete", "off")
        self.widget.attrs.setdefault("autocapitalize", "none")

    def prepare_value(self, value):
        if isinstance(value, (list, tuple)):
            return ", ".join(str(v) for v in value)
        return value

    def to_python(self, value):
        text = super().to_python(value)
        return vocabulary.split_words(text, self.known_word)

    def validate(self, value):
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")
        too_long = [w for w in value if len(w) > self.max_word_chars]
        if too_long:
            raise ValidationError(
                _("Keep each word under %(n)s characters; separate words with commas (this one is long: “%(word)s…”).")
                % {"n": self.max_word_chars, "word": too_long[0][:20]}, code="word_too_long")
        if len(value) > self.max_words:
            raise ValidationError(ngettext(
                "Name at most %(n)s word here; pick the ones that fit best.",
                "Name at most %(n)s words here; pick the ones that fit best.", self.max_words) % {"n": self.max_words},
                code="too_many")

    def run_validators(self, value):
        # The CharField max_length validator would compare the list's length; the raw text is checked in clean().
        return None

    def clean(self, value):
        if value and len(str(value)) > (self.max_length or 2000):
            raise ValidationError(_("That is a lot of words for one field; keep it to a short list."), code="max_length")
        return super().clean(value)


class FeelingsField(WordListField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", _("Feelings"))
        kwargs.setdefault("help_text", _("Pick from the list or type your own words, separated by commas."))
        super().__init__(*args, **kwargs)


class NeedsField(WordListField):
    known_word = staticmethod(vocabulary.lookup_need)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", _("Needs"))
        kwargs.setdefault("help_text", _("What might this feeling be asking for? Pick or type your own, separated by commas."))
        super().__init__(*args, **kwargs)
