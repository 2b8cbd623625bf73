package com.marketplace.aftersales.feedback.reports;

import com.marketplace.aftersales.feedback.FeedbackProperties;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.security.Roles;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The monthly after-sales figures: in full for supervisors and operations managers, and the public copy, which anyone
 * may read without a token (the service's security chain opens exactly that path).
 */
@RestController
class MonthlyReportController {

    static final String OPS_PATH = "/api/v1/ops/reports/monthly";
    static final String PUBLIC_PATH = "/api/v1/public/reports/monthly";
    private static final String TAG = "Reports";
    private static final String MONTH_PATTERN = "^\\d{4}-(0[1-9]|1[0-2])$";
    private static final String MONTH_DESCRIPTION = "The month, YYYY-MM, in the report's time zone; not in the future"
            + " and not before the first month reported (configuration). The current month is allowed and still"
            + " running.";
    private static final String DEFINITIONS = " Every figure counts what happened in the month, dated by the event's"
            + " own time in the report's time zone (Asia/Shanghai unless configured). Return rate: cases whose return"
            + " was shipped / cases opened, both in the month (the suite knows no order count). Complaint rate:"
            + " complaints filed / cases closed. Refund lead time: RefundRequested to RefundIssued of each refund"
            + " paid in the month, nearest-rank p50 and p90 within 1 %. Satisfaction: average rating and share of"
            + " 4-5 among ratings given. SLA compliance: clocks stopped in time / clocks stopped (met or breached;"
            + " cancelled clocks do not count). Rates have 4 decimals and are 0 when their denominator is 0; a month"
            + " without data is all zeros.";
    private static final String BAD_MONTH = "The month is missing, not YYYY-MM, in the future or before the first"
            + " month reported";

    private final ReportMonths months;
    private final MonthlyReports reports;
    private final CacheControl publicCaching;

    MonthlyReportController(ReportMonths months, MonthlyReports reports, FeedbackProperties properties) {
        this.months = months;
        this.reports = reports;
        Duration maxAge = properties.reports().publicMaxAge();
        this.publicCaching = maxAge.isZero() ? CacheControl.noCache() : CacheControl.maxAge(maxAge).cachePublic();
    }

    @Operation(operationId = "feedbackOpsMonthlyReport", tags = TAG,
            summary = "The monthly after-sales figures, with internal detail",
            description = "Roles SUPERVISOR and OPS_MANAGER (others 403). Cases opened, resolved and closed; returns"
                    + " and return rate; complaints and complaint rate; refund lead time; satisfaction with the score"
                    + " distribution; SLA compliance overall and per policy; negative-review follow-ups opened."
                    + DEFINITIONS)
    @ApiResponse(responseCode = "200", description = "The month's figures",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MonthlyReport.class),
                    examples = @ExampleObject(name = "october", value = ReportExamples.OPS)))
    @ApiResponse(responseCode = "400", description = BAD_MONTH,
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "future", value = ReportExamples.INVALID_MONTH)))
    @GetMapping(OPS_PATH)
    Mono<MonthlyReport> opsReport(
            @Parameter(in = ParameterIn.QUERY, required = true, description = MONTH_DESCRIPTION, example = "2026-10",
                    schema = @Schema(type = "string", pattern = MONTH_PATTERN))
            @RequestParam(name = ReportMonths.PARAMETER, required = false) String month) {
        return Caller.current()
                .switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.UNAUTHORIZED, "Unauthorized",
                        "A valid bearer token is required", Map.of())))
                .map(caller -> caller.requireAnyRole(Roles.SUPERVISOR, Roles.OPS_MANAGER))
                .flatMap(caller -> reports.of(months.parse(month)));
    }

    @Operation(operationId = "feedbackPublicMonthlyReport", tags = TAG,
            summary = "The published monthly after-sales figures (no authentication)",
            description = "Open to anyone, without a token. Aggregates only: cases opened and closed, return rate,"
                    + " complaint rate, refund lead time, satisfaction and SLA compliance; the internal breakdowns of"
                    + " the operations report (per SLA policy, score distribution, resolved and closed cases by"
                    + " reason, follow-ups) are left out. Cacheable (Cache-Control: public)." + DEFINITIONS)
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The month's published figures",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = PublicMonthlyReport.class),
                    examples = @ExampleObject(name = "october", value = ReportExamples.PUBLIC)))
    @ApiResponse(responseCode = "400", description = BAD_MONTH,
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "future", value = ReportExamples.INVALID_MONTH)))
    @GetMapping(PUBLIC_PATH)
    Mono<ResponseEntity<PublicMonthlyReport>> publicReport(
            @Parameter(in = ParameterIn.QUERY, required = true, description = MONTH_DESCRIPTION, example = "2026-10",
                    schema = @Schema(type = "string", pattern = MONTH_PATTERN))
            @RequestParam(name = ReportMonths.PARAMETER, required = false) String month) {
        return Mono.fromCallable(() -> months.parse(month))
                .flatMap(reports::of)
                .map(report -> ResponseEntity.ok().cacheControl(publicCaching).body(PublicMonthlyReport.of(report)));
    }
}
