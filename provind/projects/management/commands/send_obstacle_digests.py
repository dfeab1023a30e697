"""Send each responsible agency one e-mail with its overdue obstacles (run weekly by the scheduler)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from provind.projects.digests import send_obstacle_digests


class Command(BaseCommand):
    help = "E-mail each agency the obstacles of key projects it is responsible for that are overdue."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--on", type=dt.date.fromisoformat, default=None, help="Count days as of this date")
        parser.add_argument("--dry-run", action="store_true", help="List the agencies, send nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        result = send_obstacle_digests(on=options["on"], dry_run=options["dry_run"])
        verb = "would send" if options["dry_run"] else "sent"
        self.stdout.write(f"{verb} {len(result.sent)} digest(s): {', '.join(result.sent) or '—'}")
        for name in result.without_address:
            self.stderr.write(f"no e-mail address for agency “{name}”: digest not sent")
