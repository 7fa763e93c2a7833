# Reproducible analysis: raw -> interim -> processed -> figures
# `make -j4 all` rebuilds only what changed.

YEARS    := 2019 2020 2021 2022 2023
RAW      := $(foreach y,$(YEARS),data/raw/trips_$(y).csv.gz)
INTERIM  := $(patsubst data/raw/%.csv.gz,data/interim/%.parquet,$(RAW))
FIGS     := figures/monthly_volume.png figures/duration_hist.png figures/station_map.html
PYTHON   := .venv/bin/python
BASE_URL := https://opendata.example.org/bikeshare

.PHONY: all data figures report clean clean-all

all: report

data/raw/trips_%.csv.gz:
	@mkdir -p $(@D)
	curl -fsSL --retry 3 -o $@ $(BASE_URL)/trips_$*.csv.gz

data/interim/%.parquet: data/raw/%.csv.gz scripts/clean.py
	@mkdir -p $(@D)
	$(PYTHON) scripts/clean.py --in $< --out $@

data/processed/trips.parquet: $(INTERIM) scripts/combine.py
	@mkdir -p $(@D)
	$(PYTHON) scripts/combine.py --out $@ $(INTERIM)

data/processed/stations.parquet: data/processed/trips.parquet scripts/stations.py
	$(PYTHON) scripts/stations.py $< $@

figures/monthly_volume.png: data/processed/trips.parquet scripts/plot_volume.py
	@mkdir -p $(@D)
	$(PYTHON) scripts/plot_volume.py $< $@

figures/duration_hist.png: data/processed/trips.parquet scripts/plot_duration.py
	@mkdir -p $(@D)
	$(PYTHON) scripts/plot_duration.py $< $@

figures/station_map.html: data/processed/stations.parquet scripts/map.py
	@mkdir -p $(@D)
	$(PYTHON) scripts/map.py $< $@

data: data/processed/trips.parquet data/processed/stations.parquet
figures: $(FIGS)

report: report/report.html

report/report.html: report/report.qmd $(FIGS)
	quarto render $< --to html

clean:
	rm -rf data/interim data/processed figures report/report.html

clean-all: clean
	rm -rf data/raw

# ------------------------------------------------------------------
# Environment and checks
# ------------------------------------------------------------------

.venv/bin/python: requirements.txt
	python3 -m venv .venv
	.venv/bin/pip install -q -r requirements.txt
	@touch $@

$(INTERIM) data/processed/trips.parquet: | .venv/bin/python

.PHONY: check validate list

check: data
	$(PYTHON) -m pytest -q tests/

validate: data/processed/trips.parquet
	$(PYTHON) scripts/validate.py --schema schemas/trips.yaml $<

list:
	@echo "years:    $(YEARS)"
	@echo "raw:      $(RAW)"
	@echo "interim:  $(INTERIM)"
	@echo "figures:  $(FIGS)"

# keep downloaded files even when a later step fails
.PRECIOUS: data/raw/%.csv.gz
.DELETE_ON_ERROR:
