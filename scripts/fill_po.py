"""Fill a .po file's msgstr from a JSON mapping {French msgid: English text}.

    .venv/bin/python scripts/fill_po.py outils/locale/en/LC_MESSAGES/django.po map.json

A plural msgid maps to a list [singular, plural]. Prints the msgids still untranslated.
"""

import json
import sys
from pathlib import Path

import polib


def main(po_path, mapping_path):
    mapping = json.loads(Path(mapping_path).read_text())
    po = polib.pofile(po_path)
    missing = []
    for entry in po:
        if entry.msgid in mapping:
            value = mapping[entry.msgid]
            if entry.msgid_plural:
                entry.msgstr_plural = {0: value[0], 1: value[1]}
            else:
                entry.msgstr = value
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        elif not entry.msgstr and not entry.msgstr_plural.get(0):
            missing.append(entry.msgid)
    po.metadata.update(
        {
            "Content-Type": "text/plain; charset=UTF-8",
            "Language": "en",
            "Plural-Forms": "nplurals=2; plural=(n != 1);",
        }
    )
    po.save()
    print("untranslated:", missing)


if __name__ == "__main__":
    main(*sys.argv[1:3])
