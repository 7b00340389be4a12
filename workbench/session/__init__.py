"""The translator's editing session over one catalog: headless, shared by the TUI and scripts.

    from workbench.session import Session
    s = Session.open(project, "my-statement", "uk")
    i = s.start_index()                # first segment that needs work
    s.set_target(i, "Текст")           # a draft: journaled, not yet in the PO
    s.confirm(i)                       # into the PO, not fuzzy, written atomically (merged if needed)
"""

from workbench.session.entries import EntryState, Key, SegmentRow, key_of
from workbench.session.journal import Journal
from workbench.session.model import Session
from workbench.session.navigation import FILTERS
from workbench.session.saving import SaveOutcome

__all__ = ["FILTERS", "EntryState", "Journal", "Key", "SaveOutcome", "SegmentRow", "Session",
           "key_of"]
