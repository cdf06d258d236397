"""The account page's data section and the import page pass axe-core, light and dark."""

import json

import pytest

from tests.e2e.test_accessibility import assert_accessible


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["/account", "/account/import"])
def test_data_pages_are_accessible(logged_in, live_server, path, scheme):
    logged_in.emulate_media(color_scheme=scheme)
    logged_in.goto(live_server + path)
    assert_accessible(logged_in, path)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_import_error_is_accessible(logged_in, live_server, tmp_path, scheme):
    page = logged_in
    page.emulate_media(color_scheme=scheme)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "something-else"}))
    page.goto(live_server + "/account/import")
    page.get_by_label("Export file").set_input_files(str(bad))
    page.get_by_role("button", name="Import").click()
    assert page.get_by_text("Nothing was imported.").is_visible()
    assert_accessible(page, "import with an error")


def test_export_and_import_round_trip_in_the_browser(logged_in, live_server, tmp_path):
    page = logged_in
    page.goto(live_server + "/account")
    with page.expect_download() as download:
        page.get_by_role("link", name="Export everything (JSON)").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name.startswith("coach-export-") and path.suffix == ".json"
    page.get_by_role("link", name="Import an export file").click()
    page.get_by_label("Export file").set_input_files(str(path))
    page.get_by_role("button", name="Import").click()
    assert page.get_by_text("Imported 0 applications").is_visible()
