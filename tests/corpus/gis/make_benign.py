"""Benign held-out corpus for the `gis` theme (ids hb50-NNNNN).

Text that users of a web-mapping app, a field-survey tool and a geodata
catalogue type into ordinary fields: coordinates in many notations, WKT and
GeoJSON snippets, OpenStreetMap tags and Overpass queries, tile/WMS/WFS URLs,
QGIS/ArcGIS/MapServer/Mapbox filter and styling expressions, field-crew notes,
address searches, dataset paths and processing commands, map labels and
multilingual place names, catalogue metadata.

Every value is a hand-written literal or comes from a small template over
hand-written pools below. Standard library only; deterministic output.
Run: python3 make_benign.py  ->  benign.jsonl next to this file.
"""
import json
import random
from pathlib import Path

SEED = 5001
PREFIX = "hb50"
PER_CATEGORY = 80
MAX_LEN = 1800

# ---------------------------------------------------------------------------
# 1. coordinates: location / search fields
# ---------------------------------------------------------------------------
COORDINATES = [
    "47°36'22\"N 122°20'03\"W",
    "-122.3321, 47.6062",
    "47.6062, -122.3321",
    "EPSG:4326",
    "51°30′26″N 0°7′39″W",
    "N 48° 51.396' E 002° 21.132'",
    "33T 448251 5411932",
    "10U 550212 5272086",
    "4QFJ 12345 67890",
    "lat=35.6895&lon=139.6917",
    "35.6895° N, 139.6917° E",
    "-33.8688 / 151.2093",
    "40.4168,-3.7038",
    "55°45′N 37°37′E",
    "\"lat\": 59.3293, \"lng\": 18.0686",
    "geo:37.7861,-122.4012;u=35",
    "geohash c23nb5k",
    "+40.7128-074.0060/",
    "12°58'N 77°35'E",
    "48.8584 N, 2.2945 E",
    "64.1466° N, 21.9426° W",
    "-34.6037, -58.3816",
    "2'683'250 / 1'248'100 (LV95)",
    "RD 155000, 463000",
    "TQ 30080 80070",
    "ETRS89 / UTM zone 32N (EPSG:25832): E 566000 N 5934000",
    "EPSG:3857 x=-13627361.0 y=6044261.6",
    "0, 0 -- null island again, geocoder returned nothing",
    "45°29'53.8\"N 73°33'14.2\"W",
    "19.4326 / -99.1332",
    "1.3521° N, 103.8198° E",
    "13.7563,100.5018;13.7465,100.5343",
    "lat between 47.5 and 47.7, lon between -122.45 and -122.25",
    "9C3XGV4C+2Q",
    "///lamp.orbit.muddy",
    "37° 47' 13.1\" N, 122° 24' 7.4\" W",
    "N47 36.372 W122 20.052",
    "-0.1276 51.5072 (lon lat, not lat lon!)",
    "60°10′N 24°56′E",
    "北緯35度41分22秒 東経139度41分30秒",
    "39°54′N 116°23′E (北京)",
    "широта 55.7558, долгота 37.6173",
    "25.2048 N; 55.2708 E",
    "-22.9068,-43.1729",
    "EPSG:2154 X=652 000 Y=6 862 000",
    "x: 500000.00 y: 4649776.22 zone 33N",
    "40° 26.767′ N 79° 58.933′ W",
    "46.2044 6.1432 | Genève",
    "EPSG:4326 -> EPSG:3857 please",
    "urn:ogc:def:crs:EPSG::4326",
    "OGC:CRS84",
    "S 33°55'29\" E 18°25'26\"",
    "lat/long = 52.52 / 13.405; radius <= 500 m",
    "WGS84 decimal: 41.9028, 12.4964 — Roma",
    "UTM 18T 585628 4511322",
    "51.0447° N, 114.0719° W (Calgary) & 53.5461° N, 113.4938° W (Edmonton)",
]

CITY_CENTRES = [
    ("Seattle", 47.6062, -122.3321), ("Lausanne", 46.5197, 6.6323),
    ("Tromsø", 69.6492, 18.9553), ("Valparaíso", -33.0472, -71.6127),
    ("Nairobi", -1.2921, 36.8219), ("Hobart", -42.8821, 147.3272),
    ("Kraków", 50.0647, 19.9450), ("Sapporo", 43.0618, 141.3545),
    ("Halifax", 44.6488, -63.5752), ("Marrakech", 31.6295, -7.9811),
    ("Ushuaia", -54.8019, -68.3030), ("Reykjavík", 64.1466, -21.9426),
]


def _dms(value, pos, neg):
    hemi = pos if value >= 0 else neg
    value = abs(value)
    deg = int(value)
    minutes_f = (value - deg) * 60
    minutes = int(minutes_f)
    seconds = (minutes_f - minutes) * 60
    return f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}"


def tpl_coordinates(rng):
    name, lat, lon = rng.choice(CITY_CENTRES)
    lat += rng.uniform(-0.05, 0.05)
    lon += rng.uniform(-0.05, 0.05)
    style = rng.randrange(6)
    if style == 0:
        return f"{lat:.5f}, {lon:.5f}"
    if style == 1:
        return f"{lon:.6f} {lat:.6f}"
    if style == 2:
        return f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
    if style == 3:
        return f"geo:{lat:.5f},{lon:.5f}"
    if style == 4:
        return f"{name}: {lat:.4f}°, {lon:.4f}° (WGS84)"
    return f"lat={lat:.5f}&lon={lon:.5f}&zoom={rng.randint(10, 18)}"


