#!/bin/sh
# Install Kopdes Desktop for the current user (no root needed), with a menu entry and icon.
#
#   ./install.sh              install from this unpacked folder into ~/.local/opt/kopdes-desktop
#   ./install.sh --uninstall  remove the program; the data in ~/.local/share/kopdes-desktop stays
#
# Data (database, backups, photos) is never inside the program folder, so reinstalling or
# upgrading never touches it.
set -eu

APP=kopdes-desktop
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=$HOME/.local/opt/$APP
BIN=$HOME/.local/bin
MENU=$PREFIX/applications
ICONS=$PREFIX/icons/hicolor/256x256/apps

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$TARGET" "$BIN/$APP" "$MENU/$APP.desktop" "$ICONS/$APP.png"
    echo "Kopdes Desktop removed. Your data is kept in $PREFIX/$APP"
    exit 0
fi

if [ "$HERE" != "$TARGET" ]; then
    rm -rf "$TARGET.new"
    mkdir -p "$(dirname "$TARGET")"
    cp -a "$HERE" "$TARGET.new"
    rm -rf "$TARGET"
    mv "$TARGET.new" "$TARGET"
fi
mkdir -p "$BIN" "$MENU" "$ICONS"
ln -sf "$TARGET/$APP" "$BIN/$APP"
cp "$TARGET/$APP.png" "$ICONS/$APP.png"
sed "s|^Exec=.*|Exec=$TARGET/$APP|; s|^Icon=.*|Icon=$ICONS/$APP.png|" \
    "$TARGET/$APP.desktop" > "$MENU/$APP.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$MENU" || true

echo "Kopdes Desktop installed in $TARGET"
echo "Checking the installation (no window opens)..."
if ! "$TARGET/$APP" --self-test; then
    echo "The self-test failed; please send the lines above to support." >&2
    exit 1
fi
echo "Start it from the applications menu, or run: $BIN/$APP"
