"""Footcare: a desktop companion for foot-rehabilitation exercises."""

__version__ = "0.1.0"
