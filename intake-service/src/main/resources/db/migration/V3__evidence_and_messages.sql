-- Evidence files, stored with the case (bytes never travel in events; events carry id, type, size and sha256).
create table case_evidence (
    evidence_id  uuid        primary key,
    case_id      uuid        not null references after_sales_case (case_id),
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null,
    check (octet_length(content) = size_bytes)
);

create index case_evidence_case on case_evidence (case_id);

-- The conversation of each case: intake's own record of every message it announced.
create table case_message (
    message_id  uuid        primary key,
    case_id     uuid        not null references after_sales_case (case_id),
    author_id   text        not null,
    author_role text        not null,
    channel     text        not null,
    text        text        not null,
    posted_at   timestamptz not null
);

create index case_message_case on case_message (case_id, posted_at);
