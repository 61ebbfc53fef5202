"""The two fusion fits record the evidence signals their own way from one capture class: the product's fit
(evals.tuning.fusion) with the knn decay only, the fair baseline's (evals.tuning.baseline_fusion) as turn_scores
sees them (knn decay, description decay, lexical weight)."""

from __future__ import annotations

from types import SimpleNamespace

from cesrec.evals.tuning.baseline_fusion import Capture
from cesrec.evals.tuning.fusion import CaptureSystem


class _View:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def evidence(self, prefs, *args):
        self.calls.append((prefs, *args))
        return {}


def _bare(cls):
    sys = cls.__new__(cls)  # no protocol context needed for the evidence call
    sys.view = _View()
    sys.cfg = SimpleNamespace(knn_decay=0.7, description_decay=0.5, lexical_weight=0.25)
    return sys


def test_each_fit_records_its_own_evidence():
    st = SimpleNamespace(preferences="prefs")
    product, baseline = _bare(CaptureSystem), _bare(Capture)
    product.evidence(st)
    baseline.evidence(st)
    assert product.view.calls == [("prefs", 0.7)]
    assert baseline.view.calls == [("prefs", 0.7, 0.5, 0.25)]
    assert issubclass(Capture, CaptureSystem)
