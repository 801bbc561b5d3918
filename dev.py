"""Set up and run the project with nothing but Python 3.11 and pip (the Makefile calls this too).

    python3 dev.py report    # create .venv if missing, install, run the notebooks on the seed -> reports/
                             # (notebook 05 compares the seed with notebooks/examples/)
    python3 dev.py test      # create .venv if missing, install, run every test (pytest + nbval)
    python3 dev.py lab       # open JupyterLab on notebooks/
    python3 dev.py setup     # only create/update .venv
"""

import hashlib
import os
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


def lab():
    setup()
    return sh(BIN / "jupyter", "lab", "notebooks")


def main(argv):
    commands = {"setup": setup, "report": report, "test": test, "lab": lab}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]](*argv[1:]) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
