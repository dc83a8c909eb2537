"""The central sync server: FastAPI app, its own database and Alembic migrations, admin CLI.

Never imports Qt, the laptop's storage or its services: only the domain and the wire protocol.
"""
