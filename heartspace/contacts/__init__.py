"""vCard contacts: a streaming pre-pass for real files, parsing into plain records, vCard 4.0 writing.

Plain Python with no Django imports; heartspace.feeds.imports turns the records into people.
"""

from heartspace.contacts.model import CardResult, Contact, normalise_values
from heartspace.contacts.parse import parse_stream
from heartspace.contacts.prepass import UnreadableFile
from heartspace.contacts.writer import iter_vcard_text, write_vcards

__all__ = ["CardResult", "Contact", "UnreadableFile", "iter_vcard_text", "normalise_values", "parse_stream",
           "write_vcards"]
