"""Extractors: one stage per label family, each a callable over a `Document`.

Every extractor has `name`, `requires` (what it reads: text, sentences, words, spacy,
mentions) and `provides` (the labels it adds), takes the shared `Resources` in its
constructor and appends `Mention` records with NORMALIZED offsets to `doc.mentions`.
"""