# ---------------------------------------------------------------------------
# 2. geometry: WKT / GeoJSON / GML snippets pasted by analysts
# ---------------------------------------------------------------------------
GEOMETRY = [
    "POLYGON((-122.36 47.60, -122.33 47.60, -122.33 47.62, -122.36 47.62, -122.36 47.60))",
    "POINT(-0.1276 51.5072)",
    "SRID=4326;POINT(2.3522 48.8566)",
    "LINESTRING(-73.9857 40.7484, -73.9772 40.7527, -73.9680 40.7614)",
    "MULTIPOLYGON(((10.0 59.9, 10.1 59.9, 10.1 60.0, 10.0 60.0, 10.0 59.9)),((10.3 59.8, 10.4 59.8, 10.4 59.85, 10.3 59.8)))",
    "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0), (25 25, 75 25, 75 75, 25 75, 25 25))",
    "POINT EMPTY",
    "GEOMETRYCOLLECTION(POINT(4.89 52.37), LINESTRING(4.89 52.37, 4.90 52.38))",
    "POINT Z (8.5417 47.3769 408)",
    "LINESTRING M (0 0 0, 10 0 12.5, 10 10 30.1)",
    '{"type":"Point","coordinates":[-122.3321,47.6062]}',
    '{"type":"Feature","properties":{"name":"Pike Place Market","amenity":"marketplace"},"geometry":{"type":"Point","coordinates":[-122.3422,47.6097]}}',
    '{"type":"FeatureCollection","features":[]}',
    '{"type":"Polygon","coordinates":[[[13.37,52.51],[13.38,52.51],[13.38,52.52],[13.37,52.52],[13.37,52.51]]]}',
    "bbox: [-10.5, 49.8, 1.8, 60.9]",
    "ST_MakeEnvelope(-122.45, 47.49, -122.23, 47.73, 4326)",
    "BOX(-122.45 47.49,-122.23 47.73)",
    "CIRCULARSTRING(0 0, 1 1, 2 0)",
    "POLYGON((\n  6.60 46.50,\n  6.65 46.50,\n  6.65 46.53,\n  6.60 46.53,\n  6.60 46.50\n))",
    "Invalid geometry: Self-intersection at or near point -122.3411 47.6108",
    '{"type":"Feature","properties":{"name":"O\'Brien\'s Field","note":"depth < 2 m"},"geometry":null}',
    '<gml:Point srsName="EPSG:4326"><gml:pos>47.6062 -122.3321</gml:pos></gml:Point>',
    "<Point><coordinates>10.7522,59.9139,0</coordinates></Point>",
    "MULTIPOINT((-1.55 47.21), (-0.56 44.84), (1.44 43.60))",
    "ST_Buffer(ST_GeomFromText('POINT(-122.33 47.61)', 4326)::geography, 500)",
    "POLYGON((-180 -90, 180 -90, 180 90, -180 90, -180 -90))",
    "LINESTRING(179.8 -16.9, -179.9 -17.1) -- crosses the antimeridian, splits badly",
    '{"type":"LineString","coordinates":[[2.35,48.85],[4.83,45.76],[5.37,43.29]]}',
    "Envelope: xmin=-8237642 ymin=4970241 xmax=-8218138 ymax=4982183 (EPSG:3857)",
    "POLYHEDRALSURFACE Z (((0 0 0, 0 1 0, 1 1 0, 1 0 0, 0 0 0)))",
    "TIN Z (((0 0 0, 0 0 1, 0 1 0, 0 0 0)))",
    "MULTILINESTRING((0 0, 1 1), (2 2, 3 3))",
    '{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[0,0]}]}',
    "POINT(47.6062 -122.3321) <- wrong axis order, lat/lon swapped",
    "Ring Self-intersection[-73.9857 40.7484]",
    "ST_Area(geom) = 0 for 312 features — degenerate polygons?",
    '{"type":"Feature","id":"way/4242","properties":{"building":"yes","height":"12.5"},"geometry":{"type":"Polygon","coordinates":[[[11.57,48.13],[11.58,48.13],[11.58,48.14],[11.57,48.13]]]}}',
    "POLYGON ((31 12, 42 41, 19 38, 11 22, 31 12))",
    "MULTIPOLYGON EMPTY",
    "ENVELOPE(-122.45, -122.23, 47.73, 47.49)",
    "Geometry type mismatch: expected MultiPolygon, got Polygon (layer 'parcels')",
    "POINT(1.2345678901234 2.3456789012345) – too many decimals, round to 6?",
    '{"type":"MultiPoint","coordinates":[[139.69,35.68],[135.50,34.69]]}',
    "CURVEPOLYGON(CIRCULARSTRING(0 0, 4 0, 4 4, 0 4, 0 0))",
    'TopoJSON: {"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{}}',
    "Polygon has 48,213 vertices; simplify with tolerance 0.0001° before upload?",
    "SRID=3857;LINESTRING(-13627361 6044261, -13626000 6045000)",
    "<gml:LinearRing><gml:posList>47.60 -122.36 47.60 -122.33 47.62 -122.33 47.60 -122.36</gml:posList></gml:LinearRing>",
    "[[-122.36, 47.60], [-122.33, 47.60], [-122.33, 47.62], [-122.36, 47.60]]",
    "POINT(-3.7038 40.4168); POINT(2.1734 41.3851); POINT(-0.3763 39.4699)",
    "MULTIPOLYGON (((...))) — pasted from QGIS 'Copy as WKT', truncated at 32k chars",
    '{\n  "type": "Feature",\n  "properties": {"name": "Brunnen am Markt", "drinkable": true},\n  "geometry": {"type": "Point", "coordinates": [7.4474, 46.9480]}\n}',
]

FEATURE_NAMES = [
    "Hydrant 4471", "Bench #12", "Trailhead north", "Borne 7", "Pozo de agua",
    "Old mill", "Bus stop \"Markt\"", "Children's playground", "Café & bakery",
    "Station T5", "Wegkreuz", "Kiosk Östra", "Lookout <closed>",
]


def tpl_geometry(rng):
    name, lat, lon = rng.choice(CITY_CENTRES)
    lat += rng.uniform(-0.02, 0.02)
    lon += rng.uniform(-0.02, 0.02)
    d = rng.choice([0.001, 0.002, 0.005, 0.01])
    style = rng.randrange(4)
    if style == 0:
        x0, y0, x1, y1 = lon, lat, lon + d, lat + d
        return (f"POLYGON(({x0:.4f} {y0:.4f}, {x1:.4f} {y0:.4f}, {x1:.4f} {y1:.4f}, "
                f"{x0:.4f} {y1:.4f}, {x0:.4f} {y0:.4f}))")
    if style == 1:
        props = json.dumps({"name": rng.choice(FEATURE_NAMES), "city": name}, ensure_ascii=False)
        return ('{"type":"Feature","properties":' + props +
                f',"geometry":{{"type":"Point","coordinates":[{lon:.5f},{lat:.5f}]}}}}')
    if style == 2:
        return f"LINESTRING({lon:.5f} {lat:.5f}, {lon + d:.5f} {lat + d / 2:.5f}, {lon + 2 * d:.5f} {lat:.5f})"
    return f"SRID=4326;POINT({lon:.6f} {lat:.6f})"


# ---------------------------------------------------------------------------
# 3. osm_tags: tag strings, changeset comments, Overpass queries
# ---------------------------------------------------------------------------
OSM_TAGS = [
    "highway=residential; maxspeed=30",
    "building=yes; addr:street=Rue de l'Église; addr:housenumber=12",
    "name:fr=Genève; name:de=Genf; name:it=Ginevra",
    "opening_hours=Mo-Fr 08:00-18:00; Sa 09:00-13:00; PH off",
    "amenity=restaurant + cuisine=pizza;burger",
    "access=no; foot=yes; bicycle=designated",
    "turn:lanes=left|through|through;right",
    "destination=Zürich;Basel",
    "source=survey;Bing",
    "fixme=check if this is still a school",
    "Fixed untagged ways & deleted duplicate nodes near A1 junction",
    "surface=asphalt <-- was gravel, resurfaced 2023",
    "name=Joe's Bar & Grill",
    '[out:json][timeout:25];\narea[name="Berlin"]->.a;\nnode["amenity"="drinking_water"](area.a);\nout body;',
    'way["highway"~"primary|secondary"]({{bbox}});\nout geom;',
    "maxheight=12'6\"",
    "maxspeed:conditional=30 @ (Mo-Fr 07:00-17:00)",
    "website=https://www.example.org/menu?lang=de&table=1",
    "wheelchair=limited; wheelchair:description=One step (~5 cm) at the entrance",
    "lanes:forward=2; lanes:backward=1; oneway=no",
    "hgv=delivery; motor_vehicle=destination",
    "natural=water; water=reservoir; name=Lac de l'Écluse",
    "tourism=alpine_hut; ele=2412; operator=SAC",
    "ref=A 7;E 45",
    'note=Do not "correct" this to highway=track, it is paved',
    "disused:railway=rail",
    "payment:cash=yes; payment:debit_cards=yes; payment:credit_cards=no",
    "shop=hardware; name=Tischlerei Müller & Söhne",
    "crossing=traffic_signals; crossing:island=no",
    "sport=soccer; leisure=pitch; surface=artificial_turf",
    "Use highway=service + service=driveway, not highway=unclassified",
    "Mapped buildings from aerial imagery; dropped duplicated POIs (see changeset #148213)",
    "{{Tag|amenity|drinking_water}}",
    "name:ar=القاهرة; name:en=Cairo",
    "name:ja=東京; name:ko=도쿄; name:zh=东京",
    "railway=station; public_transport=station; uic_ref=8503000",
    "power=line; voltage=380000;220000; cables=6;3",
    "barrier=gate; access=private; locked=yes",
    "smoking=outside; outdoor_seating=yes",
    '[out:csv(::id, name, "addr:postcode")];\nnwr[amenity=pharmacy](47.3,8.4,47.5,8.7);\nout center;',
    "highway=path; sac_scale=demanding_mountain_hiking; trail_visibility=bad",
    "addr:housenumber=12-14; addr:unit=B/2",
    'opening_hours=24/7; Dec 25 off "Christmas"',
    "route=bicycle; network=ncn; ref=EV6; name=EuroVelo 6 – Atlantique – Mer Noire",
    "building:levels=5; roof:shape=gabled; roof:levels=1",
    "diet:vegan=only; organic=yes; name=Grünkern & Co.",
    "Revert of changeset 1402213: mass-edit removed name:* tags without discussion",
    "leisure=park; name=Parc de l'Indépendance; name:nl=Onafhankelijkheidspark",
    "emergency=defibrillator; defibrillator:location=Inside the lobby, left of the lift; access=customers",
    "amenity=place_of_worship; religion=christian; denomination=catholic; name=Sankt Marien",
    "waterway=stream; intermittent=yes; name=Ruisseau d'Argent",
    "contact:phone=+41 44 123 45 67; contact:email=info@example.ch",
    "type=multipolygon; inner ways: 4; outer: 1 -- fixed ring order",
    "historic=castle; castle_type=fortress; start_date=~1250",
]

