# The collection's jobs. `make figures` and `make test` set everything up on a fresh machine.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTHON ?= python3
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/sanitize.cfg

.PHONY: figures test lab bench html score classroom clean-venv

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

## figures: run every notebook in order; writes data/processed/ and figures/
##          with ARTICLE=path OUT=dir: the same for another article, into dir
figures: $(STAMP)
ifdef ARTICLE
	$(PY) -m posture report "$(ARTICLE)" --out "$(or $(OUT),report)"
else
	$(PY) -m posture.collection.notebooks
	$(PY) scripts/make_student_copies.py --execute
endif

## test: unit tests, strict nbval over every notebook, then prove the outputs are current
test: $(STAMP)
	$(PY) -m posture.collection.freshness snapshot .freshness.json
	$(PY) -m pytest $(NBVAL) tests notebooks
	$(PY) -m posture.collection.freshness check .freshness.json

## bench: print speed figures (regeneration vs floor, extraction throughput, make test time)
bench: $(STAMP)
	$(PY) bench/run.py

## lab: open JupyterLab on the collection
lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=.

## html: the course site in site/ (Sphinx + myst-nb, offline): the stages, the exercises' student copies,
##       a figure gallery and search; open site/index.html
html: $(STAMP)
	$(PY) -m posture.collection.course

## classroom: dist/classroom/: student.zip (the hand-out: student copies, package, tables, START-HERE.md)
##            and, per exercise, its Otter Assign source and otter's autograder zip (otter/NN-*/autograder/)
classroom: $(STAMP)
	rm -rf dist/classroom
	$(PY) -m posture.teaching.classroom

clean-venv:
	rm -rf $(VENV)

## score: the scorecard of the development corpus, held-back test split and dev split
score: $(STAMP)
	$(PY) -m posture.collection.scorecard
