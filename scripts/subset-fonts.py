#!/usr/bin/python3
"""Working fonts: the large faces the layouts use first, cut once to the characters reports are written in (GB2312's
hanzi, ASCII, CJK and full-width punctuation), under its own family name. Cairo copies the whole face into every
PDF it writes, so a small face makes each small PDF (a letter to a branch) cheap; the full faces stay in Fonts/
as the layouts' fallbacks for rarer characters. Outlines and metrics are unchanged, so pages look the same.

usage: scripts/subset-fonts.py FONTS_DIR   (scripts/setup runs it; needs python3-fonttools)
Licences: Fandol (GPLv3 with the font exception) and Noto CJK (OFL, no reserved name) allow modified copies;
their licence texts stay in Fonts/.
"""
import os
import sys
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

# source file, face chosen in a collection, working family, style
# Only the title's face is cut: Noto's collection face is four times a Fandol file, and cut to this repertoire the
# Fandol files shrink by a fifth only (measured 2026-12-01), not worth their two minutes of set-up.
WORK = [
    ("NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC", "HZ Work Title", "Bold"),
]


def repertoire():
    chars = set()
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([b1, b2]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    extra = [range(0x20, 0x7F), range(0xA0, 0x100), range(0x2000, 0x2070), range(0x2150, 0x2190), range(0x2460, 0x24A0),
             range(0x3000, 0x3040), range(0xFF00, 0xFFF0)]
    for r in extra:
        chars.update(r)
    return chars


def load(path, face):
    if not path.endswith(".ttc"):
        return TTFont(path)
    for f in TTCollection(path).fonts:
        if f["name"].getDebugName(1) == face:
            return f
    raise SystemExit(f"subset-fonts: no face '{face}' in {path}")


def main(fonts):
    chars = repertoire()
    for source, face, family, style in WORK:
        src = os.path.join(fonts, source)
        out = os.path.join(fonts, family.replace(" ", "") + "-" + style + ".otf")
        if not os.path.exists(src):
            raise SystemExit(f"subset-fonts: {src} is missing (scripts/setup puts it there)")
        if os.path.exists(out) and os.path.getmtime(out) >= os.path.getmtime(src):
            continue
        font = load(src, face)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        sub = subset.Subsetter(options)
        sub.populate(unicodes=chars)
        sub.subset(font)
        for rec in font["name"].names:
            if rec.nameID in (1, 16):
                rec.string = family
            elif rec.nameID == 4:
                rec.string = f"{family} {style}"
            elif rec.nameID == 6:
                rec.string = family.replace(" ", "") + "-" + style
        tmp = out + ".tmp"
        font.save(tmp)
        os.replace(tmp, out)
        print(f"subset-fonts: {out} ({os.path.getsize(out) // 1024} KB)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Fonts")