OSM_POOL = [
    ("highway", ["residential", "service", "footway", "cycleway", "track", "tertiary"]),
    ("surface", ["asphalt", "gravel", "paving_stones", "compacted", "dirt"]),
    ("maxspeed", ["20", "30", "50", "80", "30 mph", "walk"]),
    ("name", ["Rue du Moulin", "Mühlgasse", "Calle de la Iglesia", "O'Connell Street",
              "Smith & Sons Lane", "Via dell'Orso", "Ulica Długa", "Kirkegata"]),
    ("access", ["yes", "private", "destination", "customers", "no"]),
    ("lit", ["yes", "no", "sunset-sunrise"]),
    ("amenity", ["bench", "waste_basket", "drinking_water", "parking", "toilets", "bicycle_parking"]),
    ("opening_hours", ["Mo-Sa 07:00-19:00", "Tu-Su 10:00-17:00; Mo off", "sunrise-sunset", "24/7"]),
    ("source", ["survey", "gps;survey", "aerial imagery 2023", "local knowledge"]),
    ("check_date", ["2023-04-11", "2024-06-02", "2022-09-30"]),
]


def tpl_osm(rng):
    keys = rng.sample(range(len(OSM_POOL)), rng.randint(2, 4))
    parts = []
    for k in sorted(keys):
        key, vals = OSM_POOL[k]
        parts.append(f"{key}={rng.choice(vals)}")
    return rng.choice(["; ", "\n", " + "]).join(parts)


# ---------------------------------------------------------------------------
# 4. service_urls: tile / WMS / WFS / REST URLs pasted into "add layer" fields
# ---------------------------------------------------------------------------
SERVICE_URLS = [
    "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "https://maps.example.org/geoserver/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=city:parcels&STYLES=&CRS=EPSG:4326&BBOX=47.49,-122.45,47.73,-122.23&WIDTH=1024&HEIGHT=768&FORMAT=image/png&TRANSPARENT=true",
    "https://maps.example.org/geoserver/ows?service=WFS&version=2.0.0&request=GetFeature&typeNames=city:hydrants&outputFormat=application/json&CQL_FILTER=status%3D%27active%27",
    "https://gis.example.gov/arcgis/rest/services/Parcels/MapServer/0/query?where=1%3D1&outFields=*&returnGeometry=true&f=geojson",
    "https://gis.example.gov/arcgis/rest/services/Parcels/MapServer/0/query?where=1=1&outFields=*&f=json",
    "https://{s}.tiles.example.net/{z}/{x}/{y}{r}.png",
    "https://tiles.example.net/tms/1.0.0/ortho/{z}/{x}/{-y}.jpg",
    "https://api.example.com/v4/tiles/{z}/{x}/{y}.mvt?access_token=YOUR_TOKEN_HERE",
    "https://ecn.t{0-3}.tiles.example.net/tiles/a{q}.jpeg?g=1234",
    "https://wms.example.de/service?SERVICE=WMS&REQUEST=GetFeatureInfo&VERSION=1.3.0&LAYERS=flurstuecke&QUERY_LAYERS=flurstuecke&CRS=EPSG:25832&BBOX=566000,5934000,567000,5935000&WIDTH=512&HEIGHT=512&I=256&J=256&INFO_FORMAT=text/html",
    "https://wms.example.de/service?service=WMS&request=GetCapabilities",
    "https://features.example.org/collections/buildings/items?bbox=13.3,52.5,13.5,52.6&limit=100&filter=height>20&filter-lang=cql2-text",
    "/vsicurl/https://data.example.org/dem/copernicus_30m_cog.tif",
    "s3://open-geodata-example/landsat/LC08_L2SP_046027_20230715/SR_B4.TIF",
    "pmtiles://https://cdn.example.net/basemap/planet-2024.pmtiles",
    'https://stac.example.org/search?collections=sentinel-2-l2a&bbox=5.9,45.8,10.5,47.8&datetime=2023-06-01T00:00:00Z/2023-06-30T23:59:59Z&query={"eo:cloud_cover":{"lt":10}}',
    "https://wcs.example.org/ows?service=WCS&version=2.0.1&request=GetCoverage&coverageId=dem__elev&subset=Lat(47,48)&subset=Long(-123,-122)&format=image/tiff",
    "https://radar.example.org/wms?LAYERS=precip&TIME=2024-01-01T00:00:00Z/2024-01-31T23:59:59Z&FORMAT=image/png",
    "https://wmts.example.ch/1.0.0/landeskarte-farbe/default/current/2056/{TileMatrix}/{TileCol}/{TileRow}.jpeg",
    "https://gis.example.gov/arcgis/rest/services/Zoning/FeatureServer/2/query?where=ZONE_CODE+IN+%28%27R1%27%2C%27R2%27%29&outFields=ZONE_CODE,SHAPE_Area&f=pjson",
    "https://maps.example.org/geoserver/gwc/service/tms/1.0.0/city:basemap@EPSG:900913@png/{z}/{x}/{-y}.png",
    "https://geocode.example.org/search?q=Rue+de+l%27%C3%89glise+12%2C+Lausanne&format=jsonv2&addressdetails=1",
    "https://overpass.example.org/api/interpreter?data=[out:json];node[amenity=cafe](47.36,8.52,47.38,8.55);out;",
    "https://maps.example.org/qgisserver?MAP=/srv/qgis/projects/flood.qgs&SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER=flood_extent&FORMAT=image/png",
    "https://tiles.example.net/styles/bright/style.json?key=PLACEHOLDER_KEY",
    "https://tiles.example.net/data/v3/{z}/{x}/{y}.pbf",
    "https://demo.example.org/cgi-bin/mapserv?map=/var/www/maps/basemap.map&mode=tile&tilemode=gmap&tile={x}+{y}+{z}&layers=all",
    "https://maps.example.org/geoserver/wms?service=WMS&request=GetMap&layers=osm:roads&styles=&bbox=-180,-90,180,90&width=768&height=384&srs=EPSG:4326&format=application/openlayers",
    "https://maps.example.org/geoserver/wfs?request=GetFeature&typeName=city:trees&propertyName=species,dbh,the_geom&maxFeatures=50&outputFormat=csv",
    "https://elevation.example.net/v1/lookup?locations=47.6062,-122.3321|47.6205,-122.3493",
    "https://router.example.org/route/v1/driving/13.3777,52.5163;13.4132,52.5219?overview=false&steps=true",
    "https://gis.example.gov/arcgis/rest/services/Hydro/MapServer/export?bbox=-123,46,-121,48&bboxSR=4326&size=800,600&format=png32&transparent=true&f=image",
    "https://gis.example.gov/arcgis/rest/services/Parcels/MapServer/0/query?where=OWNER_NAME+LIKE+%27O%27%27BRIEN%25%27&outFields=*&f=json",
    "https://tiles.example.net/hillshade/{z}/{x}/{y}.png?ts=1718000000",
    "https://maps.example.org/geoserver/wms?REQUEST=GetLegendGraphic&VERSION=1.0.0&FORMAT=image/png&WIDTH=20&HEIGHT=20&LAYER=city:zoning&LEGEND_OPTIONS=fontName:DejaVu Sans;fontSize:11;forceLabels:on",
    "https://data.example.org/download/roads_2024.gpkg.zip?token=REPLACE_ME",
    "https://imagery.example.org/wms/INSTANCE_ID?REQUEST=GetMap&LAYERS=TRUE_COLOR&MAXCC=20&TIME=2024-05-01/2024-05-31&CRS=EPSG:3857&BBOX=1113194,5780349,1224514,5891670&WIDTH=512&HEIGHT=512",
    "https://maps.example.org/geoserver/city/wms?service=WMS&request=GetMap&layers=city:pop_by_district&viewparams=min_pop:50000;region:north&bbox=-122.45,47.49,-122.23,47.73&width=800&height=600&srs=EPSG:4326&format=image/png",
    "https://maps.example.org/geoserver/ows?service=WFS&request=GetFeature&typeName=city:schools&CQL_FILTER=DWITHIN(the_geom,POINT(-122.33 47.61),1000,meters)",
    "https://maps.example.org/geoserver/ows?service=WFS&request=GetFeature&typeName=city:roads&CQL_FILTER=name%20ILIKE%20%27%25stra%C3%9Fe%25%27",
    "https://tiles.example.net/{z}/{x}/{y}@2x.png",
    "https://www.example.org/maps/#map=15/47.6062/-122.3321&layers=H",
    "https://www.example.org/maps/?mlat=46.2044&mlon=6.1432#map=17/46.2044/6.1432",
    "https://geocoder.example.org/v1/reverse?point.lat=48.8584&point.lon=2.2945&size=1&layers=address",
    "https://tiles.example.net/terrain-rgb/{z}/{x}/{y}.webp?v=2",
    "https://gis.example.gov/arcgis/rest/services/Utilities/FeatureServer/0/applyEdits  (POST, adds=[...], rollbackOnFailure=true)",
    "https://maps.example.org/geoserver/rest/workspaces/city/datastores.json  → 401, need editor role",
    "https://wfs.example.fr/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=cadastre:parcelle&SRSNAME=EPSG:2154&BBOX=652000,6862000,653000,6863000,EPSG:2154&COUNT=500",
    "WMS works in QGIS but not here: https://wms.example.at/ogc?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=orthofoto&SRS=EPSG:31287 — 1.1.1 uses SRS not CRS?",
    "https://maps.example.org/geoserver/wms?service=WMS&version=1.1.0&request=GetMap&layers=city:parcels&styles=parcels_by_zone&format_options=dpi:180;antialias:full",
]

