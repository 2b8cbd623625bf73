package com.marketplace.aftersales.simulators.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A complete answer, built before it is sent so that it can be sent late (simulated latency and hangs). */
public record Response(int status, String contentType, byte[] body) {

    private static final String PROBLEM_TYPE_BASE = "https://simulators.aftersales.local/problems/";

    public static Response json(int status, Object value) {
        return new Response(status, "application/json", Json.MAPPER.writeValueAsBytes(value));
    }

    /** An RFC 9457 problem: {@code {type, title, status, detail}}. */
    public static Response problem(int status, String slug, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", PROBLEM_TYPE_BASE + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return new Response(status, "application/problem+json", Json.MAPPER.writeValueAsBytes(problem));
    }

    public static Response badRequest(String detail) {
        return problem(400, "bad-request", "Bad request", detail);
    }

    public static Response notFound(String detail) {
        return problem(404, "not-found", "Not found", detail);
    }

    public static Response unavailable(String detail) {
        return problem(503, "unavailable", "Service unavailable", detail);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
