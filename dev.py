"""Set up and run the project with nothing but Python 3.11 and pip (the Makefile calls this too).

    python3 dev.py report    # create .venv if missing, install, run the notebooks on the seed -> reports/
                             # (notebook 05 compares the seed with notebooks/examples/)
    python3 dev.py test      # create .venv if missing, install, run every test (pytest + nbval)
    python3 dev.py lab       # open JupyterLab on notebooks/
    python3 dev.py setup     # only create/update .venv
    python3 dev.py screenshots  # the browser test's screenshots -> build/screenshots/, one -> docs/img/
"""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
INSTALL_INPUTS = ("pyproject.toml", "constraints.txt")


def sh(*args):
    print("+", " ".join(str(a) for a in args), flush=True)
    return subprocess.call([str(a) for a in args], cwd=ROOT)


def setup():
    """Create .venv if missing and install the pinned packages when their lists changed."""
    if not PYTHON.exists():
        venv.create(VENV, with_pip=True)
    wanted = hashlib.sha256(b"".join((ROOT / f).read_bytes() for f in INSTALL_INPUTS)).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    code = sh(PYTHON, "-m", "pip", "install", "--quiet", "-c", "constraints.txt", "-e", ".[dev]")
    if code:
        sys.exit(code)
    STAMP.write_text(wanted)


def report():
    setup()
    return sh(PYTHON, "-m", "analysis", "report", "seeds", "--corpus", "notebooks/examples", "--out", "reports")


def test(*pytest_args):
    setup()
    return sh(PYTHON, "-m", "pytest", *pytest_args)


# the browser test (tests/test_reports.py) writes build/screenshots/; the README's tour shows this one:
# notebook 03 of a non-seed article in the student edition
SCREENSHOT = ROOT / "build" / "screenshots" / "student-tianjin-03.png"
README_SCREENSHOT = ROOT / "docs" / "img" / "report-student-page.png"


def screenshots():
    """Regenerate the browser test's screenshots (headless Chromium, Debian's `chromium`) and copy
    the one the README shows to docs/img/."""
    setup()
    if not any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")):
        print("no headless browser: install Debian's chromium (apt-get install chromium)", file=sys.stderr)
        return 1
    if SCREENSHOT.exists():
        SCREENSHOT.unlink()
    code = sh(PYTHON, "-m", "pytest", "tests/test_reports.py", "-q", "-k", "real_browser")
    if code or not SCREENSHOT.exists():
        print("the browser test did not write %s" % SCREENSHOT, file=sys.stderr)
        return code or 1
    README_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SCREENSHOT, README_SCREENSHOT)
    print("wrote %s" % README_SCREENSHOT.relative_to(ROOT))
    return 0


def lab():
    setup()
    return sh(BIN / "jupyter", "lab", "notebooks")


def main(argv):
    commands = {"setup": setup, "report": report, "test": test, "lab": lab, "screenshots": screenshots}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]](*argv[1:]) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
