"""User Markdown is rendered through one sanitising filter."""

import pytest

from coach.markdown import render_markdown


def test_markdown_renders_formatting():
    html = render_markdown("**Result:** cut costs by *20%*\n\n- one\n- two")
    assert "<strong>Result:</strong>" in html
    assert "<em>20%</em>" in html
    assert "<li>one</li>" in html


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        '<div onmouseover="alert(1)">hover</div>',
        "![img](https://example.com/a.png)",
        '<iframe src="https://example.com"></iframe>',
        '<svg onload="alert(1)"></svg>',
        "<style>body{display:none}</style>",
    ],
)
def test_markdown_strips_dangerous_content(payload):
    html = str(render_markdown(payload))
    for banned in (
        "<script",
        "onerror",
        "javascript:",
        "onmouseover",
        "<img",
        "<iframe",
        "<svg",
        "<style",
        "alert(1)</script",
    ):
        assert banned not in html


def test_links_are_kept_with_safe_rel():
    html = str(render_markdown("[guide](https://example.com/guide)"))
    assert 'href="https://example.com/guide"' in html
    assert "noopener" in html


def test_empty_text_renders_nothing():
    assert render_markdown(None) == ""
    assert render_markdown("") == ""
