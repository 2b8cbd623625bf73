-- The read side of the suite: everything here is a projection of the lifecycle topics and can be rebuilt by
-- replaying them into an empty database (a fresh consumer group reads from the beginning).

-- One row per case, as the app shows it. Created by whichever event of the case arrives first (events of different
-- topics arrive in any order); fields are filled as the events carrying them arrive.
create table case_view (
    case_id                uuid        primary key,
    service_no             text,
    customer_id            text,
    merchant_id            text,
    order_id               text,
    order_line_id          text,
    service_type           text,
    category               text,
    priority               text,
    -- null until an event that sets a status has arrived (e.g. only an SLA clock so far)
    status                 text,
    handler_id             text,
    handler_name           text,
    remedy                 text,
    refund_amount          numeric(12, 2),
    refund_currency        text,
    refund_status          text,
    warehouse_id           text,
    expected_completion_at timestamptz,
    -- the last status the customer was notified of: a status reached before the customer was known is notified
    -- once the case's CaseSubmitted arrives
    notified_status        text,
    -- incremented on every applied event; the ETag of the case resource
    version                bigint      not null default 0,
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);

create index case_view_customer on case_view (customer_id, created_at desc);
create index case_view_merchant on case_view (merchant_id, created_at desc);
create index case_view_warehouse on case_view (warehouse_id, status);
create index case_view_status on case_view (status, created_at);
create index case_view_handler on case_view (handler_id, updated_at desc);

-- One entry per applied event. The id orders a case's entries in commit order (writers of one case are serialised
-- by the case row's lock) and is the SSE event id a client resumes from with Last-Event-ID.
create table timeline_entry (
    id            bigserial   primary key,
    case_id       uuid        not null,
    event_id      text        not null unique,
    at            timestamptz not null,
    type          text        not null,
    actor_id      text,
    actor_role    text,
    actor_channel text,
    summary       text        not null,
    -- PUBLIC: everyone who may see the case; STAFF: staff only (risk flags, SLA clocks and escalations)
    audience      text        not null
);

create index timeline_entry_case on timeline_entry (case_id, id);

-- The conversation of a case, from MessagePosted.
create table case_message (
    message_id   uuid        primary key,
    case_id      uuid        not null,
    at           timestamptz not null,
    author_id    text,
    author_role  text,
    channel      text,
    text         text        not null
);

create index case_message_case on case_message (case_id, at);

-- The sla-monitor's clocks as its events describe them; expected completion and the at-risk list come from here,
-- so they are served even while the Kafka Streams application restores its state.
create table sla_clock (
    case_id       uuid        not null,
    policy        text        not null,
    sequence      integer     not null,
    -- arrival order, to choose among clocks started at the same instant
    arrival       bigserial,
    state         text        not null,
    started_at    timestamptz,
    due_at        timestamptz,
    warn_at       timestamptz,
    warned_at     timestamptz,
    breach_level  integer     not null default 0,
    stopped_at    timestamptz,
    outcome       text,
    primary key (case_id, policy, sequence)
);

create index sla_clock_running on sla_clock (due_at) where state = 'RUNNING';

-- A breach escalated to a role: the escalated agent queue until someone acknowledges it.
create table escalation (
    escalation_id   uuid        primary key,
    case_id         uuid        not null,
    policy          text        not null,
    sequence        integer     not null,
    level           integer     not null,
    escalate_to     text,
    due_at          timestamptz,
    raised_at       timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    unique (case_id, policy, sequence, level)
);

create index escalation_open on escalation (case_id) where acknowledged_at is null;
