from __future__ import annotations

from kopdes_desktop.domain.regions import RegionCatalog, RegionLevel


def test_catalog_holds_all_of_kalbar_and_every_parent_exists(catalog: RegionCatalog) -> None:
    kabupaten = catalog.at_level(RegionLevel.KABUPATEN)
    kecamatan = catalog.at_level(RegionLevel.KECAMATAN)
    desa = catalog.at_level(RegionLevel.DESA)
    assert (len(kabupaten), len(kecamatan), len(desa)) == (14, 174, 2145)
    for region in kecamatan + desa:
        parent = catalog.get(region.parent_code or "")
        assert parent is not None, region
    assert {r.level for r in (catalog.get(k.parent_code or "") for k in kecamatan) if r} == {
        RegionLevel.KABUPATEN
    }
    assert sum(1 for d in desa if d.kind == "kelurahan") == 99
    assert sum(1 for k in kabupaten if k.kind == "kota") == 2


def test_cascade_from_kabupaten_to_desa(catalog: RegionCatalog) -> None:
    sambas = catalog.get("61.01")
    assert sambas is not None
    assert sambas.name == "Kabupaten Sambas"
    kecamatan = catalog.children("61.01")
    assert len(kecamatan) == 19
    assert all(k.parent_code == "61.01" for k in kecamatan)
    villages = catalog.children(kecamatan[0].code)
    assert villages
    assert all(v.level is RegionLevel.DESA for v in villages)


def test_search_ignores_case_and_apostrophes(catalog: RegionCatalog) -> None:
    hits = catalog.search("sabau", RegionLevel.DESA)
    assert [h.name for h in hits] == ["Saba'u"]
    assert catalog.search("PONTIANAK", RegionLevel.KABUPATEN)[0].code == "61.71"
    assert catalog.search("   ") == []


def test_village_path_and_existence(catalog: RegionCatalog) -> None:
    path = catalog.path("61.01.01.2001")
    assert path is not None
    assert [r.name for r in path] == ["Kabupaten Sambas", "Sambas", "Dalam Kaum"]
    assert catalog.village_exists("61.01.01.2001")
    assert not catalog.village_exists("61.01.01")  # a kecamatan is not a village
    assert not catalog.village_exists("99.99.99.9999")
    assert catalog.path("61.01") is None
