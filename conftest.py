"""Collection settings for the whole test run (the doctests of quoteattr/ included)."""

from __future__ import annotations

import importlib.util

# The spaCy component is an optional extra: its module is not collected without spaCy.
collect_ignore = [] if importlib.util.find_spec("spacy") else ["quoteattr/spacy_component.py"]
