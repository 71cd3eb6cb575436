#!/usr/bin/env python3
"""Keep the translations in step with the code.

One .ts file per source module (so features never fight over one file), compiled to .qm beside it.

    python resources/i18n/update.py              # extract new strings (pyside6-lupdate), compile (lrelease)
    python resources/i18n/update.py --missing    # print untranslated strings as JSON {ts: {context: {src: ""}}}
    python resources/i18n/update.py --apply F    # fill translations from such a JSON file, then compile
    python resources/i18n/update.py --check      # exit 1 when a string lacks Vietnamese or a .qm is stale
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ("ocop_desk", "ui")
LANGS = ("vi",)
MARKERS = ("translate(", "tr(", "QT_TRANSLATE_NOOP(")


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        sys.exit(f"{name} not found: install the project's dependencies (PySide6) first")
    return found


def source_files() -> list[Path]:
    files = []
    for top in SOURCES:
        for path in sorted((ROOT / top).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if "migrations" not in path.parts and any(m in text for m in MARKERS):
                files.append(path)
    return files


def ts_name(source: Path, lang: str) -> str:
    rel = source.relative_to(ROOT).with_suffix("")
    return "_".join(rel.parts) + f"_{lang}.ts"


def lupdate(source: Path, ts: Path, lang: str) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), str(source), "-ts", str(ts), "-target-language", lang,
         "-locations", "none", "-no-obsolete", "-silent"],
        check=True, cwd=ROOT,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> dict[str, dict[str, str]]:
    missing: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished",) or not all(f and f.strip() for f in forms):
                missing.setdefault(name, {})[message.findtext("source") or ""] = ""
    return missing


def apply(ts: Path, filled: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = filled.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "")
            if not text:
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
            count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def has_messages(ts: Path) -> bool:
    return ts.exists() and ET.parse(ts).getroot().find(".//message") is not None


def update() -> list[Path]:
    written = []
    for source in source_files():
        for lang in LANGS:
            ts = HERE / ts_name(source, lang)
            lupdate(source, ts, lang)
            if has_messages(ts):
                written.append(ts)
    keep = {p.name for p in written}
    for stale in HERE.glob("*.ts"):
        if stale.name not in keep:
            stale.unlink()
            stale.with_suffix(".qm").unlink(missing_ok=True)
    for ts in written:
        lrelease(ts, ts.with_suffix(".qm"))
    return written


def check() -> list[str]:
    """Problems: strings without a translation, .ts files out of date with the code, stale .qm files."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for source in source_files():
            for lang in LANGS:
                committed = HERE / ts_name(source, lang)
                fresh = Path(tmp) / committed.name
                if committed.exists():
                    shutil.copy(committed, fresh)
                lupdate(source, fresh, lang)
                if not has_messages(fresh):
                    continue
                for context, messages in unfinished(fresh).items():
                    for text in messages:
                        problems.append(f"{committed.name}: [{context}] {text!r} has no {lang} translation")
                qm = Path(tmp) / (committed.stem + ".qm")
                lrelease(fresh, qm)
                shipped = committed.with_suffix(".qm")
                if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                    problems.append(f"{shipped.name} is missing or out of date: run resources/i18n/update.py")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--missing", action="store_true")
    parser.add_argument("--apply", metavar="JSON")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    written = update()
    if args.apply:
        filled = json.loads(Path(args.apply).read_text(encoding="utf-8"))
        total = sum(apply(HERE / name, data) for name, data in filled.items() if (HERE / name).exists())
        written = update()  # lupdate writes the .ts files back in its own format, so the next run changes nothing
        print(f"filled {total} translations")
    if args.missing or not args.apply:
        missing = {ts.name: m for ts in written if (m := unfinished(ts))}
        if args.missing:
            print(json.dumps(missing, ensure_ascii=False, indent=1))
        else:
            print(f"{len(written)} .ts files; {sum(len(c) for m in missing.values() for c in m.values())} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
