package com.marketplace.aftersales.feedback.reports;

import com.marketplace.aftersales.feedback.FeedbackProperties;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The {@code month} a report is asked for: {@code YYYY-MM}, from the first month the platform reports on up to the
 * current one (which is still running). Anything else is a 400 naming the field.
 */
@Component
class ReportMonths {

    static final String PARAMETER = "month";
    private static final Pattern YYYY_MM = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private final YearMonth firstMonth;
    private final ZoneId zone;
    private final Clock clock;

    ReportMonths(FeedbackProperties properties, Clock clock) {
        this.firstMonth = properties.reports().firstMonth();
        this.zone = properties.reports().zone();
        this.clock = clock;
    }

    ReportMonth parse(String requested) {
        if (requested == null || requested.isBlank()) {
            throw ApiProblem.invalid(PARAMETER, "is required, as YYYY-MM");
        }
        // the pattern also bounds the length: a huge value is refused without being echoed
        if (!YYYY_MM.matcher(requested).matches()) {
            throw ApiProblem.invalid(PARAMETER, "must be a month as YYYY-MM, e.g. " + firstMonth);
        }
        YearMonth month = YearMonth.parse(requested);
        YearMonth current = YearMonth.now(clock.withZone(zone));
        if (month.isAfter(current)) {
            throw ApiProblem.invalid(PARAMETER, "must not be in the future (the current month is " + current + ")");
        }
        if (month.isBefore(firstMonth)) {
            throw ApiProblem.invalid(PARAMETER, "must not be before " + firstMonth + ", the first month reported");
        }
        return new ReportMonth(month, zone);
    }
}
