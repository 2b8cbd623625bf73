package com.marketplace.aftersales.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The five backends of the gateway as stubs, started once per test JVM and shared by every test context. */
public final class Backends {

    public static final List<String> NAMES = List.of("intake", "diagnosis", "fulfillment", "feedback", "case-view");
    static {
        System.setProperty("io.netty.leakDetection.level", "paranoid");
    }
    private static final Map<String, BackendStub> STUBS = start();

    private Backends() {
    }

    public static BackendStub stub(String name) {
        BackendStub stub = STUBS.get(name);
        if (stub == null) {
            throw new IllegalArgumentException("No backend " + name);
        }
        return stub;
    }

    public static Map<String, BackendStub> all() {
        return STUBS;
    }

    /** Points the gateway's routes at the stubs. */
    public static void register(DynamicPropertyRegistry registry) {
        STUBS.forEach((name, stub) -> registry.add("aftersales.gateway.backends." + name, stub::url));
    }

    private static Map<String, BackendStub> start() {
        Map<String, BackendStub> stubs = new LinkedHashMap<>();
        for (String name : NAMES) {
            BackendStub stub = new BackendStub(name);
            stub.start();
            stubs.put(name, stub);
        }
        return Map.copyOf(stubs);
    }
}
