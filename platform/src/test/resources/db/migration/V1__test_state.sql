-- State of the test application: what its handlers applied, so tests can count effects.
create table applied_submission (
    case_id       uuid primary key,
    service_no    text    not null,
    applied_count integer not null
);

create table applied_event (
    event_id      text primary key,
    case_id       uuid    not null,
    applied_count integer not null
);

create table commit_log (
    seq     bigserial primary key,
    case_id uuid not null,
    label   text not null
);

create table command_effect (
    id     uuid primary key,
    caller text not null,
    name   text not null
);
