"""The language layer: the spaCy pipeline and what every stage shares on a ``Doc``.

- :mod:`~newsevents.nlp.pipeline` loads the model and adds the newsevents components
  (:mod:`~newsevents.nlp.components` registers their factories);
- :mod:`~newsevents.nlp.extensions` declares the ``Doc._.ne_*`` attributes the stages write;
- :mod:`~newsevents.nlp.sentences`, :mod:`~newsevents.nlp.attribute_rules` and
  :mod:`~newsevents.nlp.lemmas` are the sentence, attribute-rule and lemma steps in array form;
- :mod:`~newsevents.nlp.prefilter` leaves unparsed the text no record can come from;
- :mod:`~newsevents.nlp.text_sentences` cuts an article's text into sentences without the parse
  (the pre-filter's cut, and the count that tells a story from a single sentence).

Nothing is imported here: ``import newsevents.nlp.prefilter`` must not load spaCy's pipeline.
"""
