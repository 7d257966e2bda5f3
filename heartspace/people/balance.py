"""The positive-to-corrective balance behind the 5:1 target (Gottman). Pure Python, no Django."""

from __future__ import annotations

from dataclasses import dataclass

TARGET = 5


@dataclass(frozen=True)
class Balance:
    positive: int
    corrective: int
    target: int

    @property
    def ratio(self) -> float | None:
        """Positives per corrective; None when there is nothing corrective to divide by."""
        return None if self.corrective == 0 else self.positive / self.corrective

    @property
    def on_target(self) -> bool:
        return self.positive >= self.target * self.corrective and self.positive > 0

    @property
    def positives_needed(self) -> int:
        """How many more positive moments reach the target."""
        return max(0, self.target * self.corrective - self.positive)

    @property
    def label(self) -> str:
        if self.corrective == 0:
            return f"{self.positive}:0"
        ratio = self.positive / self.corrective
        return f"{ratio:.1f}:1".replace(".0:", ":")


def balance(positive: int, corrective: int, target: int = TARGET) -> Balance:
    return Balance(max(0, positive), max(0, corrective), max(1, target))
