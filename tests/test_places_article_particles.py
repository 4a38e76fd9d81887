"""Places: an Arabic-article town name spelt with another form of the article than the
gazetteer's ("Shibin al-Kom" for "Shibin el-Kom") is found and placed; the model's piece of a
company name cut at its "and" is no place. Invented texts.
"""

from __future__ import annotations


def test_an_arabic_article_town_is_placed(pipeline, analyse):
    an = analyse("Protesters gathered in Shibin al-Kom on Friday, police said.")
    found = [(p.text, p.country) for p in pipeline.places(an, pipeline.entities(an))]
    assert found == [("Shibin al-Kom", "EG")]


def test_a_company_cut_at_and_is_no_place(pipeline, analyse):
    an = analyse(
        "The Lake Victoria Fishing and Processing Company said it would cut 200 jobs in Kisumu. Workers "
        "at the Lake Victoria Fishing and Processing Company were told on Monday."
    )
    found = [p.text for p in pipeline.places(an, pipeline.entities(an))]
    assert "Lake Victoria Fishing and" not in found
