"""A small, read-only web app over a newsprism store, served with the standard library only.

``create_app(store_path, resources)`` gives a WSGI callable (testable without a socket);
``make_server(app, host, port)`` binds it with :mod:`wsgiref`. ``newsprism serve --db FILE`` runs both.
"""
from __future__ import annotations

from .app import NewsprismWebApp, create_app
from .server import make_server

__all__ = ["NewsprismWebApp", "create_app", "make_server"]
