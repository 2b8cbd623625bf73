-- Diagnosis' view of each case: the facts intake submitted (never updated) and diagnosis' own decisions.
-- Updated with an optimistic version check: a merchant's answer and a deadline action for the same case may race.
create table diagnosis_case (
    case_id            uuid primary key,
    service_no         text          not null,
    customer_id        text          not null,
    merchant_id        text          not null,
    order_id           text          not null,
    order_line_id      text          not null,
    service_type       text          not null,
    description        text          not null,
    requested_amount   numeric(12,2),
    requested_currency text,
    line_paid_amount   numeric(12,2) not null,
    line_paid_currency text          not null,
    product_category   text,
    status             text          not null,
    category           text,
    priority           text,
    proposed_remedy    text,
    handler_id         text,
    handler_name       text,
    closed_reason      text,
    submitted_at       timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint diagnosis_case_status check (status in
        ('NEW', 'DIAGNOSED', 'AWAITING_MERCHANT', 'REMEDY_DECIDED', 'IN_DISPUTE', 'CLOSED')),
    constraint diagnosis_case_requested_money check ((requested_amount is null) = (requested_currency is null)),
    constraint diagnosis_case_handler_after_diagnosis check (status in ('NEW', 'CLOSED') or handler_id is not null)
);

-- Assignment counts each agent's open cases on every approval; this index holds only open, assigned cases.
create index diagnosis_case_open_by_handler on diagnosis_case (handler_id)
    where handler_id is not null and status <> 'CLOSED';

-- Evidence hashes, kept for risk checks (the same photo in another customer's case).
create table case_evidence (
    case_id      uuid        not null,
    evidence_id  uuid        not null,
    sha256       text        not null,
    content_type text,
    size_bytes   bigint,
    added_at     timestamptz not null,
    primary key (case_id, evidence_id)
);

create index case_evidence_sha256 on case_evidence (sha256);

-- Every deadline action diagnosis received, with what it did about it. The sla-monitor may emit the same action
-- (same deterministic action id) again under a new event id, which the inbox cannot recognise; this table can.
create table deadline_action (
    action_id   text primary key,
    case_id     uuid        not null,
    action      text        not null,
    policy      text        not null,
    event_id    text        not null,
    outcome     text        not null,
    detail      text,
    received_at timestamptz not null,
    constraint deadline_action_outcome check (outcome in ('APPLIED', 'SKIPPED'))
);

create index deadline_action_case on deadline_action (case_id);
