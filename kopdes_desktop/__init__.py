"""Kopdes Desktop: offline field tool for those who coach Koperasi Desa/Kelurahan Merah Putih."""

__version__ = "0.1.0"
