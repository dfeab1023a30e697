"""Edits in Django's admin that cannot silently undo someone else's save.

An admin change page sends every field back, including the ones the editor did not touch. If
someone else saved the record meanwhile, those untouched fields carry the old values and the
second save would quietly revert the first. `StaleEditForm` remembers the record as it was shown
(a hidden field), locks the row when the page is saved and refuses the save, naming the fields
that changed and their values now, when the stored row no longer matches. Admin classes opt in
with `form = StaleEditForm` (inlines too). Many-to-many fields are not compared."""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.db import models

SEEN = "seen_state"


def snapshot(instance: models.Model) -> dict[str, str]:
    """The stored values of the record's own columns, as text."""
    return {f.attname: f.value_to_string(instance) for f in instance._meta.concrete_fields if not f.primary_key}


class StaleEditForm(forms.ModelForm):  # type: ignore[type-arg]
    seen_state = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and not self.is_bound:
            self.initial[SEEN] = json.dumps(snapshot(self.instance), sort_keys=True)

    def clean(self) -> dict[str, Any] | None:
        data = super().clean()
        if self.instance.pk is None or not any(name != SEEN for name in self.changed_data):
            return data
        try:
            seen = json.loads(self.data.get(self.add_prefix(SEEN), "") or "{}")
        except ValueError:
            seen = {}
        if not isinstance(seen, dict) or not seen:
            raise forms.ValidationError(
                "Trang này thiếu dấu phiên bản của bản ghi; hãy tải lại trang rồi sửa lại. / "
                "The page lacks the record's version mark; reload it and edit again.",
                code="stale",
            )
        model = type(self.instance)
        # Locked until the admin's transaction ends, so nobody saves between this check and ours.
        stored = model._default_manager.select_for_update().filter(pk=self.instance.pk).first()
        if stored is None:
            raise forms.ValidationError("Bản ghi đã bị xóa. / The record was deleted.", code="stale")
        now = snapshot(stored)
        changed = [name for name in now if seen.get(name) != now[name]]
        if changed:
            fields = {f.attname: f for f in model._meta.concrete_fields}
            shown = "; ".join(f"{fields[n].verbose_name}: {now[n] or '—'}" for n in changed)
            raise forms.ValidationError(
                f"Người khác đã sửa bản ghi này sau khi bạn mở trang (nay {shown}). Không lưu gì; hãy tải "
                f"lại trang và sửa lại. / Someone else changed this record after you opened the page "
                f"(now {shown}). Nothing was saved; reload the page and edit again.",
                code="stale",
            )
        return data
