"""Word documents (.docx) as an HTML tree, through mammoth.

mammoth (maintained, pure Python, small) maps Word's semantic styles to HTML: headings,
lists, tables, bold and italic, links, footnotes. It keeps no layout, which is what a
statement wants. Images are not kept; each one is reported. mammoth's warnings about
unknown paragraph styles are noise (the text is kept as paragraphs) and are not reported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.errors import WorkbenchError
from workbench.intake.safety import open_package


def read_docx(path: Path) -> tuple[Any, list[str]]:
    import lxml.html
    import mammoth

    open_package(path, "word/document.xml").close()  # encryption, zip bombs, a real .docx
    notes: list[str] = []

    def no_image(image: Any) -> list[Any]:
        notes.append("image left out" + (f": {image.alt_text[:60]}" if image.alt_text else ""))
        return []

    try:
        with path.open("rb") as handle:
            result = mammoth.convert_to_html(handle, convert_image=no_image)
    except Exception as exc:  # mammoth raises plain exceptions on damaged XML
        raise WorkbenchError(f"damaged .docx: {exc}", path=path) from exc
    for message in result.messages:
        if message.type != "warning" or "Unrecognised" not in message.message:
            notes.append(message.message)
    html = result.value or "<p></p>"
    return lxml.html.fragment_fromstring(html, create_parent="div"), notes
