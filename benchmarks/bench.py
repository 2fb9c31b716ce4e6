"""Benchmark: ofsted_ie's throughput against a floor and a peer, parallel speed-up,
import time, memory while streaming, time on hostile and very large inputs, and the CPU
time to merge 10,000 generated documents into a history beside their extraction's.

    python benchmarks/bench.py            # the full run (about eight minutes on 2 cores)
    python benchmarks/bench.py --quick    # a smaller corpus and stream, for CI

The corpus is deterministic: the bundled example articles and generated articles
(``ofsted_ie.strategies.articles`` with hypothesis derandomised), at least 5 MB in the
full run. Each timing is a warm-up and then repeated runs; medians are reported with
their spread (min-max), and the ratios are taken within this one run on the same text.
Needs the ``test`` extra (hypothesis) and ``dateparser``.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex

    import ofsted_ie

ROOT = Path(__file__).resolve().parent.parent


def _generated(enough: Callable[[list[str]], bool]) -> list[str]:
    """Generated articles (``ofsted_ie.strategies.articles``, hypothesis derandomised)
    until ``enough`` of them."""
    from hypothesis import HealthCheck, Phase, given, settings

    from ofsted_ie.strategies import articles

    generated: list[str] = []

    @settings(derandomize=True, database=None, max_examples=100_000, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(articles(max_paragraphs=16))
    def collect(article: object) -> None:
        generated.append(article.text)  # type: ignore[attr-defined]
        if enough(generated):
            raise _Enough

    try:
        collect()
    except _Enough:
        pass
    return generated


def corpus(megabytes: float) -> list[str]:
    """The example articles and distinct generated articles, to at least ``megabytes``."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    wanted = int(megabytes * 1_000_000)
    generated = _generated(lambda got: sum(map(len, got)) >= wanted)
    size = sum(map(len, generated))
    # hypothesis may draw fewer distinct articles than asked: repeat them to the size
    while size < wanted:
        generated.extend(generated[: max(1, len(generated) // 2)])
        size = sum(map(len, generated))
    return texts + generated


def history_merge(count: int) -> dict[str, float]:
    """CPU seconds to extract ``count`` generated articles, and to merge their Documents
    into one history (entries and conflicts derived): at once, and as four partitions
    built apart and then merged, as a cluster would."""
    import ofsted_ie

    texts = _generated(lambda got: len(got) >= count)
    texts = (texts * (count // max(1, len(texts)) + 1))[:count]  # if hypothesis drew fewer
    extractor = ofsted_ie.default_extractor()
    # what generating left on the heap (hypothesis's records of its draws) is no part of
    # either timing: without this, collections scanning it cost the merge several times
    # its own time
    gc.collect()
    gc.freeze()
    try:
        return _timed_history(extractor, texts, count)
    finally:
        gc.unfreeze()


def _timed_history(extractor: ofsted_ie.Extractor, texts: list[str], count: int) -> dict[str, float]:
    import ofsted_ie

    start = time.process_time()
    docs = [extractor.extract(t, id=f"doc-{i}") for i, t in enumerate(texts)]
    extract = time.process_time() - start
    start = time.process_time()
    whole = ofsted_ie.history(docs)
    found = (whole.entries, whole.conflicts)
    merge = time.process_time() - start
    start = time.process_time()
    parts = ofsted_ie.History.merge(*(ofsted_ie.history(docs[i::4]) for i in range(4)))
    assert (parts.entries, parts.conflicts) == found
    partitions = time.process_time() - start
    return {"documents": count, "claims": len(whole.claims), "entries": len(found[0]), "conflicts": len(found[1]),
            "extract_cpu_s": round(extract, 2), "history_cpu_s": round(merge, 2),
            "history_4_partitions_cpu_s": round(partitions, 2)}


class _Enough(Exception):
    pass


def timed(func: Callable[[], object], repeats: int) -> list[float]:
    """Seconds of each of ``repeats`` runs after one warm-up run."""
    func()
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        out.append(time.perf_counter() - start)
    return out


def describe(seconds: Sequence[float], size: int, docs: int) -> dict[str, float]:
    median = statistics.median(seconds)
    return {
        "seconds_median": round(median, 4),
        "seconds_min": round(min(seconds), 4),
        "seconds_max": round(max(seconds), 4),
        "mb_per_s": round(size / 1e6 / median, 3),
        "docs_per_s": round(docs / median, 1),
    }


def keyword_floor_pattern() -> regex.Pattern[str]:
    """One compiled regex of every keyword the library's rules and dates look for."""
    import regex

    from ofsted_ie import dates
    from ofsted_ie._vocab import GRADE_PHRASES
    from ofsted_ie.rules import ALL_RULES

    words = ({t.lower() for rule in ALL_RULES for t in (*rule.triggers, *rule.cased_triggers)}
             | set(dates.DATE_TRIGGERS) | set(GRADE_PHRASES))
    return regex.compile(r"(?i:\L<keywords>)", keywords=sorted(words, key=len, reverse=True))


def import_seconds(python: str) -> float:
    """Median wall time of ``import ofsted_ie`` in a fresh interpreter, less a bare start."""
    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([python, "-c", code], check=True)
        return time.perf_counter() - start

    bare = statistics.median(run("pass") for _ in range(5))
    full = statistics.median(run("import ofsted_ie") for _ in range(5))
    return max(0.0, full - bare)


def stream_rss(count: int) -> dict[str, float]:
    """Peak RSS (MB) after the 1,000th and the last of ``count`` short documents streamed
    through ``extract_many`` in this process."""
    import itertools

    import ofsted_ie
    from ofsted_ie.strategies import FILLER

    def texts() -> Iterator[str]:
        for i in itertools.count():
            yield (f"Kent County Council was rated 'good' in {2010 + i % 15}. {FILLER[i % len(FILLER)]} "
                   f"About {i % 90 + 5} per cent of social workers were agency staff, document {i}.")

    marks: dict[str, float] = {}
    start = time.perf_counter()
    for n, _doc in enumerate(ofsted_ie.extract_many(itertools.islice(texts(), count)), 1):
        if n in (1_000, count):
            marks[f"rss_mb_at_{n}"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    marks["growth_mb"] = marks[f"rss_mb_at_{count}"] - marks["rss_mb_at_1000"]
    marks["seconds"] = round(time.perf_counter() - start, 1)
    return marks


def _table(rows: int) -> str:
    """A tab-separated workforce table of ``rows`` council rows (the gazetteer's names
    in turn) under a header of four figure columns."""
    from ofsted_ie.gazetteer import load_gazetteer

    names = sorted(load_gazetteer().names)
    lines = ["Local authority\tVacancy rate\tAgency staff\tTurnover\tAverage caseload"]
    for i in range(rows):
        lines.append(f"{names[i % len(names)]}\t{i % 40}.{i % 10}%\t{(i * 7) % 30}.5%\t{(i * 3) % 25}%\t{10 + i % 15}")
    return "\n".join(lines) + "\n"


def _hostile(size: int) -> dict[str, str]:
    """Hostile inputs of about ``size`` characters each: degenerate text, and dense runs
    of what every family looks for."""
    def fill(unit: str) -> str:
        return unit * max(size // len(unit), 1)

    return {
        "open_quotes": '"' * size,
        "per_cent": fill("per cent "),
        "line_without_spaces": "x" * size,
        "nested_quotes": "\"'" * (size // 100) + "x" + "'\"" * (size // 100),
        "council_names": fill("Kent "),
        "open_single_quote_lines": fill("'a b c\n"),
        "inspections": fill("inspection "),
        "inspection_sentences": fill("Kent was inspected in March 2019 and visited again in May. "),
        "grades": fill("Kent was rated 'good' and Essex 'inadequate' for leadership. "),
        "quotes": fill('Jane Smith, the council\'s head of social care, told us: "We are pleased with the report." '),
        "dates": fill("in March 2019, on 6 October, last year, "),
        "tab_table": _table(max(size // 60, 1)),
    }


def pathological(small: int, large: int) -> dict[str, dict[str, float]]:
    """Seconds to extract each hostile input at ``large`` characters, and the ratio to
    its time at ``small``: for linear work it is near ``large / small``. ``warnings``
    counts rules stopped by their safety net on the large input (0 expected)."""
    import ofsted_ie

    out = {}
    smaller = _hostile(small)
    for name, text in _hostile(large).items():
        seconds = []
        for sample in (smaller[name], text):
            start = time.process_time()
            doc = ofsted_ie.extract(sample)
            seconds.append(time.process_time() - start)
        out[name] = {"seconds": round(seconds[1], 3), "large_over_small": round(seconds[1] / max(seconds[0], 1e-6), 2),
                     "warnings": len(doc.warnings)}
    return out


def ten_megabytes() -> dict[str, dict[str, float]]:
    """Seconds (CPU) to extract each hostile input at 10 MB, the CLI's largest input."""
    import ofsted_ie

    out = {}
    for name, text in _hostile(10_000_000).items():
        start = time.process_time()
        doc = ofsted_ie.extract(text)
        out[name] = {"seconds": round(time.process_time() - start, 1), "warnings": len(doc.warnings)}
    return out


def large_document(repeats: int, megabytes: int = 5) -> dict[str, object]:
    """Seconds to extract from one paragraph of ``megabytes`` MB of a council's name
    repeated, whether every span stays inside the text, and how many rules ran out of time."""
    import ofsted_ie

    # This was a test case; it moved here because what it showed was speed at scale.
    text = "Kent " * (200_000 * megabytes)
    seconds = []
    for _ in range(repeats):  # no warm-up run: the rules were compiled by the runs above
        start = time.perf_counter()
        doc = ofsted_ie.extract(text)
        seconds.append(time.perf_counter() - start)
    result: dict[str, object] = dict(describe(seconds, len(text), 1))
    fields = ("authorities", "ratings", "percentages", "caseloads", "quotes", "inspections", "people")
    result["spans_in_bounds"] = all(0 <= r.start <= r.end <= len(text) for f in fields for r in getattr(doc, f))
    result["rules_timed_out"] = len(doc.warnings)
    return result


def report_text(folder: Path, repeats: int, limit: int | None = None) -> dict[str, float]:
    """CPU seconds to extract the reading text of the report PDFs under ``folder`` (the
    first ``limit`` of them, if given; the PDF parsing, pypdf's, is timed apart): long
    texts with few records."""
    from ofsted_ie import default_extractor
    from ofsted_ie.pdf import read_pdf

    paths = sorted(folder.rglob("*.pdf"))[:limit]
    start = time.process_time()
    texts = [read_pdf(p).reading for p in paths]
    reading = time.process_time() - start
    size = sum(len(t.encode("utf-8")) for t in texts)
    extractor = default_extractor()
    for t in texts:  # warm-up: the patterns each text's rules build on first use
        extractor.extract(t)
    seconds = []
    for _ in range(repeats):
        start = time.process_time()
        for t in texts:
            extractor.extract(t)
        seconds.append(time.process_time() - start)
    cpu = statistics.median(seconds)
    return {"reports": len(texts), "megabytes": round(size / 1e6, 2), "cpu_seconds_median": round(cpu, 3),
            "mb_per_cpu_s": round(size / 1e6 / cpu, 2), "pdf_reading_cpu_seconds": round(reading, 2)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run for CI: 0.25 MB corpus, 2,000 streamed documents, hostile inputs of 100 kB, a history of 500, "
                             "a 1 MB document, 10 report PDFs, 2 repeats")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--reports", type=Path, metavar="DIR",
                        help="also time report text: the reading text of the PDFs under DIR (needs the pdf extra)")
    args = parser.parse_args(argv)
    megabytes, stream, repeats = (0.25, 2_000, 2) if args.quick else (5.0, 100_000, 3)

    import ofsted_ie

    texts = corpus(megabytes)
    size = sum(len(t.encode("utf-8")) for t in texts)
    extractor = ofsted_ie.default_extractor()
    results: dict[str, object] = {"corpus": {"documents": len(texts), "megabytes": round(size / 1e6, 2)}}

    extract = describe(timed(lambda: [extractor.extract(t) for t in texts], repeats), size, len(texts))
    floor_pattern = keyword_floor_pattern()
    floor = describe(timed(lambda: [sum(1 for _ in floor_pattern.finditer(t)) for t in texts], repeats), size, len(texts))
    results["extract"], results["floor"] = extract, floor

    # the peer is slow: compare on the first documents only, extracting from the same ones
    from dateparser.search import search_dates

    sample = texts[: 30 if args.quick else 150]
    sample_size = sum(len(t.encode("utf-8")) for t in sample)
    peer = describe(timed(lambda: [search_dates(t, languages=["en"]) for t in sample], 1), sample_size, len(sample))
    ours = describe(timed(lambda: [extractor.extract(t) for t in sample], repeats), sample_size, len(sample))
    peer_found = sum(len(search_dates(t, languages=["en"]) or ()) for t in sample)
    docs = [extractor.extract(t) for t in sample]
    ours_found = sum(len(getattr(d, k)) for d in docs for k in ("ratings", "percentages", "caseloads", "quotes",
                                                                 "inspections", "people", "authorities"))
    ours_dates = sum(len(extractor.context(t).date_mentions) for t in sample)
    results["peer_search_dates"] = {**peer, "dates_found": peer_found}
    results["extract_on_peer_sample"] = {**ours, "records_found": ours_found, "dates_found": ours_dates}

    jobs = {}
    for n in (1, 2):
        def run(n: int = n) -> object:
            return list(extractor.extract_many(texts, jobs=n, chunksize=32))

        jobs[n] = describe(timed(run, 1), size, len(texts))
    results["extract_many_jobs_1"], results["extract_many_jobs_2"] = jobs[1], jobs[2]

    merged = 500 if args.quick else 10_000
    results[f"history_{merged}_documents"] = history_merge(merged)
    results["import_seconds"] = round(import_seconds(sys.executable), 3)
    results["stream"] = stream_rss(stream)
    small, large = (25_000, 100_000) if args.quick else (250_000, 1_000_000)
    results[f"pathological_{small // 1000}kb_to_{large // 1000}kb"] = pathological(small, large)
    if not args.quick:
        results["ten_megabytes_seconds"] = ten_megabytes()
    results["large_document_mb"] = large_document(1 if args.quick else repeats, 1 if args.quick else 5)
    if args.reports is not None:
        results["report_text"] = report_text(args.reports, repeats, 10 if args.quick else None)
    results["ratios"] = {
        "extract_over_floor": round(floor["mb_per_s"] / extract["mb_per_s"], 1),
        "peer_over_extract": round(ours["mb_per_s"] / peer["mb_per_s"], 1),
        "jobs2_speedup": round(jobs[2]["mb_per_s"] / jobs[1]["mb_per_s"], 2),
    }
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
