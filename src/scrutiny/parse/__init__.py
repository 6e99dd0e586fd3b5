"""Shared parsing of the things papers write many ways: dates, periods, quantities, names."""
