"""Run ofsted_ie over many texts on a Dask cluster and write JSON Lines.

    pip install -e ".[dask]"
    python examples/dask_pipeline.py 'corpus/**/*.txt' out/                   # a local cluster
    python examples/dask_pipeline.py 's3://bucket/articles/*.txt' s3://bucket/out/ \\
        --scheduler tcp://scheduler:8786                                      # a real cluster

The source is a glob that fsspec understands: local paths, or object storage (``s3://``
with ``s3fs`` installed, ``gs://`` with ``gcsfs``; the workers need the same
packages and credentials). Files are read on the workers, a partition of them at a
time; each worker process builds the extractor once, on its first partition, and
then extracts about as fast as one core does (see the README's performance figures).
The output is one ``part-N.jsonl`` file per partition, one Document per line, as
``ofsted-ie extract`` writes them; a file that cannot be read or decoded is an error
record, never a failed job. The work is ``ofsted_ie.dask.pipeline``: the workers
import it from the installed package.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ofsted_ie.dask import pipeline


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extract Ofsted records from many texts with Dask.")
    parser.add_argument("source", help="a glob: 'corpus/**/*.txt', 's3://bucket/articles/*.txt'")
    parser.add_argument("output", help="a folder (local or object storage) for part-N.jsonl files")
    parser.add_argument("--scheduler", help="a running cluster's scheduler address, e.g. tcp://host:8786")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    parser.add_argument("--partitions", type=int, help="partitions (default: one per file, at most 64)")
    args = parser.parse_args(argv)

    from distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True))
    with client:
        written = client.gather(client.compute(pipeline(args.source, args.output, partitions=args.partitions)))
    print(f"wrote {len(written)} files to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
