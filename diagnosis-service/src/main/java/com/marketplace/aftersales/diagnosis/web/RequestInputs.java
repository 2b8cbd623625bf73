package com.marketplace.aftersales.diagnosis.web;

import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/** Reading what every command of the API shares: the caller, the case id of the path, paging parameters. */
public final class RequestInputs {

    private RequestInputs() {
    }

    /** The authenticated caller; the platform's security chain refuses anonymous calls first, this is the backstop. */
    public static Mono<Caller> caller() {
        return Caller.current().switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.UNAUTHORIZED,
                "Unauthorized", "A valid bearer token is required", Map.of())));
    }

    /** A malformed case id is bad input (400), not an unknown case (404). */
    public static UUID caseId(String caseId) {
        try {
            if (caseId != null && caseId.length() == 36) {
                return UUID.fromString(caseId);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same answer as a wrong length
        }
        throw ApiProblem.invalid("caseId", "must be a UUID");
    }

    /**
     * A page of a list: {@code page} from 0 (at most {@code maxPage}), {@code size} from 1 to {@code maxSize}.
     * Parameters arrive as text so that {@code page=abc} names the field instead of failing the conversion.
     */
    public static PageRequest page(String page, String size, int defaultSize, int maxSize, int maxPage) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        int pageNumber = integer("page", page, 0, 0, maxPage, errors);
        int pageSize = integer("size", size, defaultSize, 1, maxSize, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new PageRequest(pageNumber, pageSize);
    }

    private static int integer(String name, String value, int fallback, int min, int max,
                               List<ApiProblem.FieldError> errors) {
        if (value == null) {
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
        errors.add(new ApiProblem.FieldError(name, "must be an integer from " + min + " to " + max));
        return fallback;
    }

    /** A page of a list; {@code page} counts from 0. */
    public record PageRequest(int page, int size) {

        public long offset() {
            return (long) page * size;
        }
    }
}
