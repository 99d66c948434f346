#!/bin/sh
# Installs the system libraries Qt needs, on Debian/Ubuntu when run as root; elsewhere it
# only checks and says what is missing.  It also makes sure a C compiler and Python's headers
# are there, so `pip install` can build the splitter's compiled cue walk (optional: without
# them fasl installs and works, its splitter about 1.4x slower).
# Usage: sh .ci/system-deps.sh [gui]
#   (no argument)  libraries for offscreen Qt (tests, headless commands)
#   gui            also the X11/xcb libraries for a real window (Qt >= 6.5 needs libxcb-cursor0)
set -eu
OFFSCREEN="libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libglib2.0-0 libdbus-1-3 libx11-6 libxcb1"
WINDOW="libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-shm0 libxcb-sync1 libxcb-glx0 libxkbcommon-x11-0"
wanted="$OFFSCREEN"
[ "${1:-}" = "gui" ] && wanted="$OFFSCREEN $WINDOW"

build_tools_missing() {
    command -v cc >/dev/null 2>&1 || return 0
    python3 -c "import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h')))" 2>/dev/null || return 0
    return 1
}
ensure_build_tools() {
    build_tools_missing || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq --no-install-recommends gcc libc6-dev python3-dev >/dev/null \
            || echo "fasl: could not install gcc/python3-dev; the splitter will use its regex tries" >&2
    else
        echo "fasl: no C compiler or Python headers: the splitter will use its regex tries (install gcc and python3-dev for the compiled walk)" >&2
    fi
}

ensure_build_tools

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "fasl: not a Debian-like system; make sure Qt 6's OpenGL/EGL, fontconfig and xkbcommon libraries are installed" >&2
    exit 0
fi
missing=""
for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "fasl: Qt needs these system packages:$missing" >&2
    echo "      install them with: sudo apt-get install$missing" >&2
    exit 1
fi
