"""The window opens a project given on the command line and draws its map."""

from conftest import cli


def test_window_opens_the_sample_and_draws_every_card(launch, workdir):
    path = workdir / "sample.waymark"
    cli("import", "assets/samples/car-service.json", str(path))
    w = launch(path)
    w.shot("sample-opened")
    # Cards out of view are left out of the page; with the whole map in view
    # every one of them is drawn.
    w.testid("zoom-fit").click()
    w.settle()
    cards = w.cards()
    assert len(cards) == 30, len(cards)
    labels = " ".join(c["label"] for c in cards)
    assert "Maksā kasē ar karti" in labels
    assert "هیچ خبری از تعمیرگاه نیست" in labels
    assert w.errors() == []
