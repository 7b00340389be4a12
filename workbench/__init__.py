"""Workbench: a multilingual translation-memory workbench over gettext catalogs."""

__version__ = "0.1.0"
