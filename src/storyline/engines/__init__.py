"""Execution engines: local (in-process or a process pool) and Ray."""
