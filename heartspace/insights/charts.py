"""Chart specifications: the JSON that static/heartspace/js/insights-charts.js draws with Chart.js,
and the same numbers as rows for the accessible table under each chart. No Django imports.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Series:
    label: str
    data: list
    kind: str = "bar"  # "bar" | "line"
    tone: str = "accent"  # colour key the script maps to the palette: accent, ok, warn, muted, band
    stack: str | None = None
    axis: str = "y"  # "y" (left, counts) or "y1" (right, e.g. a ratio)


@dataclass
class Chart:
    id: str  # also the id of the json_script element
    title: str
    labels: list[str]
    series: list[Series] = field(default_factory=list)
    y_title: str = ""
    summary: str = ""  # one sentence for screen readers (the canvas aria-label)
    y1_title: str = ""

    @property
    def spec(self) -> dict:
        return {
            "title": self.title,
            "labels": self.labels,
            "yTitle": self.y_title,
            "y1Title": self.y1_title,
            "datasets": [{"label": s.label, "data": s.data, "kind": s.kind, "tone": s.tone, "stack": s.stack,
                          "axis": s.axis} for s in self.series],
        }

    @property
    def rows(self) -> list[tuple[str, list]]:
        """One row per label: (label, [value of each series])."""
        return [(label, ["–" if s.data[i] is None else s.data[i] for s in self.series])
                for i, label in enumerate(self.labels)]

    @property
    def headers(self) -> list[str]:
        return [s.label for s in self.series]
