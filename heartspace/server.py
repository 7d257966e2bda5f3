"""`heartspace serve`: migrate, collect static files, then run gunicorn in this process."""

from __future__ import annotations

import sys

from heartspace.cli_support import CLIError, setup_django


def prepare() -> None:
    """Bring the database and static files up to date; quiet unless something is wrong."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def serve(host: str, port: int, workers: int | None = None) -> int:
    if not 0 < port < 65536:
        raise CLIError(f"--port {port} is not a valid port (1-65535)")
    setup_django()
    from django.conf import settings
    from gunicorn.app.base import BaseApplication

    prepare()
    from heartspace.wsgi import application

    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    url_host = f"[{host}]" if ":" in host else host
    worker_count = workers or settings.HS_WORKERS

    class HeartspaceServer(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", [bind])
            self.cfg.set("workers", worker_count)
            self.cfg.set("threads", 4)
            self.cfg.set("worker_class", "gthread")
            self.cfg.set("timeout", 60)
            self.cfg.set("graceful_timeout", 5)
            # Access logs would carry private query strings and paths with ids; keep them off.
            self.cfg.set("accesslog", None)
            self.cfg.set("errorlog", "-")
            self.cfg.set("loglevel", "warning")
            self.cfg.set("when_ready", on_ready)
            self.cfg.set("post_worker_init", warm_coach)

        def load(self):
            return application

    def warm_coach(worker):
        # Each worker loads the coach's word lists and trained weights (about half a second) before
        # it serves, so nobody's first keystroke waits for them.
        from heartspace.coach import analyze

        analyze("Warming up.", "free")

    def on_ready(server):
        print(f"heartspace is running at http://{url_host}:{port}/  (Ctrl-C to stop)", flush=True)
        if settings.HS_REMINDERS == "inprocess":
            try:
                from heartspace.feeds.worker import start_background_worker
            except ImportError:
                return
            start_background_worker()

    try:
        HeartspaceServer().run()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


if __name__ == "__main__":
    sys.exit(serve("127.0.0.1", 8000))
