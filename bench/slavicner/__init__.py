"""SlavicNER evaluation for bench/bench_slavicner.py: the reader, the metrics and the two predictors.

It lives beside the benchmark, outside ``kgraph/``: kgraph never runs it, and it needs the
SlavicNER data (given by path, never copied here) and the raw models (Natasha, spaCy) directly.
"""
