"""The space characters portal pages print, and cleaning one line of page text (not a matching copy: see normalize)."""

from __future__ import annotations

import re

# Spaces inside page text: ASCII space and tab, ideographic space, NBSP, en/em space, zero-width space.
SPACES = re.compile(r"[ \t\u3000\xa0\u2002\u2003\u200b]+")


def clean_line(text: str) -> str:
    """Space runs collapsed to one space, outer whitespace stripped (newlines inside are kept)."""
    # SPACES matches nothing but single plain spaces in printable text without "  " (tab, NBSP, U+3000, U+2002,
    # U+2003 and U+200B are all unprintable): most table cells, which then skip the regex call
    if text.isprintable() and "  " not in text:
        return text.strip()
    return SPACES.sub(" ", text).strip()
