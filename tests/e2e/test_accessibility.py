"""Every page passes axe-core without serious or critical violations, on phone and desktop."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.e2e.conftest import screenshot

# Every page joins one of these lists as it is built.
PUBLIC_PAGES = ["/", "/login", "/register", "/no-such-page"]
USER_PAGES = ["/account"]

axe = Axe()


def assert_accessible(page, path):
    results = axe.run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], f"{path}: " + "; ".join(
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)" for v in serious
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_are_accessible(page, live_server, path, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(live_server + path)
    assert_accessible(page, path)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", USER_PAGES)
def test_user_pages_are_accessible(logged_in, live_server, path, scheme):
    logged_in.emulate_media(color_scheme=scheme)
    logged_in.goto(live_server + path)
    assert_accessible(logged_in, path)


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_on_phone_and_desktop(logged_in, live_server, width, scheme):
    page = logged_in
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(color_scheme=scheme)
    for name, path in (("landing", "/"), ("account", "/account")):
        page.goto(live_server + path)
        # nothing overflows sideways on a phone
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert screenshot(page, f"{name}-{width}-{scheme}").stat().st_size > 0
