"""Server-side SVG charts that obey the CSP: classes and presentation attributes, never style.

Colours come from the stylesheet through CSS classes ("axis", "grid", "series-self"...);
every element draws in `currentColor`, so a chart stays readable in light and dark themes
even before a class gets its own rule. Series differ in marker shape and dash pattern too,
not only in colour. Every chart has a <title> and a <desc>, and a table of the same
numbers (`line_chart_table`, `bar_chart_table`, `render_table`) for the page to show.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

_CLASS_NAMES = re.compile(r"[A-Za-z_][\w-]*( [A-Za-z_][\w-]*)*")
_DASHES = ("", "7 4", "2 4")
_FONT_SIZE = 14
_CHAR_WIDTH = 7.5  # rough width of one character at _FONT_SIZE, for layout only
_MIN_LABEL_GAP = 64  # user units between two x labels
EMPTY_TEXT = "No data yet"


@dataclass(frozen=True)
class Series:
    """One line of a line chart: its name, a CSS class for its colour, and labelled values."""

    name: str
    css_class: str
    points: Sequence[tuple[str, float | None]]

    def __post_init__(self) -> None:
        if not _CLASS_NAMES.fullmatch(self.css_class):
            raise ValueError(f"not a CSS class list: {self.css_class!r}")


def score_series(
    labels: Sequence[str],
    own: Sequence[float | None],
    reviewers: Sequence[float | None],
) -> list[Series]:
    """The two lines of a score chart: the user's own scores and their reviewers'."""
    return [
        Series("Your score", "series-self", list(zip(labels, own, strict=True))),
        Series("Reviewers' score", "series-reviewer", list(zip(labels, reviewers, strict=True))),
    ]


@dataclass(frozen=True)
class ChartTable:
    """The numbers of a chart as text: a caption, column headings and rows."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class _Frame:
    """The plot area inside the viewBox."""

    width: int
    height: int
    left: float
    top: float
    right: float
    bottom: float


