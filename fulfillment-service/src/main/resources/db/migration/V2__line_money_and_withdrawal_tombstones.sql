-- The refund ceiling belongs to the order line, not to one case: a line closed after one case may take another, and
-- all cases of a line together may never pay back more than was paid for it. One ledger row per (order, line),
-- shared by every case of the line; the check is the last line of defence, as case_money's was.
create table line_money (
    order_id      text          not null,
    order_line_id text          not null,
    line_paid     numeric(12,2) not null check (line_paid >= 0),
    committed     numeric(12,2) not null default 0,
    currency      text          not null check (currency ~ '^[A-Z]{3}$'),
    primary key (order_id, order_line_id)
);

-- What the per-case accounts committed, summed per line.
insert into line_money (order_id, order_line_id, line_paid, committed, currency)
select c.order_id, c.order_line_id, max(m.line_paid), sum(m.committed), min(m.currency)
from case_money m
join fulfillment_case c on c.case_id = m.case_id
group by c.order_id, c.order_line_id;

-- Lines that the per-case ceiling let pay out more than once would violate the check: the constraint is added
-- without checking the existing rows, so the migration cannot fail on them, but every later commit to such a line
-- is refused (PostgreSQL checks a NOT VALID constraint on every insert and update). Where no line is over its
-- ceiling, the constraint is validated at once.
alter table line_money add constraint line_money_committed_within_line_paid
    check (committed >= 0 and committed <= line_paid) not valid;

do $$
begin
    if not exists (select 1 from line_money where committed < 0 or committed > line_paid) then
        alter table line_money validate constraint line_money_committed_within_line_paid;
    end if;
end
$$;

drop table case_money;

-- Whose withdrawal a tombstone is: the customer of the forwarded token (intake's synchronous call) or the actor of
-- CaseWithdrawn. A remedy is ignored only for a tombstone of its own customer. Null for tombstones written before.
alter table withdrawn_case add column customer_id text;
