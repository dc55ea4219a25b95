"""Command line: `python -m posture extract ARTICLE --out DIR`."""

import argparse
import sys
from pathlib import Path

from posture import ingest, pipeline
from posture.errors import InputError
from posture.outputs import write_files


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m posture",
        description="Turn a news article about troop deployments into tables.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="write every table for ARTICLE into DIR")
    extract.add_argument("article", type=Path, help="the article: a plain-text file")
    extract.add_argument("--out", type=Path, required=True, help="folder to write the tables into")
    return parser


def run_extract(article_path: Path, out_dir: Path) -> list[Path]:
    article = ingest.read_article(article_path)
    files = pipeline.extract(article)
    try:
        return write_files(out_dir, files)
    except OSError as error:
        raise InputError(f"{out_dir}: cannot write the tables there ({error.strerror or error})") from None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        written = run_extract(args.article, args.out)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"wrote {len(written)} files to {args.out}")
    return 0
