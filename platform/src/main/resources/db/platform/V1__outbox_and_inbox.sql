-- Platform tables, migrated by the platform's own Flyway history (platform_schema_history) so they evolve
-- independently of each service's schema.

-- Events waiting to be published. Written in the same transaction as the state change they describe; published in
-- id order by the relay; kept a while after publishing for inspection, then deleted by housekeeping.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    payload      text        not null,
    traceparent  text,
    created_at   timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text,
    parked_at    timestamptz
);

-- The relay reads only unsent rows, in id order; this index stays small however many rows were published.
create index outbox_event_unsent on outbox_event (id) where published_at is null and parked_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
create index outbox_event_parked on outbox_event (parked_at) where parked_at is not null;

-- Ids of events already applied, recorded in the same transaction as their effect: a redelivered event is skipped.
create table inbox_event (
    consumer    text        not null,
    event_id    text        not null,
    event_type  text        not null,
    topic       text        not null,
    partition   integer     not null,
    "offset"    bigint      not null,
    applied_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);

create index inbox_event_applied_at on inbox_event (applied_at);