WMS_HOSTS = ["https://maps.example.org/geoserver/wms", "https://ows.example.eu/wms",
             "https://geo.example.gov.au/mapserver", "https://kart.example.no/wms",
             "https://sig.example.fr/geoserver/ows"]
WMS_LAYERS = ["parcels", "roads", "ortho_2023", "flood_zones", "kommuner", "cadastre:parcelle",
              "hydro:rivers", "landuse_2018", "noise_lden"]
BBOXES = [("EPSG:4326", "47.49,-122.45,47.73,-122.23"), ("EPSG:3857", "-1252344,6261721,-1095801,6418264"),
          ("EPSG:25833", "385000,5810000,395000,5820000"), ("EPSG:2056", "2595000,1195000,2605000,1205000"),
          ("EPSG:4326", "59.85,10.60,59.98,10.90")]
XYZ_HOSTS = ["https://tiles.example.net", "https://{s}.basemap.example.org", "https://cache.example.gov/tiles"]


def tpl_urls(rng):
    style = rng.randrange(3)
    if style == 0:
        crs, bbox = rng.choice(BBOXES)
        w = rng.choice([256, 512, 800, 1024])
        return (f"{rng.choice(WMS_HOSTS)}?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS={rng.choice(WMS_LAYERS)}"
                f"&CRS={crs}&BBOX={bbox}&WIDTH={w}&HEIGHT={w}&FORMAT={rng.choice(['image/png', 'image/jpeg', 'image/png8'])}")
    if style == 1:
        layer = rng.choice(WMS_LAYERS).replace(":", "_")
        ext = rng.choice(["png", "jpg", "webp", "pbf"])
        return f"{rng.choice(XYZ_HOSTS)}/{layer}/{{z}}/{{x}}/{{y}}.{ext}"
    crs, bbox = rng.choice(BBOXES)
    return (f"{rng.choice(WMS_HOSTS).replace('/wms', '/ows')}?service=WFS&version=2.0.0&request=GetFeature"
            f"&typeNames={rng.choice(WMS_LAYERS)}&bbox={bbox},{crs}&count={rng.choice([50, 100, 1000])}")


# ---------------------------------------------------------------------------
# 5. expressions: QGIS / ArcGIS / MapServer / Mapbox / CQL filters and styles
# ---------------------------------------------------------------------------
EXPRESSIONS = [
    "[population] > 50000 AND \"type\" = 'city'",
    "\"POP2020\" >= 100000 AND \"STATE_ABBR\" IN ('WA', 'OR', 'ID')",
    "\"landuse\" = 'residential' OR \"landuse\" = 'commercial'",
    "NAME LIKE 'San %'",
    "\"name\" ILIKE '%straße%'",
    "CASE WHEN \"speed\" > 80 THEN 'fast' WHEN \"speed\" > 50 THEN 'medium' ELSE 'slow' END",
    "$area / 10000",
    "concat(\"street\", ' ', \"housenr\", ', ', \"city\")",
    "\"name\" || ' (' || \"ref\" || ')'",
    "round($length, 2) || ' m'",
    "var pop = $feature.POP2020;\nif (pop > 1000000) { return \"Metro\"; }\nreturn \"Town\";",
    "IIf(IsEmpty($feature.NAME), \"Unnamed\", Proper($feature.NAME))",
    "var parcels = FeatureSetByName($map, \"Parcels\");\nvar hits = Intersects(parcels, $feature);\nreturn Count(hits);",
    '["case", [">", ["get", "population"], 50000], "#d7301f", "#fdbb84"]',
    '["match", ["get", "class"], "primary", 4, "secondary", 3, 1]',
    '["interpolate", ["linear"], ["zoom"], 10, 1, 16, ["*", 2, ["get", "width"]]]',
    "INTERSECTS(the_geom, POLYGON((-122.36 47.60, -122.33 47.60, -122.33 47.62, -122.36 47.60)))",
    "DWITHIN(geom, POINT(-122.33 47.61), 500, meters) AND type = 'school'",
    "BBOX(geom, -122.45, 47.49, -122.23, 47.73)",
    "dateModified AFTER 2023-01-01T00:00:00Z",
    "STATUS <> 'Retired' AND INSTALL_DATE >= DATE '2010-01-01'",
    "ZONING IS NOT NULL AND ZONING NOT IN ('R1', 'R2')",
    "\"elevation\" BETWEEN 200 AND 500",
    "regexp_match(\"name\", '^St\\\\.? ')",
    "aggregate(layer:='parcels', aggregate:='sum', expression:=\"area_ha\", filter:=intersects($geometry, geometry(@parent)))",
    "@map_scale < 25000",
    "to_date(\"survey_date\") > to_date('2022-06-01')",
    "format_date(now(), 'yyyy-MM-dd')",
    "\"depth_m\" < 2 AND \"material\" = 'PVC' -- old pipes only",
    "/* parks larger than 1 ha */ \"leisure\" = 'park' AND $area > 10000",
    "EXPRESSION ([POP] > 50000)",
    "EXPRESSION (\"[TYPE]\" = \"city\")",
    "EXPRESSION /^Rue /",
    "<ogc:Filter><ogc:PropertyIsGreaterThan><ogc:PropertyName>pop</ogc:PropertyName><ogc:Literal>50000</ogc:Literal></ogc:PropertyIsGreaterThan></ogc:Filter>",
    "SELECT p.name, ST_Area(p.geom::geography) / 10000 AS ha\nFROM parcels p\nWHERE ST_Intersects(p.geom, ST_MakeEnvelope(-122.45, 47.49, -122.23, 47.73, 4326))\nORDER BY ha DESC;",
    "select * from roads r join speed_limits s on r.osm_id = s.osm_id where s.maxspeed > 50",
    "\"owner\" = 'O''Brien'",
    "\"name\" = 'Côte-d''Or' OR \"name_en\" = 'Golden Coast'",
    "coalesce(\"name:de\", \"name\", '—')",
    "if(\"lanes\" >= 4, 'arterial', 'local')",
    "buffer($geometry, 25)",
    "\"height\" * 3.28084 > 100 /* feet */",
    "attribute(get_feature('zones', 'code', \"zone_code\"), 'label')",
    "\"type\" != 'footway' AND \"access\" NOT IN ('private', 'no')",
    "array_contains(string_to_array(\"tags\", ';'), 'wifi')",
    "$feature.SALES_2023 - $feature.SALES_2022",
    "Text($feature.INSTALL_DATE, 'MMM D, Y') + \" — \" + $feature.ASSET_ID",
    "\"pop_density\" > (\"pop_total\" / $area) * 1e6",
    "STATE_NAME = 'Washington' AND (CITY_FIPS LIKE '53%' OR CITY_FIPS IS NULL)",
    '["all", ["==", ["geometry-type"], "Polygon"], ["!=", ["get", "building"], "no"]]',
    "\"name\" ~ '^(North|South) ' -- PostGIS regex, case-sensitive",
    "layer_property(@layer, 'feature_count') > 0 AND @row_number <= 100",
    "\"type\" = 'city' AND \"capital\" = 'yes' AND \"pop\" > 1e6 -- label these at z5+",
]

