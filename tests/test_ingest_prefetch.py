"""The pool hands a busy worker its next task ahead (but not the input's last chunks), a worker
reads its tasks on a thread of its own, and a lost worker's waiting task is sent again as it was.
No model and no worker processes: the pool's bookkeeping is driven by hand."""

from __future__ import annotations

import multiprocessing
from collections import deque
from typing import Any

import pytest

from newsevents.ingest.pool import PREFETCH, WorkerPool, _Task, _Worker
from newsevents.ingest.worker import Outbox, inbox
from newsevents.records import Article


class _Conn:
    """A pipe end that keeps what is sent."""

    def __init__(self) -> None:
        self.sent: list[Any] = []

    def send(self, message: Any) -> None:
        self.sent.append(message)

    def close(self) -> None:
        pass


class _Process:
    pid = 1
    exitcode = -9


def _pool(workers: int, monkeypatch: pytest.MonkeyPatch) -> WorkerPool:
    monkeypatch.setattr(WorkerPool, "_start_worker", lambda self: None)
    pool = WorkerPool(0)
    pool._workers = [_Worker(_Process(), _Conn(), ready=True) for _ in range(workers)]  # type: ignore[arg-type]
    pool.size = workers
    return pool


def _tasks(n: int, size: int = 2) -> deque[_Task]:
    return deque(_Task(i, [Article(id=f"{i}-{j}", text="x") for j in range(size)]) for i in range(n))


@pytest.mark.parametrize(("queued", "exhausted", "held"), [
    (5, False, [2, 2]),  # idle workers first, then one task ahead each
    (3, False, [2, 1]),
    (1, False, [1, 0]),
    (3, True, [1, 1]),   # the input's last chunk per worker goes to an idle worker only
    (5, True, [2, 1]),
    (6, True, [2, 2]),
])
def test_ingest_prefetch_dispatch_fills_idle_workers_then_one_ahead(
        queued: int, exhausted: bool, held: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    pool = _pool(2, monkeypatch)
    queue = _tasks(queued)
    pool._dispatch(queue, exhausted=exhausted)
    assert [len(w.tasks) for w in pool._workers] == held
    assert max(held) <= PREFETCH
    sent = sorted(t.slot for w in pool._workers for t in w.tasks)
    assert sent == list(range(sum(held)))  # in input order, none skipped
    assert [t.slot for t in queue] == list(range(sum(held), queued))


def test_ingest_prefetch_lost_worker_retries_its_running_task_and_resends_the_waiting_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pool = _pool(1, monkeypatch)
    queue = _tasks(3)
    pool._dispatch(queue, exhausted=False)
    [worker] = pool._workers
    assert [t.slot for t in worker.tasks] == [0, 1]
    parts: dict[int, list[Any]] = {}
    pool._lose(worker, queue, {}, parts, "killed by signal SIGKILL")
    assert pool.lost == 1  # the running task only
    assert [(t.slot, t.part, t.attempts, len(t.articles)) for t in queue] == [
        (0, 0, 1, 1), (0, 1, 1, 1),  # the running chunk, article by article
        (1, None, 0, 2),             # the waiting chunk, as it was
        (2, None, 0, 2),
    ]
    assert parts == {0: [None, None]}


@pytest.mark.parametrize("messages", [[], ["a"], [("k", [1, 2]), "b", {"c": 3}]])
def test_ingest_prefetch_worker_inbox_keeps_order_and_ends_with_none(messages: list[Any]) -> None:
    parent, child = multiprocessing.Pipe()
    for message in messages:
        parent.send(message)
    parent.send(None)
    got = inbox(child)
    assert [got.get(timeout=10) for _ in messages] == messages
    assert got.get(timeout=10) is None


def test_ingest_prefetch_worker_inbox_ends_when_the_parent_is_gone() -> None:
    parent, child = multiprocessing.Pipe()
    parent.send("task")
    parent.close()
    got = inbox(child)
    assert got.get(timeout=10) == "task"
    assert got.get(timeout=10) is None


@pytest.mark.parametrize("messages", [[], [("k", [Article(id="a", text="x")])], ["a", ("b", 1), None, 4.5]])
def test_ingest_prefetch_worker_outbox_sends_in_order(messages: list[Any]) -> None:
    parent, child = multiprocessing.Pipe()
    results = Outbox(child)
    for message in messages:
        results.send(message)
    results.close()
    assert [parent.recv() for _ in messages] == messages
    assert not parent.poll()


def test_ingest_prefetch_worker_outbox_closes_when_the_parent_is_gone() -> None:
    parent, child = multiprocessing.Pipe()
    parent.close()
    results = Outbox(child)
    results.send("x" * 1_000_000)
    results.close()  # returns: the broken pipe ends the writing thread
