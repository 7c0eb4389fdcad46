"""How the English model multiplies its matrices: numpy's BLAS, on one thread.

Most of the time spaCy spends on an article goes into the small matrix products of its
networks (the embedding and the parser's and entity recogniser's hidden layers). thinc's CPU
backend, ``NumpyOps``, does them with the ``blis`` library by default. Where numpy's own BLAS is
OpenBLAS or MKL (numpy's wheels ship OpenBLAS), the same products through numpy are about a
quarter faster for the whole model on the machines we measured, and give the same parses
(``tests/test_blas.py``; ``bench/throughput.py`` measures the speed). So the pipeline's model
is built with ``NumpyOps(use_blis=False)``: :func:`model_ops`, used when it is loaded.

numpy's BLAS starts a thread per core and uses them on larger products. Each extraction process
already keeps a core busy (a pool runs one per core), so more threads only contend with it:
the model runs with one BLAS thread (:func:`one_blas_thread`, around each step of ``nlp.pipe``;
the caller's own setting is back in force between articles).

``NEWSEVENTS_BLIS=1`` keeps thinc's default. A GPU backend, Apple's ops or any backend other
than the plain ``NumpyOps`` is left as it is.
"""

from __future__ import annotations

import functools
import os
from contextlib import AbstractContextManager, nullcontext
from typing import Any

# numpy's BLAS libraries whose matrix products we measured faster than blis's.
FAST_BLAS = frozenset({"openblas", "mkl"})


@functools.lru_cache(maxsize=1)
def _controller() -> Any:
    """threadpoolctl's view of the BLAS libraries loaded now (numpy's among them), or ``None``
    where it cannot look (then nothing changes); built once, as looking for them takes a
    fraction of a millisecond and a limit then costs microseconds."""
    import numpy  # noqa: F401  (loads numpy's BLAS, so the controller finds it)
    from threadpoolctl import ThreadpoolController

    try:
        return ThreadpoolController()
    except Exception:  # an unusual platform: keep thinc's defaults rather than fail to load
        return None


def numpy_blas() -> str | None:
    """The BLAS numpy calls (``"openblas"``, ``"mkl"``...), or ``None`` if none is found."""
    controller = _controller()
    for info in controller.info() if controller is not None else ():
        if info.get("user_api") == "blas":
            return str(info.get("internal_api"))
    return None


def use_numpy_blas() -> bool:
    """Whether models are built to multiply through numpy (see the module's docstring)."""
    from thinc.api import NumpyOps, get_current_ops

    if os.environ.get("NEWSEVENTS_BLIS", "").strip() in ("1", "true", "yes"):
        return False
    return type(get_current_ops()) is NumpyOps and numpy_blas() in FAST_BLAS


def model_ops() -> AbstractContextManager[Any]:
    """The context to load a spaCy pipeline in, so that its layers keep numpy's matrix products."""
    if not use_numpy_blas():
        return nullcontext()
    from thinc.api import use_ops

    return use_ops("numpy", use_blis=False)


def one_blas_thread() -> AbstractContextManager[Any]:
    """numpy's BLAS on one thread for the duration of the context."""
    controller = _controller()
    if controller is None:
        return nullcontext()
    limit: AbstractContextManager[Any] = controller.limit(limits=1, user_api="blas")
    return limit
