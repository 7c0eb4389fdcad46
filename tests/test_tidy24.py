"""Session 24's two mends, output unchanged: an article's sentences are counted once per ``Doc``
and kept in its view (nlp/text_sentences.py), and the names bodies of several countries bear are
marked one way in orgs.tsv and placed by one module (actors/shared_names.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import newsevents.actors.lexicon as lexicon_module
import newsevents.events.aimless_stories as aimless_stories
import newsevents.nlp.text_sentences as text_sentences
import newsevents.story.foreign_bodies as foreign_bodies
from newsevents.actors.lexicon import Lexicon, org_code, tokenizer_split
from newsevents.actors.shared_names import known_countries
from newsevents.errors import DataFileError
from newsevents.extraction import extract
from newsevents.nlp.docview import KEY, doc_view
from newsevents.nlp.extensions import register_extensions
from newsevents.records import Article

DATE = "2019-04-02"


# ---- the sentence count: cut once per article, kept in the view ---------------------------------

def _doc(text: str) -> Doc:
    register_extensions()
    doc = spacy.blank("en").make_doc(text)
    doc._.ne_article = Article(id="t", text=text)
    return doc


def _count_cuts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    cuts = [0]
    cut = text_sentences.sentence_spans

    def counted(text: str) -> list[tuple[int, int]]:
        cuts[0] += 1
        return cut(text)

    monkeypatch.setattr(text_sentences, "sentence_spans", counted)
    return cuts


def test_tidy24_count_is_cut_once_per_doc_and_kept_in_its_view(monkeypatch: pytest.MonkeyPatch) -> None:
    cuts = _count_cuts(monkeypatch)
    doc = _doc("The envoys left the capital. The talks stalled. Both sides blamed the other.")
    assert [text_sentences.article_sentence_count(doc) for _ in range(4)] == [3, 3, 3, 3]
    assert cuts == [1]
    # kept in the view, the one thing we keep on a Doc (tests/test_docview.py)
    assert {k for k in doc.user_data if isinstance(k, str)} == {KEY}
    assert doc_view(doc).once("newsevents.nlp.text_sentences.count", lambda: -1) == 3


def test_tidy24_count_is_each_docs_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # near miss: a second article is cut for itself, never served the first one's count
    cuts = _count_cuts(monkeypatch)
    one = _doc("Rebels shelled the town on Sunday.")
    two = _doc("Rebels shelled the town. Aid workers fled. The mayor appealed for help.")
    assert (text_sentences.article_sentence_count(one), text_sentences.article_sentence_count(two)) == (1, 3)
    assert (foreign_bodies.several_sentences(one), foreign_bodies.several_sentences(two)) == (False, True)
    assert cuts == [2]


@pytest.mark.model
def test_tidy24_story_rules_ask_often_and_cut_once(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # the lead alone names the story's country, so each bare agent of it asks whether this is a story
    text = ("Somali officials said police and soldiers clashed with militants and protesters near the port "
            "on Monday.\n\nThe fighting lasted for hours.")
    asks = [0]
    ask = text_sentences.article_sentence_count

    def counted_ask(doc: Doc) -> int:
        asks[0] += 1
        return ask(doc)

    monkeypatch.setattr(foreign_bodies, "article_sentence_count", counted_ask)
    monkeypatch.setattr(aimless_stories, "article_sentence_count", counted_ask)
    counts = [0]
    count = text_sentences._count

    def counted_count(doc: Doc) -> int:
        counts[0] += 1
        return count(doc)

    monkeypatch.setattr(text_sentences, "_count", counted_count)
    ex = extract(text, date=DATE, nlp=nlp)
    assert asks[0] >= 2
    assert counts == [1]
    assert {a.text: a.code for a in ex.actors}["militants"] == "SOMINS"  # given by the story rule that asked


# ---- shared names: one marking in orgs.tsv, one module --------------------------------------------

@pytest.mark.parametrize(("cell", "read"), [
    ("USAPTY|*", ("USAPTY", True)),
    ("COLREB|MKDREB|BOLREB", ("COLREB|MKDREB|BOLREB", False)),
    ("GBRGOV", ("GBRGOV", False)),
    (" GBRGOV | * ", ("GBRGOV", True)),
])
def test_tidy24_code_cell_reads_both_marks(cell: str, read: tuple[str, bool]) -> None:
    assert org_code(cell) == read


@pytest.mark.parametrize(("name", "countries"), [
    ("National Liberation Army", ("COL", "MKD", "BOL")),
    ("Joint Chiefs of Staff", ("USA", "KOR", "PAK")),
    # near misses: a name of the second way, and a name of one country, list no countries
    ("Republican Party", ()),
    ("Foreign Office", ()),
    ("State Duma", ()),
])
def test_tidy24_known_countries_are_the_first_way_only(name: str, countries: tuple[str, ...]) -> None:
    assert known_countries(name) == countries


@pytest.mark.parametrize("cell", ["USAPTY|GBRPTY|*", "*"])
def test_tidy24_star_follows_one_code(cell: str, tmp_path: Path) -> None:
    # the table's path is passed in (the compiled module's globals cannot be monkeypatched)
    table = tmp_path / "orgs.tsv"
    table.write_text(f"code\tkind\tname\taliases\n{cell}\tparty\tPeople's Front\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"orgs.tsv:2: code .*: \* follows the code of one country"):
        lexicon_module._load_orgs(Lexicon(), tokenizer_split(), table)


def _codes(text: str, nlp: Language) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date=DATE, nlp=nlp).actors}


@pytest.mark.model
@pytest.mark.parametrize(("text", "actor", "code"), [
    # the second way: the story's one country takes a name any country may bear
    ("MANILA — The Democrats walked out of the Senate on Tuesday after a vote on the budget, "
     "Philippine lawmakers said.", "The Democrats", "PHLPTY"),
    # the first way: the one principal country the name is known in
    ("BOGOTA — The National Liberation Army freed two hostages in Arauca on Friday, Colombian officials said.",
     "The National Liberation Army", "COLREB"),
])
def test_tidy24_shared_name_takes_the_story_country(text: str, actor: str, code: str, nlp: Language) -> None:
    assert _codes(text, nlp)[actor] == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "actor", "code"), [
    # near misses. A name of the same body no other country uses is not shared
    ("MANILA — The GOP walked out of the Senate on Tuesday after a vote on the budget, Philippine lawmakers said.",
     "The GOP", "USAPTY"),
    # the story names the bound country elsewhere
    ("MANILA — The Democrats walked out of the Senate on Tuesday, Philippine lawmakers said. The U.S. embassy "
     "declined to comment.", "The Democrats", "USAPTY"),
    # the first way never guesses: a story of another country leaves the name without one (its sector alone)
    ("LIMA — The National Liberation Army freed two hostages on Friday, Peruvian officials said.",
     "The National Liberation Army", "REB"),
])
def test_tidy24_shared_name_keeps_its_reading(text: str, actor: str, code: str, nlp: Language) -> None:
    assert _codes(text, nlp)[actor] == code

