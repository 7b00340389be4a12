"""Keys applied in the order typed, even in a burst (a text expander, a paste of keys).

Textual hands every key to the widget focused when the key arrives, and runs priority bindings
at once. In a burst, a Tab, an Enter or a key that opens a dialog has not taken effect yet
when the next keys are queued, so they land in the wrong field or segment. The target area
holds the keys that follow such a key and lets them go, one per screen refresh, to whatever
has the focus once the editor has caught up.
"""

from __future__ import annotations

from textual import events
from textual.widget import Widget

SETTLE_FRAMES = 20  # refreshes to wait for the focus to land on the screen shown
RELEASED = "_workbench_released"  # marks a key let go by a KeyQueue: never held again


def is_released(event: events.Key) -> bool:
    return bool(getattr(event, RELEASED, False))


def copy_key(event: events.Key, *, released: bool) -> events.Key:
    key = events.Key(event.key, event.character)
    if released:
        setattr(key, RELEASED, True)
    return key


class KeyQueue:
    def __init__(self, widget: Widget) -> None:
        self.widget = widget
        self.held: list[events.Key] = []
        self.blocked = False  # an action is under way: keep holding
        self._scheduled = False
        self._waits = 0
        self._closing: object | None = None  # a dialog screen a released key should close

    def holding(self) -> bool:
        return self.blocked or bool(self.held)

    def hold(self, event: events.Key) -> None:
        self.held.append(copy_key(event, released=True))

    def block(self) -> None:
        self.blocked = True

    def unblock(self) -> None:
        self.blocked = False
        self._schedule()

    def _schedule(self) -> None:
        if self.held and not self._scheduled:
            self._scheduled = True
            self.widget.call_after_refresh(self._release_one)

    def _release_one(self) -> None:
        self._scheduled = False
        if self.blocked or not self.held:
            return
        app = self.widget.app
        focused = app.focused
        settling = focused is None or focused.screen is not app.screen \
            or app.screen is self._closing
        if settling and self._waits < SETTLE_FRAMES:
            self._waits += 1  # a dialog is opening or closing: the focus is not there yet
            self._schedule()
            return
        self._waits = 0
        event = self.held.pop(0)
        target = focused or self.widget
        # Enter or Escape in a dialog closes it: what follows is for the screen beneath.
        self._closing = target.screen if event.key in ("enter", "escape") \
            and target.screen is not self.widget.screen else None
        target.post_message(event)
        self._schedule()
