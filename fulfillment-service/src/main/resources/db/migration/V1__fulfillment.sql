-- Fulfillment's own state. Everything here is built from the events fulfillment consumes (RemedyDecided,
-- CaseWithdrawn) and the commands it serves; it never reads another service's tables.

-- One row per case whose remedy fulfillment executes: the plan as diagnosis decided it, and where execution stands.
create table fulfillment_case (
    case_id           uuid          primary key,
    service_no        text          not null,
    customer_id       text          not null,
    merchant_id       text          not null,
    warehouse_id      text,
    order_id          text          not null,
    order_line_id     text          not null,
    remedy            text          not null,
    refund_amount     numeric(12,2) check (refund_amount > 0),
    refund_currency   text          check (refund_currency ~ '^[A-Z]{3}$'),
    return_required   boolean       not null,
    status            text          not null,
    return_carrier    text,
    return_waybill_no text,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    -- Optimistic concurrency: every change is "update ... where version = <the version it was decided on>".
    version           bigint        not null default 0,
    constraint fulfillment_case_refund_has_currency check ((refund_amount is null) = (refund_currency is null))
);

-- The execution order a decided remedy becomes: who is responsible, by when (domain §3).
create table execution_order (
    execution_order_id uuid        primary key,
    case_id            uuid        not null references fulfillment_case (case_id),
    remedy             text        not null,
    department         text        not null,
    owner              text        not null,
    due_by             timestamptz not null,
    created_at         timestamptz not null,
    cancelled_at       timestamptz
);

create index execution_order_case on execution_order (case_id);

-- What was paid for the case's order line, and how much of it refunds (and later compensation) have committed.
-- The check is the last line of defence: whatever the code does, the database refuses to commit more money than
-- the customer paid for the line. A refund that fails for good releases its amount again.
create table case_money (
    case_id   uuid          primary key references fulfillment_case (case_id),
    line_paid numeric(12,2) not null check (line_paid >= 0),
    committed numeric(12,2) not null default 0,
    currency  text          not null check (currency ~ '^[A-Z]{3}$'),
    constraint case_money_committed_within_line_paid check (committed >= 0 and committed <= line_paid)
);

-- Refunds to pay through the payment provider. The payment worker claims due rows with a short lease, calls the
-- provider outside any transaction under the row's idempotency key, then records the outcome. The key is
-- deterministic (refund:<caseId>:<sequence>), so calling again after a crash can never pay twice.
create table refund (
    refund_id          uuid          primary key,
    case_id            uuid          not null references fulfillment_case (case_id),
    sequence           integer       not null check (sequence > 0),
    idempotency_key    text          not null unique,
    order_id           text          not null,
    amount             numeric(12,2) not null check (amount > 0),
    currency           text          not null check (currency ~ '^[A-Z]{3}$'),
    route              text          not null,
    status             text          not null check (status in ('REQUESTED', 'PENDING', 'SUCCEEDED', 'FAILED')),
    -- how often a worker took the row; drives the backoff between attempts
    attempts           integer       not null default 0,
    next_attempt_at    timestamptz   not null,
    lease_owner        text,
    lease_until        timestamptz,
    provider_refund_id text,
    failure_reason     text,
    last_error         text,
    requested_at       timestamptz   not null,
    settled_at         timestamptz,
    unique (case_id, sequence)
);

-- The worker's queue: only open refunds, in due order; stays small however many refunds were settled.
create index refund_due on refund (next_attempt_at) where status in ('REQUESTED', 'PENDING');

-- Cases withdrawn before fulfillment heard of them: a remedy decided concurrently with the withdrawal is not executed.
create table withdrawn_case (
    case_id      uuid        primary key,
    withdrawn_at timestamptz not null
);
