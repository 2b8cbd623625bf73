-- The after-sales cases as intake decides about them (its own status, not the app's projection).
create table after_sales_case (
    case_id                 uuid        primary key,
    service_no              text        not null unique,
    customer_id             text        not null,
    merchant_id             text        not null,
    order_id                text        not null,
    order_line_id           text        not null,
    service_type            text        not null,
    description             text        not null,
    requested_amount        numeric(12, 2) check (requested_amount > 0),
    requested_currency      text check (requested_currency ~ '^[A-Z]{3}$'),
    channel                 text        not null,
    status                  text        not null check (status in ('SUBMITTED', 'NEEDS_MORE_INFO', 'APPROVED',
                                                                   'NOT_APPLICABLE', 'WITHDRAWN', 'CLOSED')),
    -- The first later-stage event after which goods or money had moved; from then on no withdrawal.
    goods_or_money_moved_by text,
    submitted_at            timestamptz not null,
    updated_at              timestamptz not null,
    -- Optimistic locking: every stored decision names the version it was taken on.
    version                 bigint      not null,
    check ((requested_amount is null) = (requested_currency is null))
);

-- One open case per order line. Requests for a line are serialised by an advisory lock; this index is the backstop.
create unique index after_sales_case_one_open_per_line on after_sales_case (order_id, order_line_id)
    where status in ('SUBMITTED', 'NEEDS_MORE_INFO', 'APPROVED');

create index after_sales_case_customer on after_sales_case (customer_id, submitted_at desc);

-- Per-day counters of the service numbers AS-YYYYMMDD-NNNNNN (the day in the configured zone).
create table service_number_counter (
    day         date    primary key,
    last_number integer not null
);
