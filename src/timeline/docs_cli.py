"""The command-line reference in docs/cli.md, generated from the click commands' ``--help``."""

from __future__ import annotations

import click

from .cli import main

__all__ = ["commands", "reference"]


def commands() -> list[tuple[str, click.Command]]:
    """Every command as (full name, command), groups expanded, in help order."""
    out: list[tuple[str, click.Command]] = []

    def walk(prefix: str, command: click.Command) -> None:
        out.append((prefix, command))
        if isinstance(command, click.Group):
            ctx = click.Context(command, help_option_names=["-h", "--help"])
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                if sub is not None and not sub.hidden:
                    walk(f"{prefix} {name}", sub)

    walk("timeline", main)
    return out


def reference() -> str:
    """Markdown: one section per command with its ``--help`` text."""
    parts = ["\n"]
    for name, command in commands():
        ctx = click.Context(
            command,
            info_name=name,
            terminal_width=100,
            max_content_width=100,
            help_option_names=["-h", "--help"],
        )
        parts.append(f"## `{name}`\n\n```text\n{command.get_help(ctx)}\n```\n\n")
    return "".join(parts)
