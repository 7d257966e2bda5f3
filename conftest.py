"""Shared by tests/ and e2e/: in CI a skipped test is a failure, never a silent gap."""

import os


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("CI", "").lower() != "true":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        names = ", ".join(report.nodeid for report in skipped[:5])
        print(f"\nCI=true: {len(skipped)} test(s) were skipped, which fails the run: {names}")
        session.exitstatus = 1
