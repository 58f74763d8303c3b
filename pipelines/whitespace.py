"""The space characters portal pages print, and cleaning one line of page text (not a matching copy: see normalize)."""

from __future__ import annotations

import re

# Spaces inside page text: ASCII space and tab, ideographic space, NBSP, en/em space.
SPACES = re.compile(r"[ \t\u3000\xa0\u2002\u2003]+")
# Characters a browser does not show: zero-width space, (non-)joiners, word joiner, BOM, soft hyphen. They are
# dropped, not spaced: "1&#8203;234条" and "4&shy;0" print 1234 and 40.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\xad"
WITHOUT_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE), None)  # (a str.translate table)


def clean_line(text: str) -> str:
    """Space runs collapsed to one space, outer whitespace stripped (newlines inside are kept)."""
    # SPACES matches nothing but single plain spaces in printable text without "  " (tab, NBSP, U+3000, U+2002,
    # U+2003 and the INVISIBLE characters are all unprintable): most table cells, which then skip the regex call
    if text.isprintable() and "  " not in text:
        return text.strip()
    if "\u200b" in text or "\xad" in text or "\ufeff" in text:  # (the three pages hold: str scans, cheaper than a regex)
        text = text.translate(WITHOUT_INVISIBLE)
    return SPACES.sub(" ", text).strip()
