#!/usr/bin/env python3
"""Validate test.jsonl: the corpus validator rejects any field beyond
{text, lang, context, commands}, so this script checks the extra "class" field
itself, strips it into a temporary file and runs the shared corpus validator on that.
Usage: python3 validate_test.py [test.jsonl] [--markdown]"""
import json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
flags = [a for a in sys.argv[1:] if a.startswith("--")]
path = args[0] if args else os.path.join(here, "test.jsonl")
validator = os.environ.get("CORPUS_VALIDATE", "/work/shared/corpus/validate.py")

bad = 0
with open(path, encoding="utf-8") as f, tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
    for n, line in enumerate(f, 1):
        r = json.loads(line)
        cls = r.pop("class", None)
        if not isinstance(cls, str) or not cls.strip():
            print("line %d: missing or empty class" % n); bad += 1
        tmp.write(json.dumps(r, ensure_ascii=False) + "\n")
rc = subprocess.call([sys.executable, validator, tmp.name] + flags)
os.unlink(tmp.name)
print("class field errors:", bad)
sys.exit(1 if (rc or bad) else 0)
