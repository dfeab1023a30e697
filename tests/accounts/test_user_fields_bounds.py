"""Outside audit 15r: a user's name, full name and e-mail are checked against what the account
holds before anything is saved (the Users page and `provind user` alike): an over-long value is
an InputError naming the field, not a DataError/500 on PostgreSQL or a value SQLite keeps unchecked."""

import pytest
from django.contrib.auth.models import User

from provind.accounts import services
from provind.accounts.services import ScopeChoice
from provind.errors import InputError

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("field", "extra"),
    [
        ("username", {"username": "n" * 151}),
        ("full_name", {"full_name": "Nguyễn " * 40 + "An"}),
        ("email", {"email": "a" * 250 + "@example.test"}),
    ],
)
def test_an_over_long_field_is_refused_and_nothing_saved(field, extra):
    values = {"username": "nguoi-dung", "role": "viewer", "password": "mật-khẩu-dài-đủ-1", **extra}

    with pytest.raises(InputError) as refused:
        services.create_user(values.pop("username"), **values)

    assert refused.value.field == field
    assert not User.objects.exists()


def test_an_over_long_full_name_is_refused_on_edit():
    user, _ = services.create_user("nguoi-dung", role="viewer", password="mật-khẩu-dài-đủ-1")

    with pytest.raises(InputError) as refused:
        services.update_user(user, role="viewer", scopes=ScopeChoice(), full_name="Trần " * 40 + "Bình")

    assert refused.value.field == "full_name"
    user.refresh_from_db()
    assert user.first_name == ""
