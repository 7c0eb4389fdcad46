"""spaCy builds a new ``Token`` object on every access, so ``tok.head is tok`` is never true: a
test of the same position must compare indices (``tok.head.i == tok.i``). This reads the source
tree (no model) so that identity tests on a token's head cannot come back."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "newsevents"


def head_identity_tests(text: str) -> list[str]:
    """The ``X.head is Y`` / ``X.head is not Y`` comparisons (``.head`` on either side, neither
    side a constant such as ``None``) in a module's text."""
    out = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, sides, sides[1:], strict=False):
            if not isinstance(op, (ast.Is, ast.IsNot)) or any(isinstance(s, ast.Constant) for s in (left, right)):
                continue
            if any(isinstance(s, ast.Attribute) and s.attr == "head" for s in (left, right)):
                out.append(f"{node.lineno}: {ast.unparse(node)}")
    return out


@pytest.mark.parametrize("text, found", [
    ("x = tok.head is tok", 1),
    ("x = tok.head is not tok", 1),
    ("x = tok is other.head", 1),
    ("x = a < b and tok.head is not tok", 1),
    ("x = tok.head.i == tok.i", 0),
    ("x = tok.head is None", 0),
    ("x = tok is other", 0),
])
def test_token_identity_detector(text: str, found: int) -> None:
    assert len(head_identity_tests(text)) == found


def test_token_identity_none_in_source() -> None:
    paths = sorted(SRC.rglob("*.py"))
    assert len(paths) > 50
    found = [f"{p.relative_to(SRC)}:{hit}" for p in paths for hit in head_identity_tests(p.read_text(encoding="utf-8"))]
    assert not found, "compare token positions by index (.i), not identity:\n" + "\n".join(found)
