"""Every command has help and is documented in the README; errors are one line, not a traceback."""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from wirecoder.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, command in group.commands.items():
        out.append((prefix + name, command))
        if isinstance(command, click.Group):
            out.extend(_commands(command, prefix + name + " "))
    return out


def test_every_command_has_help_text_and_is_in_the_readme():
    runner = CliRunner()
    for name, command in _commands(main):
        assert command.help, f"`wirecoder {name}` has no help text"
        result = runner.invoke(main, name.split() + ["--help"])
        assert result.exit_code == 0, result.output
        top = name.split()[0]
        assert f"`{top}`" in README, f"`wirecoder {top}` is not documented in README.md"


def test_every_extract_option_is_listed_in_help():
    result = CliRunner().invoke(main, ["extract", "--help"])
    for option in ("--out", "--db", "--published", "--workers", "--progress"):
        assert option in result.output


def test_bad_published_date_is_a_clear_usage_error():
    result = CliRunner().invoke(main, ["extract", "x.txt", "--published", "2025-02-30"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_eval_on_a_missing_file_is_one_coded_line(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "[W302]" in result.output and "Traceback" not in result.output


def test_eval_on_an_unknown_format_says_which_formats_exist(tmp_path):
    gold = tmp_path / "odd.jsonl"
    gold.write_text('{"id": "1", "text": "x", "stuff": []}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code == 2 and "[W301]" in result.output and "timexes" in result.output


def test_one_version_for_the_package_the_cli_and_stored_analyses() -> None:
    # `extract` stamps each stored analysis with PIPELINE_VERSION and tells a user which
    # documents an older release analysed (W208): that stamp is the version pip and
    # `wirecoder --version` report, so bumping the release bumps it
    import importlib.metadata

    from wirecoder import __version__
    from wirecoder.records import PIPELINE_VERSION

    out = CliRunner().invoke(main, ["--version"])
    assert out.exit_code == 0 and PIPELINE_VERSION in out.output
    assert importlib.metadata.version("wirecoder") == PIPELINE_VERSION == __version__


def test_every_environment_setting_is_documented_in_the_readme():
    import re

    src = Path(__file__).resolve().parents[1] / "src" / "wirecoder"
    names = {m for f in src.rglob("*.py")
             for m in re.findall(r"WIRECODER_[A-Z_]+[A-Z]", f.read_text(encoding="utf-8"))}
    assert names, "no settings found: the scan is broken"
    missing = sorted(n for n in names if f"`{n}" not in README)
    assert not missing, f"settings not documented in README.md: {missing}"
