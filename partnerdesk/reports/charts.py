"""Charts for the reports, drawn with ReportLab's own graphics (`reportlab.graphics`), so they
stay vector and print sharply: grouped or stacked bars with a legend, in the one look —
the bundled font of `styles` (never Helvetica, which is not embedded), its accent colours,
labels in the report's language.

Floats: values come in as `Decimal` (money) or `int` (counts) and become floats here, and
only here, because ReportLab computes the bars' geometry in floats. No float leaves this
module and none is printed as a figure: axis labels are whole numbers, and every amount a
reader adds up is printed by the report itself from the Decimals.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from partnerdesk.reports import styles
from partnerdesk.reports.texts import ReportLanguage

PALETTE = (styles.ACCENT, colors.HexColor("#6f9fd0"), colors.HexColor("#d98c2b"),
           colors.HexColor("#7c9a4c"), styles.RULE, colors.HexColor("#a4262c"))
"""Series colours in order: the accent first."""
FONT_SIZE = 7.5
LEGEND_HEIGHT = 9 * mm
_GROUPING = {"de": ".", "ru": "\u00a0"}


@dataclass(frozen=True)
class Series:
    """One coloured series of bars: its legend label and a value per category."""

    label: str
    values: tuple[Decimal | int, ...]


def _whole(value: float, language: ReportLanguage) -> str:
    """An axis label: a whole number grouped as the report's language writes it."""
    return f"{value:,.0f}".replace(",", _GROUPING.get(language.first, ","))


def _top(series: Sequence[Series], stacked: bool) -> float:
    columns = list(zip(*(s.values for s in series), strict=True)) or [()]
    peaks = [sum(column) if stacked else max(column, default=0) for column in columns]
    return float(max(max(peaks, default=0), 0))


def _legend(series: Sequence[Series], x: float, y: float) -> Legend:
    legend = Legend()
    legend.fontName, legend.fontSize = styles.FONT, FONT_SIZE
    legend.alignment, legend.boxAnchor = "right", "sw"
    legend.x, legend.y = x, y
    legend.columnMaximum, legend.deltax = 1, 0  # one row, columns as wide as their text
    legend.dx, legend.dy, legend.dxTextSpace = 7, 7, 4
    legend.autoXPadding = 12
    legend.strokeColor = None
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], s.label) for i, s in enumerate(series)]
    return legend


def _style(chart: VerticalBarChart | HorizontalBarChart, categories: Sequence[str],
           series: Sequence[Series], stacked: bool, language: ReportLanguage,
           flip: bool = False) -> None:
    """Data, axes, grid and colours; `flip` draws the series in reverse order (horizontal
    groups are drawn bottom-up, the legend reads left to right)."""
    order = list(range(len(series)))[::-1] if flip else list(range(len(series)))
    chart.data = [tuple(float(v) for v in series[i].values) for i in order]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.style = "stacked" if stacked else "parallel"
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = styles.FONT, FONT_SIZE
        axis.strokeColor = styles.RULE
    chart.valueAxis.valueMin = 0
    top = _top(series, stacked)
    if top < 5:  # few: whole steps, never 0.2 persons
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = max(top, 1), 1
    chart.valueAxis.labelTextFormat = lambda value: _whole(value, language)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor, chart.valueAxis.gridStrokeWidth = styles.SHADE, 0.5
    chart.barSpacing, chart.groupSpacing = 1, 6
    for position, index in enumerate(order):
        chart.bars[position].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[position].strokeColor = None


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = styles.FONT, FONT_SIZE
    return drawing


def column_chart(categories: Sequence[str], series: Sequence[Series],
                 language: ReportLanguage, *, stacked: bool = False,
                 width: float = styles.CONTENT_WIDTH, height: float = 55 * mm) -> Drawing:
    """Vertical bars per category (years, age bands), grouped or stacked, legend below."""
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, LEGEND_HEIGHT + 9 * mm
    chart.width, chart.height = width - chart.x - 2 * mm, height - chart.y - 3 * mm
    characters = max(4, int(chart.width / max(len(categories), 1) / (FONT_SIZE * 0.55)))
    names = ["\n".join(textwrap.wrap(name, characters, break_long_words=False)[:2]) or " "
             for name in categories]
    _style(chart, names, series, stacked, language)
    chart.categoryAxis.labels.boxAnchor, chart.categoryAxis.labels.dy = "n", -3
    drawing.add(chart)
    drawing.add(_legend(series, chart.x, 1 * mm))
    return drawing


def bar_chart(categories: Sequence[str], series: Sequence[Series], language: ReportLanguage,
              *, stacked: bool = False, width: float = styles.CONTENT_WIDTH,
              label_width: float = 48 * mm) -> Drawing:
    """Horizontal bars per category (long names such as funders: wrapped on the left),
    grouped or stacked, legend below; the height grows with the categories."""
    names = ["\n".join(textwrap.wrap(name, 34)[:3]) or " " for name in categories]
    per_category = (8 if stacked else 6 * len(series) + 2) + 8
    plot_height = max(len(names) * per_category, 20 * mm)
    height = plot_height + LEGEND_HEIGHT + 12 * mm
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, LEGEND_HEIGHT + 7 * mm
    chart.width, chart.height = width - chart.x - 6 * mm, plot_height
    _style(chart, names, series, stacked, language, flip=not stacked)
    chart.categoryAxis.reverseDirection = True  # the first category on top, as in the table
    chart.categoryAxis.labels.boxAnchor, chart.categoryAxis.labels.dx = "e", -3
    chart.categoryAxis.labels.textAnchor = "end"
    drawing.add(chart)
    drawing.add(_legend(series, chart.x, 1 * mm))
    return drawing
