"""One small corpus written in every input format kgraph reads, for the format tests.

The articles are made up for these tests: an outlet named by its site name and one named only by
its domain, relative dates ("on Tuesday"), a named speaker, reporting without a speaker, and the
outlet named in its own text.
"""
from __future__ import annotations

import gzip
import html
import io
import json
from dataclasses import dataclass
from pathlib import Path

__all__ = ["NewsItem", "ITEMS", "text_of", "write_txt", "write_jsonl", "write_html", "write_warc", "page_of"]


@dataclass(frozen=True)
class NewsItem:
    name: str
    url: str
    title: str
    published: str  # news-please's date_publish
    site: str  # "" when only the domain names the outlet
    domain: str
    authors: tuple[str, ...]
    language: str
    paragraphs: tuple[str, ...]


ITEMS: tuple[NewsItem, ...] = (
    NewsItem(
        "bridge", "https://www.riverside-courier.example/news/2023/05/bridge-protest",
        "Activists detained at bridge protest", "2023-05-04 09:30:00", "Riverside Courier",
        "riverside-courier.example", ("Mara Quill",), "en",
        ("Police detained two environmental activists in Lyon on Tuesday during a protest against "
         "the new bridge.",
         "The mayor of Lyon, Gregoire Fabre, said the protest had been peaceful.",
         "The activists were released on Wednesday, it was reported.")),
    NewsItem(
        "council", "https://riverside-courier.example/news/2023/05/council-vote", "Council backs ferry plan",
        "2023-05-11", "", "riverside-courier.example", ("Tomas Brill", "Ana Vidal"), "en",
        ("The city council of Lyon approved a new ferry line on Monday.",
         "Gregoire Fabre told the Riverside Courier that the first boats would sail in June.",
         "Residents said the ferry would shorten their journeys.")),
)


def text_of(item: NewsItem) -> str:
    """The article's text as every format must give it (news-please's maintext)."""
    return "\n".join(item.paragraphs) + "\n"


def record_of(item: NewsItem) -> dict:
    """A news-please record of the article."""
    return {"url": item.url, "title": item.title, "date_publish": item.published, "date_modify": None,
            "source_domain": item.domain, "language": item.language, "authors": list(item.authors),
            "description": item.paragraphs[0][:60], "maintext": text_of(item), "image_url": None,
            "localpath": None, "filename": item.name + ".json"}


def sidecar_of(item: NewsItem) -> dict:
    """The metadata alone, with the site name where the outlet has one (and an unknown field)."""
    record = {k: v for k, v in record_of(item).items() if k != "maintext"}
    if item.site:
        record["sitename"] = item.site
    record["crawler_note"] = {"kept": "or ignored"}
    return record


def write_txt(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for item in ITEMS:
        (folder / f"{item.name}.txt").write_text(text_of(item), encoding="utf-8")
        (folder / f"{item.name}.json").write_text(json.dumps(sidecar_of(item)), encoding="utf-8")
    return folder


def write_jsonl(folder: Path, *, compressed: bool = False, extra_lines: tuple[str, ...] = ()) -> Path:
    """news-please records, one per line (site names as trafilatura's ``sitename``)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({**record_of(item), **({"sitename": item.site} if item.site else {})},
                        ensure_ascii=False) for item in ITEMS]
    data = ("\n".join([*lines, *extra_lines]) + "\n").encode("utf-8")
    path = folder / ("crawl.jsonl.gz" if compressed else "crawl.jsonl")
    path.write_bytes(gzip.compress(data) if compressed else data)
    return path


def page_of(item: NewsItem) -> str:
    """The article's web page: metadata in the head, menus, the article, comments, a footer."""
    e = html.escape
    site = f'<meta property="og:site_name" content="{e(item.site)}">' if item.site else ""
    authors = "".join(f'<meta name="author" content="{e(a)}">' for a in item.authors[:1])
    body = "".join(f"<p>{e(p)}</p>" for p in item.paragraphs)
    return (f'<!DOCTYPE html><html lang="{item.language}"><head><meta charset="utf-8">'
            f"<title>{e(item.title)}</title><meta property=\"og:title\" content=\"{e(item.title)}\">{site}"
            f'<meta property="og:url" content="{e(item.url)}">{authors}'
            f'<meta property="article:published_time" content="{item.published[:10]}T09:30:00+00:00">'
            "</head><body><header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
            "<li><a href=\"/sport\">Sport</a></li></ul></nav></header><main><article>"
            f"<h1>{e(item.title)}</h1>{body}</article>"
            '<section class="comments"><h2>Comments</h2><div class="comment"><p>First! Totally agree '
            "with everything written here, see my blog.</p></div></section></main>"
            "<footer><p>Subscribe to our newsletter for more stories every morning.</p></footer></body></html>")


def write_html(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for item in ITEMS:
        (folder / f"{item.name}.html").write_text(page_of(item), encoding="utf-8")
    return folder


def write_warc(folder: Path, *, extra: tuple[tuple[str, str, bytes], ...] = ()) -> Path:
    """A gzipped WARC of each page's request and response (``extra``: more responses as
    (URI, content type, body))."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        responses = [(item.url, "text/html; charset=utf-8", page_of(item).encode("utf-8")) for item in ITEMS]
        for uri, kind, body in [*responses, *extra]:
            request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                                http_headers=StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True))
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            response = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                                 warc_headers_dict={"WARC-Date": "2023-06-01T12:00:00Z"})
            writer.write_record(request)
            writer.write_record(response)
    return path
