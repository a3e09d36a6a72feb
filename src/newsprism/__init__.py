"""newsprism: what many news reports of the same events establish, dispute, and leave uncorroborated."""
__version__ = "0.1.0"
