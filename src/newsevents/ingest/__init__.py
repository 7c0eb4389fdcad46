"""The ingest layer: read inputs, extract the articles not stored yet, write them to the store.

- :mod:`~newsevents.ingest.batch`: reading with a report of what could not be read;
- :mod:`~newsevents.ingest.serial`: the in-process ingest and the batch writer;
- :mod:`~newsevents.ingest.pool` / :mod:`~newsevents.ingest.parallel`: extraction on a process pool;
- :mod:`~newsevents.ingest.cluster` / :mod:`~newsevents.ingest.parquet`: extraction on a Dask
  cluster, and its Parquet datasets.

This layer sits above the stages and the store: it imports both, and neither imports it.
Nothing is imported here, so that Dask and the pool load only when a run asks for them.
"""
