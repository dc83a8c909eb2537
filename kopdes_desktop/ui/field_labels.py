"""Translated names of record fields, for the change history, clashes met on save and refused
changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def field_label(name: str) -> str:
    labels = {
        "name": translate("Fields", "name"),
        "village_code": translate("Fields", "village"),
        "address": translate("Fields", "address"),
        "phone": translate("Fields", "phone"),
        "latitude": translate("Fields", "latitude"),
        "longitude": translate("Fields", "longitude"),
        "gps_source": translate("Fields", "location source"),
        "position": translate("Fields", "location"),  # a clash of the whole position
        "formation_model": translate("Fields", "formation model"),
        "operational_status": translate("Fields", "operational status"),
        "akta_number": translate("Fields", "deed number"),
        "akta_date": translate("Fields", "deed date"),
        "akta_notary": translate("Fields", "notary"),
        "sk_ahu_number": translate("Fields", "SK AHU number"),
        "sk_ahu_date": translate("Fields", "SK AHU date"),
        "cooperative_reg_number": translate("Fields", "cooperative reg. number"),
        "nib": translate("Fields", "NIB"),
        "npwp": translate("Fields", "NPWP"),
        "has_bank_account": translate("Fields", "bank account"),
        "bank_name": translate("Fields", "bank"),
        "member_count": translate("Fields", "members"),
        "simpanan_pokok": translate("Fields", "simpanan pokok"),
        "simpanan_wajib": translate("Fields", "simpanan wajib"),
        "gerai_land_status": translate("Fields", "outlet land"),
        "gerai_construction": translate("Fields", "outlet construction"),
        "last_rat_year": translate("Fields", "last RAT"),
        "health_rating": translate("Fields", "health rating"),
        "simkopdes_updated": translate("Fields", "SIMKOPDES updated"),
        "notes": translate("Fields", "notes"),
        "body": translate("Fields", "organ"),
        "role": translate("Fields", "role"),
        "gender": translate("Fields", "gender"),
        "unit_type": translate("Fields", "business unit"),
        "status": translate("Fields", "status"),
        "cooperative_id": translate("Fields", "cooperative"),
        "visit_date": translate("Fields", "visit date"),
        "start_time": translate("Fields", "start time"),
        "end_time": translate("Fields", "end time"),
        "travel_mode": translate("Fields", "travel"),
        "people_met": translate("Fields", "people met"),
        "people_count": translate("Fields", "number of people"),
        "purposes": translate("Fields", "purposes"),
        "findings": translate("Fields", "findings"),
        "problems": translate("Fields", "problems"),
        "next_visit_plan": translate("Fields", "next visit plan"),
        "next_visit_date": translate("Fields", "next visit date"),
        "description": translate("Fields", "description"),
        "owner": translate("Fields", "who"),
        "due_date": translate("Fields", "due date"),
        "done": translate("Fields", "done"),
        "title": translate("Fields", "title"),
        "sector": translate("Fields", "sector"),
        "commodity": translate("Fields", "commodity"),
        "volume": translate("Fields", "volume"),
        "volume_unit": translate("Fields", "volume unit"),
        "capital_needed": translate("Fields", "capital needed"),
        "monthly_revenue": translate("Fields", "monthly revenue"),
        "offtaker": translate("Fields", "offtaker"),
        "needs": translate("Fields", "needs"),
        "priority": translate("Fields", "priority"),
        "caption": translate("Fields", "caption"),
        "taken_at": translate("Fields", "time taken"),
        "resolved": translate("Fields", "settled"),
    }
    return labels.get(name, name)
