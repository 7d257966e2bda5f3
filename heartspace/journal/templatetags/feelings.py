"""`{% feelings_picker form.feelings %}` and `{% needs_picker form.needs %}`: a text input with
a datalist plus tappable chips grouped by core feeling (or need group).

Include the script once on the page:
`<script src="{% static 'heartspace/js/journal-feelings-picker.js' %}" defer></script>`.
Without JavaScript the input still works: type words separated by commas.
"""

from __future__ import annotations

from django import template

from heartspace.journal import feelings as vocabulary

register = template.Library()


def _widget(bound_field, list_id):
    describedby = " ".join(filter(None, [
        f"{bound_field.auto_id}_help" if bound_field.help_text else "",
        f"{bound_field.auto_id}_error" if bound_field.errors else "",
    ]))
    attrs = {"list": list_id, "data-feelings-input": ""}
    if describedby:
        attrs["aria-describedby"] = describedby
    return bound_field.as_widget(attrs=attrs)


@register.inclusion_tag("journal/feelings_picker.html")
def feelings_picker(bound_field, open_core=""):
    list_id = f"{bound_field.auto_id}_words"
    return {
        "field": bound_field,
        "widget": _widget(bound_field, list_id),
        "list_id": list_id,
        "words": vocabulary.word_list(),
        "groups": [
            {"key": core.key, "label": core.label, "summary": core.summary,
             "levels": [(level, levels[level]) for level in vocabulary.INTENSITIES]}
            for core, levels in vocabulary.by_core()
        ],
        "open_core": open_core,
    }


@register.inclusion_tag("journal/needs_picker.html")
def needs_picker(bound_field):
    list_id = f"{bound_field.auto_id}_words"
    return {
        "field": bound_field,
        "widget": _widget(bound_field, list_id),
        "list_id": list_id,
        "words": sorted(n.word for n in vocabulary.NEEDS),
        "groups": [{"key": key, "label": label, "needs": needs} for key, label, needs in vocabulary.needs_by_group()],
    }
