"""Print one fingerprint of every table extracted from the fixtures, the seed and 200 corpus articles.

Run it before and after a speed change: equal fingerprints mean the change left every
table byte-identical. `python bench/fingerprint.py`
"""

import hashlib
import json

from posture import ingest, paths, pipeline
from run import FIXTURES, corpus


def main() -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts.append(paths.SEED_ARTICLE.read_text(encoding="utf-8"))
    texts += corpus(200)
    digest = hashlib.sha256()
    for text in texts:
        files = pipeline.extract(ingest.parse(text))
        for name in sorted(files):
            value = files[name]
            content = value.to_csv(index=False) if hasattr(value, "to_csv") else json.dumps(value, sort_keys=True)
            digest.update(name.encode() + content.encode())
    print(f"{len(texts)} articles: {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