EXPR_NUM = ["\"POP2020\"", "\"elev_m\"", "[AREA_HA]", "\"lanes\"", "$feature.DBH_CM", "\"height\""]
EXPR_TEXT = [
    ("\"landuse\"", ["'residential'", "'farmland'", "'forest'", "'industrial'"]),
    ("\"highway\"", ["'primary'", "'residential'", "'footway'", "'track'"]),
    ("STATUS", ["'Active'", "'Retired'", "'Planned'"]),
    ("\"zone_code\"", ["'R-2'", "'C-1'", "'MU/3'"]),
    ("\"name_fr\"", ["'Forêt de Sénart'", "'Rue de l''Église'", "'Île Saint-Louis'"]),
    ("\"street\"", ["'Hauptstraße'", "'O''Connell Street'", "'Calle Mayor'"]),
]


def tpl_expressions(rng):
    def one():
        if rng.random() < 0.5:
            field = rng.choice(EXPR_NUM)
            return f"{field} {rng.choice(['>', '>=', '<', '<=', '=', '<>'])} {rng.choice([2, 4, 25, 150, 1000, 50000])}"
        field, vals = rng.choice(EXPR_TEXT)
        return f"{field} {rng.choice(['=', '<>', '!='])} {rng.choice(vals)}"
    n = rng.randint(1, 3)
    joiner = rng.choice([" AND ", " OR ", " and "])
    return joiner.join(one() for _ in range(n))


# ---------------------------------------------------------------------------
# 6. survey_notes: what field crews type into the notes box
# ---------------------------------------------------------------------------
SURVEY_NOTES = [
    "Plot 14: fence line 2 m east of what's on the map; owner says it's been there since '98.",
    "Hydrant #4471 — cap missing, painted red/white. Pressure OK (> 40 psi).",
    "Couldn't access site; gate locked & no answer at the house. Will retry Tue.",
    "Culvert under Rd 12 blocked ~60%; debris & sediment. Photos 0231-0236.",
    "GPS fix poor under canopy (HDOP > 4), used offset from pin at 'NW corner'.",
    "Nest found 3 m from trail; DO NOT publish exact coords.",
    "Tree #88: Quercus robur, DBH 64 cm, crown dieback <20%.",
    "BH-3 log:\n0.0-1.2 m topsoil, dark brown\n1.2-3.5 m stiff clay\nwater strike @ 2.8 m\nEOH 5.0 m",
    "Zaun beschädigt, ca. 15 m; Eigentümer informiert. Fotos Nr. 12–14.",
    "Borne géodésique retrouvée, mais déplacée d'env. 30 cm — à re-lever.",
    "Camino cortado por derrumbe; acceso alternativo por la pista forestal (ver croquis).",
    "Sign says 'Private Road — No Exit'; OSM has it as highway=unclassified, should be service.",
    "Drop the old point, it's a duplicate of ID 4412.",
    "Crew left at 16:40; sleep over at Camp 2, resume transect T5 tomorrow 07:00.",
    "Select sites where flow > 0.5 m/s; skip the ones behind the weir.",
    "Manhole MH-221 lid says 'SEWER' but it's actually storm; update asset layer.",
    "Power line crossing; kept > 3 m clearance. Drone flight aborted (wind 12 m/s).",
    "Owner: Mr. O'Neill; phone on file. Dog on property!!",
    "Rebar pin w/ cap 'LS 12345' found; set PK nail in asphalt as backup.",
    "Pole 17/B leaning ~10°, crack at base. Reported to utility (ticket #88213).",
    "Cattle grid replaced with gate — update barrier=cattle_grid -> barrier=gate.",
    "Trail washed out between km 3.2 and 3.6; rerouted via the ridge (see track_0612.gpx).",
    "Water sample W-07: pH 6.8, EC 412 µS/cm, T 14.2 °C, turbidity <5 NTU.",
    "Species list T3:\n- Carex nigra (abundant)\n- Drosera rotundifolia (3 plants)\n- Sphagnum spp.\nNo invasives seen.",
    "Control point CP-12 disturbed by excavator; re-observed 2x 3 min static, RMS 0.011 m.",
    "Bridge deck: spalling on N side, rebar exposed (approx 0.4 m²). Load sign missing.",
    "Visitei a área às 9h; marcos de divisa 3 e 4 não encontrados. Vizinho diz que foram removidos.",
    "Sopralluogo ok; la strada vicinale è chiusa con sbarra, chiave presso il Comune.",
    "Ingen tilgang pga snø; prøver igjen i mai. Skiltet ved P-plassen er borte.",
    "測点No.5 付近で地盤沈下あり（約5cm）。写真番号 IMG_0412〜0415。",
    "Kisima kimeharibika; wanakijiji wanatumia mto. Tulipiga picha 6.",
    "Sample bag #23 mislabeled as #32 — swap in the lab sheet, not in the field app.",
    "Union of the two wetland polygons looks right on the ground; boundary follows the ditch.",
    "Access via farm track off B4321; ask at Hill Farm first (they're fine with it).",
    "Script on the tablet crashed twice when saving photos > 8 MB; used camera app instead.",
    "Parcel 221/3: building extended to the rear (~25 m²), not in cadastre. Notify planning?",
    "Meter reading: 004312.7 m³ — dial glass cracked; replaced seal no. 77120.",
    "Wasp nest in the valve chamber at VC-9 — DO NOT open without kit!",
    "Left flagging tape (orange) on trees at both ends of transect; remove on last visit.",
    "Depth to water: 1.84 m below TOC; TOC = 0.42 m above ground. Logger swapped (S/N 20-3318).",
    "Old survey said 'iron pipe found'; I found a 5/8\" rebar instead, 0.3' N of calc position.",
    "Speed bump not on the map; also the 20 mph zone starts ~50 m earlier than drawn.",
    "Footpath sign vandalised; text reads 'Public Footpath → Church ½ mile'.",
    "Stream crossing: depth 0.6 m, velocity ~1 m/s — not safe for crew, turned back @ 14:10.",
    "Checked 14 street lights: #3, #7, #11 out; #9 flickering. Rest OK.",
    "Interview w/ resident (anon.): flooding here in 2019 & 2021, water up to 'the second step'.",
    "Rock outcrop mapped as scree in the 1:25k; actually bedrock, dip 35° → 210°.",
    "Bin 27 missing. Bin 28 moved to the other side of the bus stop (see photo).",
    "Could not find benchmark BM 52.3 — likely under the new pavement; used BM 52.4 instead.",
    "Fire hydrant obstructed by parked cars every visit; suggest no-parking marking.",
    "Survey done by A. Kowalczyk & J. O'Brien, 2024-05-14, weather: drizzle, 9 °C.",
    "Note to GIS team: the 'exec' field in the form means 'executed by', not an executable — pls rename.",
]

