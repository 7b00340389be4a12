"""Keys that real terminals can send, and the notes the help screen shows about them.

Terminals cannot send ctrl+digits, and most (tmux included) send shift+enter and alt+enter as
a plain enter. So: alt+1..9 insert TM matches, ctrl+j inserts a newline (shift+enter too, where
the terminal reports it), and every action is also in the command palette (ctrl+p).
"""

from __future__ import annotations

TERMINAL_NOTES = (
    "Enter confirms. A newline inside a target is ctrl+j; shift+enter works too in terminals "
    "that report it (kitty, WezTerm, foot, iTerm2 with CSI u), not in tmux or xterm.",
    "alt+1 … alt+9 insert TM matches. If your terminal does not send alt (macOS Terminal: "
    "enable 'Use Option as Meta key'), click a match or use the command palette (ctrl+p).",
    "Every action is in the command palette: ctrl+p, then type a few letters.",
)


def enable_alt_digits() -> None:
    """Let ESC+digit arrive as alt+1..alt+9.

    Textual maps ESC+digit to the characters macOS Option+digit types in WezTerm (¡ ™ £ …),
    so in xterm and tmux alt+1 would type '¡' into the target instead of inserting match 1.
    Without the mapping, the sequence takes Textual's generic path for ESC+key and arrives as
    alt+<digit>, like alt+<letter> does.
    """
    try:
        from textual import _ansi_sequences
    except ImportError:  # a Textual without the table: nothing to undo
        return
    table = getattr(_ansi_sequences, "ANSI_SEQUENCES_KEYS", None)
    if not isinstance(table, dict):
        return
    for digit in "0123456789":
        value = table.get(f"\x1b{digit}")
        if isinstance(value, str) and value != digit:
            del table[f"\x1b{digit}"]
