#!/usr/bin/env bash
# One scheduled, incremental crawl (cron or the systemd timer in this directory calls this).
#
# Every run crawls the same seeds into the same archive and database: pages that did not change are answered
# 304 and archived as revisit records, new and changed reports are parsed, and the run is one row in `crawls`.
#
# Exit codes (also written to $XXGK_STATE/last-status):
#   0   crawl finished, every portal crawled
#   3   crawl finished, some portals failed (see the `failures` table); everything else is saved
#   1   crawl did not finish (killed, crashed, bad seeds); the job directory is kept and the next run resumes
#   75  another run still holds the lock; nothing was done (EX_TEMPFAIL: try again next time)
# Partial results are never removed: finished WARC files, the `.open` file of an interrupted run (the resume
# repairs and closes it), and every report already written to the database stay.
#
# Settings (environment, e.g. from /etc/default/xxgk-crawl; defaults in brackets):
#   XXGK_HOME [directory above this script]   XXGK_BIN [$XXGK_HOME/.venv/bin/xxgk]
#   XXGK_SEEDS [$XXGK_HOME/seeds/portals.csv] XXGK_ARCHIVE [$XXGK_HOME/archive]  XXGK_DB [$XXGK_HOME/xxgk.db]
#   XXGK_STATE [$XXGK_HOME/state]: logs/, job/ (Scrapy JOBDIR), lock, last-status
#   XXGK_LOG_KEEP [30]: crawl logs to keep
#   XXGK_CRAWL_ARGS: extra arguments for `xxgk crawl`, e.g. "-s DOWNLOAD_DELAY=2"
set -uo pipefail

XXGK_HOME=${XXGK_HOME:-$(cd "$(dirname "$0")/.." && pwd)}
XXGK_BIN=${XXGK_BIN:-$XXGK_HOME/.venv/bin/xxgk}
XXGK_SEEDS=${XXGK_SEEDS:-$XXGK_HOME/seeds/portals.csv}
XXGK_ARCHIVE=${XXGK_ARCHIVE:-$XXGK_HOME/archive}
XXGK_DB=${XXGK_DB:-$XXGK_HOME/xxgk.db}
XXGK_STATE=${XXGK_STATE:-$XXGK_HOME/state}
XXGK_LOG_KEEP=${XXGK_LOG_KEEP:-30}

mkdir -p "$XXGK_STATE/logs"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
log="$XXGK_STATE/logs/crawl-$stamp.log"

exec 9>"$XXGK_STATE/lock"
if ! flock -n 9; then
    echo "$stamp 75 another crawl is still running" >"$XXGK_STATE/last-status.tmp"
    mv "$XXGK_STATE/last-status.tmp" "$XXGK_STATE/last-status"
    echo "xxgk-scheduled: another crawl is still running (lock $XXGK_STATE/lock)" >&2
    exit 75
fi

cd "$XXGK_HOME" || exit 1
echo "xxgk-scheduled: $stamp start: seeds=$XXGK_SEEDS archive=$XXGK_ARCHIVE db=$XXGK_DB" >>"$log"
# shellcheck disable=SC2086  # XXGK_CRAWL_ARGS is a list of arguments on purpose
"$XXGK_BIN" crawl --seeds "$XXGK_SEEDS" --archive "$XXGK_ARCHIVE" --db "$XXGK_DB" \
    --jobdir "$XXGK_STATE/job" --log-file "$log" ${XXGK_CRAWL_ARGS:-} >>"$log" 2>&1
status=$?

case $status in
    0) outcome="ok" ;;
    3) outcome="finished with failed portals (see the failures table)" ;;
    *) outcome="did not finish; the next run resumes from $XXGK_STATE/job" ;;
esac
# A finished crawl's job directory would make the next run see every URL as done: start the next one fresh.
if [ "$status" -eq 0 ] || [ "$status" -eq 3 ]; then
    rm -rf "$XXGK_STATE/job"
fi
echo "xxgk-scheduled: $(date -u +%Y%m%dT%H%M%SZ) exit $status: $outcome" >>"$log"
echo "$stamp $status $outcome" >"$XXGK_STATE/last-status.tmp"
mv "$XXGK_STATE/last-status.tmp" "$XXGK_STATE/last-status"
ln -sfn "$log" "$XXGK_STATE/logs/latest.log"

# Keep the newest XXGK_LOG_KEEP logs.
ls -1t "$XXGK_STATE"/logs/crawl-*.log 2>/dev/null | tail -n +"$((XXGK_LOG_KEEP + 1))" | xargs -r rm -f
exit "$status"
