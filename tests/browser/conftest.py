"""A headless Debian chromium driven by Selenium; every test here skips cleanly without them."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storyline.report import bundle as bundle_module
from storyline.report.html import write_report
from storyline.store import Store
from storyline.web.server import StoryServer, serve_in_thread
from tests.report.report_fixtures import fill_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
)


@pytest.fixture(scope="session")
def driver() -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip("chromium/chromedriver missing: apt-get install -y chromium chromium-driver")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="storyline-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser")
    fill_store(out / "storyline.db", hostile=True)
    store = Store.open(out / "storyline.db", readonly=True)
    chunk = bundle_module.TEXT_CHUNK
    bundle_module.TEXT_CHUNK = 2  # several lazily parsed text blocks, as in a large report
    try:
        write_report(store, out)
    finally:
        bundle_module.TEXT_CHUNK = chunk
        store.close()
    return out


@pytest.fixture(scope="session")
def report_url(out_dir: Path) -> str:
    return (out_dir / "report.html").as_uri()


@pytest.fixture(scope="session")
def app_url(out_dir: Path) -> Iterator[str]:
    server: StoryServer
    server, thread = serve_in_thread(out_dir)
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
