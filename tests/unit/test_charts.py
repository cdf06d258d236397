"""Server-side SVG charts: CSP-safe markup, accessible names, escaping, gaps and tables."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from markupsafe import Markup

from coach.charts import (
    ChartTable,
    Series,
    bar_chart,
    bar_chart_table,
    line_chart,
    line_chart_table,
    render_table,
)

SVG = "{http://www.w3.org/2000/svg}"
SELF = Series("Self", "series-self", [("1 May", 2.0), ("8 May", 3.0), ("15 May", 3.5)])
REVIEWER = Series("Reviewer", "series-reviewer", [("1 May", None), ("8 May", 2.5), ("15 May", 3.0)])
EVIL = Series("<script>alert(1)</script>", "series-self", [("<b>x</b>", 3.0)])


def charts() -> list[Markup]:
    return [
        line_chart([SELF, REVIEWER], title="Answer structure"),
        line_chart([EVIL], title="<script>t</script>", description='"><script>d</script>'),
        line_chart([], title="Nothing"),
        bar_chart([("W22", 0), ("W23", 3)], title="Sessions per week"),
        bar_chart([("<script>", 1)], title="Evil bars", x_label="<i>", y_label="<u>"),
        bar_chart([], title="No bars"),
    ]


@pytest.mark.parametrize("index", range(6))
def test_chart_obeys_the_csp_and_is_well_formed(index: int) -> None:
    svg = charts()[index]
    assert isinstance(svg, Markup)
    lowered = str(svg).lower()
    assert "style=" not in lowered
    assert "<style" not in lowered
    assert "<script" not in lowered
    assert " on" not in re.sub(r'"[^"]*"|>[^<]*<', "", lowered)  # no event handler attributes
    root = ET.fromstring(str(svg))
    assert root.tag == SVG + "svg"
    assert root.get("viewBox", "").startswith("0 0 ")
    assert "width" not in root.attrib  # scales to the container, a phone included


def test_chart_has_an_accessible_name_and_description() -> None:
    root = ET.fromstring(str(line_chart([SELF], title="Answer structure", description="Rising.")))
    assert root.get("role") == "img"
    title_id, desc_id = (root.get("aria-labelledby") or "").split()
    title, desc = root.find(SVG + "title"), root.find(SVG + "desc")
    assert title is not None and desc is not None
    assert (title.get("id"), title.text) == (title_id, "Answer structure")
    assert (desc.get("id"), desc.text) == (desc_id, "Rising.")


def test_the_default_description_summarises_each_series() -> None:
    root = ET.fromstring(str(line_chart([SELF, REVIEWER], title="t")))
    desc = root.find(SVG + "desc")
    assert desc is not None
    assert desc.text == (
        "Self: 2.0 (1 May) to 3.5 (15 May), 3 values; "
        "Reviewer: 2.5 (8 May) to 3.0 (15 May), 2 values."
    )


def test_text_is_escaped() -> None:
    svg = str(line_chart([EVIL], title="<script>t</script>"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert "&lt;b&gt;x&lt;/b&gt;" in svg
    assert "&lt;script&gt;t&lt;/script&gt;" in svg


def test_css_classes_cannot_inject_markup() -> None:
    with pytest.raises(ValueError, match="CSS class"):
        Series("x", 'a" onload="alert(1)', [])
    with pytest.raises(ValueError, match="CSS class"):
        bar_chart([], title="t", css_class="x><script>")
    with pytest.raises(ValueError, match="id"):
        line_chart([], title="t", chart_id='x" onload="y')


def _series_paths(svg: Markup) -> dict[str, ET.Element]:
    root = ET.fromstring(str(svg))
    return {
        (g.get("class") or "").split()[1]: g
        for g in root.iter(SVG + "g")
        if (g.get("class") or "").startswith("series ")
    }


def test_none_values_leave_a_gap() -> None:
    gappy = Series("Self", "series-self", [("a", 2.0), ("b", 3.0), ("c", None), ("d", 4.0)])
    group = _series_paths(line_chart([gappy], title="t"))["series-self"]
    path = group.find(SVG + "path")
    assert path is not None
    d = path.get("d") or ""
    assert d.count("M") == 2 and d.count("L") == 1  # a-b joined, then d alone
    assert len(group.findall(SVG + "circle")) == 3  # one marker per value, none for the gap


def test_series_use_classes_and_presentation_attributes() -> None:
    groups = _series_paths(line_chart([SELF, REVIEWER], title="t"))
    assert set(groups) == {"series-self", "series-reviewer"}
    for group in groups.values():
        assert group.get("stroke") == "currentColor"
    reviewer_path = groups["series-reviewer"].find(SVG + "path")
    assert reviewer_path is not None and reviewer_path.get("stroke-dasharray")  # not colour alone
    root = ET.fromstring(str(line_chart([SELF], title="t")))
    classes = {c for g in root.iter(SVG + "g") for c in (g.get("class") or "").split()}
    assert {"axis", "grid", "axis-labels", "series", "series-self", "legend-item"} <= classes


def test_axis_labels_show_the_scale_and_the_sessions() -> None:
    root = ET.fromstring(str(line_chart([SELF], title="t", y_label="Score")))
    texts = [t.text for t in root.iter(SVG + "text")]
    for expected in ("1", "2", "3", "4", "5", "1 May", "8 May", "15 May", "Score", "Self"):
        assert expected in texts


def test_many_sessions_thin_the_labels_but_keep_the_latest() -> None:
    points = [(f"S{i}", 3.0) for i in range(1, 31)]
    root = ET.fromstring(str(line_chart([Series("Self", "series-self", points)], title="t")))
    texts = {t.text for t in root.iter(SVG + "text")}
    assert "S30" in texts
    assert len([t for t in texts if t and t.startswith("S") and t != "Self"]) < 10


def test_empty_charts_say_so() -> None:
    for svg in (
        line_chart([], title="t"),
        line_chart([Series("Self", "series-self", [("a", None)])], title="t"),
        bar_chart([], title="t"),
    ):
        root = ET.fromstring(str(svg))
        assert "No data yet" in [t.text for t in root.iter(SVG + "text")]
        desc = root.find(SVG + "desc")
        assert desc is not None and desc.text == "No data yet."


def test_bar_chart_labels_every_value_including_zero() -> None:
    svg = bar_chart([("W21", 0), ("W22", 2), ("W23", 5)], title="Sessions per week")
    root = ET.fromstring(str(svg))
    assert len(list(root.iter(SVG + "rect"))) == 2  # a zero has no bar, only its label
    texts = [t.text for t in root.iter(SVG + "text")]
    assert {"0", "2", "5", "W21", "W22", "W23"} <= set(texts)
    desc = root.find(SVG + "desc")
    assert desc is not None and desc.text == "W21: 0; W22: 2; W23: 5."


def test_chart_ids_are_stable_and_distinct() -> None:
    first = line_chart([SELF], title="Answer structure")
    assert first == line_chart([SELF], title="Answer structure")
    assert first != line_chart([SELF], title="Confidence")
    named = ET.fromstring(str(line_chart([SELF], title="t", chart_id="trend-confidence")))
    assert named.get("aria-labelledby") == "trend-confidence-title trend-confidence-desc"


def test_line_chart_table_has_the_same_numbers() -> None:
    table = line_chart_table([SELF, REVIEWER], caption="Answer structure scores")
    assert table == ChartTable(
        "Answer structure scores",
        ("Session", "Self", "Reviewer"),
        (("1 May", "2.0", "no data"), ("8 May", "3.0", "2.5"), ("15 May", "3.5", "3.0")),
    )


def test_bar_chart_table_and_its_html() -> None:
    table = bar_chart_table(
        [("W22", 0), ("<script>", 3)],
        caption="Sessions",
        label_heading="Week",
        value_heading="Sessions",
    )
    assert table.rows == (("W22", "0"), ("<script>", "3"))
    html = str(render_table(table))
    assert "<script" not in html
    assert '<th scope="row">&lt;script&gt;</th><td>3</td>' in html
    assert "<caption>Sessions</caption>" in html
