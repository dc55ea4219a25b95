"""Write data/external/world_countries.csv: every country's English name, written forms,
demonyms and capital, for the extractors' gazetteer.

A maintainer script, never run at run time. Source: the `countryinfo` package from PyPI
(MIT licence), whose country files carry name, alternative spellings, demonym and capital.
Run it in a scratch environment:

    python3 -m venv /tmp/gz && /tmp/gz/bin/pip install -r scripts/requirements-maintainer.txt
    /tmp/gz/bin/pip install --no-deps -e . && /tmp/gz/bin/python scripts/build_world_gazetteer.py

The canonical names of `posture/lang/gazetteer.py` (the ones every other file uses) win
over the package's where they differ, through RENAMED below.
"""

import csv
import hashlib
import json
import re
from importlib import metadata
from pathlib import Path

import countryinfo

from posture import paths

OUT = paths.EXTERNAL / "world_countries.csv"
# The package's name -> the name the collection uses everywhere.
RENAMED = {"Czech Republic": "Czechia", "The Bahamas": "Bahamas", "The Gambia": "Gambia", "Swaziland": "Eswatini",
           "East Timor": "Timor-Leste", "Vatican City State": "Vatican City", "Republic of Macedonia": "North Macedonia",
           "Macedonia": "North Macedonia"}
# Dependent territories (ISO 3166-1 codes): places, not forces; "Guam Legislature" names no army.
TERRITORIES = frozenset(
    "ABW AIA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM FLK FRO GGY GIB GLP GRL GUF GUM HKG HMD IMN IOT JEY MAC "
    "MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA TKL UMI VGB VIR WLF ESH".split())
# Written forms worth reading in English prose: letters, spaces, hyphens and apostrophes, a capital first.
ENGLISH = re.compile(r"^[A-Z][A-Za-z' .-]+[a-z]$")


def rows():
    folder = Path(countryinfo.__file__).with_name("data")
    seen = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso = data.get("ISO") or {}
        iso3 = iso.get("alpha3") if isinstance(iso, dict) else ""
        capital = data.get("capital")
        if not iso3 or not data.get("demonym") or not isinstance(capital, str) or not capital:
            continue
        name = RENAMED.get(data["name"], data["name"])
        forms = [name, data["name"], *(data.get("altSpellings") or [])]
        aliases = []
        for form in forms:
            form = form.strip()
            if ENGLISH.match(form) and form not in aliases and not form.startswith(("Republic", "Kingdom", "State")):
                aliases.append(form)
        demonyms = [d.strip() for d in data["demonym"].split(",") if d.strip()]
        row = {"country": name, "iso_a3": iso3, "aliases": "; ".join(aliases), "demonyms": "; ".join(demonyms),
               "capital": capital.strip(), "sovereign": "no" if iso3 in TERRITORIES else "yes", "region": data.get("region") or "", "subregion": data.get("subregion") or ""}
        seen.setdefault(iso3, row)
    return sorted(seen.values(), key=lambda row: row["country"])


def main() -> int:
    table = rows()
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(table[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    version = metadata.version("countryinfo")
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    print(f"wrote {OUT.relative_to(paths.ROOT)}: {len(table)} countries from countryinfo {version}; sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
