package com.marketplace.aftersales.gateway.concurrency;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths of commands about one case (issue 5 §5): {@code /api/v1/cases/{caseId}/…} and the same below each staff,
 * merchant and warehouse area. The escalation acknowledgement ({@code /api/v1/agent/escalations/{id}/ack}) is about
 * an escalation, not a case.
 */
final class CaseCommandPaths {

    private static final List<Shape> SHAPES = List.of(
            new Shape(PathPatternParser.defaultInstance.parse("/api/v1/cases/{caseId}/**"), 3),
            new Shape(PathPatternParser.defaultInstance.parse(
                    "/api/v1/{area:agent|merchant|warehouse|finance|risk}/cases/{caseId}/**"), 4));

    private CaseCommandPaths() {
    }

    /** The case id segment as sent (percent-encoded), or null when the path is not about one case. */
    static String caseIdOf(RequestPath path) {
        PathContainer within = path.pathWithinApplication();
        for (Shape shape : SHAPES) {
            if (shape.pattern().matches(within)) {
                List<String> segments = within.elements().stream()
                        .filter(PathContainer.PathSegment.class::isInstance)
                        .map(PathContainer.Element::value)
                        .toList();
                return segments.size() > shape.caseIdSegment() ? segments.get(shape.caseIdSegment()) : null;
            }
        }
        return null;
    }

    private record Shape(PathPattern pattern, int caseIdSegment) {
    }
}
