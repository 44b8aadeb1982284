-- Assignments (oppdrag), their delegations and tasks: one row each in work_item, which holds what they have in
-- common (unit, responsible person, deadline, status). An assignment's own details are in assignment. Every change
-- to an assignment or anything below it locks the assignment's work_item row first (see docs/adr/0014).
create table work_item (
    tenant_id            text        not null,
    id                   uuid        not null,
    assignment_id        uuid        not null,
    kind                 text        not null check (kind in ('ASSIGNMENT', 'DELEGATION', 'TASK')),
    parent_id            uuid,
    unit_id              uuid        not null,
    from_unit_id         uuid,
    title                text        check (length(title) between 1 and 300),
    description          text        check (length(description) <= 4000),
    responsible          text,
    responsible_left     boolean     not null default false,
    deadline             date        not null,
    status               text        not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'CANCELLED')),
    light                text        not null check (light in ('GREEN', 'YELLOW', 'RED')),
    note_text            text        check (length(note_text) <= 4000),
    note_date            date,
    note_by              text,
    note_at              timestamptz,
    overdue_since        date,
    reminded_on          date,
    escalated_on         date,
    version              bigint      not null,
    position             bigint      generated always as identity,
    created_by           text        not null,
    created_at           timestamptz not null,
    changed_at           timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, assignment_id) references work_item (tenant_id, id),
    foreign key (tenant_id, parent_id) references work_item (tenant_id, id),
    check ((kind = 'ASSIGNMENT') = (parent_id is null))
);
create index work_item_assignment on work_item (tenant_id, assignment_id, position);
create index work_item_unit on work_item (tenant_id, unit_id, kind);
-- Min side: what a person is responsible for, open items by deadline.
create index work_item_responsible_open on work_item (tenant_id, responsible, deadline)
    where status in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED');
create index work_item_responsible_status on work_item (tenant_id, responsible, status);
-- The deadline jobs: open items by deadline, across municipalities.
create index work_item_open_deadline on work_item (deadline) where status in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED');

create table assignment (
    tenant_id                 text    not null,
    id                        uuid    not null,
    type_code                 text    not null,
    source_kind               text    not null check (source_kind in ('GOAL', 'COUNCIL_DECISION', 'ECONOMY_PLAN_MEASURE', 'NONE')),
    goal_id                   uuid,
    decision_body             text    check (length(decision_body) <= 200),
    case_number               text    check (length(case_number) <= 50),
    decision_date             date,
    decision_text             text    check (length(decision_text) <= 4000),
    measure                   text    check (length(measure) <= 300),
    include_in_monthly_report boolean not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, id) references work_item (tenant_id, id)
);

-- Every change to every item: who, when, what (kommuneloven § 25-1 d: the internal control is documented).
create table work_item_history (
    seq              bigserial   primary key,
    tenant_id        text        not null,
    item_id          uuid        not null,
    assignment_id    uuid        not null,
    kind             text        not null,
    change           text        not null,
    changed_by       text        not null,
    changed_at       timestamptz not null,
    version          bigint      not null,
    status_before    text,
    status           text        not null,
    light            text        not null,
    responsible_before text,
    responsible      text,
    deadline_before  date,
    deadline         date        not null,
    note_text        text,
    note_date        date,
    comment          text,
    foreign key (tenant_id, item_id) references work_item (tenant_id, id)
);
create index work_item_history_item on work_item_history (tenant_id, item_id, seq);
