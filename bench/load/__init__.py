"""Pieces of bench/flow_load.py: databases, operator CLI, processes, simulated people, report."""
