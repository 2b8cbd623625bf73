-- What feedback knows about a case, merged from the events of three topics that may arrive in any order: who owns it
-- (intake's CaseSubmitted), when it was resolved (fulfillment's CaseResolved), whether it ended without an outcome
-- (CaseWithdrawn, CaseReviewed NOT_APPLICABLE, CaseAbandoned), and what feedback itself decided (rating, closure).
create table feedback_case (
    case_id      uuid primary key,
    service_no   text,
    customer_id  text,
    merchant_id  text,
    resolved_at  timestamptz,
    ending       text check (ending in ('WITHDRAWN', 'NOT_APPLICABLE', 'ABANDONED')),
    ended_at     timestamptz,
    rating       smallint check (rating between 1 and 5),
    comment      text check (length(comment) <= 1000),
    rated_at     timestamptz,
    closed_at    timestamptz,
    close_reason text check (close_reason in ('RATED', 'NO_RATING')),
    -- A rated case is closed by its rating, and only a rated case is closed as RATED.
    constraint rating_closes_the_case check ((rating is null) = (rated_at is null)
        and (coalesce(close_reason, '') = 'RATED') = (rating is not null)
        and (closed_at is null) = (close_reason is null))
);

-- The closing job's question: resolved, still open, oldest resolution first. Stays as small as the open cases.
create index feedback_case_awaiting_rating on feedback_case (resolved_at)
    where resolved_at is not null and closed_at is null and ending is null;

-- Negative reviews (rating 1 or 2) to follow up; the contact deadline is the sla-monitor's clock.
create table follow_up (
    follow_up_id uuid primary key,
    case_id      uuid        not null unique references feedback_case (case_id),
    rating       smallint    not null check (rating between 1 and 2),
    opened_at    timestamptz not null,
    completed_at timestamptz,
    outcome      text
);

create table complaint (
    complaint_id uuid primary key,
    case_id      uuid        not null references feedback_case (case_id),
    customer_id  text        not null,
    text         text        not null check (length(text) between 1 and 2000),
    filed_at     timestamptz not null,
    resolved_at  timestamptz,
    resolution   text
);

create index complaint_case on complaint (case_id);
