#!/usr/bin/env python3
"""Fill translations into translations/netsmith_zh_CN.ts from a TSV file.

Each line of the TSV:  context<TAB>source<TAB>translation   (context may be '*' for any).
Use \\n in the TSV for a newline. Only entries whose source matches are changed; their
'unfinished' mark is removed. Lists the entries still unfinished at the end.

    scripts/update-translations.sh            # extract new strings (arrive unfinished)
    scripts/translate-fill.py my-strings.tsv  # add their Chinese
    scripts/translate-fill.py --list          # what is still unfinished
"""
import fcntl, os, sys, xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "translations", "netsmith_zh_CN.ts")


def main():
    args = sys.argv[1:]
    lock = open(os.path.join(os.environ.get("TMPDIR", "/tmp"), "netsmith-translations.lock"), "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    pairs = {}
    for path in [a for a in args if a != "--list"]:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{n}: expected context<TAB>source<TAB>translation")
                ctx, src, tr = (p.replace("\\n", "\n") for p in parts)
                pairs[(ctx, src)] = tr
    tree = ET.parse(TS)
    changed, unfinished = 0, []
    for context in tree.getroot().iter("context"):
        cname = context.findtext("name")
        for msg in context.iter("message"):
            src = msg.findtext("source")
            t = msg.find("translation")
            key = (cname, src) if (cname, src) in pairs else ("*", src)
            forms = t.findall("numerusform")
            if key in pairs:
                if msg.get("numerus") == "yes":
                    # Chinese has a single plural form.
                    for f in forms:
                        t.remove(f)
                    t.text = None
                    ET.SubElement(t, "numerusform").text = pairs[key]
                else:
                    t.text = pairs[key]
                t.attrib.pop("type", None)
                changed += 1
            elif t.get("type") == "unfinished" or not ("".join(t.itertext())).strip():
                unfinished.append(f"{cname}\t{src}")
    if changed:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        tmp = TS + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
        os.replace(tmp, TS)
    print(f"filled {changed}; unfinished {len(unfinished)}", file=sys.stderr)
    for u in unfinished:
        print(u.replace("\n", "\\n"))


if __name__ == "__main__":
    main()
