"""Small termbases built in memory for the glossary tests."""

from __future__ import annotations

import pytest

from workbench.glossary import Concept, Term, Termbase


def concept(*terms: tuple[str, str] | Term, note: str | None = None, **flags: object) -> Concept:
    """A concept from (lang, text) pairs (preferred) or Term objects; flags go to every term."""
    built = [t if isinstance(t, Term) else Term(t[1], t[0]) for t in terms]
    for term in built:
        for name, value in flags.items():
            setattr(term, name, value)
    return Concept("", built, note=note)


@pytest.fixture
def termbase() -> Termbase:
    tb = Termbase()
    tb.add(concept(("en", "trade union"), ("ru", "профсоюз"), ("be", "прафсаюз"),
                   ("uk", "профспілка"), ("de", "Gewerkschaft"),
                   Term("тред-юнион", "ru", "forbidden"), pos="noun"))
    tb.add(concept(("en", "independent trade union"), ("ru", "независимый профсоюз"),
                   ("be", "незалежны прафсаюз"), ("uk", "незалежна профспілка"), pos="noun"))
    tb.add(concept(("en", "freedom of association"), ("ru", "свобода объединения"),
                   ("be", "свабода аб'яднанняў"), ("uk", "свобода об'єднання"),
                   Term("свобода ассоциаций", "ru", "forbidden"), pos="noun"))
    tb.add(concept(("en", "fixed-term contract"), ("ru", "срочный контракт"),
                   ("be", "тэрміновы кантракт"), ("uk", "строковий контракт"),
                   ("de", "befristeter Arbeitsvertrag"), pos="noun"))
    tb.add(concept(("en", "civil society"), ("ru", "гражданское общество"),
                   ("be", "грамадзянская супольнасць"), pos="noun"))
    tb.add(concept(("en", "European Union"), ("ru", "Европейский союз"),
                   Term("союз", "ru", "forbidden"), pos="properNoun"))
    tb.add(concept(("en", "BNP"), ("ru", "BNP"), ("be", "BNP"), Term("БНП", "ru", "forbidden"),
                   pos="properNoun", dnt=True))
    tb.add(concept(("en", "IndustriALL Global Union"), ("ru", "IndustriALL Global Union"),
                   pos="properNoun", dnt=True))
    tb.add(concept(("en", "election"), ("ru", "выборы"), ("be", "выбары"),
                   Term("выбор", "ru", "forbidden"), pos="noun"))
    tb.add(concept(("en", "Belarus"), ("ru", "Беларусь"), Term("белорусский", "ru", "admitted"),
                   Term("Белоруссия", "ru", "forbidden"), pos="properNoun"))
    return tb
