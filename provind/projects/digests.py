"""The overdue digest: each agency with overdue obstacles gets one e-mail listing them.

Sent through Django's mail framework (the `default` mailer; a file backend in development,
see MAILERS in settings) by the `send_obstacle_digests` command, run by the scheduler weekly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from provind.projects.models import today
from provind.projects.queries import AgencyGroup, overdue_by_agency


@dataclass
class DigestResult:
    sent: list[str] = field(default_factory=list)  # agency names
    without_address: list[str] = field(default_factory=list)


def digest_message(group: AgencyGroup) -> EmailMessage:
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("projects/digest_subject.txt", {"group": group}).strip()
        body = render_to_string("projects/digest_body.txt", {"group": group, "on": group.on})
    return EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[group.agency.email])


def send_obstacle_digests(*, on: dt.date | None = None, dry_run: bool = False) -> DigestResult:
    """One e-mail per agency that has overdue obstacles on `on`; agencies without an address are listed."""
    result = DigestResult()
    for group in overdue_by_agency(on=on or today()):
        if not group.agency.email:
            result.without_address.append(group.agency.name)
            continue
        if not dry_run:
            digest_message(group).send()
        result.sent.append(group.agency.name)
    return result
