"""Pages with known answers: article records (``truth``), their layout as page text (``layout``) and a
generator of made-up articles in the forms real papers print (``generate``).  See docs/page-truth.md.

``tools/`` is not installed: scripts put the repository root on ``sys.path`` and import ``tools.pagegen``.
"""
