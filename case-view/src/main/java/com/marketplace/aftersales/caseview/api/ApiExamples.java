package com.marketplace.aftersales.caseview.api;

/** Example bodies for the API description: what the app receives on the walking skeleton's return-and-refund path. */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String CASE_ID = "3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11";
    static final String ESCALATION_ID = "9b7e4c1d-2f3a-4b5c-8d6e-7f8091a2b3c4";

    static final String CUSTOMER_CASES = """
            {"items": [{"caseId": "3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11", "serviceNo": "AS-20261122-3f2b6c",
                        "status": "AWAITING_RETURN", "serviceType": "RETURN_REFUND",
                        "updatedAt": "2026-11-22T10:15:30.123456Z"}],
             "page": 0, "size": 20, "total": 1}""";

    static final String CASE_DETAIL = """
            {"caseId": "3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11", "serviceNo": "AS-20261122-3f2b6c",
             "orderId": "order-1001", "orderLineId": "line-1", "serviceType": "RETURN_REFUND",
             "category": "QUALITY_DEFECT", "status": "AWAITING_RETURN", "priority": "HIGH",
             "handler": {"id": "agent-7", "name": "Li Na"}, "expectedCompletionAt": "2026-11-29T10:00:00Z",
             "remedy": "RETURN_REFUND", "refund": {"amount": "129.00", "currency": "CNY", "status": "PLANNED"},
             "warehouseId": "warehouse-demo-1",
             "timeline": [
               {"id": 41, "at": "2026-11-22T09:00:00Z", "type": "CaseSubmitted",
                "actor": {"id": "customer-demo-1", "role": "CUSTOMER", "channel": "ORDER_DETAIL"},
                "summary": "Request AS-20261122-3f2b6c submitted: return and refund"},
               {"id": 42, "at": "2026-11-22T09:20:00Z", "type": "CaseReviewed",
                "actor": {"id": "agent-7", "role": "AGENT", "channel": "STAFF_CONSOLE"},
                "summary": "Request approved"}],
             "createdAt": "2026-11-22T09:00:00Z", "updatedAt": "2026-11-22T10:15:30Z"}""";

    static final String CONVERSATION = """
            {"caseId": "3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11",
             "messages": [
               {"messageId": "5c8d2e4f-1a3b-4c5d-9e7f-8a9b0c1d2e3f", "at": "2026-11-22T09:05:00Z",
                "author": {"id": "customer-demo-1", "role": "CUSTOMER", "channel": "ORDER_DETAIL"},
                "text": "The left earbud is silent"},
               {"messageId": "6d9e3f50-2b4c-4d6e-8f90-9b0c1d2e3f40", "at": "2026-11-22T09:12:00Z",
                "author": {"id": "agent-7", "role": "AGENT", "channel": "STAFF_CONSOLE"},
                "text": "Could you send a photo of the serial number?"}]}""";

    /** Two entries and a heartbeat, exactly as they appear on the wire. */
    static final String STREAM = """
            id:41
            event:timeline
            data:{"id":41,"at":"2026-11-22T09:00:00Z","type":"CaseSubmitted",\
            "actor":{"id":"customer-demo-1","role":"CUSTOMER","channel":"ORDER_DETAIL"},\
            "summary":"Request AS-20261122-3f2b6c submitted: return and refund"}

            id:42
            event:timeline
            data:{"id":42,"at":"2026-11-22T09:20:00Z","type":"CaseReviewed",\
            "actor":{"id":"agent-7","role":"AGENT","channel":"STAFF_CONSOLE"},"summary":"Request approved"}

            :heartbeat

            """;

    static final String AGENT_CASES = """
            {"items": [{"caseId": "3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11", "serviceNo": "AS-20261122-3f2b6c",
                        "status": "AWAITING_MERCHANT", "serviceType": "RETURN_REFUND", "category": "QUALITY_DEFECT",
                        "priority": "HIGH", "handler": {"id": "agent-7", "name": "Li Na"},
                        "expectedCompletionAt": "2026-11-24T09:30:00Z", "createdAt": "2026-11-22T09:00:00Z",
                        "updatedAt": "2026-11-22T09:30:00Z",
                        "escalations": [{"escalationId": "9b7e4c1d-2f3a-4b5c-8d6e-7f8091a2b3c4",
                                         "policy": "merchant-response", "level": 1, "escalateTo": "SUPERVISOR",
                                         "dueAt": "2026-11-24T09:30:00Z", "raisedAt": "2026-11-24T09:30:01Z"}]}],
             "page": 0, "size": 20, "total": 1}""";

    static final String ESCALATION_ACKNOWLEDGED = """
            {"escalationId": "9b7e4c1d-2f3a-4b5c-8d6e-7f8091a2b3c4",
             "caseId": "3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11", "policy": "merchant-response", "level": 1,
             "acknowledgedAt": "2026-11-24T09:41:00Z", "acknowledgedBy": "supervisor-1"}""";

    static final String PARTNER_CASES = """
            {"items": [{"caseId": "3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11", "serviceNo": "AS-20261122-3f2b6c",
                        "orderId": "order-1001", "orderLineId": "line-1", "status": "RETURN_IN_TRANSIT",
                        "serviceType": "RETURN_REFUND", "category": "QUALITY_DEFECT", "remedy": "RETURN_REFUND",
                        "warehouseId": "warehouse-demo-1", "createdAt": "2026-11-22T09:00:00Z",
                        "updatedAt": "2026-11-23T08:00:00Z"}],
             "page": 0, "size": 20, "total": 1}""";

    static final String AT_RISK = """
            [{"caseId": "3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11", "serviceNo": "AS-20261122-3f2b6c",
              "status": "REFUND_PENDING", "policy": "refund-paid", "dueAt": "2026-11-23T09:00:00Z",
              "level": "BREACHED", "escalationLevel": 1},
             {"caseId": "4a3c7d2f-9b5e-4d3f-a02b-1f6e8a0d3b22", "serviceNo": "AS-20261122-4a3c7d",
              "status": "SUBMITTED", "policy": "first-response", "dueAt": "2026-11-23T09:30:00Z",
              "level": "WARNING", "escalationLevel": 0}]""";

    static final String NOT_FOUND = """
            {"type": "https://aftersales.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Case 3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11 does not exist or is not yours",
             "instance": "/api/v1/cases/3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11"}""";

    static final String INVALID_PAGING = """
            {"type": "https://aftersales.example/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "The request has 2 invalid field(s)", "instance": "/api/v1/cases",
             "errors": [{"field": "size", "message": "must be a whole number from 1 to 100"},
                        {"field": "status", "message": "must be one of [SUBMITTED, APPROVED, ...]"}]}""";
}
