"""The course site (`make html`, Sphinx + myst-nb) in a real browser: Debian's chromium driven
by Playwright opens the index and every page, served from this machine (127.0.0.1), and checks
titles, links, images and alt text, previous/next links, search, the gallery, and that no
request leaves the machine."""

import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import nbformat
import pytest

from posture import paths
from posture.collection import course

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("POSTURE_REQUIRE_BROWSER"),
    reason="Debian's chromium is not installed (apt-get install chromium; .ci/run installs it)")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("course")
    return course.build(out / "site", out / "source").parent


def test_the_source_tree_has_stages_and_student_copies_but_no_solutions(site, tmp_path):
    toc = course.write_source(tmp_path / "source")
    assert toc["Stages"] == [f"stages/{p.stem}" for p in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))]
    assert toc["Exercises"] == [f"exercises/{p.stem}" for p in
                                sorted((paths.NOTEBOOKS / "exercises").glob("[0-9][0-9]-*.ipynb"))]
    assert not list((tmp_path / "source").rglob("solutions"))
    assert not [p for p in site.rglob("*.html") if "solution" in p.name or "solutions" in p.parts]


def test_prepare_escapes_article_text_and_moves_alt_text_where_myst_nb_reads_it():
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("show()")
    hostile = '<script>alert("x")</script>'
    cell.outputs = [nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo=", "text/plain": ""},
                                           metadata={"image/png": {"alt": "Bars: A 3, B 2"}}),
                    nbformat.v4.new_output("display_data", data={"text/html": f"<table><tr><td>{hostile}</td></tr></table>",
                                                                 "text/plain": ""})]
    notebook.cells = [cell]
    prepared = course.prepare(notebook)
    assert prepared.cells[0].metadata["mystnb"]["image"]["alt"] == "Bars: A 3, B 2"
    assert "<script>" not in prepared.cells[0].outputs[1]["data"]["text/html"]


@pytest.fixture()
def server(site):
    """The site over HTTP on 127.0.0.1 (Sphinx's search fetches pages, which a file:// page may not)."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@needs_browser
def test_every_page_in_a_real_browser(site, server):
    from playwright.sync_api import sync_playwright
    assert CHROMIUM, "Debian's chromium is needed: apt-get install chromium"

    def url(path: Path) -> str:
        return server + path.relative_to(site).as_posix()

    left_machine, failed = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()

        def route(route_, request):
            if request.url.startswith((server, "data:", "about:")):
                route_.continue_()
            else:
                left_machine.append(request.url)
                route_.abort()
        page.route("**/*", route)
        page.on("requestfailed", lambda request: failed.append((request.url, request.failure)))

        index = site / "index.html"
        page.goto(url(index))
        assert page.title().startswith(course.PROJECT)
        sidebar = page.locator("div.sphinxsidebar")
        assert sidebar.locator("p.caption", has_text="Stages").count() == 1
        assert sidebar.locator("p.caption", has_text="Exercises").count() == 1
        pages = [_resolve(index, href) for href in page.locator("div.toctree-wrapper a.reference.internal")
                 .evaluate_all("links => links.map(a => a.getAttribute('href'))")]
        expected = 4 + 5 + 1  # stages, exercises, gallery
        assert len(pages) == expected and all(p.exists() for p in pages)

        for number, path in enumerate(pages):
            page.goto(url(path))
            h1 = page.locator("h1").first.inner_text().rstrip("¶").strip()
            assert page.title() == f"{h1} — {course.PROJECT}", path
            assert page.title() != "Notebook" and not h1.startswith("Notebook")
            # previous and next
            previous = page.locator("link[rel=prev]").get_attribute("href")
            assert _resolve(path, previous) == (pages[number - 1] if number else index), path
            if number < len(pages) - 1:
                assert _resolve(path, page.locator("link[rel=next]").get_attribute("href")) == pages[number + 1]
            assert page.locator("div.related a", has_text=h1).count() == 0  # the bar links other pages
            # every link to a page of the site resolves to a file
            for href in page.locator("a[href]").evaluate_all("links => links.map(a => a.getAttribute('href'))"):
                if not re.match(r"^[a-z]+:", href) and not href.startswith("#"):
                    assert _resolve(path, href).exists(), f"{path.name}: broken link {href}"
            # every image loaded, with real alt text
            images = page.locator("img").evaluate_all(
                "imgs => imgs.map(i => ({alt: i.getAttribute('alt') || '', ok: i.complete && i.naturalWidth > 0, src: i.getAttribute('src')}))")
            for image in images:
                assert image["ok"], f"{path.name}: {image['src']} did not load"
                assert len(image["alt"]) > 40 and not image["alt"].endswith(".png"), f"{path.name}: alt {image['alt']!r}"
                assert "No description has been provided" not in image["alt"]
            if path.name == "04-chart-force-posture.html":
                assert len(images) >= 3
            if path.name == "gallery.html":
                assert len(images) == len(list(paths.FIGURES.glob("*.png")))

        # search works from disk
        page.goto(url(site / "search.html") + "?q=Kirby")
        page.wait_for_selector("#search-results ul.search li", timeout=15000)
        hits = page.locator("#search-results ul.search li a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert any("count-who-speaks" in h or "tabulate-quotes" in h for h in hits), hits
        browser.close()
    assert left_machine == []
    assert failed == []


def _resolve(base: Path, href: str) -> Path:
    target = unquote(urlparse(href).path)
    return (base.parent / target).resolve() if target else base
