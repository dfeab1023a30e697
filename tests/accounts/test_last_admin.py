"""Outside audit 15r: the last active administrator cannot be deactivated (set_active), and
must not be removable by changing their role either: someone must always manage people."""

import pytest

from provind.accounts import services
from provind.accounts.services import ScopeChoice
from provind.errors import InputError

pytestmark = pytest.mark.django_db


def test_the_last_administrator_cannot_be_demoted():
    admin, _ = services.create_user("quantri", role="admin", password="mật-khẩu-dài-đủ-1")

    with pytest.raises(InputError) as refused:
        services.update_user(admin, role="viewer", scopes=ScopeChoice())

    assert refused.value.field == "role"
    assert refused.value.vi
    assert refused.value.en
    admin.refresh_from_db()
    assert services.role_of(admin) == "admin"
    assert services.has_administrator()


def test_an_administrator_may_be_demoted_while_another_remains():
    first, _ = services.create_user("quantri1", role="admin", password="mật-khẩu-dài-đủ-1")
    services.create_user("quantri2", role="admin", password="mật-khẩu-dài-đủ-2")

    services.update_user(first, role="viewer", scopes=ScopeChoice())

    assert services.role_of(first) == "viewer"
