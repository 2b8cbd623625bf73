package com.marketplace.aftersales.intake.web;

import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids taken from the path. Handlers take them as text and parse them here, so a malformed id ({@code ..%2F..},
 * {@code %00}, {@code 42}) is a {@code 400} naming the parameter, like any other invalid field: a {@code UUID} path
 * variable would fail inside Spring's argument binding, before a handler could say which parameter and why.
 */
public final class PathIds {

    /** The canonical form only: {@link UUID#fromString} also takes {@code 1-2-3-4-5}. */
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public static final String UUID_MESSAGE = "must be a UUID, like 3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10";

    private PathIds() {
    }

    /** @throws ApiProblem {@code 400} naming {@code parameter} when {@code raw} is not a UUID */
    public static UUID uuid(String parameter, String raw) {
        if (raw == null || !CANONICAL_UUID.matcher(raw).matches()) {
            throw ApiProblem.invalid(parameter, UUID_MESSAGE);
        }
        return UUID.fromString(raw);
    }
}
