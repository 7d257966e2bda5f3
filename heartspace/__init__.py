"""heartspace: practise the habits that turn shallow relationships into deep ones."""

__version__ = "0.1.0"
