"""The screens: home (statements × languages), editor, glossary, QA, concordance, help."""
