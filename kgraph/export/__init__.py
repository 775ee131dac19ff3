"""Exports, one module per format: Turtle, TriG, JSON-LD, HTML views."""
