package com.marketplace.aftersales.devstack.demo;

import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.orders.OrderLine;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the demo prints: one line per step with the status the app shows, then the case's service number, id and
 * timeline, and where to look next. A step's line is started before the step is played and finished once the app
 * shows its status, so a slow step is visible while it waits.
 */
final class DemoPrinter {

    /** Where the status column starts: labels are filled up to it with dots. */
    static final int STATUS_COLUMN = 54;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String INDENT = "     ";

    private final PrintStream out;
    private final ZoneId zone;

    /** @param zone the time zone of the timeline's times (the machine's, for a person reading them) */
    DemoPrinter(PrintStream out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    void intro(String gatewayUrl) {
        out.println("aftersales demo: a quality-defect return with refund, through the gateway at " + gatewayUrl);
    }

    void orderPublished(OrderSnapshot order) {
        OrderLine claimed = order.lines().get(0);
        out.println("  the orders team publishes " + order.orderId() + " on " + Topics.ORDERS.name() + ": "
                + order.customerId() + " bought " + claimed.title() + " (" + claimed.amountPaid() + " "
                + order.currency() + ") from " + order.merchantId());
    }

    void signedIn(List<Participants.Identity> identities) {
        out.println("  tokens from POST /dev/tokens for "
                + identities.stream().map(Participants.Identity::toString).collect(Collectors.joining(", ")));
    }

    /** Starts a step's line: {@code   3. agent approves the request ........ }; the status follows. */
    void stepStarted(int number, String label) {
        String start = String.format(" %2d. %s ", number, label);
        out.print(start + ".".repeat(Math.max(3, STATUS_COLUMN - 1 - start.length())) + " ");
        out.flush();
    }

    /** Finishes a step's line with the status and, once there are any, the handler and the refund. */
    void stepReached(CaseView view) {
        String details = view.details();
        out.println(view.status() + (details.isEmpty() ? "" : " (" + details + ")"));
    }

    void stepFailed(String reason) {
        out.println("FAILED");
        out.println(INDENT + reason);
    }

    /** A failure before the first step (publishing the order, signing in). */
    void setUpFailed(String reason) {
        out.println("  FAILED: " + reason);
    }

    /** The service number, the case id and the timeline (time, actor role, summary). */
    void caseSummary(String serviceNo, String caseId, CaseView view) {
        caseHeader(serviceNo, caseId);
        if (view == null || !view.visible()) {
            out.println("timeline    (not visible yet: case-view has not projected the case)");
            return;
        }
        out.println("timeline");
        for (CaseView.TimelineEntry entry : view.timeline()) {
            out.println(String.format("  %-8s  %-10s  %s", time(entry.at()), orDash(entry.actorRole()),
                    entry.summary() == null || entry.summary().isBlank() ? orDash(entry.type()) : entry.summary()));
        }
    }

    void caseHeader(String serviceNo, String caseId) {
        out.println();
        out.println("service no  " + (serviceNo == null ? "-" : serviceNo));
        out.println("case id     " + caseId);
    }

    void timelineUnavailable(String reason) {
        out.println("timeline    (could not be read: " + reason + ")");
    }

    void noCase() {
        out.println();
        out.println("no case was created");
    }

    void lookNext(String gatewayUrl, String caseId) {
        out.println();
        out.println("look next");
        out.println("  gateway    " + gatewayUrl + "   (API under /api/v1; status of the stack: ./aftersales status)");
        if (caseId == null) {
            return;
        }
        out.println("  the case   GET " + gatewayUrl + "/api/v1/cases/" + caseId
                + " with a customer token from POST /dev/tokens:");
        out.println("    TOKEN=$(curl -s -X POST " + gatewayUrl + "/dev/tokens -H 'Content-Type: application/json' \\");
        out.println("      -d '{\"sub\":\"" + DemoOrders.CUSTOMER_1
                + "\",\"roles\":[\"CUSTOMER\"]}' | sed 's/.*\"token\" *: *\"\\([^\"]*\\)\".*/\\1/')");
        out.println("    curl -s " + gatewayUrl + "/api/v1/cases/" + caseId + " -H \"Authorization: Bearer $TOKEN\"");
    }

    void finished(String status) {
        out.println();
        out.println("demo finished: " + status);
    }

    void failed(int step, String label) {
        out.println();
        out.println("demo failed at step " + step + " (" + label + ")");
    }

    private String time(String at) {
        if (at == null) {
            return "-";
        }
        try {
            return OffsetDateTime.parse(at).atZoneSameInstant(zone).format(TIME);
        } catch (DateTimeParseException e) {
            return at;
        }
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
