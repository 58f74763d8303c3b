"""Downloader middlewares of the archive: raw capture (rawcapture.py), conditional requests and revisits
(conditional.py), answering from the archive on resume (resume.py), failure recording (failures.py).
Their priorities are in crawler.extensions.ARCHIVE_COMPONENTS."""
