"""PO fidelity on real catalogs: byte-identical round trips and full rewrites against msgcat.

    python benchmarks/interchange_roundtrip.py

Catalogs: tests/data (catalogs + interchange corpus) and every ru/be/uk MO file installed in
/usr/share/locale, turned into PO by msgunfmt. "Accepted" means msgfmt reads the file.
Prints: accepted, read back byte for byte, and (system catalogs) every entry rewritten by our
serializer equal to msgcat's output.
"""

from __future__ import annotations

import glob
import subprocess
import tempfile
from pathlib import Path

from workbench.catalog import po_state
from workbench.catalog.pofile import parse_catalog, render_text
from workbench.errors import CatalogError

ROOT = Path(__file__).resolve().parents[1]


def accepted(path: str) -> bool:
    return subprocess.run(["msgfmt", "-o", "/dev/null", path], capture_output=True).returncode == 0


def identical(path: str) -> bool:
    data = Path(path).read_bytes()
    try:
        catalog = parse_catalog(data, path)
    except CatalogError:
        return False
    return render_text(catalog).encode(catalog.encoding) == data.removeprefix(b"\xef\xbb\xbf")


def like_msgcat(path: str) -> bool:
    catalog = parse_catalog(Path(path).read_bytes(), path)
    for entry in catalog:  # forget every entry's raw text: all are serialized anew
        entry.__dict__.pop(po_state.STATE_ATTR, None)
    ours = render_text(catalog).encode(catalog.encoding)
    return ours == subprocess.run(["msgcat", path], capture_output=True).stdout


def main() -> None:
    corpus = sorted(glob.glob(f"{ROOT}/tests/data/**/*.po", recursive=True)
                    + glob.glob(f"{ROOT}/tests/data/**/*.pot", recursive=True))
    ok = [p for p in corpus if accepted(p)]
    print(f"tests/data: {len(ok)} catalogs msgfmt accepts, {sum(map(identical, ok))} read back byte for byte")
    tmp = Path(tempfile.mkdtemp())
    system = []
    for mo in sorted(glob.glob("/usr/share/locale/[rbu][uek]/LC_MESSAGES/*.mo")):
        out = tmp / (mo.replace("/", "_") + ".po")
        if subprocess.run(["msgunfmt", "-o", str(out), mo], capture_output=True).returncode == 0:
            system.append(str(out))
    ok = [p for p in system if accepted(p)]
    print(f"system ru/be/uk: {len(ok)} catalogs, {sum(map(identical, ok))} read back byte for byte, "
          f"{sum(map(like_msgcat, ok))} rewritten entry by entry exactly as msgcat writes them")


if __name__ == "__main__":
    main()
