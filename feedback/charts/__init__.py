"""Charts for staff and public pages: Vega-Lite specs drawn offline, each with its data table.

Build a chart with `bar_chart` or `line_chart`, show it with the `chart_figure` macro in
`charts/chart.html`, and let the view answer download links with `chart_download`.
"""

from feedback.charts.downloads import chart_download
from feedback.charts.specs import bar_chart, line_chart
from feedback.charts.table import Chart, Column

__all__ = ["Chart", "Column", "bar_chart", "chart_download", "line_chart"]
