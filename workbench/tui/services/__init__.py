"""Adapters between the screens and the core: they call the core's public API, cache what the
screens ask for repeatedly, and turn a missing or broken optional part into a note."""