STATIONS = ["T1", "T2", "T4", "P-07", "CP-3", "W-12", "MH-118", "H-2291", "Plot 9", "Stn 41"]
OBSERVATIONS = [
    "no change since last visit", "vegetation cut back, marker visible again",
    "marker bent; straightened & re-measured", "standing water ~10 cm", "fence post missing",
    "access blocked by fallen tree", "sign faded, text unreadable", "new gate installed (locked)",
    "erosion at toe of slope", "owner's dog loose — stayed in vehicle",
]
EXTRAS = ["photos 3-5", "see sketch", "GNSS fix RTK, ±2 cm", "HDOP 1.1", "revisit in spring",
          "reported to ops", "coords from phone (±8 m)", "measured w/ tape", "nothing else to note"]


def tpl_survey(rng):
    day = f"2024-{rng.randint(3, 10):02d}-{rng.randint(1, 28):02d}"
    obs = rng.choice(OBSERVATIONS)
    if rng.random() < 0.35:
        return f"{rng.choice(STATIONS)} ({day}):\n- {obs}\n- {rng.choice(EXTRAS)}"
    return f"{rng.choice(STATIONS)} {day}: {obs}; {rng.choice(EXTRAS)}."


# ---------------------------------------------------------------------------
# 7. geocode_queries: what people type into the address search box
# ---------------------------------------------------------------------------
GEOCODE = [
    "221B Baker Street, London NW1 6XE",
    "Rue de l'Église 12, 1003 Lausanne",
    "Straße des 17. Juni 135, 10623 Berlin",
    "Calle de Alcalá, 42, 28014 Madrid",
    "〒100-0005 東京都千代田区丸の内1丁目",
    "Москва, Красная площадь, 1",
    "Av. Paulista, 1578 - Bela Vista, São Paulo - SP",
    "O'Hare Airport, Chicago",
    "corner of 5th & Main",
    "Apt #4B, 12 Elm St.",
    "cafes near Union Square",
    "Select Comfort store, Denver",
    "Drop-off point, Terminal 2",
    "Exec Center, 100 Pine St, Suite 400",
    "Sleepy Hollow, NY",
    "Alert, Nunavut",
    "Table Mountain, Cape Town",
    "Union Station, Los Angeles",
    "Truth or Consequences, NM",
    "St. John's, NL A1C 5M2",
    "Kraków, ul. Floriańska 3/5",
    "Building 7/2, Block C, Sector 18",
    "P.O. Box 1234, Anchorage AK",
    "near the old mill on Hwy 9 (past the bridge)",
    "Piazza San Marco, 30124 Venezia VE",
    "Αθήνα, Πλατεία Συντάγματος",
    "القاهرة، ميدان التحرير",
    "תל אביב, רחוב דיזנגוף 50",
    "서울특별시 중구 세종대로 110",
    "Fort, D.N. Road, Mumbai 400001",
    "Strøget, København K",
    "Zürich HB",
    "Five & Dime, Main St, Bisbee AZ",
    "Hell, Norway",
    "Boring, Oregon",
    "Hwy 1 & Rte 9, mile marker 12.5",
    "Execution Rocks Lighthouse",
    "Kill Devil Hills, NC 27948",
    "Sainte-Foy-lès-Lyon",
    "1 Infinite Loop? no wait — the new campus, Cupertino",
    "Hauptstr. 5 / Ecke Bahnhofstr., 79098 Freiburg",
    "Schloss Neuschwanstein, Neuschwansteinstraße 20, 87645 Schwangau",
    "\"Main Street\" Springfield -Illinois",
    "10 Downing St",
    "Bahnhofplatz 1, 3011 Bern (Eingang West)",
    "Rua Augusta 24 - 1º Esq., 1100-053 Lisboa",
    "Plac Defilad 1, 00-901 Warszawa",
    "Via dell'Abbondanza, Pompei",
    "Centrum Handlowe „Arkadia”, Warszawa",
    "Wall St & Broad St, New York, NY 10005",
    "C/ Gran Vía 28, 3º izq., Madrid",
    "Union, NJ 07083",
    "Mill Road <> Station Road roundabout, Cambridge",
    "Mumbai (Bombay) CST station",
]

STREET_NUMS = ["1", "12", "27b", "104", "3/5", "55-57", "1600", "8A"]
STREETS = ["Rue du Faubourg Saint-Antoine", "Kärntner Straße", "Calle Mayor", "O'Connell St",
           "Via Roma", "King's Road", "Øvre Slottsgate", "Ulica Świętojańska", "Rua das Flores",
           "Avenida 9 de Julio", "Mannerheimintie", "Queen St W"]
CITIES = ["Paris", "Wien", "Madrid", "Dublin", "Torino", "London SW3", "Oslo", "Gdynia", "Porto",
          "Buenos Aires", "Helsinki", "Toronto ON"]


def tpl_geocode(rng):
    i = rng.randrange(len(STREETS))
    num = rng.choice(STREET_NUMS)
    if rng.random() < 0.5:
        return f"{num} {STREETS[i]}, {CITIES[i]}"
    return f"{STREETS[i]} {num}, {CITIES[i]}"


