"""``provind extract FILE|- [--format json|jsonl] [--region NAME]``.

json: the whole input is one text; prints ``{"facts": [...]}``.
jsonl: each input line is ``{"id", "text"}`` (other keys such as ``province`` are allowed
and ``province`` is used as the region when ``--region`` is not given); prints one
``{"id", "facts"}`` line per document, the format ``tests/extraction/score.py`` reads.

Errors are reported in Vietnamese and English on stderr with exit status 2 (usage) or 1
(input), never as a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Any

from provind.extraction import extract_facts


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints to sys.stderr and exits; route it through our stream instead.
        raise _UsageError(message)


class _UsageError(Exception):
    pass


class _InputError(Exception):
    pass


def _parser() -> _Parser:
    parser = _Parser(
        prog="provind extract",
        description="Trích xuất số liệu từ văn bản tiếng Việt / Extract facts from Vietnamese text.",
    )
    parser.add_argument("file", help="UTF-8 text file, or - for standard input")
    parser.add_argument("--format", choices=("json", "jsonl"), default="json")
    parser.add_argument("--region", default=None, help="province of the source, e.g. 'Thái Nguyên'")
    return parser


def _read(path: str, stdin: IO[Any] | None) -> str:
    raw: bytes | str
    try:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin
            # Prefer the bytes underneath a text stream so that we, not the stream, decide
            # what to say about bad encodings.
            buffer = getattr(stream, "buffer", None)
            raw = buffer.read() if buffer is not None else stream.read()
        else:
            with open(path, "rb") as fh:
                raw = fh.read()
    except FileNotFoundError as exc:
        raise _InputError(f"Không tìm thấy tệp / File not found: {path}") from exc
    except IsADirectoryError as exc:
        raise _InputError(f"Đây là thư mục, không phải tệp / Is a directory: {path}") from exc
    except UnicodeDecodeError as exc:
        raise _InputError(_not_utf8(path, exc)) from exc
    except OSError as exc:
        raise _InputError(f"Không đọc được tệp / Cannot read {path}: {exc.strerror or exc}") from exc
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _InputError(_not_utf8(path, exc)) from exc
    else:
        text = raw
    if "\x00" in text:
        raise _InputError(f"Tệp có vẻ là tệp nhị phân, không phải văn bản / Input looks binary, not text: {path}")
    return text.removeprefix("\ufeff")


def _not_utf8(path: str, exc: UnicodeDecodeError) -> str:
    return (
        f"Tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {exc.start}) / "
        f"Input is not UTF-8 text (bad byte at offset {exc.start}): {path}"
    )


def _jsonl(text: str, region: str | None, out: IO[str]) -> None:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _InputError(
                f"Dòng {lineno} không phải JSON hợp lệ / Line {lineno} is not valid JSON: {exc.msg}"
            ) from exc
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or "id" not in row:
            raise _InputError(f'Dòng {lineno} thiếu "id" hoặc "text" / Line {lineno} needs "id" and a string "text"')
        province = row.get("province")
        doc_region = region or (province if isinstance(province, str) and province != "multiple" else None)
        facts = extract_facts(row["text"], region=doc_region)
        out.write(json.dumps({"id": row["id"], "facts": [f.to_dict() for f in facts]}, ensure_ascii=False))
        out.write("\n")


def main(argv: list[str] | None = None, stdin: IO[Any] | None = None, stdout: IO[str] | None = None) -> int:
    out = stdout if stdout is not None else sys.stdout
    err = sys.stderr
    try:
        try:
            args = _parser().parse_args(argv)
        except SystemExit as exc:  # --help
            return int(exc.code or 0)
        text = _read(args.file, stdin)
        if args.format == "jsonl":
            _jsonl(text, args.region, out)
        else:
            facts = extract_facts(text, region=args.region)
            out.write(json.dumps({"facts": [f.to_dict() for f in facts]}, ensure_ascii=False))
            out.write("\n")
    except _UsageError as exc:
        err.write(f"provind extract: lỗi cú pháp lệnh / usage error: {exc}\n")
        err.write(_parser().format_usage())
        return 2
    except _InputError as exc:
        err.write(f"provind extract: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
