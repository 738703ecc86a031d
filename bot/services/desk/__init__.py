"""The front desk: items held for a unit, handed over with a pickup code."""
