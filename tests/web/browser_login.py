"""Logging in through the real login page, as a person would, for the browser tests."""

from typing import Any


def log_in(page: Any, live_site: Any, username: str, password: str, next_url: str) -> None:
    page.goto(f"{live_site.url}/login/?next={next_url}")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_site.url}{next_url}")
