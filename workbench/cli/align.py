"""`workbench align SOURCE TRANSLATION --lang LL`: a published pair into a catalog or a TMX."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    return None  # filled in below in the same change set
