# Every target sets up .venv itself (creating it if missing); see `make help`.
PYTHON ?= python3

.DEFAULT_GOAL := help
.PHONY: help setup report test lab extract codebook bench screenshots

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-10s %s\n", $$1, $$2}'

setup: ## create .venv if missing and install the pinned packages
	$(PYTHON) dev.py setup

report: ## run the notebooks on the seed (05: the seed and notebooks/examples/) -> HTML in reports/
	$(PYTHON) dev.py report

test: ## run every test: the package's tests and the notebooks (nbval)
	$(PYTHON) dev.py test

screenshots: ## the browser test's screenshots (build/screenshots/), one copied to docs/img/ for the README
	$(PYTHON) dev.py screenshots

lab: ## open JupyterLab on notebooks/
	$(PYTHON) dev.py lab

extract: setup ## write the seed's tables to out/
	.venv/bin/python -m analysis extract seeds --out out

codebook: setup ## regenerate docs/codebook.md from the schema
	.venv/bin/python -m analysis codebook --out docs/codebook.md
