"""Build the Linux desktop bundle and check it: what `make package` and `make package-test` run.

    .venv/bin/python packaging/build.py         # dist/kopdes-desktop-<version>-linux-<arch>.tar.gz
    .venv/bin/python packaging/build.py --test  # build, unpack the tarball, run --self-test

The tarball holds one folder, ``kopdes-desktop/``: the PyInstaller one-folder build plus
``install.sh`` (per-user install with a menu entry), the ``.desktop`` entry and the icon.
``--test`` runs the *unpacked tarball's* self-test with a clean environment, so it checks what a
laptop receives, not the build folder (and not this virtual environment).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "packaging" / "kopdes-desktop.spec"
LINUX_EXTRAS = ROOT / "packaging" / "linux"
APP = "kopdes-desktop"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from kopdes_desktop import __version__  # noqa: PLC0415

    return __version__


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB"


def compile_translations() -> None:
    subprocess.run([sys.executable, "-m", "kopdes_desktop.ui.i18n_build"], cwd=ROOT, check=True)


def run_pyinstaller() -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return DIST / APP


def add_linux_extras(bundle: Path) -> None:
    shutil.copy(LINUX_EXTRAS / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)
    shutil.copy(LINUX_EXTRAS / f"{APP}.desktop", bundle / f"{APP}.desktop")
    shutil.copy(ROOT / "resources" / "icons" / f"{APP}.png", bundle / f"{APP}.png")


def make_tarball(bundle: Path) -> Path:
    arch = platform.machine() or "unknown"
    target = DIST / f"{APP}-{version()}-linux-{arch}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=APP)
    return target


def build() -> Path:
    if not sys.platform.startswith("linux"):
        raise SystemExit("this script builds the Linux bundle; see docs/packaging.md for Windows")
    started = time.perf_counter()
    compile_translations()
    bundle = run_pyinstaller()
    add_linux_extras(bundle)
    tarball = make_tarball(bundle)
    print(f"bundle:  {bundle} ({mib(folder_size(bundle))} on disk)")
    print(f"tarball: {tarball} ({mib(tarball.stat().st_size)})")
    print(f"build time: {time.perf_counter() - started:.0f} s")
    return tarball


def clean_environment() -> dict[str, str]:
    """What a fresh desktop session has: none of this venv, offscreen because CI has no X."""
    keep = ("HOME", "LANG", "LC_ALL", "TMPDIR", "USER")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_tarball(tarball: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="kopdes-bundle-test-") as folder:
        with tarfile.open(tarball) as tar:
            tar.extractall(folder, filter="tar")
        bundle = Path(folder) / APP
        print(f"unpacked bundle: {mib(folder_size(bundle))}; running its self-test")
        started = time.perf_counter()
        result = subprocess.run(
            [str(bundle / APP), "--self-test"],
            cwd=folder,
            env=clean_environment(),
            check=False,
            timeout=300,
        )
        elapsed = time.perf_counter() - started
        print(f"bundle self-test exit status {result.returncode} in {elapsed:.1f} s")
        return result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="store_true", help="also run the bundle's self-test")
    args = parser.parse_args()
    tarball = build()
    return test_tarball(tarball) if args.test else 0


if __name__ == "__main__":
    raise SystemExit(main())
