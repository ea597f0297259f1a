package io.arangomcp.aql.functions;

import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GeoJSON parsing and the geometry behind the geo functions (positions are [longitude, latitude]). */
final class GeoShapes {
    private GeoShapes() {
    }

    /** Whether a value is an array of at least {@code min} positions. */
    static boolean isPositions(Object v, int min) {
        if (!(v instanceof List<?> list) || list.size() < min) {
            return false;
        }
        for (Object p : list) {
            if (position(p) == null) {
                return false;
            }
        }
        return true;
    }

    static double[] position(Object p) {
        if (p instanceof List<?> l && l.size() >= 2 && l.get(0) instanceof Number x && l.get(1) instanceof Number y) {
            return new double[] {x.doubleValue(), y.doubleValue()};
        }
        return null;
    }

    /** Whether a value is a list of closed linear rings of at least four positions. */
    static boolean isPolygon(Object rings) {
        if (!(rings instanceof List<?> list) || list.isEmpty()) {
            return false;
        }
        for (Object r : list) {
            if (!isPositions(r, 4)) {
                return false;
            }
            List<?> ring = (List<?>) r;
            double[] first = position(ring.get(0));
            double[] last = position(ring.get(ring.size() - 1));
            if (first[0] != last[0] || first[1] != last[1]) {
                return false;
            }
        }
        return true;
    }

    /** A geometry as type plus coordinates ([lon, lat] arrays count as points), or null. */
    static Object[] shape(Object v) {
        if (v instanceof List<?> && position(v) != null) {
            return new Object[] {"Point", v};
        }
        if (v instanceof Map<?, ?> m && m.get("type") instanceof String type && m.get("coordinates") != null) {
            return new Object[] {type, m.get("coordinates")};
        }
        return null;
    }

    /** All positions of a geometry. */
    static List<double[]> points(Object[] shape) {
        List<double[]> out = new ArrayList<>();
        collect(shape[1], out);
        return out;
    }

    private static void collect(Object coords, List<double[]> out) {
        double[] p = position(coords);
        if (p != null) {
            out.add(p);
            return;
        }
        if (coords instanceof List<?> list) {
            for (Object x : list) {
                collect(x, out);
            }
        }
    }

    /** The centroid of a geometry: the point itself, or the mean of the distinct vertices. */
    static double[] centroid(Object v) {
        Object[] shape = shape(v);
        if (shape == null) {
            return null;
        }
        List<double[]> pts = points(shape);
        if (pts.isEmpty()) {
            return null;
        }
        if (shape[0].equals("Polygon") || shape[0].equals("MultiPolygon")) {
            List<double[]> open = new ArrayList<>();
            for (List<double[]> ring : outerRings(shape)) {
                open.addAll(ring.subList(0, Math.max(1, ring.size() - 1)));
            }
            pts = open;
        }
        double x = 0;
        double y = 0;
        for (double[] p : pts) {
            x += p[0];
            y += p[1];
        }
        return new double[] {x / pts.size(), y / pts.size()};
    }

    /** The rings of each polygon of a (multi)polygon: polygons[i][0] is the outer ring, the rest are holes. */
    static List<List<List<double[]>>> polygons(Object[] shape) {
        List<List<List<double[]>>> out = new ArrayList<>();
        Object coords = shape[1];
        List<?> polygons = shape[0].equals("Polygon") ? List.of(coords) : (List<?>) coords;
        for (Object poly : polygons) {
            List<List<double[]>> rings = new ArrayList<>();
            for (Object ring : (List<?>) poly) {
                List<double[]> pts = new ArrayList<>();
                for (Object p : (List<?>) ring) {
                    pts.add(position(p));
                }
                rings.add(pts);
            }
            out.add(rings);
        }
        return out;
    }

    private static List<List<double[]>> outerRings(Object[] shape) {
        List<List<double[]>> out = new ArrayList<>();
        for (List<List<double[]>> p : polygons(shape)) {
            out.add(p.get(0));
        }
        return out;
    }

