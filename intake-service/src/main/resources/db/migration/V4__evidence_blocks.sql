-- Evidence bytes in blocks instead of one bytea per file: an upload is written and a download read one block at a
-- time, so neither a statement nor a read ever carries a whole file (the driver sends a bytea hex-encoded, doubling
-- it). The block size is the service's (64 KiB); the reader only relies on block_no order.
create table case_evidence_block (
    evidence_id uuid    not null references case_evidence (evidence_id) on delete cascade,
    block_no    integer not null check (block_no >= 0),
    content     bytea   not null check (octet_length(content) > 0),
    primary key (evidence_id, block_no)
);

-- Photos and videos are compressed formats already: keep the blocks out of line without another compression attempt.
alter table case_evidence_block alter column content set storage external;

insert into case_evidence_block (evidence_id, block_no, content)
select e.evidence_id, b.block_no, substring(e.content from b.block_no * 65536 + 1 for 65536)
from case_evidence e
cross join lateral generate_series(0, ((e.size_bytes - 1) / 65536)::integer) as b(block_no);

-- Dropping the column drops its check (octet_length(content) = size_bytes) with it.
alter table case_evidence drop column content;
