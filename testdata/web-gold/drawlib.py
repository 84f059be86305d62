"""Shared parts of the fresh draws (fresh5/draw.py, fresh7/draw.py, fresh8/draw.py): which web-news pages there
are, which a web-gold folder or the recogniser's training pages already hold, and the draw's rows."""
import glob
import os


def web_pages(src):
    """The names of SRC/*.html.gz without the extension, sorted."""
    return sorted(os.path.basename(p)[: -len(".html.gz")] for p in glob.glob(os.path.join(src, "*.html.gz")))


def gold_pages(main_dir, skip=(), ext=".html.gz"):
    """The names of the pages in MAIN_DIR/testdata/web-gold/*/ folders, but those of the folders in SKIP, found by
    their files NAME+EXT (".gold.tsv" finds the folders that keep no saved page, as fresh8)."""
    gold = set()
    for p in glob.glob(os.path.join(main_dir, "testdata", "web-gold", "*", "*" + ext)):
        if os.path.basename(os.path.dirname(p)) not in skip:
            gold.add(os.path.basename(p)[: -len(ext)])
    return gold


def trained_pages(main_dir):
    """The names of the recogniser's training pages (MAIN_DIR/loader/ner/modern/pages/NAME.txt)."""
    modern = os.path.join(main_dir, "loader", "ner", "modern", "pages")
    return set(n[: -len(".txt")] for n in os.listdir(modern) if n.endswith(".txt"))


def print_rows(rest, n):
    """One row per page in draw order, the first N drawn, the rest commented out."""
    for k, name in enumerate(rest):
        print("%s%d\t%s" % ("" if k < n else "# ", k + 1, name))
