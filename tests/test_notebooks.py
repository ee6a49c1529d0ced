"""Every notebook runs headless on the sample corpus's output and draws every figure it saves."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))
SHOW = re.compile(r"""show\(.*,\s*["']([\w-]+)["']\)\s*$""", re.MULTILINE)  # show(fig, "name") saves name.png


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    from pipeline.runner import run

    out = tmp_path_factory.mktemp("sample") / "out"
    run([str(REPO / "corpus" / "sample")], out, labels=("PER", "LOC", "ORG", "DATE", "QUOTED"), workers=1,
        tokens=True, progress=False)
    return out


def test_notebooks_are_numbered():
    assert NOTEBOOKS, "no notebooks/NN-name.ipynb found"
    assert all(p.name == p.name.lower() for p in NOTEBOOKS)


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_draws_every_figure(path, sample_out, tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")

    figures = tmp_path / "figures"
    monkeypatch.setenv("VNPIPE_OUT", str(sample_out))
    monkeypatch.setenv("VNPIPE_FIGURES", str(figures))
    monkeypatch.setenv("PYTHONPATH", str(REPO))  # the kernel imports this checkout's pipeline
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()

    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
        names = SHOW.findall(cell.source)
        images = [o for o in cell.outputs
                  if o.output_type == "display_data" and "image/png" in o.get("data", {})]
        assert len(images) == len(names), f"cell should draw {names}: {cell.source[:80]}"
        for name in names:
            png = figures / f"{name}.png"
            assert png.exists() and png.stat().st_size > 1000, f"{png} missing or empty"
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert sum(len(SHOW.findall(c.source)) for c in nb.cells if c.cell_type == "code") >= 8
