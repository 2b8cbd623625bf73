-- Responses to requests sent with an Idempotency-Key, stored in the same transaction as the request's effect.
-- Scoped to the caller: two callers may use the same key. Kept 24 hours.
create table idempotency_record (
    caller_id       text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    status_code     integer,
    response_body   text,
    location        text,
    created_at      timestamptz not null,
    primary key (caller_id, idempotency_key)
);

create index idempotency_record_created_at on idempotency_record (created_at);
