-- Intake's replica of the orders team's commerce.orders.v1. A record is a whole order; a newer one (higher offset on
-- the order's partition) replaces the older, lines included.
create table order_replica (
    order_id         text        primary key,
    customer_id      text        not null,
    merchant_id      text        not null,
    placed_at        timestamptz,
    delivered_at     timestamptz,
    payment_method   text,
    currency         text        not null check (currency ~ '^[A-Z]{3}$'),
    -- Where the stored version came from, so an older record arriving late (a dead-letter replay) cannot win.
    source_partition integer     not null,
    source_offset    bigint      not null,
    replicated_at    timestamptz not null
);

create index order_replica_customer on order_replica (customer_id);

create table order_line_replica (
    order_id      text          not null references order_replica (order_id) on delete cascade,
    line_id       text          not null,
    sku           text,
    title         text,
    category      text,
    quantity      integer       not null check (quantity >= 0),
    unit_price    numeric(12, 2),
    amount_paid   numeric(12, 2) not null check (amount_paid >= 0),
    returnable    boolean       not null,
    warranty_days integer       not null check (warranty_days >= 0),
    primary key (order_id, line_id)
);
