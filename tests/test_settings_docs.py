"""Every environment variable the settings read is documented in .env.example (datasette-style)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_it_documents_every_setting_in_env_example():
    settings_src = (ROOT / "provind" / "settings.py").read_text(encoding="utf-8")
    read = set(re.findall(r'env(?:_bool|_list)?\("([A-Z][A-Z0-9_]*)"', settings_src))
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", (ROOT / ".env.example").read_text(encoding="utf-8"), re.M))

    assert read, "no settings found: the pattern no longer matches settings.py"
    assert read - documented == set()


def test_the_configuration_guide_explains_every_variable():
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", (ROOT / ".env.example").read_text(encoding="utf-8"), re.M))
    guide = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")

    assert {"PROVIND_HOME_PROVINCE", "PROVIND_DECREE32_RULES", "PROVIND_ENV_FILE"} <= documented
    assert {name for name in documented if f"`{name}`" not in guide and name not in guide} == set()


def test_code_tests_and_data_cite_files_inside_the_repository():
    # Extraction's schema, scorer and gold data are brought in separately (issue 11, another part).
    outside = re.compile(r"\.\./shared|/work/|shared/(DOMAIN|ANCHORS|GLOSSARY|seeds)|(?<![/\w])(DOMAIN|ANCHORS)\.md")
    cited = []
    for folder in ("provind", "tests", "data", "docs"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix not in {".py", ".md", ".csv", ".html"} or "extraction" in path.parts:
                continue
            if path.name == "test_settings_docs.py":
                continue
            cited += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in outside.finditer(path.read_text("utf-8"))]

    assert cited == []


def test_cited_domain_sections_exist():
    domain = (ROOT / "docs" / "domain.md").read_text(encoding="utf-8")
    sections = set(re.findall(r"^#+ (\d+(?:\.\d+)?)[ .]", domain, re.M))
    cited = set()
    for folder in ("provind", "tests", "data"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in {".py", ".md", ".csv"}:
                cited |= set(re.findall(r"docs/domain\.md §(\d+(?:\.\d+)?)", path.read_text("utf-8")))

    assert cited, "no citation found: the pattern no longer matches"
    assert cited - sections == set()
    assert (ROOT / "docs" / "sources" / "000_7b68db28bfd2d48c.txt").is_file()
