"""The proofing engine: pure Python, no Qt, no database.

File → ``load`` (bytes to text) → blocks → ``segment`` (roles, articles) →
``Document`` → checks → ``Finding`` objects whose fixes are reversible ``Edit``s.
"""
