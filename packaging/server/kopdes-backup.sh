#!/bin/sh
# Nightly backup of the Kopdes sync server: PostgreSQL (pg_dump, custom format) and the photo
# blobs (hard-linked snapshot: unchanged photos cost no space). Run by kopdes-backup.timer as
# the kopdes user; settings from /etc/kopdes/server.env. Restore: docs/deploy-server.md.
set -eu

: "${KOPDES_SERVER_DATABASE_URL:?set in /etc/kopdes/server.env}"
BLOBS=${KOPDES_SERVER_BLOB_DIR:-/var/lib/kopdes/blobs}
TARGET=${KOPDES_BACKUP_DIR:-/var/backups/kopdes}
KEEP_DAYS=${KOPDES_BACKUP_KEEP_DAYS:-14}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
# pg_dump wants a libpq URL, not SQLAlchemy's "postgresql+psycopg://".
DB_URL=$(printf '%s' "$KOPDES_SERVER_DATABASE_URL" | sed 's|^postgresql+psycopg://|postgresql://|; s|^postgres://|postgresql://|')

mkdir -p "$TARGET/db" "$TARGET/blobs"

# Database first, then photos: a photo row always has its bytes in the later snapshot (photos are
# only ever added, named by their SHA-256, so a blob snapshot taken after the dump is complete).
pg_dump --format=custom --compress=6 --no-owner --file="$TARGET/db/kopdes-$STAMP.dump.partial" "$DB_URL"
mv "$TARGET/db/kopdes-$STAMP.dump.partial" "$TARGET/db/kopdes-$STAMP.dump"

LATEST=$(ls -1d "$TARGET"/blobs/20* 2>/dev/null | tail -n 1 || true)
if [ -n "$LATEST" ]; then
    rsync -a --delete --exclude=partial/ --link-dest="$LATEST" "$BLOBS/" "$TARGET/blobs/$STAMP.partial/"
else
    rsync -a --delete --exclude=partial/ "$BLOBS/" "$TARGET/blobs/$STAMP.partial/"
fi
mv "$TARGET/blobs/$STAMP.partial" "$TARGET/blobs/$STAMP"

# Keep KEEP_DAYS days, but never delete the newest of each kind.
find "$TARGET/db" -name 'kopdes-*.dump' -mtime +"$KEEP_DAYS" ! -name "kopdes-$STAMP.dump" -delete
find "$TARGET/blobs" -mindepth 1 -maxdepth 1 -type d -name '20*' -mtime +"$KEEP_DAYS" ! -name "$STAMP" -exec rm -rf {} +

echo "kopdes backup $STAMP: $(du -sh "$TARGET/db/kopdes-$STAMP.dump" | cut -f1) database, $(du -sh "$TARGET/blobs/$STAMP" | cut -f1) photos (shared with earlier snapshots)"
