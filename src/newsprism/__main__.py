"""``python -m newsprism`` runs the command line."""
from .cli import main

main()
