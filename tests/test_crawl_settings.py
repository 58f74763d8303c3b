"""The settings `xxgk crawl` runs with: polite defaults for real portals, our paths, overrides last."""

from crawler.run import crawl_settings
from crawler.spiders.portals import PortalsSpider


def test_polite_defaults_and_paths(tmp_path):
    settings = crawl_settings(tmp_path / "s.csv", tmp_path / "archive", tmp_path / "x.db")
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getfloat("DOWNLOAD_DELAY") >= 1 and settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert settings.getint("RETRY_TIMES") >= 1 and 503 in settings.getlist("RETRY_HTTP_CODES")
    assert settings.get("XXGK_DB") == str(tmp_path / "x.db") and settings.get("XXGK_WARC_DIR") == str(tmp_path / "archive")
    assert not settings.getbool("REMOTE_CONTROL_ENABLED") and not settings.getbool("TELNETCONSOLE_ENABLED")


def test_overrides_jobdir_and_worker_win(tmp_path):
    settings = crawl_settings(tmp_path / "s.csv", tmp_path / "a", tmp_path / "x.db", jobdir=str(tmp_path / "job"),
                              worker="w7", overrides={"DOWNLOAD_DELAY": "0", "XXGK_MAX_DEPTH": "3"})
    assert settings.getfloat("DOWNLOAD_DELAY") == 0 and settings.getint("XXGK_MAX_DEPTH") == 3
    assert settings.get("JOBDIR") == str(tmp_path / "job") and settings.get("XXGK_WORKER") == "w7"


def test_spider_adds_archive_components_and_failure_recording(tmp_path):
    settings = crawl_settings(tmp_path / "s.csv", tmp_path / "a", tmp_path / "x.db")
    PortalsSpider.update_settings(settings)
    assert "crawler.middlewares.failures.FailureMiddleware" in settings.getdict("DOWNLOADER_MIDDLEWARES")
    assert settings.getdict("ITEM_PIPELINES") and settings.getdict("EXTENSIONS")
    assert settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")  # which Chromium: crawler.browser.launch_options()
