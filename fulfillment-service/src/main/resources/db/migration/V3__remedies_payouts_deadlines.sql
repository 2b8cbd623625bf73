-- Every remedy is executed now, not only return and refund: compensation is paid through the payment provider,
-- replacements are shipped and tracked until delivered, repairs move through their stages, and the sla-monitor's
-- deadline actions (abandon, automatic refund) are applied and recorded.

-- The plan's compensation (paid after its refund, if it has one), and where a repair stands.
alter table fulfillment_case
    add column compensation_amount   numeric(12,2) check (compensation_amount > 0),
    add column compensation_currency text          check (compensation_currency ~ '^[A-Z]{3}$'),
    add column repair_stage          text,
    add constraint fulfillment_case_compensation_has_currency
        check ((compensation_amount is null) = (compensation_currency is null));

-- An execution order is closed when its case ends (resolved or abandoned); cancelled_at stays the withdrawal's.
alter table execution_order
    add column closed_at    timestamptz,
    add column close_reason text;

-- The payment worker's queue pays two kinds of money through the provider: refunds and compensation payouts. Each
-- kind numbers its payments per case (refund:<caseId>:<n>, compensation:<caseId>:<n>). reason says why a payment was
-- ordered other than by the plan's normal step (an automatic refund after a missed deadline), for the resolution.
alter table refund
    add column kind   text not null default 'REFUND' check (kind in ('REFUND', 'COMPENSATION')),
    add column reason text;
alter table refund drop constraint refund_case_id_sequence_key;
alter table refund add constraint refund_case_kind_sequence unique (case_id, kind, sequence);

-- A replacement (exchange or reship) on its way to the customer. The delivery tracker claims due rows with a lease,
-- asks the carrier's tracking API outside any transaction, and records the answer: delivered, or asked again later.
create table replacement_shipment (
    case_id              uuid        primary key references fulfillment_case (case_id),
    kind                 text        not null check (kind in ('EXCHANGE', 'RESHIP')),
    carrier              text        not null,
    waybill_no           text        not null,
    status               text        not null check (status in ('IN_TRANSIT', 'DELIVERED')),
    polls                integer     not null default 0,
    next_poll_at         timestamptz not null,
    lease_owner          text,
    lease_until          timestamptz,
    last_tracking_status text,
    last_error           text,
    shipped_at           timestamptz not null,
    delivered_at         timestamptz
);

-- The tracker's queue: only shipments still in transit, in due order.
create index replacement_shipment_due on replacement_shipment (next_poll_at) where status = 'IN_TRANSIT';

-- Every deadline action fulfillment received, with what it did about it. The sla-monitor may emit the same action
-- (same deterministic action id) again under a new event id, which the inbox cannot recognise; this table can.
create table deadline_action (
    action_id   text        primary key,
    case_id     uuid        not null,
    action      text        not null,
    policy      text        not null,
    event_id    text        not null,
    outcome     text        not null check (outcome in ('APPLIED', 'SKIPPED')),
    detail      text        not null,
    received_at timestamptz not null
);

create index deadline_action_case on deadline_action (case_id);
