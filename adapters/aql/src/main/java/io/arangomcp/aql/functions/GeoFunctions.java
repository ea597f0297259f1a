package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Geo functions on GeoJSON and coordinate pairs: distances on a sphere of radius 6,371,000 m (as ArangoDB uses),
 * the GeoJSON constructors with validation, containment and intersection by planar tests on longitude/latitude,
 * and spherical areas. ArangoDB uses S2 geometry; results agree for the small shapes typical in applications.
 */
final class GeoFunctions {
    static final double EARTH_RADIUS = 6_371_000.0;

    private GeoFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.add("DISTANCE", 4, 4, (q, a) -> {
            for (Object x : a) {
                if (!(x instanceof Number)) {
                    return q.invalidArgument("DISTANCE");
                }
            }
            return Values.number(haversine(num(a[0]), num(a[1]), num(a[2]), num(a[3])));
        });
        b.add("GEO_DISTANCE", 2, 3, (q, a) -> {
            double[] p = GeoShapes.centroid(a[0]);
            double[] r = GeoShapes.centroid(a[1]);
            if (p == null || r == null) {
                return q.invalidArgument("GEO_DISTANCE");
            }
            boolean wgs84 = a.length > 2 && "wgs84".equals(a[2]);
            return Values.number(wgs84 ? GeoShapes.vincenty(p[1], p[0], r[1], r[0])
                    : haversine(p[1], p[0], r[1], r[0]));
        });
        b.add("GEO_IN_RANGE", 4, 6, (q, a) -> {
            double[] p = GeoShapes.centroid(a[0]);
            double[] r = GeoShapes.centroid(a[1]);
            if (p == null || r == null || !(a[2] instanceof Number) || !(a[3] instanceof Number)) {
                return q.invalidArgument("GEO_IN_RANGE");
            }
            double d = haversine(p[1], p[0], r[1], r[0]);
            boolean lowOk = Args.bool(a, 4, true) ? d >= num(a[2]) : d > num(a[2]);
            boolean highOk = Args.bool(a, 5, true) ? d <= num(a[3]) : d < num(a[3]);
            return lowOk && highOk;
        });
        b.add("GEO_POINT", 2, 3, (q, a) -> {
            if (!(a[0] instanceof Number) || !(a[1] instanceof Number)) {
                return q.invalidArgument("GEO_POINT");
            }
            List<Object> c = new ArrayList<>(List.of(Values.normalize((Number) a[0]), Values.normalize((Number) a[1])));
            if (a.length > 2 && a[2] instanceof Number e) {
                c.add(Values.normalize(e));
            }
            return geo("Point", c);
        });
        b.add("GEO_MULTIPOINT", 1, 1, (q, a) -> GeoShapes.isPositions(a[0], 2) ? geo("MultiPoint", a[0])
                : q.invalidArgument("GEO_MULTIPOINT"));
        b.add("GEO_LINESTRING", 1, 1, (q, a) -> GeoShapes.isPositions(a[0], 2) ? geo("LineString", a[0])
                : q.invalidArgument("GEO_LINESTRING"));
        b.add("GEO_MULTILINESTRING", 1, 1, (q, a) -> {
            if (!(a[0] instanceof List<?> lines) || lines.isEmpty()
                    || !lines.stream().allMatch(l -> GeoShapes.isPositions(l, 2))) {
                return q.invalidArgument("GEO_MULTILINESTRING");
            }
            return geo("MultiLineString", a[0]);
        });
        b.add("GEO_POLYGON", 1, 1, (q, a) -> {
            Object rings = GeoShapes.isPositions(a[0], 1) ? List.of(a[0]) : a[0];
            return GeoShapes.isPolygon(rings) ? geo("Polygon", rings) : q.invalidArgument("GEO_POLYGON");
        });
        b.add("GEO_MULTIPOLYGON", 1, 1, (q, a) -> {
            if (!(a[0] instanceof List<?> polygons) || polygons.size() < 2
                    || !polygons.stream().allMatch(GeoShapes::isPolygon)) {
                return q.invalidArgument("GEO_MULTIPOLYGON");
            }
            return geo("MultiPolygon", a[0]);
        });
        b.add("GEO_CONTAINS", 2, 2, (q, a) -> {
            Boolean r = GeoShapes.contains(a[0], a[1]);
            return r == null ? q.invalidArgument("GEO_CONTAINS") : r;
        });
        b.add("GEO_INTERSECTS", 2, 2, (q, a) -> {
            Boolean r = GeoShapes.intersects(a[0], a[1]);
            return r == null ? q.invalidArgument("GEO_INTERSECTS") : r;
        });
        b.add("GEO_EQUALS", 2, 2, (q, a) -> {
            Object x = GeoShapes.normalize(a[0]);
            Object y = GeoShapes.normalize(a[1]);
            return x == null || y == null ? q.invalidArgument("GEO_EQUALS") : Values.equal(x, y);
        });
        b.add("GEO_AREA", 1, 2, (q, a) -> {
            Double area = GeoShapes.area(a[0]);
            return area == null ? q.invalidArgument("GEO_AREA") : Values.number(area);
        });
        b.add("IS_IN_POLYGON", 2, 3, GeoFunctions::isInPolygon);
    }

    private static double num(Object v) {
        return ((Number) v).doubleValue();
    }

    static Map<String, Object> geo(String type, Object coordinates) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type);
        out.put("coordinates", coordinates);
        return out;
    }

    /** The great-circle distance in meters between two latitude/longitude points. */
    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    private static Object isInPolygon(QueryContext q, Object[] a) {
        if (!(a[0] instanceof List<?> polygon)) {
            return q.invalidArgument("IS_IN_POLYGON");
        }
        double lat;
        double lon;
        boolean lonLat = false;
        if (a[1] instanceof List<?> coord && coord.size() == 2 && coord.get(0) instanceof Number x
                && coord.get(1) instanceof Number y) {
            lonLat = Args.bool(a, 2, false);
            lat = lonLat ? y.doubleValue() : x.doubleValue();
            lon = lonLat ? x.doubleValue() : y.doubleValue();
        } else if (a.length == 3 && a[1] instanceof Number x && a[2] instanceof Number y) {
            lat = x.doubleValue();
            lon = y.doubleValue();
        } else {
            return q.invalidArgument("IS_IN_POLYGON");
        }
        List<double[]> ring = new ArrayList<>();
        for (Object p : polygon) {
            if (!(p instanceof List<?> pair) || pair.size() < 2 || !(pair.get(0) instanceof Number u)
                    || !(pair.get(1) instanceof Number v)) {
                return q.invalidArgument("IS_IN_POLYGON");
            }
            ring.add(lonLat ? new double[] {u.doubleValue(), v.doubleValue()}
                    : new double[] {v.doubleValue(), u.doubleValue()});
        }
        return GeoShapes.inRing(ring, lon, lat);
    }
}
