"""The editor's keys (shown in the footer, the help screen and the command palette)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

FILTER_LABELS = {
    "all": "all segments",
    "needs-work": "needs work",
    "untranslated": "untranslated",
    "fuzzy": "fuzzy",
    "translated": "translated",
    "qa": "with QA findings",
    "draft": "unsaved drafts",
}

PALETTE_TITLES = {
    "confirm": "Confirm segment",
    "newline": "Insert newline",
    "insert_match": "Insert TM match",
    "copy_source": "Copy source to target",
    "toggle_fuzzy": "Toggle fuzzy",
    "next_segment": "Next segment",
    "prev_segment": "Previous segment",
    "next_needing_work": "Next segment needing work",
    "prev_needing_work": "Previous segment needing work",
    "insert_term": "Insert glossary term",
    "jump": "Go to segment number",
    "filter": "Filter segments",
    "concordance": "Concordance search",
    "save": "Save drafts",
    "add_term": "Add glossary term",
    "help": "Help: every key",
    "glossary": "Glossary",
    "qa": "QA findings",
    "cycle_pivot": "Cycle pivot language",
    "next_panel": "Next side panel",
    "back": "Back to statements",
}

# priority=True: these must work while the target text area has focus (it would otherwise
# take alt+digits and some ctrl keys as typing or as its own editing keys).
EDITOR_BINDINGS: list[BindingType] = [
    Binding("enter", "confirm", "Confirm", key_display="⏎",
            tooltip="Confirm: save as translated (not fuzzy) and go to the next that needs work"),
    Binding("ctrl+j", "newline", "Newline", key_display="^j",
            tooltip="Insert a line break in the target (shift+enter where the terminal sends it)"),
    Binding("alt+1", "insert_match(1)", "TM", key_display="M-1…9", priority=True,
            tooltip="Insert TM match 1–9 (number-substituted suggestion)"),
    *[Binding(f"alt+{n}", f"insert_match({n})", f"TM match {n}", show=False, priority=True)
      for n in range(2, 10)],
    Binding("ctrl+b", "copy_source", "Copy src", show=False, priority=True,
            tooltip="Copy the source into the target"),
    Binding("ctrl+u", "toggle_fuzzy", "Fuzzy", priority=True,
            tooltip="Toggle fuzzy (needs review); saved at once"),
    Binding("ctrl+down,alt+down", "next_segment", "Next", key_display="^↓", priority=True,
            tooltip="Next segment (the draft stays in the journal)"),
    Binding("ctrl+up,alt+up", "prev_segment", "Prev", key_display="^↑", show=False,
            priority=True, tooltip="Previous segment"),
    Binding("ctrl+pagedown", "next_needing_work", "Next to do", show=False, priority=True,
            tooltip="Next segment that needs work (untranslated, fuzzy or draft)"),
    Binding("ctrl+pageup", "prev_needing_work", "Previous to do", show=False, priority=True,
            tooltip="Previous segment that needs work"),
    Binding("ctrl+t", "insert_term", "Term", show=False, priority=True,
            tooltip="Insert a glossary term of this segment at the cursor"),
    Binding("ctrl+g", "jump", "Go to #", show=False, priority=True,
            tooltip="Go to a segment by number"),
    Binding("ctrl+f", "filter", "Filter", show=False, priority=True,
            tooltip="Filter: untranslated, fuzzy, needs work, QA findings, drafts, text"),
    Binding("ctrl+k", "concordance", "Concordance", show=False, priority=True,
            tooltip="Concordance: search the TM for words (the selection, if any)"),
    Binding("ctrl+s", "save", "Save", show=False, priority=True,
            tooltip="Save every draft now, marked fuzzy"),
    Binding("ctrl+n", "add_term", "New term", show=False, priority=True,
            tooltip="Add a glossary term from the source word at the cursor or selected"),
    Binding("f1", "help", "Help", key_display="F1", tooltip="This list of keys"),
    Binding("f2", "glossary", "Glossary", show=False, tooltip="Browse and search the glossary"),
    Binding("f3", "qa", "QA list", show=False,
            tooltip="All QA findings of the catalog; Enter jumps to one"),
    Binding("f4", "cycle_pivot", "Pivot language", show=False,
            tooltip="Show the next other language in the pivot panel"),
    Binding("f8", "next_panel", "Next panel", show=False,
            tooltip="Next side panel (80-column layout): TM, terms, QA, context, pivot"),
    Binding("escape", "back", "Home", show=False,
            tooltip="Back to the statements (drafts are kept)"),
]
