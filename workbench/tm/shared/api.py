"""Server administration and server-side search, for the CLI and scripts."""

from __future__ import annotations

from workbench import languages
from workbench.errors import WorkbenchError
from workbench.project import Project
from workbench.tm.concordance import ConcordanceHit, parse_terms, spans
from workbench.tm.shared.config import SharedConfig, shared_config


def _config(project: Project) -> SharedConfig:
    config = shared_config(project)
    if config is None:
        raise WorkbenchError("this project has no shared memory", path=project.root / "workbench.toml",
                             hint='set [tm] shared = "service-name" or a postgresql:// URL')
    return config


def init_server(project: Project) -> tuple[int, int]:
    """Create or migrate the server's schema and roles; (version before, version after)."""
    import psycopg

    from workbench.tm.shared import schema, server

    with server.connect(_config(project), check=False) as conn:
        try:
            return schema.init_server(conn)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise WorkbenchError(f"the server refused to create the schema: {str(exc).strip().splitlines()[0]}",
                                 hint="run it as the database owner (with CREATEROLE for the roles)") from None


def search_shared(project: Project, lang: str, words: str | list[str], limit: int = 50
                  ) -> list[ConcordanceHit]:
    """Concordance on the server: latest units whose source holds every word or phrase."""
    from workbench.tm.shared import server

    config = _config(project)
    lang = languages.validate(lang)
    terms = parse_terms(words)
    with server.connect(config) as conn:
        rows = server.search(conn, lang=lang, source_lang=project.config.source_language,
                             terms=terms, scope=config.scope, limit=limit)
    hits = []
    for row in rows:
        unit = row.unit
        hits.append(ConcordanceHit(unit.source, unit.target, unit.targets, row.origin, False,
                                   spans(unit.source, terms), spans(unit.target, terms)))
    return hits
