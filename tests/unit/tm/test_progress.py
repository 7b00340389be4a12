"""The progress bar draws on a terminal only, and never on a stand-in that only says so."""

from __future__ import annotations

import io

from workbench.tm.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_unless_a_terminal() -> None:
    stream = io.StringIO()
    with Progress("Reading", 10, stream=stream) as bar:
        bar.advance(10)
    assert stream.getvalue() == ""
    fake = FakeTerminal()  # like Textual's captured stderr: isatty() but no real file
    with Progress("Reading", 10, stream=fake) as bar:
        bar.advance(5)
    assert fake.getvalue() == ""


def test_draws_when_enabled() -> None:
    stream = io.StringIO()
    with Progress("Reading", 200, unit="bytes", stream=stream, enabled=True) as bar:
        bar.update(200)
    out = stream.getvalue()
    assert "Reading [" in out and "100.0%" in out and "200/200 bytes" in out and out.endswith("\n")