# ---------------------------------------------------------------------------
# 8. data_paths: dataset paths, data sources and processing lines in lineage
# ---------------------------------------------------------------------------
DATA_PATHS = [
    r"C:\GIS\Projects\2024\parcels_final_v3.shp",
    "/data/gis/roads/roads_2023.gpkg",
    "../shared/basemaps/hillshade.tif",
    r"\\fileserver\gis$\hydro\streams.shp",
    "~/Downloads/export (3).geojson",
    "/vsizip/data/admin_boundaries.zip/admin1.shp",
    "s3://geodata-bucket/landsat/2023/B4.TIF",
    "ogr2ogr -f GPKG out.gpkg in.shp -t_srs EPSG:3857 -nlt PROMOTE_TO_MULTI",
    "gdalwarp -t_srs EPSG:32633 -r bilinear -tr 10 10 in.tif out.tif",
    "ogr2ogr -f \"PostgreSQL\" PG:\"host=db.internal dbname=gis user=loader\" roads.shp -nln roads -lco GEOMETRY_NAME=geom",
    "shp2pgsql -s 4326 -I parcels.shp public.parcels | psql -d gis",
    "raster2pgsql -s 2056 -t 256x256 -I -C dem/*.tif public.dem > dem.sql",
    "gdal_calc.py -A nir.tif -B red.tif --outfile=ndvi.tif --calc=\"(A-B)/(A+B)\"",
    "ogrinfo -sql \"SELECT COUNT(*) FROM roads WHERE highway='primary'\" roads.gpkg",
    "parcels.gpkg|layername=parcels_2024",
    "dbname='gis' host=db.internal port=5432 user='viewer' sslmode=require key='gid' srid=4326 type=MultiPolygon table=\"public\".\"parcels\" (geom) sql=\"zone\" = 'R1'",
    "/home/anna/qgis/projects/flood_model.qgz",
    "Übersichtsplan_Gemeinde_Zürich_1-5000.pdf",
    "Stadtplan – Entwurf (final) [v2].dxf",
    r"C:\Users\jsmith\AppData\Roaming\QGIS\QGIS3\profiles\default\python\plugins",
    "/srv/mapserver/mapfiles/basemap.map",
    "/var/cache/tiles/osm/{z}/{x}/{y}.png",
    r"..\..\Shared\Symbols\survey_points.qml",
    "export_2024-05-01T10-22-11.csv",
    "parcels.shp, parcels.shx, parcels.dbf, parcels.prj, parcels.cpg",
    "gdalbuildvrt -resolution highest mosaic.vrt tiles/*.tif && gdal_translate -of COG mosaic.vrt mosaic_cog.tif",
    "gdal_rasterize -a height -tr 1 1 -l buildings buildings.gpkg buildings_dsm.tif",
    "ogr2ogr -f GeoJSON -where \"STATE = 'WA'\" wa_counties.geojson counties.shp",
    "ogr2ogr -sql \"SELECT name, ST_Union(geom) AS geom FROM districts GROUP BY name\" -dialect SQLite dissolved.gpkg districts.gpkg",
    "gdaldem hillshade -z 2 -compute_edges dem.tif hillshade.tif",
    "osmium tags-filter planet-latest.osm.pbf w/highway -o highways.osm.pbf",
    "osm2pgsql -d osm --slim -C 8000 --hstore switzerland-latest.osm.pbf",
    "tippecanoe -o buildings.pmtiles -zg --drop-densest-as-needed buildings.geojson",
    "gdal_translate -a_srs EPSG:4326 -a_ullr -180 90 180 -90 world.png world.tif",
    "find . -name \"*.shp\" -newer last_run.txt",
    "python3 scripts/clean_topology.py --in parcels.gpkg --snap 0.05 --drop-slivers",
    "$HOME/gis/data/srtm/N47W123.hgt",
    "/mnt/nas/Orthofotos/2022/RGB/tile_2600_1200.jp2",
    "file:///C:/GIS/Data/rivers.kml",
    "D:\\Orthos\\2022\\index.vrt",
    "~/QGIS/styles/roads_osm_like.qml;~/QGIS/styles/labels.qml",
    "GPKG:/data/survey.gpkg:observations_2024",
    "PG:\"dbname=gis schema=staging tables=parcels_import\"",
    "/vsis3/open-geodata-example/dem/cop30/N46E006.tif",
    "WFS:https://maps.example.org/geoserver/wfs?typename=city:trees",
    "zip://./downloads/gadm41_CHE_shp.zip!gadm41_CHE_2.shp",
    "GTiff output: ../out/ndvi_%Y%m%d.tif (one file per date)",
    "crontab: 0 2 * * * /opt/etl/bin/sync_osm.sh >> /var/log/etl/sync_osm.log 2>&1",
    "C:\\Program Files\\QGIS 3.34.4\\bin\\ogr2ogr.exe",
    "/opt/arcgis/server/usr/directories/arcgisoutput/",
]

PATH_ROOTS = ["/data/gis", "/srv/geodata", r"C:\GIS\Data", r"D:\Projekte\GIS", "~/projects/maps", "../data"]
PATH_DIRS = ["hydro", "transport", "cadastre", "landcover", "admin", "survey_2024", "orthos", "dem"]
PATH_NAMES = ["rivers", "roads_main", "parcels", "clc_2018", "gemeinden", "points_raw", "ortho_rgb",
              "dtm_1m", "bâtiments", "ścieżki"]
PATH_EXTS = ["shp", "gpkg", "geojson", "tif", "fgb", "kml", "csv", "parquet"]


def tpl_paths(rng):
    root = rng.choice(PATH_ROOTS)
    sep = "\\" if "\\" in root else "/"
    name = f"{rng.choice(PATH_NAMES)}_{rng.randint(2015, 2024)}.{rng.choice(PATH_EXTS)}"
    return sep.join([root, rng.choice(PATH_DIRS), name])


# ---------------------------------------------------------------------------
# 9. place_labels: map labels, annotations, multilingual place names
# ---------------------------------------------------------------------------
PLACE_LABELS = [
    "Mont Blanc / Monte Bianco (4808 m)",
    "Kraków — Stare Miasto",
    "大阪城 Ōsaka-jō",
    "Reykjavík",
    "Llanfairpwllgwyngyll",
    "Ciudad de México (CDMX)",
    "São Tomé & Príncipe",
    "Côte d'Ivoire",
    "Baile Átha Cliath / Dublin",
    "Sagarmatha / Chomolungma / Everest",
    "Uluṟu (Ayers Rock)",
    "Aotearoa / New Zealand",
    "Hawaiʻi Volcanoes NP",
    "Drop zone A — no landing > 10 kt crosswind",
    "← to trailhead (2.4 km)",
    "Flood extent 2021 <-- do not edit",
    "Contour interval = 10 m",
    "Scale 1:25 000",
    "Datum: NAD83(2011) / UTM 10N",
    "Sheet 4 of 12 — see inset",
    "Union Bay Natural Area",
    "Execution Rocks",
    "Dead Man's Curve",
    "Teufelsbrücke / Devil's Bridge",
    "'s-Hertogenbosch",
    "Ta' Xbiex",
    "L'Aquila",
    "Sant'Agata de' Goti",
    "Hell's Kitchen",
    "Ko Samui (เกาะสมุย)",
    "Dubai (دبي)",
    "Tbilisi (თბილისი)",
    "Yerevan (Երևան)",
    "Addis Ababa (አዲስ አበባ)",
    "Chennai (சென்னை)",
    "Athens (Αθήνα)",
    "Київ / Kyiv",
    "Zürich ↔ Basel: 87 km",
    "Proposed bike lane (Phase 2) — pending council vote 03/2025",
    "Spot height 1,204' (367 m)",
    "BM 52.3",
    "Private — no public access",
    "Nuuk (Godthåb)",
    "Ciudad Juárez",
    "Kill Devil Hills",
    "Rue de l'Abreuvoir & Rue des Saules",
    "Ffestiniog Railway (Rheilffordd Ffestiniog)",
    "Tōkyō-wan 東京湾",
    "Lake Titicaca (Titiqaqa Qucha)",
    "Cape Agulhas — southern tip of Africa (34°50'S)",
    "Isla de Pascua / Rapa Nui",
    "Ħal Qormi",
    "Māngere Bridge",
    "Area C: do not dig — gas main @ 0.8 m",
    "Salt pan (seasonal)\nimpassable Nov–Mar",
]

LABEL_PEAKS = [("Piz Bernina", 4049), ("Puy de Dôme", 1465), ("Sněžka", 1603), ("Galdhøpiggen", 2469),
               ("Ben Nevis", 1345), ("Mulhacén", 3479), ("Triglav", 2864), ("Rysy", 2501),
               ("Zugspitze", 2962), ("Monte Cinto", 2706), ("Olympus (Όλυμπος)", 2918), ("Musala (Мусала)", 2925)]
LABEL_KINDS = ["summit", "trig point", "summit cross", "survey pillar", "webcam"]


def tpl_labels(rng):
    name, ele = rng.choice(LABEL_PEAKS)
    ele = f"{ele:,}".replace(",", rng.choice([",", " ", "'", ""]))
    style = rng.randrange(3)
    if style == 0:
        return f"{name} ({ele} m)"
    if style == 1:
        return f"{name} — {rng.choice(LABEL_KINDS)}, {ele} m"
    return f"{name}\n{ele} m ▲"


