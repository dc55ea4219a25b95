import hashlib

from posture import paths


def test_seed_article_is_byte_for_byte_the_recorded_file():
    data = paths.SEED_ARTICLE.read_bytes()
    assert hashlib.sha256(data).hexdigest() == paths.SEED_SHA256
    assert len(data) == 7340


def test_source_note_records_the_checksum():
    assert paths.SEED_SHA256 in (paths.RAW / "SOURCE.md").read_text(encoding="utf-8")
