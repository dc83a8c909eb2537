"""Pure-Python core: record types, enumerations, validation rules, region catalogue.

Imports nothing of the rest of the package, and no database, GUI or network library, so the
same rules run on the laptop and on the server.
"""
