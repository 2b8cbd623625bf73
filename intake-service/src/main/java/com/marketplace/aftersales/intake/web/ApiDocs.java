package com.marketplace.aftersales.intake.web;

/**
 * The names the handlers' OpenAPI annotations share: one tag per feature, and the endpoint-specific error responses,
 * each defined once under {@code #/components/responses} by {@link IntakeApiDocumentation} (with its description
 * and examples) and referenced by the operations that can give it. The errors every operation can give (400, 401,
 * 403, 429, 500, 503), the bearer scheme and the {@code Problem} schema come from the platform.
 */
public final class ApiDocs {

    public static final String TAG_SUBMISSION = "Case submission";
    public static final String TAG_EVIDENCE = "Evidence";
    public static final String TAG_REVIEW = "Review";
    public static final String TAG_MESSAGES = "Messages";
    public static final String TAG_WITHDRAWAL = "Withdrawal";

    private static final String RESPONSES = "#/components/responses/";
    /** Names carry the service, so they stay distinct in the gateway's merged document. */
    static final String PREFIX = "Intake";

    public static final String CASE_NOT_FOUND = RESPONSES + PREFIX + "CaseNotFound";
    public static final String EVIDENCE_NOT_FOUND = RESPONSES + PREFIX + "EvidenceNotFound";
    public static final String STATUS_CONFLICT = RESPONSES + PREFIX + "StatusConflict";
    public static final String OPEN_CASE_CONFLICT = RESPONSES + PREFIX + "OpenCaseConflict";
    public static final String WITHDRAWAL_CONFLICT = RESPONSES + PREFIX + "WithdrawalConflict";
    public static final String BODY_TOO_LARGE = RESPONSES + PREFIX + "BodyTooLarge";
    public static final String FILE_TOO_LARGE = RESPONSES + PREFIX + "FileTooLarge";
    public static final String NOT_JSON = RESPONSES + PREFIX + "NotJson";
    public static final String FILE_TYPE_REFUSED = RESPONSES + PREFIX + "FileTypeRefused";
    public static final String KEY_REUSED = RESPONSES + PREFIX + "KeyReused";
    public static final String SUBMISSION_REFUSED = RESPONSES + PREFIX + "SubmissionRefused";
    public static final String TOO_MANY_FILES = RESPONSES + PREFIX + "TooManyFiles";
    public static final String UPLOADS_BUSY = RESPONSES + PREFIX + "UploadsBusy";
    public static final String FULFILLMENT_UNAVAILABLE = RESPONSES + PREFIX + "FulfillmentUnavailable";
    public static final String FULFILLMENT_DISAGREES = RESPONSES + PREFIX + "FulfillmentDisagrees";

    /** Example ids, the same everywhere in the document so examples read as one story. */
    public static final String EXAMPLE_CASE_ID = "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10";
    public static final String EXAMPLE_EVIDENCE_ID = "9b2e4c7a-1d3f-4a5b-8c6d-7e8f9a0b1c2d";
    public static final String EXAMPLE_MESSAGE_ID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
    public static final String EXAMPLE_SERVICE_NO = "AS-20260115-000042";
    public static final String EXAMPLE_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private ApiDocs() {
    }
}
