package com.marketplace.aftersales.feedback.reports;

/**
 * The examples of the API documentation. A unit test computes the same month from its counts and compares, so the
 * documented example is always a report this service would really give.
 */
final class ReportExamples {

    static final String OPS = """
            {
              "month": "2026-10",
              "zone": "Asia/Shanghai",
              "from": "2026-10-01T00:00:00+08:00",
              "to": "2026-11-01T00:00:00+08:00",
              "monthEnded": true,
              "cases": {"opened": 120, "resolved": 96, "closed": 90, "closedRated": 72, "closedWithoutRating": 18},
              "returns": {"casesWithReturnShipped": 42, "rate": 0.35},
              "complaints": {"filed": 9, "rate": 0.1},
              "refundLeadTime": {"refunds": 40, "p50Seconds": 5379, "p90Seconds": 64236},
              "satisfaction": {
                "ratings": 72,
                "averageRating": 4.28,
                "share4To5": 0.8472,
                "byScore": [
                  {"score": 1, "ratings": 3},
                  {"score": 2, "ratings": 3},
                  {"score": 3, "ratings": 5},
                  {"score": 4, "ratings": 21},
                  {"score": 5, "ratings": 40}
                ]
              },
              "slaCompliance": {
                "clocksStopped": 264,
                "met": 256,
                "breached": 8,
                "rate": 0.9697,
                "byPolicy": [
                  {"policy": "first-response", "met": 118, "breached": 2, "rate": 0.9833},
                  {"policy": "refund-paid", "met": 38, "breached": 2, "rate": 0.95},
                  {"policy": "unresolved", "met": 100, "breached": 4, "rate": 0.9615}
                ]
              },
              "negativeReviewFollowUps": {"opened": 6}
            }""";

    static final String PUBLIC = """
            {
              "month": "2026-10",
              "zone": "Asia/Shanghai",
              "from": "2026-10-01T00:00:00+08:00",
              "to": "2026-11-01T00:00:00+08:00",
              "monthEnded": true,
              "cases": {"opened": 120, "closed": 90},
              "returns": {"casesWithReturnShipped": 42, "rate": 0.35},
              "complaints": {"filed": 9, "rate": 0.1},
              "refundLeadTime": {"refunds": 40, "p50Seconds": 5379, "p90Seconds": 64236},
              "satisfaction": {"ratings": 72, "averageRating": 4.28, "share4To5": 0.8472},
              "slaCompliance": {"clocksStopped": 264, "rate": 0.9697}
            }""";

    static final String INVALID_MONTH = """
            {
              "type": "https://aftersales.example/problems/invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "The request has 1 invalid field(s)",
              "errors": [{"field": "month", "message": "must not be in the future (the current month is 2026-11)"}]
            }""";

    private ReportExamples() {
    }
}
