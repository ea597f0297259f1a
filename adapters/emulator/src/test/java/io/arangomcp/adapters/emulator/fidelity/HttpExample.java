package io.arangomcp.adapters.emulator.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fidelity: one line of {@code http-examples.jsonl}: its setup operations and its exchanges in order (a single
 * request when the example made only one).
 *
 * @param name          the example's name
 * @param serverType    {@code single} or {@code cluster}
 * @param setupOps      the operations that create the state before the first request, or {@code null}
 * @param setupStatus   {@code ok} when {@code setupOps} describe that state completely
 * @param stateChanges  whether more setup code ran between the requests (only the first ones can be replayed)
 * @param exchanges     the requests, with the answers that were logged
 * @param primary       the index of the first exchange whose answer was logged
 */
record HttpExample(String name, String serverType, List<Map<String, Object>> setupOps, String setupStatus,
                   boolean stateChanges, List<Exchange> exchanges, int primary) {

    /** One request and, when it was logged, the real server's answer. */
    record Exchange(String method, String path, Object requestBody, boolean rawBody, Map<String, String> headers,
                    boolean logged, int status, Map<String, String> responseHeaders, String bodyFormat,
                    Object responseBody) {
    }

    @SuppressWarnings("unchecked")
    static HttpExample of(Map<String, Object> json) {
        List<Exchange> exchanges = new ArrayList<>();
        List<Object> recorded = json.get("exchanges") instanceof List ? (List<Object>) json.get("exchanges")
                : List.of(json);
        for (Object item : recorded) {
            Map<String, Object> x = (Map<String, Object>) item;
            boolean logged = !Boolean.FALSE.equals(x.get("responseLogged")) && x.get("status") instanceof Number;
            exchanges.add(new Exchange((String) x.get("method"), (String) x.get("path"), x.get("requestBody"),
                    "text".equals(x.get("requestBodyFormat")) || "text".equals(json.get("requestBodyFormat"))
                            && item == json,
                    x.get("requestHeaders") instanceof Map ? (Map<String, String>) x.get("requestHeaders") : Map.of(),
                    logged, logged ? ((Number) x.get("status")).intValue() : 0,
                    x.get("responseHeaders") instanceof Map ? (Map<String, String>) x.get("responseHeaders")
                            : Map.of(),
                    (String) x.get("responseBodyFormat"), x.get("responseBody")));
        }
        Object primary = json.get("primary");
        return new HttpExample((String) json.get("name"), (String) json.get("serverType"),
                (List<Map<String, Object>>) json.get("setupOps"), String.valueOf(json.get("setupStatus")),
                Boolean.TRUE.equals(json.get("stateChangesBetweenRequests")), exchanges,
                primary instanceof Number ? ((Number) primary).intValue() : 0);
    }

    /** The exchanges that can be replayed: all, or up to the primary one when state changed in between. */
    List<Exchange> replayable() {
        return stateChanges ? exchanges.subList(0, Math.min(exchanges.size(), primary + 1)) : exchanges;
    }
}
