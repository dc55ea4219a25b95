"""Command line: `python -m posture extract ARTICLE --out DIR`."""

import argparse
import sys
from pathlib import Path

from posture import ingest, pipeline
from posture.errors import InputError
from posture.collection.outputs import out_folder, write_files


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m posture",
        description="Turn a news article about troop deployments into tables.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="write every table for ARTICLE into DIR")
    extract.add_argument("article", type=Path, help="the article: a plain-text file or a saved web page (.html)")
    extract.add_argument("--out", required=True, help="folder to write the tables into")
    report = commands.add_parser("report", help="run every notebook on ARTICLE; tables, figures and notebooks into DIR")
    report.add_argument("article", type=Path, help="the article: a plain-text file or a saved web page (.html)")
    report.add_argument("--out", required=True, help="folder to write the report into")
    return parser


def run_extract(article_path: Path, out_dir) -> list[Path]:
    out_dir = out_folder(out_dir)
    article = ingest.read_article(article_path)
    if article.metadata.get("body_warning"):  # never silently: the reader is told where to look
        print(f"warning: {article.metadata['body_warning']}", file=sys.stderr)
    files = pipeline.extract(article)
    try:
        return write_files(out_dir, files)
    except OSError as error:
        raise InputError(f"{out_dir}: cannot write the tables there ({error.strerror or error})") from None


def run_report(article_path: Path, out_dir) -> list[str]:
    out_dir = out_folder(out_dir)
    from posture.collection.report import run_report as report  # imports nbclient only when asked

    try:
        return report(article_path, out_dir, progress=lambda line: print(line, flush=True),
                      progress_bar=sys.stdout.isatty())
    except OSError as error:
        raise InputError(f"{out_dir}: cannot write the report there ({error.strerror or error})") from None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            written = run_extract(args.article, args.out)
            print(f"wrote {len(written)} files to {args.out}")
        else:
            for line in run_report(args.article, args.out):
                print(line)
                if line.startswith("correction not applied"):  # loudly: the analyst's file needs a look
                    print(f"warning: {line}", file=sys.stderr)
            print(f"report written to {args.out}")
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0
