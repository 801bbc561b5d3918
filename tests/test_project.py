"""The project's set-up files agree with each other."""

import hashlib
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME_RE = re.compile(r"^\s*([A-Za-z0-9_.\-]+)")


def package_name(spec):
    return NAME_RE.match(spec).group(1).lower().replace("_", "-")


def pyproject_packages():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        specs += extra
    return {package_name(s): s.replace(" ", "") for s in specs}


def environment_pip_section():
    lines = (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "- pip:")
    return [line.strip()[2:] for line in lines[start + 1:] if line.strip().startswith("- ")]


def test_environment_yml_lists_the_same_packages_as_pyproject():
    pip = environment_pip_section()
    packages = {package_name(s): s.replace(" ", "") for s in pip if not s.startswith("-")}
    assert packages == pyproject_packages()


def test_environment_yml_is_python_311_on_conda_forge_ending_in_editable_install():
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert "- conda-forge" in text and "- python=3.11" in text
    assert environment_pip_section()[-1] == "-e ."


def test_setuptools_is_capped_below_81_everywhere():
    assert pyproject_packages()["setuptools"] == "setuptools<81"
    build = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]
    assert any(r.startswith("setuptools") and "<81" in r for r in build["requires"])


def test_constraints_pin_every_declared_package_exactly():
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[package_name(name)] = version
    for name in pyproject_packages():
        assert pins.get(name), "%s has no exact pin in constraints.txt" % name


def test_seed_is_the_shared_seed_byte_for_byte():
    data = (ROOT / "seeds" / "000_bd6c12ab9fdbdd52.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == (
        "e714c3e7e6bb31518ff738e6070cd5fa0ee5997dec9dfb181c5318e6cdfad38c")


def test_makefile_documents_its_targets():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("help", "report", "test", "lab"):
        assert re.search(r"^%s:.*## " % target, makefile, re.M), target
