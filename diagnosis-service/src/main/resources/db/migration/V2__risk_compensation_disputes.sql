-- Risk review, instant refunds, compensation approval, arbitration and agent overrides.

alter table diagnosis_case drop constraint diagnosis_case_status;
alter table diagnosis_case add constraint diagnosis_case_status check (status in
    ('NEW', 'DIAGNOSED', 'RISK_REVIEW', 'AWAITING_MERCHANT', 'IN_DISPUTE', 'AWAITING_AGENT', 'AWAITING_SUPERVISOR',
     'REMEDY_DECIDED', 'CLOSED'));

alter table diagnosis_case
    -- the risk team: NONE, FLAGGED (waiting), CLEARED, BLOCKED; the reasons RiskFlagged carried
    add column risk_state                 text          not null default 'NONE',
    add column risk_reasons               text[]        not null default '{}',
    add column risk_flagged_at            timestamptz,
    -- the merchant's verification: NONE, REQUESTED, ACCEPTED, REJECTED (disputed), ARBITRATED
    add column merchant_verification      text          not null default 'NONE',
    -- the amount a person proposed for a partial refund or compensation, and who approved that compensation
    add column proposed_amount            numeric(12,2),
    add column proposed_currency          text,
    add column compensation_approver_id   text,
    add column compensation_approver_role text,
    -- the refund of the decided remedy and when it was decided: the customer's refund history for risk checks
    add column refund_amount              numeric(12,2),
    add column refund_currency            text,
    add column remedy_decided_at          timestamptz,
    add constraint diagnosis_case_risk_state check (risk_state in ('NONE', 'FLAGGED', 'CLEARED', 'BLOCKED')),
    add constraint diagnosis_case_merchant_verification check (merchant_verification in
        ('NONE', 'REQUESTED', 'ACCEPTED', 'REJECTED', 'ARBITRATED')),
    add constraint diagnosis_case_proposed_money check ((proposed_amount is null) = (proposed_currency is null)),
    add constraint diagnosis_case_refund_money check ((refund_amount is null) = (refund_currency is null)),
    add constraint diagnosis_case_approver
        check ((compensation_approver_id is null) = (compensation_approver_role is null)),
    add constraint diagnosis_case_flagged_in_review check (status <> 'RISK_REVIEW' or risk_state = 'FLAGGED');

-- Cases diagnosed before this version: where the merchant stood, and the refunds they decided (best known time:
-- the last update), so the refund history does not start empty.
update diagnosis_case set merchant_verification = case
        when status = 'AWAITING_MERCHANT' then 'REQUESTED'
        when status = 'IN_DISPUTE' then 'REJECTED'
        when status = 'REMEDY_DECIDED' and category in ('QUALITY_DEFECT', 'NOT_AS_DESCRIBED') then 'ACCEPTED'
        else 'NONE' end;
update diagnosis_case
set refund_amount = case
        when requested_amount is not null and requested_currency = line_paid_currency and requested_amount > 0
            then least(requested_amount, line_paid_amount)
        else line_paid_amount end,
    refund_currency = line_paid_currency,
    remedy_decided_at = updated_at
where proposed_remedy in ('RETURN_REFUND', 'REFUND_ONLY')
  and (status = 'REMEDY_DECIDED' or closed_reason in ('RESOLVED', 'CLOSED'));

-- The risk checks: a customer's refunds within the window, oldest flagged cases first in the risk team's queue.
create index diagnosis_case_refunds_by_customer on diagnosis_case (customer_id, remedy_decided_at)
    where refund_amount is not null;
create index diagnosis_case_risk_queue on diagnosis_case (risk_flagged_at, case_id)
    where status = 'RISK_REVIEW';

-- Every decision a person made through diagnosis' API, including those no event carries (a risk block, a refused
-- compensation): who, in which role, when, what, and why.
create table staff_decision (
    id          bigserial primary key,
    case_id     uuid        not null,
    kind        text        not null,
    decision    text        not null,
    actor_id    text        not null,
    actor_role  text        not null,
    note        text,
    decided_at  timestamptz not null,
    constraint staff_decision_kind check (kind in ('OVERRIDE', 'COMPENSATION_APPROVAL', 'DISPUTE_DECISION',
        'RISK_DECISION'))
);

create index staff_decision_case on staff_decision (case_id);
