"""Vietnamese everywhere, words instead of codes: every page reachable from the navigation is
read as rendered (text and drop-down options) in Vietnamese and in English, and fails when an
internal code name shows (choice values, period kinds, field names, booleans, file paths) or a
link leads nowhere."""

from __future__ import annotations

import re

import pytest
from django.apps import apps

from provind.indicators.models import Status
from provind.indicators.periods import PeriodKind
from tests.web.site import Crawl, load_site, log_in

pytestmark = pytest.mark.browser

TEXT = """() => [document.body.innerText,
  ...Array.from(document.querySelectorAll('option'), o => o.textContent)].join('\\n')"""
DEAD_LINKS = """() => Array.from(document.querySelectorAll('a'))
  .filter(a => a.getAttribute('role') !== 'button')
  .filter(a => { const h = a.getAttribute('href'); return h === null || h === '' || h === '#'; })
  .map(a => a.textContent.trim())"""
SNAKE = re.compile(r"(?<![\w/.-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/-])")
BOOLEAN = re.compile(r"(?<![\w-])(True|False|None)(?![\w-])")
FILE_PATH = re.compile(r"(?<![\w/])(?:[\w.-]+/)+[\w.-]+\.(?:csv|xlsx|json|pdf|docx|txt|html)\b")


def choice_codes() -> set[str]:
    """Every stored code a model field offers as a choice, plus period kinds and statuses."""
    codes = {str(v) for v in PeriodKind} | {str(v) for v in Status.values}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            for value, _label in getattr(field, "choices", None) or ():
                if isinstance(value, str) and value.isascii() and value.islower():
                    codes.add(value)
    return codes


QUOTED = re.compile(r"“[^”]{1,40}”")


def codes_in(text: str, codes: set[str], language: str) -> list[str]:
    # A name in “quotes” is a literal the person must type in a file (a GeoJSON property, a
    # column header), shown as such on purpose; anything else is an internal code leaking out.
    text = QUOTED.sub("", text)
    found = set(SNAKE.findall(text)) | set(BOOLEAN.findall(text)) | set(FILE_PATH.findall(text))
    if language == "vi":
        # A Vietnamese page has no reason to show an English code word such as "established".
        words = set(re.findall(r"(?<![\w/.-])[a-z][a-z]+(?![\w/-])", text))
        found |= words & codes
    else:
        found |= {"ytd"} & set(re.findall(r"\b\w+\b", text))
    return sorted(found)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_page_shows_an_internal_code_name(live_site, browser, language):
    users = load_site()
    codes = choice_codes()
    problems: list[str] = []
    reached: set[str] = set()
    for role in ("admin", "cluster_investor", "commune_officer"):
        context = browser.new_context(locale="vi-VN", viewport={"width": 1366, "height": 900})
        page = context.new_page()
        page.set_default_timeout(15_000)
        log_in(page, live_site.url, users[role].get_username())
        if language == "en":
            page.get_by_role("button", name="EN").click()
            page.wait_for_load_state()

        def scan(page, name, path, role=role):
            assert page.locator("html").get_attribute("lang") == language
            found = codes_in(page.evaluate(TEXT), codes, language)
            if found:
                problems.append(f"{role} {name} {path}: {found}")
            dead = page.evaluate(DEAD_LINKS)
            if dead:
                problems.append(f"{role} {name} {path}: links that lead nowhere {dead}")

        reached |= set(Crawl(check=scan).run(page, live_site.url))
        context.close()

    assert not problems, "\n".join(problems)
    assert {"web:cluster-detail", "web:project-detail", "web:indicator-detail", "web:obstacle-board"} <= reached


def test_the_scan_recognises_codes_and_lets_words_pass():
    codes = {"established", "month", "ytd", "in_progress"}

    assert codes_in("Giai đoạn: established", codes, "vi") == ["established"]
    assert codes_in("area_ha = 12; is_mountainous = ?", codes, "vi") == ["area_ha", "is_mountainous"]
    assert codes_in("Nguồn: data/thai_nguyen/projects/projects.csv", codes, "vi") == [
        "data/thai_nguyen/projects/projects.csv"
    ]
    assert codes_in("Nước ngoài: True", codes, "vi") == ["True"]
    assert codes_in("Kỳ: tháng 7/2024, lũy kế 7 tháng", codes, "vi") == []
    assert codes_in("Established on 1 July, month by month", codes, "en") == []
    assert codes_in("Period kind: ytd", codes, "en") == ["ytd"]
    assert codes_in("the code in the property “code” (or “ma_xa”)", codes, "en") == []
