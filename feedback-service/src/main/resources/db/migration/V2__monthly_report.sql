-- The monthly after-sales figures (domain §6). Each figure is kept per calendar month of the report's time zone and
-- brought up to date in the transaction that applies the event (consumers, de-duplicated by the inbox) or takes the
-- decision (ratings, complaints, closing), so answering a report is three reads by primary key, never a scan.

-- One row per month: the counts. `month` is the first day of the month.
create table report_month (
    month                date   primary key check (extract(day from month) = 1),
    cases_opened         bigint not null default 0,
    cases_resolved       bigint not null default 0,
    cases_closed_rated   bigint not null default 0,
    cases_closed_unrated bigint not null default 0,
    returns_shipped      bigint not null default 0,
    complaints_filed     bigint not null default 0,
    ratings_1            bigint not null default 0,
    ratings_2            bigint not null default 0,
    ratings_3            bigint not null default 0,
    ratings_4            bigint not null default 0,
    ratings_5            bigint not null default 0,
    follow_ups_opened    bigint not null default 0
);

-- Refund lead times of the refunds paid in the month, as a log-scale histogram (each bucket ~2 % wide, so a
-- percentile read from it is within 1 % of the exact one); a month holds at most a few hundred buckets.
create table report_refund_lead_time (
    month   date   not null check (extract(day from month) = 1),
    bucket  int    not null check (bucket >= 0),
    refunds bigint not null check (refunds > 0),
    primary key (month, bucket)
);

-- SLA clocks that stopped in the month, met or breached, per policy (the sla-monitor's kebab-case id).
create table report_sla (
    month    date   not null check (extract(day from month) = 1),
    policy   text   not null,
    met      bigint not null default 0,
    breached bigint not null default 0,
    primary key (month, policy)
);

-- Firsts per case, so a case counts once as opened, resolved or returned however many such events it has.
create table report_case (
    case_id           uuid primary key,
    opened_at         timestamptz,
    first_resolved_at timestamptz,
    return_shipped_at timestamptz
);

-- Each refund's request and payment (they can be read in either order); its lead time is recorded once, by whichever
-- event completes the pair.
create table report_refund (
    refund_id    uuid primary key,
    case_id      uuid not null,
    requested_at timestamptz,
    issued_at    timestamptz
);
