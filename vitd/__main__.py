"""Command line: ``python -m vitd validate [DIR]`` checks a content folder."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from vitd.content import SPECS, default_data_dir, load_content


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vitd", description="Vitamin D Explorer tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check every content file in a folder")
    validate.add_argument("directory", nargs="?", help="content folder (default: data/)")
    args = parser.parse_args(argv)

    folder = args.directory or str(default_data_dir())
    content = load_content(folder)
    if content.problems:
        for problem in content.problems:
            print(problem)
        count = len(content.problems)
        print(f"\n{count} problem{'s' if count != 1 else ''} found in {folder}.")
        return 1
    print(f"valid: {len(SPECS)} content files in {folder} checked, no problems found.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
