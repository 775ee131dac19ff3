"""Reading a corpus in each input format: articles/s of HTML extraction (trafilatura) and of WARC
and JSON Lines records, beside plain .txt files read in the same run (the baseline).

Each format holds the same synthetic articles. Two figures per format: the whole read (language
detection included) and the read with the languages already known (what a rebuild does: the
format's own cost stands out).

    .venv/bin/python bench/bench_ingest.py [--articles 300]
"""
from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_WORDS = ("council", "harbour", "minister", "bridge", "river", "protest", "ferry", "station", "market",
          "police", "budget", "school", "hospital", "storm", "election", "airport", "museum", "court")
_NAV = "".join(f"<li><a href='/{w}'>{w.title()}</a></li>" for w in _WORDS[:9])


def _paragraphs(rng: random.Random) -> list[str]:
    def sentence() -> str:
        words = rng.choices(_WORDS, k=rng.randint(8, 16))
        return f"The {' '.join(words)} was discussed on Tuesday in the city of Lyon."
    return [" ".join(sentence() for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(4, 9))]


def _page(title: str, url: str, paragraphs: list[str]) -> str:
    e = html.escape
    body = "".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{e(title)}</title>"
            f"<meta property='og:site_name' content='Bench Courier'><meta property='og:url' content='{url}'>"
            "<meta property='article:published_time' content='2024-03-05'>"
            f"<script>var tracking = {{'a': 1}};</script></head><body><nav><ul>{_NAV}</ul></nav><main><article>"
            f"<h1>{e(title)}</h1>{body}</article><aside><p>Most read today: more stories.</p></aside>"
            "<section class='comments'><p>A comment on the story.</p></section></main><footer>Contact us</footer></body></html>")


def write_formats(root: Path, count: int) -> dict[str, Path]:
    """The same ``count`` articles as .txt, .txt + sidecar, .jsonl, .html and .warc.gz folders."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(7)
    folders = {name: root / name for name in ("txt", "txt+sidecar", "jsonl", "html", "warc")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    lines = []
    with open(folders["warc"] / "crawl.warc.gz", "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n in range(count):
            paragraphs, title, url = _paragraphs(rng), f"Story {n}", f"https://bench.example/{n}"
            text = "\n".join(paragraphs) + "\n"
            meta = {"url": url, "title": title, "date_publish": "2024-03-05", "source_domain": "bench.example"}
            (folders["txt"] / f"a{n:05}.txt").write_text(text, encoding="utf-8")
            (folders["txt+sidecar"] / f"a{n:05}.txt").write_text(text, encoding="utf-8")
            (folders["txt+sidecar"] / f"a{n:05}.json").write_text(json.dumps(meta), encoding="utf-8")
            lines.append(json.dumps({**meta, "maintext": text}))
            page = _page(title, url, paragraphs)
            (folders["html"] / f"a{n:05}.html").write_text(page, encoding="utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode()),
                                                          http_headers=headers))
    (folders["jsonl"] / "crawl.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    return folders


def _rate(folder: Path, languages: dict[str, str] | None) -> tuple[float, int]:
    from kgraph.corpus import read_corpus

    start = time.perf_counter()
    read = read_corpus(folder, languages=languages)
    seconds = time.perf_counter() - start
    return len(read.articles) / seconds, len(read.articles)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    from kgraph.language import detect_language

    detect_language("warm the detector up with a sentence or two of English text")
    with tempfile.TemporaryDirectory() as tmp:
        folders = write_formats(Path(tmp), args.articles)
        print(f"{args.articles} articles per format; articles/s (higher is better)")
        print(f"{'format':14} {'read':>10} {'languages known':>16} {'vs .txt':>8}")
        baseline = None
        for name, folder in folders.items():
            cold, n = _rate(folder, None)
            known: dict[str, str] = {}
            _rate(folder, known)
            warm, _ = _rate(folder, known)
            baseline = baseline or warm
            print(f"{name:14} {cold:10.1f} {warm:16.1f} {warm / baseline:7.2f}x   ({n} read)")


if __name__ == "__main__":
    main()
