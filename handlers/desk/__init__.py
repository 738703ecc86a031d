"""The front desk in chat: items held for a unit, registered and handed over."""
