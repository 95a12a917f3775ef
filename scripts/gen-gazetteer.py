#!/usr/bin/env python3
"""Generates Sources/PubstatExtraction/Catalogue/gazetteer.json from PyPI's `vietnam-provinces`.

    scripts/gen-gazetteer.py [--pre2025 NESTED_JSON] [--post2025 NESTED_JSON]

The package ships one division per release line: 0.6.0 holds the 63 provinces with their districts
(GSO data of 2025-01-04, the last before the July 2025 reorganisation), 2025.x holds the 34
provinces and their communes (no districts). Both are pinned below. For each, the script uses the
installed package if it is that version, else `pip download`s the wheel into a cache and reads
`data/nested-divisions.json` from it; --pre2025/--post2025 point at such files directly.

Which post-2025 province a pre-2025 unit went to is read from the commune codes: a post-2025 commune
keeps the code of one of the communes merged into it, so the old province's communes vote.

Districts, towns and provincial cities that were merged, dissolved or raised to another type between 2019
and 2025 (thị xã Cửa Lò, huyện Thuận Thành before it became a town) are missing from 0.6.0, yet older
bulletins name them: they are taken from the older snapshots pinned in OLDER_VERSIONS, as pre-2025 units of
their province, when no unit of 0.6.0 bears their name at their level.

Only this script needs the package (and the network); builds and tests read the committed JSON,
which `scripts/gen-catalogue.sh` (run at the end) embeds as EmbeddedGazetteer.swift.
Output is deterministic: records sorted, one per line.
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile, unicodedata, zipfile

PRE_VERSION = "0.6.0"
# snapshots of 2020 (0.3.0) and 2023 (0.5.0): the district-level units later merged, dissolved or retyped
OLDER_VERSIONS = ["0.3.0", "0.5.0"]
# the day the 34 provinces of the 2025 reorganisation took over (Resolution 202/2025/QH15)
REORGANISED = "2025-07-01"
POST_VERSION = "2025.10.1"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "Sources", "PubstatExtraction", "Catalogue", "gazetteer.json")
CACHE = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "pubstat-gazetteer")

# Unit types: how the text introduces a unit (the Swift side maps them to level words).
#   country, province (tỉnh), central_city (thành phố trực thuộc trung ương),
#   provincial_city (thành phố thuộc tỉnh), town (thị xã), rural_district (huyện), urban_district (quận),
#   special_zone (đặc khu: an island unit at commune level since July 2025, the only ones kept of that level)
LEVEL = {"country": "country", "province": "province", "central_city": "city", "provincial_city": "city",
         "town": "town", "rural_district": "district", "urban_district": "district", "special_zone": "special_zone"}
SPECIAL_ZONE_PREFIX = "Đặc khu "
DISTRICT_PREFIXES = [("Thành phố ", "provincial_city"), ("Thị xã ", "town"), ("Huyện ", "rural_district"),
                     ("Quận ", "urban_district")]

# What the data cannot say.
# Thừa Thiên Huế became the centrally-run city of Huế on 2025-01-01, before the 0.6.0 snapshot.
EXTRA_PLACES = [
    {"id": "province:Thừa Thiên Huế", "type": "province", "era": "pre2025", "parent": None,
     "merged_into": "city:Huế", "names": ["Thừa Thiên Huế", "Thừa Thiên - Huế"], "bare": True},
    # Hà Tây joined Hà Nội on 2008-08-01, before either snapshot; older reports still name it.
    {"id": "province:Hà Tây", "type": "province", "era": "pre2025", "parent": None,
     "merged_into": "city:Hà Nội", "names": ["Hà Tây"], "bare": True},
    {"id": "country:Việt Nam", "type": "country", "era": "both", "parent": None, "merged_into": None,
     "names": ["Việt Nam"], "bare": True},
]
# GSO spellings that the press and the corpus write otherwise: canonical name → the source's, which
# stays a variant.
RESPELL = {"Mù Cang Chải": "Mù Căng Chải", "Phú Quý": "Phú Quí", "Đakrông": "Đa Krông", "Ia H'Drai": "Ia H' Drai"}
# Forms after a level word ("TP.HCM" is TP + "." + HCM) and forms that stand alone.
EXTRA_NAMES = {"city:Hồ Chí Minh": ["HCM", "Sài Gòn"]}
EXTRA_BARE = {"city:Hồ Chí Minh": ["TPHCM", "TP.HCM"],
              # the press's standing nicknames of a place, each of one place only ("du lịch đảo Ngọc")
              "city:Phú Quốc": ["đảo Ngọc"], "province:Thanh Hóa": ["xứ Thanh"], "city:Hải Phòng": ["đất Cảng"],
              "province:Lạng Sơn": ["xứ Lạng"], "province:Cà Mau": ["đất Mũi"], "province:Phú Thọ": ["đất Tổ"],
              "province:Bình Định": ["đất Võ"], "province:Tuyên Quang": ["xứ Tuyên"]}
# Bare names that are also people, ideas or events ("tư tưởng Hồ Chí Minh", "chiến thắng Điện Biên Phủ"):
# matched after a level word only.
NOT_BARE = {"Hồ Chí Minh", "Điện Biên Phủ",  # the battle of 1954 as often as the city
            "Bình Minh"}  # also "dawn", a common name of firms and cooperatives
# Portal hosts: the ASCII slug of each province-level name, alone or joined to a prefix or suffix
# (thongkelaichau.gov.vn, baolaichau.vn, bacninhtv.vn); extra slugs by hand.
# (departments of a province write their office before its slug: congthuongthainguyen.gov.vn, sonnptnt…)
HOST_PREFIXES = ["bao", "baodientu", "congthuong", "cucthongke", "dulich", "sct", "skhdt", "sokhdt", "sonnptnt",
                 "sotaichinh", "sovhttdl", "stc", "thongke", "tinhuy", "truyenhinh", "ubnd"]
HOST_SUFFIXES = ["dulich", "online", "tourism", "tv"]
# Newspapers of a province-level unit whose names are not the unit's ("SÀI GÒN GIẢI PHÓNG" heading a page,
# "(SGGP) –" opening its dateline): the masthead names the place the text is about.
MASTHEADS = {"Sài Gòn Giải Phóng": "city:Hồ Chí Minh", "SGGP": "city:Hồ Chí Minh", "Hà Nội Mới": "city:Hà Nội",
             "HNM": "city:Hà Nội", "Kinh tế & Đô thị": "city:Hà Nội", "Kinh tế và Đô thị": "city:Hà Nội",
             "An ninh Thủ đô": "city:Hà Nội", "ANTĐ": "city:Hà Nội"}
# National papers whose newsroom mark reads like a province's ("(BĐT) -" is Báo Đấu thầu, not Đồng Tháp's paper; "BCT" Báo Công Thương).
NATIONAL_MARKS = {"BĐT", "BCT"}
# Filled by build(): each province-level unit's newsroom mark (see there).
BYLINES = {}
EXTRA_HOSTS = {"sggp": "city:Hồ Chí Minh", "hanoimoi": "city:Hà Nội", "kinhtedothi": "city:Hà Nội", "anninhthudo": "city:Hà Nội",
               "hcm": "city:Hồ Chí Minh", "hcmc": "city:Hồ Chí Minh", "hcmcpv": "city:Hồ Chí Minh",
               "tphcm": "city:Hồ Chí Minh", "thuathienhue": "province:Thừa Thiên Huế", "brvt": "province:Bà Rịa - Vũng Tàu"}

OLD_TONE = re.compile(r"(?i)(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?=$|[\s\-])")


def new_style_tones(name):
    """`Hoà Bình` → `Hòa Bình`, `Thuỷ` → `Thủy`: the tone on the first vowel of an open oa/oe/uy,
    as the corpus writes it."""
    def move(m):
        first, second = m.group(1), m.group(2)
        parts = unicodedata.normalize("NFD", second)
        base, tone = parts[0], parts[1:]
        if (first.lower(), base.lower()) not in {("o", "a"), ("o", "e"), ("u", "y")}:
            return m.group(0)
        return unicodedata.normalize("NFC", first + tone) + base
    return unicodedata.normalize("NFC", OLD_TONE.sub(move, unicodedata.normalize("NFC", name)))


def slug(name):
    """ASCII letters of a name, lower case: `Bà Rịa - Vũng Tàu` → `bariavungtau`."""
    text = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in text.lower() if "a" <= c <= "z")


def load_division(version, override):
    if override:
        with open(override, encoding="utf-8") as f:
            return json.load(f)
    try:
        import vietnam_provinces
        if vietnam_provinces.__version__ == version:
            with open(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH, encoding="utf-8") as f:
                return json.load(f)
    except ImportError:
        pass
    folder = os.path.join(CACHE, version)
    wheels = [w for w in os.listdir(folder) if w.endswith(".whl")] if os.path.isdir(folder) else []
    if not wheels:
        os.makedirs(folder, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                        "-d", folder, f"vietnam-provinces=={version}"], check=True)
        wheels = [w for w in os.listdir(folder) if w.endswith(".whl")]
    with zipfile.ZipFile(os.path.join(folder, sorted(wheels)[0])) as z:
        return json.loads(z.read("vietnam_provinces/data/nested-divisions.json").decode("utf-8"))


def respelled(name):
    for canonical, source in RESPELL.items():
        if name == source:
            return canonical
    return name


def strip_prefix(name, prefixes):
    for prefix, kind in prefixes:
        if name.lower().startswith(prefix.lower()):
            return respelled(new_style_tones(name[len(prefix):].strip())), kind
    raise SystemExit(f"unknown unit type: {name}")


def province_of(name, division_type=None):
    """(name, type) of a level-1 unit; 0.6.0 marks every level-1 unit `tỉnh`, so the prefix decides."""
    if name.startswith("Thành phố "):
        return new_style_tones(name[len("Thành phố "):]), "central_city"
    if name.startswith("Tỉnh "):
        return new_style_tones(name[len("Tỉnh "):]), "province"
    return new_style_tones(name), "central_city" if division_type == "thành phố trung ương" else "province"


def jid(kind, name):
    return f"{LEVEL[kind]}:{name}"


# A syllable of a minority language's name that opens on a cluster Vietnamese has not ("Krông", "Plông", "Glong").
CLUSTER_SYLLABLE = re.compile(r"^[BDGKP][lr]")


def names_of(name):
    """The name and its spelling without the hyphen's spaces or the hyphen (`Bà Rịa Vũng Tàu`); a two-syllable name
    whose second syllable opens on a minority language's cluster also joined up, as the press often writes it
    (`Đa Krông` → `Đakrông`, `ĐaKrông`)."""
    out = [name] + [source for canonical, source in RESPELL.items() if canonical == name]
    if "-" in name:
        out.append(re.sub(r"\s*-\s*", " ", name))
    syllables = name.split()
    if len(syllables) == 2 and CLUSTER_SYLLABLE.match(syllables[1]):
        out += [syllables[0] + syllables[1].lower(), syllables[0] + syllables[1]]
    return out


def build(pre, post, older=()):
    ward_to_post = {}
    post_records = {}
    special_zones = []  # (name, province id)
    for p in post:
        name, kind = province_of(p["name"], p["division_type"])
        post_records[jid(kind, name)] = kind
        for w in p["wards"]:
            ward_to_post[w["code"]] = jid(kind, name)
            if w["division_type"] == "đặc khu":
                special_zones.append((new_style_tones(w["name"][len(SPECIAL_ZONE_PREFIX):]), jid(kind, name)))

    def successor(wards):
        votes = collections.Counter(ward_to_post[w["code"]] for w in wards if w["code"] in ward_to_post)
        return min(votes, key=lambda k: (-votes[k], k)) if votes else None

    records = {}

    def add(record):
        key = (record["id"], record["parent"])
        if key in records:
            raise SystemExit(f"duplicate unit {key}")
        records[key] = record

    pre_ids = set()
    for p in pre:
        name, kind = province_of(p["name"])
        ident = jid(kind, name)
        pre_ids.add(ident)
        wards = [w for d in p["districts"] for w in d["wards"]]
        add({"id": ident, "type": kind, "era": "both" if ident in post_records else "pre2025", "parent": None,
             "merged_into": successor(wards), "names": names_of(name), "bare": name not in NOT_BARE})
        for d in p["districts"]:
            dname, dkind = strip_prefix(d["name"], DISTRICT_PREFIXES)
            if not re.search(r"[^\W\d_]", dname):
                continue  # "Quận 1": numbered, not a name
            add({"id": jid(dkind, dname), "type": dkind, "era": "pre2025", "parent": ident,
                 "merged_into": successor(d["wards"]), "names": names_of(dname), "bare": False})
    # units of older snapshots that 0.6.0 has not under their name and type (merged, dissolved, retyped since)
    known_ids = {r["id"] for r in records.values()}
    for snapshot in older:
        for p in snapshot:
            name, kind = province_of(p["name"], p.get("division_type"))
            ident = jid(kind, name)
            if ident not in pre_ids:
                continue
            for d in p["districts"]:
                dname, dkind = strip_prefix(d["name"], DISTRICT_PREFIXES)
                unit = jid(dkind, dname)
                if not re.search(r"[^\W\d_]", dname) or unit in known_ids:
                    continue
                known_ids.add(unit)
                add({"id": unit, "type": dkind, "era": "pre2025", "parent": ident,
                     "merged_into": successor(d["wards"]), "names": names_of(dname), "bare": False, "older": True})
    for ident, kind in post_records.items():
        if ident not in pre_ids:
            name = ident.split(":", 1)[1]
            add({"id": ident, "type": kind, "era": "post2025", "parent": None, "merged_into": None,
                 "names": names_of(name), "bare": name not in NOT_BARE})
    for name, province in special_zones:
        add({"id": jid("special_zone", name), "type": "special_zone", "era": "post2025", "parent": province,
             "merged_into": None, "names": names_of(name), "bare": False})
    # A district or provincial city whose name a special zone of its successor province took on ("huyện Côn Đảo",
    # "thành phố Phú Quốc") carries on as that zone. (An island district without communes in the data, "huyện Lý Sơn",
    # has no votes for a successor: the zone of its name tells it.)
    zone_provinces = collections.defaultdict(set)
    for name, province in special_zones:
        zone_provinces[name].add(province)
    for r in records.values():
        if r["era"] == "pre2025" and r["type"] not in ("province", "central_city"):
            name = r["id"].split(":", 1)[1]
            provinces = zone_provinces.get(name, set())
            if r["merged_into"] is None and len(provinces) == 1:
                r["merged_into"] = next(iter(provinces))
            if r["merged_into"] in provinces:
                r["became"] = jid("special_zone", name)
    for extra in EXTRA_PLACES:
        add(dict(extra))
    # A provincial city's or a town's name written alone ("Du lịch Nha Trang hồi phục", "sân bay Cam Ranh",
    # "Năm 2023, Sa Pa đón 3 triệu lượt khách") is a hint
    # of its province for a text that names none, not a jurisdiction (it is also a bay, a ward after 2025,
    # a festival): only names no other unit bears (most cities share their province's name: "Thái
    # Nguyên") with two syllables or more ("Vinh" is also a given name).
    # (a special zone bears the name of the city it carries on: "Phú Quốc" stays a hint of the city)
    # (a unit retyped since, "huyện Thuận Thành" of an older snapshot and "thị xã Thuận Thành", is one holder)
    current = [r for r in records.values() if r["type"] != "special_zone" and not r.get("older")]
    held = {(n, r["parent"]) for r in current for n in r["names"]}
    holders = collections.Counter(n for r in current for n in set(r["names"]))
    holders.update(n for r in records.values() if r.get("older") for n in set(r["names"]) if (n, r["parent"]) not in held)
    for r in records.values():
        if r["type"] in ("provincial_city", "town"):
            hints = [n for n in r["names"] if holders[n] == 1 and len(n.split()) >= 2 and n not in NOT_BARE
                     and not (r.get("older") and (n, r["parent"]) in held)]
            if hints:
                r["hint_forms"] = hints
    for r in records.values():
        r["names"] = sorted(set(r["names"] + EXTRA_NAMES.get(r["id"], [])))
        r["bare_forms"] = sorted(set((r["names"] if r.pop("bare") else []) + EXTRA_BARE.get(r["id"], [])))
        r.pop("older", None)
        if r["era"] == "post2025":
            r.pop("merged_into")

    hosts = {}
    for r in sorted(records.values(), key=lambda r: (r["era"] == "post2025", r["id"])):
        if r["type"] in ("province", "central_city"):
            for n in r["names"]:
                if re.fullmatch(r"[^\d]+", n) and n not in EXTRA_NAMES.get(r["id"], []):
                    hosts.setdefault(slug(n), r["id"])
    for key, value in EXTRA_HOSTS.items():
        hosts.setdefault(key, value)
    # Newsroom marks of a province-level unit's own paper: "B" and the initials of the unit's name ("(BHG) -",
    # "BHG -" open the stories of Báo Hà Giang); a mark two units share, or a national paper's, is left out.
    marks = collections.defaultdict(set)
    for r in records.values():
        if r["type"] in ("province", "central_city"):
            words = [w for w in re.split(r"[\s\-]+", r["id"].split(":", 1)[1]) if w]
            if len(words) >= 2:
                marks["B" + "".join(w[0].upper() for w in words)].add(r["id"])
    for mark, ids in marks.items():
        if len(ids) == 1 and mark not in NATIONAL_MARKS and mark not in MASTHEADS:
            BYLINES[mark] = next(iter(ids))
    order = {"country": 0, "province": 1, "central_city": 2, "provincial_city": 3, "town": 4,
             "urban_district": 5, "rural_district": 6, "special_zone": 7}
    places = sorted(records.values(), key=lambda r: (order[r["type"]], r["id"], r["parent"] or ""))
    return places, hosts


def dump(places, hosts):
    field_order = ["id", "type", "era", "parent", "merged_into", "became", "names", "bare_forms", "hint_forms"]
    lines = ["{", '  "source": ' + json.dumps({
        "package": "vietnam-provinces", "pre2025": PRE_VERSION, "post2025": POST_VERSION,
        "generator": "scripts/gen-gazetteer.py"}, ensure_ascii=False) + ",",
             '  "reorganised": ' + json.dumps(REORGANISED) + ",", '  "places": [']
    for i, r in enumerate(places):
        row = {k: r[k] for k in field_order if k in r}
        lines.append("    " + json.dumps(row, ensure_ascii=False) + ("," if i + 1 < len(places) else ""))
    lines.append("  ],")
    lines.append('  "portal_hosts": {')
    lines.append('    "prefixes": ' + json.dumps(sorted(HOST_PREFIXES)) + ",")
    lines.append('    "suffixes": ' + json.dumps(sorted(HOST_SUFFIXES)) + ",")
    lines.append('    "slugs": {')
    items = sorted(hosts.items())
    for i, (k, v) in enumerate(items):
        lines.append(f"      {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" + ("," if i + 1 < len(items) else ""))
    lines.append("    }")
    lines.append("  },")
    lines.append('  "mastheads": {')
    items = sorted({**BYLINES, **MASTHEADS}.items())
    for i, (k, v) in enumerate(items):
        lines.append(f"    {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" + ("," if i + 1 < len(items) else ""))
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pre2025", help=f"nested-divisions.json of vietnam-provinces {PRE_VERSION}")
    ap.add_argument("--post2025", help=f"nested-divisions.json of vietnam-provinces {POST_VERSION}")
    ap.add_argument("--no-embed", action="store_true", help="do not run scripts/gen-catalogue.sh afterwards")
    args = ap.parse_args()
    older = [load_division(version, None) for version in OLDER_VERSIONS]
    places, hosts = build(load_division(PRE_VERSION, args.pre2025), load_division(POST_VERSION, args.post2025), older)
    text = dump(places, hosts)
    if '"""#' in text:
        raise SystemExit('gazetteer.json must not contain """#')
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=os.path.dirname(OUT), delete=False) as f:
        f.write(text)
    os.replace(f.name, OUT)
    print(f"wrote {OUT}: {len(places)} places, {len(hosts)} host slugs")
    if not args.no_embed:
        subprocess.run([os.path.join(HERE, "gen-catalogue.sh")], check=True)


if __name__ == "__main__":
    main()