# ---------------------------------------------------------------------------
# 10. catalogue_metadata: titles, abstracts, lineage, licence, attribution
# ---------------------------------------------------------------------------
CATALOGUE = [
    "Building footprints derived from 2022 aerial imagery (10 cm GSD); attributes: height, roof_type, year_built.",
    "License: CC BY 4.0 — © OpenStreetMap contributors",
    "© GeoBasis-DE / BKG (2024), dl-de/by-2-0",
    "Keywords: hydrology; rivers; streams; WFD; INSPIRE",
    "Lineage: digitised from 1:10 000 paper maps (1987), re-projected from EPSG:27700 to EPSG:4326, topology cleaned (gaps < 0.5 m snapped).",
    "Temporal extent: 2015-01-01/2020-12-31",
    "Update frequency: quarterly; nightly diff via cron (02:00 UTC)",
    "Known issues: the union of the county polygons leaves slivers along the river; drop features with area < 1 m².",
    "Contact: gis-team@example.org",
    "Access constraints: none. Use limitation: NOT for navigation!",
    "Spatial resolution: 30 m; CRS: EPSG:32610 (WGS 84 / UTM zone 10N)",
    "ZONE_CODE (text, 8) — zoning code, e.g. 'R-1', 'C-2'\nAREA_HA (double) — area in hectares\nUPDATED (date)",
    "Positional accuracy ±2.5 m (95% CI); completeness > 98% vs. 2023 field check.",
    "Source: national 1 arc-second DEM, void-filled; vertical datum EGM2008.",
    "The 'system' field holds the coordinate system code; 'exec_date' is the execution date of the survey contract.",
    "Deprecated: replaced by roads_v2; drop after 2025-06-30.",
    "Script used: scripts/clean_topology.py (see repo, tag v1.4.2)",
    "Abstract: Polygons of protected areas (IUCN I–VI). Select the 'status' attribute to filter designated vs. proposed sites.",
    "Zusammenfassung: Flurstücke der Gemeinde inkl. Nutzungsart; Stand 31.12.2023. Nutzung nur für interne Zwecke.",
    "Résumé : limites des communes au 1er janvier 2024 ; simplifiées à 10 m pour l'affichage web.",
    "Resumen: red hidrográfica 1:25.000; los cauces intermitentes llevan el atributo 'temporal = S'.",
    "<gmd:title><gco:CharacterString>Road network 2024</gco:CharacterString></gmd:title>",
    "Title: Noise map Lden (road + rail) | Format: GeoTIFF | Resolution: 10 m | Licence: OGL v3.0",
    "Attribution required: \"Contains data © Example County Council 2024\"",
    "Processing steps:\n1. ogr2ogr import\n2. ST_MakeValid on all polygons\n3. dissolve by district_id\n4. export to GPKG & FlatGeobuf",
    "Values < 0 in band 1 are NoData (-9999); scale factor 0.0001 applies to NDVI.",
    "Data owner: Dept. of Public Works & Utilities; steward: J. Müller <j.mueller@example.org>",
    "Fields: OBJECTID; NAME; NAME_LOCAL; POP_2020; ISO_A3; SHAPE@AREA",
    "Versioning: v3.2 (2024-02) — added 'wheelchair' attribute; v3.1 dropped 'fax' field.",
    "Thumbnail: https://catalog.example.org/thumbs/roads_2024.png",
    "Bounding box W -10.5 / E 1.8 / S 49.8 / N 60.9",
    "Tags: #flood #risk #climate_adaptation #2050",
    "Dataset was built by joining parcels (cadastre) with owners table on parcel_id; owner names removed for privacy.",
    "This layer is the UNION ALL of the five district extracts, no deduplication was done.",
    "WARNING: heights above 300 m are probably errors (cranes, antennas) — filter with height <= 300.",
    "Coverage: mainland only; islands (Åland, Gotland) will follow in Q3.",
    "INSPIRE theme: Transport Networks (tn); conformity: not evaluated",
    "Licence: ODbL 1.0 — share-alike applies to derived databases, not to rendered maps.",
    "The SLD style for this layer lives at styles/landuse.sld; the QML variant is attached.",
    "Metadata standard: ISO 19115-3; last review 2024-03-18 by @mkowalski",
    "Data dictionary:\n  type: 1 = residential, 2 = commercial, 3 = industrial, 9 = unknown\n  flag: Y/N",
    "Sampling design: stratified random, 3 strata (forest / grassland / arable), n = 412 plots.",
    "Ce jeu de données remplace « BD_ROUTES_2019 » ; les identifiants ont changé !",
    "Datos abiertos — puede reutilizarlos citando la fuente: © Ayuntamiento, 2024.",
    "Projection note: stored in EPSG:3857 for tiles only; do NOT use for area calculations.",
    "Original shapefile had DBF field names cut to 10 chars (POP_DENSIT, ELEV_MEAN_) — renamed on import.",
    "Quality flag 'Q' values: A (best) … E (suspect); about 4% are 'E'.",
    "Derived from Sentinel-2 L2A, cloud mask SCL ∉ {3, 8, 9, 10}, median composite Jun–Aug 2023.",
    "Download: https://data.example.org/dl/landuse_2023.zip (412 MB, SHA-256 in README)",
    "Restricted: contains locations of protected species nests — access for staff only.",
    "Status: under revision; expect column 'class' to be renamed 'lc_class' in the next release.",
]

CAT_TOPICS = ["Road network", "Building footprints", "Land cover", "Flood zones", "Cadastral parcels",
              "Bus stops", "Tree inventory", "Noise map", "Protected areas", "Bike lanes", "Wells & springs"]
CAT_AREAS = ["Canton de Vaud", "Région Île-de-France", "County Kerry", "Landkreis Görlitz", "Provincia di Cuneo",
             "Gmina Kłodzko", "King County, WA", "Comunidad de Madrid"]
CAT_LICENCES = ["CC BY 4.0", "ODbL 1.0", "CC0", "OGL v3.0", "dl-de/by-2-0", "internal use only"]
CAT_CRS = ["EPSG:4326", "EPSG:3857", "EPSG:2056", "EPSG:2154", "EPSG:25832", "EPSG:2927"]


def tpl_catalogue(rng):
    topic = rng.choice(CAT_TOPICS)
    area = rng.choice(CAT_AREAS)
    year = rng.randint(2016, 2024)
    if rng.random() < 0.5:
        return f"{topic} – {area} ({year})"
    return (f"Title: {topic}, {area}; CRS: {rng.choice(CAT_CRS)}; "
            f"Licence: {rng.choice(CAT_LICENCES)}; Updated: {year}-{rng.randint(1, 12):02d}")


CATEGORIES = [
    ("coordinates", COORDINATES, tpl_coordinates),
    ("geometry", GEOMETRY, tpl_geometry),
    ("osm_tags", OSM_TAGS, tpl_osm),
    ("service_urls", SERVICE_URLS, tpl_urls),
    ("expressions", EXPRESSIONS, tpl_expressions),
    ("survey_notes", SURVEY_NOTES, tpl_survey),
    ("geocode_queries", GEOCODE, tpl_geocode),
    ("data_paths", DATA_PATHS, tpl_paths),
    ("place_labels", PLACE_LABELS, tpl_labels),
    ("catalogue_metadata", CATALOGUE, tpl_catalogue),
]


def build():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for category, literals, template in CATEGORIES:
        if len(literals) > PER_CATEGORY:
            raise SystemExit(f"{category}: too many literals")
        if len(literals) < 0.55 * PER_CATEGORY:
            raise SystemExit(f"{category}: fewer than 55% literals")
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {category}: {v!r}")
            seen.add(v)
            values.append(v)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{category}: template cannot produce enough unique values")
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        for v in values:
            if not isinstance(v, str) or not v or len(v) > MAX_LEN:
                raise SystemExit(f"bad value in {category}: {v!r}")
            rows.append({"category": category, "label": "benign", "value": v})
        stats.append((category, len(values), len(literals)))
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": r["value"]})
    return out, stats


def main():
    rows, stats = build()
    path = Path(__file__).with_name("benign.jsonl")
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    total_lit = 0
    for category, n, lit in stats:
        total_lit += lit
        print(f"{category:20s} {n:4d}  literals {lit:3d}")
    print(f"{'total':20s} {len(rows):4d}  literals {total_lit:3d}")


if __name__ == "__main__":
    main()
