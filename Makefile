# The collection's jobs. `make figures` and `make test` set everything up on a fresh machine.
# Every job runs from the repository's root, found from this file, except a report's ARTICLE and OUT,
# which are taken from the folder make is called in (`make -f path/to/Makefile figures ARTICLE=a.txt OUT=dir`).
ROOT := $(dir $(abspath $(lastword $(MAKEFILE_LIST))))
VENV := $(ROOT).venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTHON ?= python3
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/sanitize.cfg

.PHONY: figures test lab bench html score classroom clean-venv

$(STAMP): $(ROOT)requirements.txt $(ROOT)pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	cd $(ROOT) && $(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	cd $(ROOT) && $(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

## figures: run every notebook in order; writes data/processed/ and figures/
##          with ARTICLE=path OUT=dir: the same for another article, into dir
figures: $(STAMP)
ifdef ARTICLE
	$(PY) -m posture report "$(ARTICLE)" --out "$(or $(OUT),report)"
else
	cd $(ROOT) && $(PY) -m posture.collection.notebooks
	cd $(ROOT) && $(PY) scripts/make_student_copies.py --execute
endif

## test: unit tests, strict nbval over every notebook, then prove the outputs are current
test: $(STAMP)
	cd $(ROOT) && $(PY) -m posture.collection.freshness snapshot .freshness.json
	cd $(ROOT) && $(PY) -m pytest $(NBVAL) tests notebooks
	cd $(ROOT) && $(PY) -m posture.collection.freshness check .freshness.json

## bench: print speed figures (regeneration vs floor, extraction throughput, make test time)
bench: $(STAMP)
	cd $(ROOT) && $(PY) bench/run.py

## lab: open JupyterLab on the collection
lab: $(STAMP)
	cd $(ROOT) && $(VENV)/bin/jupyter lab --notebook-dir=.

## html: the course site in site/ (Sphinx + myst-nb, offline): the stages, the exercises' student copies,
##       a figure gallery and search; open site/index.html
html: $(STAMP)
	cd $(ROOT) && $(PY) -m posture.collection.course

## classroom: dist/classroom/: student.zip (the hand-out: student copies, package, tables, START-HERE.md)
##            and, per exercise, its Otter Assign source and otter's autograder zip (otter/NN-*/autograder/)
classroom: $(STAMP)
	cd $(ROOT) && rm -rf dist/classroom
	cd $(ROOT) && $(PY) -m posture.teaching.classroom

clean-venv:
	rm -rf $(VENV)

## score: the scorecard of the development corpus, held-back test split and dev split
score: $(STAMP)
	cd $(ROOT) && $(PY) -m posture.collection.scorecard
