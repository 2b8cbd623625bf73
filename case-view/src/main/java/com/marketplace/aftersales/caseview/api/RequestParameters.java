package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** Reads query parameters and path ids strictly: anything malformed is a 400 naming the parameter and the reason. */
final class RequestParameters {

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private RequestParameters() {
    }

    /** A page of a list: {@code page} counts from 0. */
    record PageRequest(int page, int size) {
        long offset() {
            return (long) page * size;
        }
    }

    /** Paging and an optional status filter, every problem reported at once. */
    record ListRequest(PageRequest page, CaseStatus status) {
    }

    static ListRequest list(String page, String size, String status, CaseViewProperties.Paging limits) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        Integer pageNumber = integer("page", page, 0, 0, Integer.MAX_VALUE, errors);
        Integer pageSize = integer("size", size, limits.defaultSize(), 1, limits.maxSize(), errors);
        CaseStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = CaseStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                wanted = CaseStatus.UNKNOWN;
            }
            if (wanted == CaseStatus.UNKNOWN) {
                errors.add(new ApiProblem.FieldError("status", "must be one of " + Arrays.stream(CaseStatus.values())
                        .filter(s -> s != CaseStatus.UNKNOWN).map(Enum::name).toList()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new ListRequest(new PageRequest(pageNumber, pageSize), wanted);
    }

    static UUID id(String name, String value) {
        if (value == null || !UUID_FORM.matcher(value).matches()) {
            throw ApiProblem.invalid(name, "must be a UUID such as 3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11");
        }
        return UUID.fromString(value);
    }

    /** {@code Last-Event-ID}: the id of the last timeline entry the client received; absent means from the start. */
    static long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        try {
            long id = Long.parseLong(header.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiProblem.invalid("Last-Event-ID", "must be the id of a timeline entry (a whole number, 0 or more)");
    }

    static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", detail, Map.of());
    }

    private static Integer integer(String name, String value, int fallback, int min, int max,
                                   List<ApiProblem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ApiProblem.FieldError(name, max == Integer.MAX_VALUE
                ? "must be a whole number, " + min + " or more"
                : "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
