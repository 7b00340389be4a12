"""Scores with sacrebleu: chrF (primary for Cyrillic), BLEU and TER, corpus and per segment.

Every score comes with its sacrebleu signature. Texts are normalized first (NFC, apostrophe
variants unified), so that "п’ять" and "п'ять" do not count as different words. Sentence
BLEU uses effective order, so short segments are not zeroed by missing 4-grams.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from workbench.errors import WorkbenchError
from workbench.languages import base_language
from workbench.text import nfc, unify_apostrophes

if TYPE_CHECKING:
    from sacrebleu.metrics.base import Metric

METRICS = ("chrf", "bleu", "ter")
# sacrebleu's tokenizers for scripts written without spaces between words.
BLEU_TOKENIZE = {"zh": "zh", "ja": "char", "ko": "char", "th": "char", "lo": "char",
                 "km": "char", "my": "char"}


def normalize(text: str) -> str:
    """NFC, apostrophe variants as ', and collapsed whitespace."""
    return " ".join(unify_apostrophes(nfc(text)).split())


@dataclass
class SegmentScore:
    key: str  # the source (msgid) or "line N"
    hypothesis: str
    reference: str
    chrf: float | None = None
    bleu: float | None = None
    ter: float | None = None


@dataclass
class ScoreReport:
    lang: str
    corpus: dict[str, float] = field(default_factory=dict)
    signatures: dict[str, str] = field(default_factory=dict)
    segments: list[SegmentScore] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)

    def worst(self, n: int = 10, metric: str = "chrf") -> list[SegmentScore]:
        """The ``n`` segments with the lowest score (highest TER)."""
        scored = [s for s in self.segments if getattr(s, metric) is not None]
        return sorted(scored, key=lambda s: getattr(s, metric),
                      reverse=metric == "ter")[:n]

    def as_dict(self, worst: int = 10) -> dict[str, object]:
        return {"lang": self.lang, "segments": len(self.segments), "corpus": self.corpus,
                "signatures": self.signatures, "skipped": self.skipped,
                "worst": [asdict(s) for s in self.worst(worst)]}


def _metrics(lang: str, names: Iterable[str]) -> dict[str, tuple[Metric, Metric]]:
    """name -> (corpus metric, sentence metric)."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    out: dict[str, tuple[Metric, Metric]] = {}
    tokenize = BLEU_TOKENIZE.get(base_language(lang))
    for name in names:
        if name == "chrf":
            out[name] = (CHRF(), CHRF())
        elif name == "bleu":
            out[name] = (BLEU(tokenize=tokenize), BLEU(tokenize=tokenize, effective_order=True))
        elif name == "ter":
            out[name] = (TER(asian_support=bool(tokenize)), TER(asian_support=bool(tokenize)))
        else:
            raise WorkbenchError(f"unknown metric {name!r}", hint="use chrf, bleu or ter")
    return out


def score(hypotheses: Sequence[str], references: Sequence[str], *, lang: str,
          metrics: Iterable[str] = METRICS, keys: Sequence[str] | None = None) -> ScoreReport:
    """Corpus and per-segment scores of aligned hypothesis and reference segments."""
    if len(hypotheses) != len(references):
        raise WorkbenchError(f"{len(hypotheses)} translations but {len(references)} references",
                             hint="the two sides must be aligned segment by segment")
    hyps = [normalize(h) for h in hypotheses]
    refs = [normalize(r) for r in references]
    report = ScoreReport(lang)
    report.segments = [SegmentScore(keys[i] if keys else f"line {i + 1}", h, r)
                       for i, (h, r) in enumerate(zip(hyps, refs, strict=True))]
    if not hyps:
        return report
    for name, (corpus_metric, sentence_metric) in _metrics(lang, metrics).items():
        report.corpus[name] = corpus_metric.corpus_score(hyps, [refs]).score
        report.signatures[name] = str(corpus_metric.get_signature())
        for seg in report.segments:
            value = sentence_metric.sentence_score(seg.hypothesis, [seg.reference]).score
            setattr(seg, name, value)
        if name == "bleu":
            report.signatures["bleu-sentence"] = str(sentence_metric.get_signature())
    return report