def _n(value: float) -> str:
    """A coordinate with at most two decimals."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _nice_step(span: float, integer: bool) -> float:
    raw = span / 5 if span > 0 else 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if raw <= m * power + 1e-12)
    return max(step, 1.0) if integer else step


def _ticks(low: float, high: float, step: float) -> list[float]:
    ticks, value = [], math.ceil(low / step - 1e-9) * step
    while value <= high + 1e-9:
        ticks.append(round(value, 9))
        value += step
    return ticks


def _chart_id(chart_id: str | None, *parts: object) -> str:
    if chart_id is not None:
        if not re.fullmatch(r"[A-Za-z][\w-]*", chart_id):
            raise ValueError(f"not an id: {chart_id!r}")
        return chart_id
    return "chart-" + hashlib.sha1(repr(parts).encode()).hexdigest()[:10]


def _open(kind: str, cid: str, frame: _Frame, title: str, description: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{kind}" '
        f'viewBox="0 0 {frame.width} {frame.height}" role="img" '
        f'aria-labelledby="{cid}-title {cid}-desc" font-size="{_FONT_SIZE}">',
        f'<title id="{cid}-title">{escape(title)}</title>',
        f'<desc id="{cid}-desc">{escape(description)}</desc>',
    ]


def _axes(frame: _Frame, y_ticks: list[float], low: float, high: float) -> list[str]:
    def y(v: float) -> str:
        return _n(_y(frame, v, low, high))

    grid = "".join(
        f'<line x1="{_n(frame.left)}" y1="{y(t)}" x2="{_n(frame.right)}" y2="{y(t)}"/>'
        for t in y_ticks
    )
    labels = "".join(
        f'<text x="{_n(frame.left - 8)}" y="{y(t)}" dy="0.35em" text-anchor="end">{t:g}</text>'
        for t in y_ticks
    )
    return [
        f'<g class="grid" stroke="currentColor" stroke-opacity="0.25" stroke-width="1">{grid}</g>',
        f'<g class="axis" stroke="currentColor" stroke-width="1.5">'
        f'<line x1="{_n(frame.left)}" y1="{_n(frame.top)}" '
        f'x2="{_n(frame.left)}" y2="{_n(frame.bottom)}"/>'
        f'<line x1="{_n(frame.left)}" y1="{_n(frame.bottom)}" '
        f'x2="{_n(frame.right)}" y2="{_n(frame.bottom)}"/></g>',
        f'<g class="axis-labels" fill="currentColor">{labels}</g>',
    ]


def _axis_titles(frame: _Frame, x_label: str | None, y_label: str | None) -> list[str]:
    out = []
    if x_label:
        cx = (frame.left + frame.right) / 2
        out.append(
            f'<text class="axis-title" fill="currentColor" x="{_n(cx)}" '
            f'y="{_n(frame.height - 8)}" text-anchor="middle">{escape(x_label)}</text>'
        )
    if y_label:
        cy = (frame.top + frame.bottom) / 2
        out.append(
            f'<text class="axis-title" fill="currentColor" transform="rotate(-90)" '
            f'x="{_n(-cy)}" y="{_FONT_SIZE + 2}" text-anchor="middle">{escape(y_label)}</text>'
        )
    return out


def _x_labels(frame: _Frame, labels: Sequence[str], xs: Sequence[float]) -> str:
    if not labels:
        return ""
    room = (frame.right - frame.left) / max(len(labels), 1)
    stride = max(1, math.ceil(_MIN_LABEL_GAP / room)) if room < _MIN_LABEL_GAP else 1
    # Counted back from the last label, so the latest session is always labelled.
    shown = [i for i in range(len(labels)) if (len(labels) - 1 - i) % stride == 0]
    texts = "".join(
        f'<text x="{_n(xs[i])}" y="{_n(frame.bottom + _FONT_SIZE + 8)}" '
        f'text-anchor="middle">{escape(labels[i])}</text>'
        for i in shown
    )
    return f'<g class="axis-labels" fill="currentColor">{texts}</g>'


def _y(frame: _Frame, value: float, low: float, high: float) -> float:
    value = min(max(value, low), high)
    share = (value - low) / (high - low) if high > low else 0.0
    return frame.bottom - share * (frame.bottom - frame.top)


def _marker(shape: int, x: float, y: float, tip: str) -> str:
    title = f"<title>{escape(tip)}</title>"
    if shape == 1:
        return f'<rect x="{_n(x - 4)}" y="{_n(y - 4)}" width="8" height="8">{title}</rect>'
    if shape == 2:
        return (
            f'<path d="M{_n(x)} {_n(y - 5.5)}L{_n(x + 5.5)} {_n(y)}L{_n(x)} {_n(y + 5.5)}'
            f'L{_n(x - 5.5)} {_n(y)}Z">{title}</path>'
        )
    return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="4.5">{title}</circle>'


def _legend(series: Sequence[Series], width: int) -> tuple[list[str], float]:
    """Legend entries laid out in rows across the top; returns them and their height."""
    out, x, row = [], 8.0, 0
    for i, s in enumerate(series):
        entry_width = 34 + _CHAR_WIDTH * len(s.name) + 16
        if x > 8 and x + entry_width > width:
            x, row = 8.0, row + 1
        y = 14 + row * 22
        dash = f' stroke-dasharray="{_DASHES[i % 3]}"' if _DASHES[i % 3] else ""
        out.append(
            f'<g class="legend-item {s.css_class}" stroke="currentColor" fill="currentColor">'
            f'<line x1="{_n(x)}" y1="{y}" x2="{_n(x + 26)}" y2="{y}" stroke-width="2.5"{dash}/>'
            + _marker(i % 3, x + 13, y, s.name)
            + f'<text x="{_n(x + 34)}" y="{y}" dy="0.35em" stroke="none">{escape(s.name)}</text>'
            "</g>"
        )
        x += entry_width
    return out, (14 + row * 22 + 16 if series else 8)


def _labels_of(series: Sequence[Series]) -> list[str]:
    labels: dict[str, None] = {}
    for s in series:
        labels.update(dict.fromkeys(label for label, _ in s.points))
    return list(labels)


def _fmt(value: float, value_format: str) -> str:
    return value_format.format(value)


def _line_description(series: Sequence[Series], value_format: str) -> str:
    parts = []
    for s in series:
        values = [(label, v) for label, v in s.points if v is not None]
        if values:
            (a, first), (b, last) = values[0], values[-1]
            parts.append(
                f"{s.name}: {_fmt(first, value_format)} ({a}) to "
                f"{_fmt(last, value_format)} ({b}), {len(values)} values"
            )
    return "; ".join(parts) + "." if parts else EMPTY_TEXT + "."


def _empty_note(frame: _Frame) -> str:
    cx, cy = (frame.left + frame.right) / 2, (frame.top + frame.bottom) / 2
    return (
        f'<text class="chart-empty" fill="currentColor" x="{_n(cx)}" y="{_n(cy)}" '
        f'text-anchor="middle">{EMPTY_TEXT}</text>'
    )


def line_chart(
    series: Sequence[Series],
    *,
    title: str,
    description: str = "",
    y_min: float = 1,
    y_max: float = 5,
    width: int = 480,
    height: int = 260,
    x_label: str | None = None,
    y_label: str | None = None,
    value_format: str = "{:.1f}",
    chart_id: str | None = None,
) -> Markup:
    """An SVG line chart; None values leave gaps; the description defaults to a summary."""
    if y_max <= y_min:
        raise ValueError("y_max must be above y_min")
    cid = _chart_id(chart_id, "line", title, [(s.name, tuple(s.points)) for s in series])
    legend, legend_height = _legend(series, width)
    left = 40 + (_FONT_SIZE + 8 if y_label else 0)
    bottom = height - (_FONT_SIZE + 16) - (_FONT_SIZE + 8 if x_label else 0)
    frame = _Frame(width, height, left, legend_height + 10, width - 16, bottom)
    labels = _labels_of(series)
    inner = (frame.left + 14, frame.right - 14)
    step = (inner[1] - inner[0]) / (len(labels) - 1) if len(labels) > 1 else 0.0
    xs = [
        inner[0] + i * step if len(labels) > 1 else (frame.left + frame.right) / 2
        for i in range(len(labels))
    ]
    x_of = dict(zip(labels, xs, strict=True))
    out = _open("line", cid, frame, title, description or _line_description(series, value_format))
    out += _axes(frame, _ticks(y_min, y_max, _nice_step(y_max - y_min, False)), y_min, y_max)
    out.append(_x_labels(frame, labels, xs))
    out += _axis_titles(frame, x_label, y_label)
    for i, s in enumerate(series):
        path, markers, pen_down = [], [], False
        for label, value in s.points:
            if value is None:
                pen_down = False
                continue
            x, y = x_of[label], _y(frame, value, y_min, y_max)
            path.append(f"{'L' if pen_down else 'M'}{_n(x)} {_n(y)}")
            pen_down = True
            markers.append(_marker(i % 3, x, y, f"{s.name}, {label}: {_fmt(value, value_format)}"))
        dash = f' stroke-dasharray="{_DASHES[i % 3]}"' if _DASHES[i % 3] else ""
        line = (
            f'<path d="{"".join(path)}" fill="none" stroke-width="2.5" '
            f'stroke-linejoin="round" stroke-linecap="round"{dash}/>'
            if path
            else ""
        )
        out.append(
            f'<g class="series {s.css_class}" stroke="currentColor" fill="currentColor">'
            f"{line}{''.join(markers)}</g>"
        )
    if not any(v is not None for s in series for _, v in s.points):
        out.append(_empty_note(frame))
    out += legend
    out.append("</svg>")
    return Markup("".join(out))  # every text above went through escape()


def bar_chart(
    bars: Sequence[tuple[str, float]],
    *,
    title: str,
    description: str = "",
    css_class: str = "series-bar",
    y_max: float | None = None,
    width: int = 480,
    height: int = 220,
    x_label: str | None = None,
    y_label: str | None = None,
    value_format: str = "{:g}",
    chart_id: str | None = None,
) -> Markup:
    """An SVG bar chart of non-negative values, each bar labelled with its value."""
    if not _CLASS_NAMES.fullmatch(css_class):
        raise ValueError(f"not a CSS class list: {css_class!r}")
    cid = _chart_id(chart_id, "bar", title, tuple(bars))
    integer = all(float(v).is_integer() for _, v in bars)
    high = max([y_max or 0.0, *(v for _, v in bars), 1.0])
    step = _nice_step(high, integer)
    high = math.ceil(high / step - 1e-9) * step
    left = 40 + (_FONT_SIZE + 8 if y_label else 0)
    bottom = height - (_FONT_SIZE + 16) - (_FONT_SIZE + 8 if x_label else 0)
    frame = _Frame(width, height, left, _FONT_SIZE + 12, width - 16, bottom)
    band = (frame.right - frame.left) / max(len(bars), 1)
    xs = [frame.left + band * (i + 0.5) for i in range(len(bars))]
    if not description:
        description = (
            "; ".join(f"{label}: {_fmt(v, value_format)}" for label, v in bars) + "."
            if bars
            else EMPTY_TEXT + "."
        )
    out = _open("bar", cid, frame, title, description)
    out += _axes(frame, _ticks(0, high, step), 0, high)
    out.append(_x_labels(frame, [label for label, _ in bars], xs))
    out += _axis_titles(frame, x_label, y_label)
    rects, values = [], []
    for (label, value), x in zip(bars, xs, strict=True):
        top = _y(frame, max(value, 0.0), 0, high)
        text = _fmt(value, value_format)
        if top < frame.bottom:
            rects.append(
                f'<rect x="{_n(x - band * 0.3)}" y="{_n(top)}" width="{_n(band * 0.6)}" '
                f'height="{_n(frame.bottom - top)}"><title>{escape(label)}: {escape(text)}</title>'
                "</rect>"
            )
        values.append(
            f'<text x="{_n(x)}" y="{_n(top - 6)}" text-anchor="middle">{escape(text)}</text>'
        )
    out.append(f'<g class="series {css_class}" fill="currentColor">{"".join(rects)}</g>')
    out.append(f'<g class="bar-values" fill="currentColor">{"".join(values)}</g>')
    if not bars:
        out.append(_empty_note(frame))
    out.append("</svg>")
    return Markup("".join(out))  # every text above went through escape()


def line_chart_table(
    series: Sequence[Series],
    *,
    caption: str,
    x_heading: str = "Session",
    value_format: str = "{:.1f}",
    missing: str = "no data",
) -> ChartTable:
    """The numbers of a line chart: one row per x label, one column per series."""
    values = [{label: v for label, v in s.points} for s in series]
    rows = tuple(
        (
            label,
            *(
                _fmt(v, value_format) if (v := m.get(label)) is not None else missing
                for m in values
            ),
        )
        for label in _labels_of(series)
    )
    return ChartTable(caption, (x_heading, *(s.name for s in series)), rows)


def bar_chart_table(
    bars: Sequence[tuple[str, float]],
    *,
    caption: str,
    label_heading: str,
    value_heading: str,
    value_format: str = "{:g}",
) -> ChartTable:
    """The numbers of a bar chart: one row per bar."""
    rows = tuple((label, _fmt(v, value_format)) for label, v in bars)
    return ChartTable(caption, (label_heading, value_heading), rows)


def render_table(table: ChartTable, css_class: str = "chart-table") -> Markup:
    """A chart's table alternative as escaped HTML, headings in <th scope>."""
    if not _CLASS_NAMES.fullmatch(css_class):
        raise ValueError(f"not a CSS class list: {css_class!r}")
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in table.headers)
    body = "".join(
        f'<tr><th scope="row">{escape(row[0])}</th>'
        + "".join(f"<td>{escape(cell)}</td>" for cell in row[1:])
        + "</tr>"
        for row in table.rows
    )
    return Markup(  # every text above went through escape()
        f'<table class="{css_class}"><caption>{escape(table.caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )
