"""Every path the collection uses, resolved from the repository root."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
RAW = DATA / "raw"
PROCESSED = DATA / "processed"
EXTERNAL = DATA / "external"
ANNOTATIONS = DATA / "annotations"
FIGURES = ROOT / "figures"
NOTEBOOKS = ROOT / "notebooks"

SEED_DATE = "2022-02-02"  # the seed's publication date: the charts' "as of" when an article gives none
SEED_ARTICLE = RAW / "dw_2022-02-02_us-troops-germany-poland.txt"
SEED_SHA256 = "60ed2ed459a6aeed79e57ab7b3ed65a7fb29c74d6242479163067496631974ea"
