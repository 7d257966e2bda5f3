"""Step question depth up or down from how past sessions went. Pure Python, no Django.

The rule, in words a user can read on the preparation page:
- no finished sessions yet: start light;
- the last session went further than felt comfortable, or more than half of its
  questions were passed: step down one level;
- the last two sessions were meaningful, nothing was passed, and neither went too far
  (or both stayed on the surface): step up one level;
- otherwise stay where you are.
"""

from __future__ import annotations

from dataclasses import dataclass

DEPTHS = ("light", "personal", "deep")


@dataclass(frozen=True)
class SessionSummary:
    depth: str  # the most common depth of the questions asked
    meaningful: bool | None
    how_it_went: str  # "" | "too_light" | "right" | "too_deep"
    asked: int
    passed: int


@dataclass(frozen=True)
class DepthAdvice:
    depth: str
    change: str  # "start" | "up" | "down" | "same"
    reason: str  # a code; the view turns it into words


def step(depth: str, delta: int) -> str:
    """Move `delta` levels (clamped): step("light", 1) == "personal"."""
    index = DEPTHS.index(depth) if depth in DEPTHS else 0
    return DEPTHS[max(0, min(len(DEPTHS) - 1, index + delta))]


def next_depth(history: list[SessionSummary]) -> DepthAdvice:
    """`history` is most recent first."""
    if not history:
        return DepthAdvice("light", "start", "no_history")
    last = history[0]
    current = last.depth if last.depth in DEPTHS else "light"
    if last.how_it_went == "too_deep":
        return DepthAdvice(step(current, -1), "down" if current != "light" else "same", "too_deep")
    if last.asked and last.passed * 2 > last.asked:
        return DepthAdvice(step(current, -1), "down" if current != "light" else "same", "many_passes")
    recent = history[:2]
    if len(recent) == 2 and all(s.how_it_went == "too_light" for s in recent):
        return DepthAdvice(step(current, 1), "up" if current != "deep" else "same", "too_light")
    if len(recent) == 2 and all(s.meaningful and s.passed == 0 and s.how_it_went != "too_deep" for s in recent):
        return DepthAdvice(step(current, 1), "up" if current != "deep" else "same", "going_well")
    return DepthAdvice(current, "same", "steady")


def dominant_depth(depths: list[str]) -> str:
    """The deepest level that appears most often (ties go deeper: that is what was tried)."""
    counts = {d: depths.count(d) for d in DEPTHS}
    best = max(counts.values(), default=0)
    if not best:
        return "light"
    return [d for d in DEPTHS if counts[d] == best][-1]
