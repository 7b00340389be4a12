# A regular package, so "tests.conftest" is this folder even where an installed
# distribution (spylls) ships a top-level "tests" package of its own.
