#!/usr/bin/python3
"""Working fonts: the faces the layouts use first, made once at set-up under their own family names.

Cairo 1.16 embeds a CFF (PostScript-outline) face by loading and parsing the whole face for every PDF it writes,
however few glyphs the PDF uses; a TrueType-outline face it subsets glyph by glyph. A letter to a branch uses a
few hundred glyphs of five faces of 5-8 MB, so the working faces are the same outlines converted to TrueType
(quadratic curves within 1 unit of the 1000-unit em, invisible in print), and the title's face, taken from a Noto
collection four times a Fandol file, is also cut to the characters reports are written in (GB2312's hanzi, ASCII,
CJK and full-width punctuation). Metrics are unchanged. The source faces stay in Fonts/ as the layouts'
fallbacks, for rarer characters or when this script could not run.

usage: scripts/subset-fonts.py FONTS_DIR   (scripts/setup runs it; needs python3-fonttools)
Licences: Fandol (GPLv3 with the font exception) and Noto CJK (OFL, no reserved name) allow modified copies;
their licence texts stay in Fonts/.
"""
import os
import sys
from multiprocessing import Pool

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

# source file, face chosen in a collection (None: the file's only face), working family, style, cut to the repertoire
WORK = [
    ("NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC", "HZ Work Title", "Bold", True),
    ("FandolFang-Regular.otf", None, "HZ Work Fang", "Regular", False),
    ("FandolHei-Regular.otf", None, "HZ Work Hei", "Regular", False),
    ("FandolKai-Regular.otf", None, "HZ Work Kai", "Regular", False),
    ("FandolSong-Regular.otf", None, "HZ Work Song", "Regular", False),
]
# Working faces of an earlier form of this script, removed so a family is never served by two files.
STALE = ["HZWorkTitle-Bold.otf"]


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
    if face is None:
        return TTFont(path)
    for f in TTCollection(path).fonts:
        if f["name"].getDebugName(1) == face:
            return f
    raise SystemExit(f"subset-fonts: no face '{face}' in {path}")


def cut(font):
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=repertoire())
    sub.subset(font)


def to_truetype(font):
    """CFF outlines → glyf, the way fontTools' otf2ttf snippet does it."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\000\001\000\000"


def rename(font, family, style):
    for rec in font["name"].names:
        if rec.nameID in (1, 16):
            rec.string = family
        elif rec.nameID in (2, 17):
            rec.string = style
        elif rec.nameID == 4:
            rec.string = f"{family} {style}"
        elif rec.nameID == 6:
            rec.string = family.replace(" ", "") + "-" + style


def make(job):
    fonts, (source, face, family, style, cut_it) = job
    src = os.path.join(fonts, source)
    out = os.path.join(fonts, family.replace(" ", "") + "-" + style + ".ttf")
    if not os.path.exists(src):
        return f"subset-fonts: {src} is missing (scripts/setup puts it there)"
    # Made again when the source or this script is newer than the working face.
    newest = max(os.path.getmtime(src), os.path.getmtime(os.path.abspath(__file__)))
    if os.path.exists(out) and os.path.getmtime(out) >= newest:
        return None
    font = load(src, face)
    if cut_it:
        cut(font)
    to_truetype(font)
    rename(font, family, style)
    tmp = out + ".tmp"
    font.save(tmp)
    os.replace(tmp, out)
    print(f"subset-fonts: {out} ({os.path.getsize(out) // 1024} KB)", flush=True)
    return None


def main(fonts):
    for name in STALE:
        path = os.path.join(fonts, name)
        if os.path.exists(path):
            os.remove(path)
    with Pool(2) as pool:
        errors = [e for e in pool.map(make, [(fonts, w) for w in WORK]) if e]
    if errors:
        raise SystemExit("\n".join(errors))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Fonts")