    /** Even-odd ray casting on longitude/latitude. */
    static boolean inRing(List<double[]> ring, double lon, double lat) {
        boolean inside = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double[] a = ring.get(i);
            double[] b = ring.get(j);
            if ((a[1] > lat) != (b[1] > lat) && lon < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0]) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static boolean inPolygon(List<List<double[]>> rings, double[] p) {
        if (!inRing(rings.get(0), p[0], p[1])) {
            return false;
        }
        for (int i = 1; i < rings.size(); i++) {
            if (inRing(rings.get(i), p[0], p[1])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isArea(Object[] shape) {
        return shape[0].equals("Polygon") || shape[0].equals("MultiPolygon");
    }

    private static boolean inArea(Object[] area, double[] p) {
        for (List<List<double[]>> poly : polygons(area)) {
            if (inPolygon(poly, p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every point of b lies in a (a must be a polygon or multipolygon, or equal points); null if invalid. */
    static Boolean contains(Object av, Object bv) {
        Object[] a = shape(av);
        Object[] b = shape(bv);
        if (a == null || b == null) {
            return null;
        }
        if (!isArea(a)) {
            return Values.equal(normalize(av), normalize(bv));
        }
        for (double[] p : points(b)) {
            if (!inArea(a, p)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the geometries share a point (vertex containment or crossing segments); null if invalid. */
    static Boolean intersects(Object av, Object bv) {
        Object[] a = shape(av);
        Object[] b = shape(bv);
        if (a == null || b == null) {
            return null;
        }
        if (isArea(a)) {
            for (double[] p : points(b)) {
                if (inArea(a, p)) {
                    return true;
                }
            }
        }
        if (isArea(b)) {
            for (double[] p : points(a)) {
                if (inArea(b, p)) {
                    return true;
                }
            }
        }
        List<double[]> pa = points(a);
        List<double[]> pb = points(b);
        for (int i = 0; i + 1 < pa.size(); i++) {
            for (int j = 0; j + 1 < pb.size(); j++) {
                if (segmentsCross(pa.get(i), pa.get(i + 1), pb.get(j), pb.get(j + 1))) {
                    return true;
                }
            }
        }
        for (double[] x : pa) {
            for (double[] y : pb) {
                if (x[0] == y[0] && x[1] == y[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean segmentsCross(double[] p1, double[] p2, double[] p3, double[] p4) {
        double d1 = cross(p3, p4, p1);
        double d2 = cross(p3, p4, p2);
        double d3 = cross(p1, p2, p3);
        double d4 = cross(p1, p2, p4);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double cross(double[] a, double[] b, double[] c) {
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    }

    /** A comparable form of a geometry (type and coordinates); null if invalid. */
    static Object normalize(Object v) {
        Object[] s = shape(v);
        return s == null ? null : List.of(s[0], s[1]);
    }

    /** The spherical area of a (multi)polygon in square meters (holes subtracted); null if not an area. */
    static Double area(Object v) {
        Object[] s = shape(v);
        if (s == null || !isArea(s)) {
            return null;
        }
        double total = 0;
        for (List<List<double[]>> poly : polygons(s)) {
            total += ringArea(poly.get(0));
            for (int i = 1; i < poly.size(); i++) {
                total -= ringArea(poly.get(i));
            }
        }
        return total;
    }

    private static double ringArea(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            double[] a = ring.get(i);
            double[] b = ring.get(i + 1);
            sum += Math.toRadians(b[0] - a[0]) * (2 + Math.sin(Math.toRadians(a[1])) + Math.sin(Math.toRadians(b[1])));
        }
        return Math.abs(sum * GeoFunctions.EARTH_RADIUS * GeoFunctions.EARTH_RADIUS / 2);
    }

    /** Vincenty's inverse formula on the WGS84 ellipsoid, in meters. */
    static double vincenty(double lat1, double lon1, double lat2, double lon2) {
        double a = 6378137.0;
        double f = 1 / 298.257223563;
        double b = a * (1 - f);
        double l = Math.toRadians(lon2 - lon1);
        double u1 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat1)));
        double u2 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat2)));
        double sinU1 = Math.sin(u1);
        double cosU1 = Math.cos(u1);
        double sinU2 = Math.sin(u2);
        double cosU2 = Math.cos(u2);
        double lambda = l;
        double sigma = 0;
        double sinSigma = 0;
        double cosSigma = 0;
        double cos2SigmaM = 0;
        double cosSqAlpha = 0;
        for (int i = 0; i < 200; i++) {
            double sinLambda = Math.sin(lambda);
            double cosLambda = Math.cos(lambda);
            sinSigma = Math.sqrt(Math.pow(cosU2 * sinLambda, 2)
                    + Math.pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2));
            if (sinSigma == 0) {
                return 0;
            }
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cosSqAlpha = 1 - sinAlpha * sinAlpha;
            cos2SigmaM = cosSqAlpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cosSqAlpha;
            double c = f / 16 * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha));
            double previous = lambda;
            lambda = l + (1 - c) * f * sinAlpha * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma
                    * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(lambda - previous) < 1e-12) {
                break;
            }
        }
        double uSq = cosSqAlpha * (a * a - b * b) / (b * b);
        double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
        double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
        double deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        return b * bigA * (sigma - deltaSigma);
    }
}
