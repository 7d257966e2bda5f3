from django import template

from heartspace.writing.feedback import word_count_label

register = template.Library()


@register.simple_tag
def word_count_text(fb):
    return word_count_label(fb)
