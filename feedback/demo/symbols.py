"""Simple symbols for the demo's easy-read questions, drawn as SVG and made PNG when loaded.

Each is a bold black outline on white with one GOV.UK colour, and no words, so it reads in any
language. `png` converts with vl-convert, offline, and gives the same bytes every time.
"""

from __future__ import annotations

import vl_convert

INK = "#0b0c0c"
BLUE = "#1d70b8"
YELLOW = "#ffdd00"
WHITE = "#ffffff"


def _svg(body: str) -> str:
    """A 160 by 160 symbol: `body` drawn with thick round black lines on a white tile."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160">'
        f'<rect width="160" height="160" rx="16" fill="{WHITE}"/>'
        f'<g fill="none" stroke="{INK}" stroke-width="6" stroke-linecap="round" '
        f'stroke-linejoin="round">{body}</g></svg>'
    )


SHIELD = _svg(
    f'<path d="M80 20 L130 38 V76 C130 108 108 130 80 142 C52 130 30 108 30 76 V38 Z" '
    f'fill="{BLUE}"/>'
    f'<path d="M56 80 L74 98 L106 62" stroke="{WHITE}" stroke-width="10"/>'
)
"""A shield with a tick: feeling safe."""

BOOK = _svg(
    f'<path d="M80 44 C64 34 40 32 20 36 V122 C40 118 64 120 80 130 Z" fill="{BLUE}"/>'
    f'<path d="M80 44 C96 34 120 32 140 36 V122 C120 118 96 120 80 130 Z" fill="{BLUE}"/>'
    '<path d="M34 58 C46 56 58 58 68 62 M34 78 C46 76 58 78 68 82 M92 62 C102 58 114 56 126 58 '
    f'M92 82 C102 78 114 76 126 78" stroke="{WHITE}" stroke-width="4"/>'
)
"""An open book: learning."""

TALKING = _svg(
    f'<path d="M18 30 H98 V82 H50 L30 100 V82 H18 Z" fill="{BLUE}"/>'
    f'<path d="M66 96 H142 V138 H132 V152 L114 138 H66 Z" fill="{YELLOW}"/>'
)
"""Two speech bubbles: talking to someone."""

EAR = _svg(
    '<path d="M50 64 C50 34 72 18 94 18 C118 18 136 36 136 62 C136 84 122 92 112 104 '
    f'C102 116 104 134 86 142 C70 148 56 138 54 126" fill="{YELLOW}"/>'
    '<path d="M76 66 C76 50 86 42 96 42 C108 42 116 52 114 64 C112 76 100 78 96 90"/>'
    '<path d="M22 60 C14 72 14 92 22 104 M34 70 C30 78 30 86 34 94" stroke-width="5"/>'
)
"""An ear hearing sound: being listened to."""

CLOCK = _svg(
    f'<circle cx="80" cy="84" r="58" fill="{YELLOW}"/>'
    '<path d="M80 48 V84 L106 100" stroke-width="8"/>'
    '<path d="M62 14 H98 M80 14 V26"/>'
)
"""A stopwatch: waiting."""

STAR = _svg(
    '<path d="M80 16 L97 56 L140 60 L107 89 L117 132 L80 109 L43 132 L53 89 L20 60 L63 56 Z" '
    f'fill="{YELLOW}"/>'
)
"""A star: things you enjoy."""


def png(svg: str) -> bytes:
    """The symbol as PNG image data."""
    return vl_convert.svg_to_png(svg)
