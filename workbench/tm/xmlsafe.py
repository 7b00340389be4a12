"""Streaming, defused XML parsing for imported memories (TMX, XLIFF).

defusedxml's expat reader sets the parser up: entity declarations (billion laughs, external
entities) are refused, and nothing is fetched, not even a DOCTYPE's external DTD. Events then
go straight from expat to the handler (no SAX objects per event: a 1M-unit TMX is ~20M
events). Files over the size limit are refused before reading. Every problem becomes a
one-line WorkbenchError naming the file and the line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.parsers.expat import ErrorString, ExpatError
from xml.sax.handler import ContentHandler, feature_external_ges, feature_external_pes

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.expatreader import create_parser

from workbench.errors import WorkbenchError

CHUNK = 1 << 20
# Characters XML 1.0 cannot carry; written as <ph type="x-char">U+0007</ph> (tmx.py).
CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"} | {"\ufffe", "\uffff"}


class Handler:
    """Receives start(name, attrs), end(name) and text(data); knows the current line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._expat = None

    @property
    def line(self) -> int | None:
        return self._expat.CurrentLineNumber if self._expat is not None else None

    def error(self, message: str, hint: str | None = None, line: int | None = None) -> WorkbenchError:
        return WorkbenchError(message, path=self.path, line=line or self.line, hint=hint)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        raise NotImplementedError

    def end(self, name: str) -> None:
        raise NotImplementedError

    def text(self, data: str) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Called after the last byte, for checks on the whole document."""


def check_size(path: Path, max_bytes: int) -> int:
    size = path.stat().st_size
    if size > max_bytes:
        raise WorkbenchError(
            f"too large to import ({size / 1e6:.0f} MB, limit {max_bytes / 1e6:.0f} MB)",
            path=path, hint="raise [tm] max_import_mb in workbench.toml if this file is trusted")
    return size


def _expat_for(handler: Handler):
    # A DOCTYPE naming an external DTD (TMX files usually name tmx14.dtd) is allowed and
    # never read: external entities are off, and any entity declaration is refused.
    reader = create_parser(forbid_dtd=False, forbid_entities=True, forbid_external=False)
    reader.setFeature(feature_external_ges, False)
    reader.setFeature(feature_external_pes, False)
    reader.setContentHandler(ContentHandler())
    reader.reset()  # creates the expat parser with defusedxml's handlers
    expat = reader._parser
    expat.buffer_text = True
    expat.StartElementHandler = handler.start
    expat.EndElementHandler = handler.end
    expat.CharacterDataHandler = handler.text
    handler._expat = expat
    return expat


def parse(path: Path, handler: Handler, max_bytes: int,
          progress: Callable[[int], None] | None = None) -> None:
    """Feed ``path`` to ``handler`` in chunks; ``progress`` gets the bytes read so far."""
    check_size(path, max_bytes)
    expat = _expat_for(handler)
    done = 0
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(CHUNK):
                expat.Parse(chunk, False)
                done += len(chunk)
                if progress:
                    progress(done)
            expat.Parse(b"", True)
    except ExpatError as exc:
        raise WorkbenchError(f"not well-formed XML: {ErrorString(exc.code)}", path=path,
                             line=exc.lineno, hint="fix the file or export it again") from None
    except EntitiesForbidden:
        raise handler.error("entity declarations are refused (they can be used for entity-"
                            "expansion or file-disclosure attacks)",
                            hint="export the memory again without a DTD subset") from None
    except ExternalReferenceForbidden:
        raise handler.error("external references are refused") from None
    except DefusedXmlException as exc:
        raise handler.error(f"unsafe XML refused: {exc}") from None
    handler.finish()
