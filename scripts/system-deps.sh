#!/usr/bin/env bash
# The Debian packages Provind needs beyond Python, for `make run` (run) or `make test` (test).
#
# Fast no-op when everything is present (command -v and one dpkg-query, no apt). When something is
# missing it installs it if it can (root with apt-get); otherwise it stops with the exact command.
#   PROVIND_SYSTEM_DEPS_INSTALL=never   never install, only report (also how the tests check the message)
#   PROVIND_SYSTEM_DEPS_MISSING="a b"   treat these packages as missing (simulates a bare machine)
set -euo pipefail

purpose="${1:-test}"
case "$purpose" in
  run | test) ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

# package: the command that proves it is installed ("-" = a library or fonts, asked of dpkg-query).
# WeasyPrint (PDF reports) needs Pango and the Noto fonts for Vietnamese: the app needs them too.
run_packages=("fonts-noto-core:-" "libpango-1.0-0:-" "libpangoft2-1.0-0:-")
# Tests also drive Debian's chromium (page tests), compile translations (gettext) and read back the
# generated PDF and DOCX files (pdftotext, LibreOffice).
test_packages=("chromium:chromium" "gettext:msgfmt" "poppler-utils:pdftotext" "libreoffice-writer-nogui:soffice")

wanted=("${run_packages[@]}")
[ "$purpose" = test ] && wanted+=("${test_packages[@]}")

simulated=" ${PROVIND_SYSTEM_DEPS_MISSING:-} "
missing=()
libraries=()
for entry in "${wanted[@]}"; do
  package="${entry%%:*}"
  command_name="${entry#*:}"
  if [[ "$simulated" == *" $package "* ]]; then
    missing+=("$package")
  elif [ "$command_name" = "-" ]; then
    libraries+=("$package")
  elif [ "$package" = chromium ] && [ -n "${PROVIND_CHROMIUM:-}" ] && [ -x "${PROVIND_CHROMIUM}" ]; then
    : # tests/conftest.py uses this browser instead of Debian's
  elif ! command -v "$command_name" >/dev/null 2>&1; then
    missing+=("$package")
  fi
done

if [ ${#libraries[@]} -gt 0 ]; then
  if command -v dpkg-query >/dev/null 2>&1; then
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${libraries[@]}" 2>/dev/null || true)"
    for package in "${libraries[@]}"; do
      grep -qx "$package installed" <<<"$installed" || missing+=("$package")
    done
  else
    # Not Debian: the same things asked of fontconfig and the dynamic linker.
    fc-list 2>/dev/null | grep -qi "Noto Sans" || missing+=("fonts-noto-core")
    ldconfig -p 2>/dev/null | grep -q "libpangoft2-1.0.so" || missing+=("libpango-1.0-0" "libpangoft2-1.0-0")
  fi
fi

[ ${#missing[@]} -eq 0 ] && exit 0

install_command="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "${PROVIND_SYSTEM_DEPS_INSTALL:-auto}" != never ] && [ "$(id -u)" = 0 ] \
  && command -v apt-get >/dev/null 2>&1 && [ -z "${PROVIND_SYSTEM_DEPS_MISSING:-}" ]; then
  echo "Cài gói hệ thống còn thiếu / installing missing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $install_command -qq >/dev/null
  exit 0
fi

{
  echo "Thiếu gói hệ thống / missing system packages: ${missing[*]}"
  echo "Chạy lệnh sau rồi thử lại / run this, then try again:"
  echo
  echo "    sudo apt-get update && sudo $install_command"
  echo
} >&2
exit 1
