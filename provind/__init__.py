"""Provind: steering a Vietnamese province's industrial development."""
