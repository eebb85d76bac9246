#!/usr/bin/env python3
"""Writes the encoding fixtures: one article per language, encoded in a
legacy encoding (or UTF-16) and declared in each of the ways a page can
declare it. The expected text of each article is in <lang>.txt (UTF-8): a
title line, a blank line, then the paragraphs separated by blank lines,
exactly as distil returns them.

Run from this folder: python3 gen.py (the output is checked in).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def article(lang):
    with open(os.path.join(HERE, lang + ".txt"), encoding="utf-8") as f:
        title, _, body = f.read().strip("\n").partition("\n\n")
    return title, body.split("\n\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page(lang, title, paras, declaration="", padding=""):
    ps = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head>{padding}{declaration}"
            f"<title>{esc(title)}</title></head>\n<body>\n"
            f"<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n"
            f"<article>\n<h1>{esc(title)}</h1>\n{ps}\n</article>\n"
            f"<footer>Example News</footer>\n</body></html>\n")


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# (language, label declared in the page, Python codec)
LEGACY = [
    ("ru", "windows-1251", "cp1251"),
    ("ja", "Shift_JIS", "shift_jis"),
    ("zh", "GBK", "gbk"),
    # ISO-8859-1 is the WHATWG label of windows-1252: 0x80 is the euro sign.
    ("fr", "ISO-8859-1", "cp1252"),
]

for lang, label, codec in LEGACY:
    title, paras = article(lang)
    stem = f"{lang}-{label.lower()}"
    write(f"{stem}-meta.html", page(lang, title, paras, f'<meta charset="{label}">').encode(codec))
    write(f"{stem}-http-equiv.html", page(
        lang, title, paras,
        f'<meta http-equiv="Content-Type" content="text/html; charset={label}">').encode(codec))
    # Declared nowhere in the page: read with a transport hint, and without
    # any (then the bytes decide).
    write(f"{stem}-bare.html", page(lang, title, paras).encode(codec))

# UTF-16: a byte-order mark identifies it (a <meta> inside UTF-16 bytes is
# unreadable to the prescan by design), or the transport names it.
title, paras = article("ru")
write("ru-utf-16le-bom.html", b"\xff\xfe" + page("ru", title, paras).encode("utf-16-le"))
write("ru-utf-16le-transport.html", page("ru", title, paras).encode("utf-16-le"))
title, paras = article("ja")
write("ja-utf-16be-bom-meta.html",
      b"\xfe\xff" + page("ja", title, paras, '<meta charset="utf-16">').encode("utf-16-be"))

# A declaration past the 1024-byte prescan window overrules the guess
# (the detector knows KOI8-U, not KOI8-R, so it guesses the former).
title, paras = article("ru")
padding = "<!-- " + "padding " * 140 + "-->"
write("ru-koi8-r-late-meta.html",
      page("ru", title, paras, '<meta charset="koi8-r">', padding).encode("koi8-r"))
