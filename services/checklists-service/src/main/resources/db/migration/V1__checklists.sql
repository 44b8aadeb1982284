-- What this service keeps of plans-service's settings: the state of each plan year (a checklist of a closed year is
-- locked: nothing more is answered in it).
create table plan_year_replica (
    tenant_id text   not null,
    year      int    not null,
    state     text   not null,
    version   bigint not null,
    primary key (tenant_id, year)
);

-- A checklist template and its versions. A version is never changed once written: a revision writes the next one,
-- and every distribution keeps the version it was given with, so answers always meet the questions they answered.
create table checklist_template (
    tenant_id      text        not null,
    id             uuid        not null,
    latest_version int         not null,
    created_by     text        not null,
    created_at     timestamptz not null,
    changed_at     timestamptz not null,
    primary key (tenant_id, id)
);

create table checklist_template_version (
    tenant_id   text        not null,
    template_id uuid        not null,
    version     int         not null,
    name        text        not null check (length(name) between 1 and 200),
    area        text        not null,
    description text        check (length(description) <= 4000),
    -- categories -> checkpoints -> questions, as written by TemplateStructureJson
    structure   jsonb       not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    primary key (tenant_id, template_id, version),
    foreign key (tenant_id, template_id) references checklist_template (tenant_id, id)
);

-- A template version given to units for a period, with a deadline. CLOSED: locked by those who gave it.
create table distribution (
    tenant_id                 text        not null,
    id                        uuid        not null,
    template_id               uuid        not null,
    template_version          int         not null,
    title                     text        not null,
    period_kind               text        not null check (period_kind in ('MONTH', 'TERTIAL', 'YEAR')),
    period_year               int         not null,
    period_number             int         not null,
    deadline                  date        not null,
    include_in_monthly_report boolean     not null,
    state                     text        not null check (state in ('OPEN', 'CLOSED')),
    version                   bigint      not null,
    created_by                text        not null,
    created_at                timestamptz not null,
    changed_at                timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, template_id, template_version) references checklist_template_version (tenant_id, template_id, version)
);
create index distribution_period on distribution (tenant_id, period_year, period_kind, period_number);

-- One unit's checklist of a distribution. responsible: a named person who answers (besides the unit's leaders).
create table response (
    tenant_id       text        not null,
    id              uuid        not null,
    distribution_id uuid        not null,
    unit_id         uuid        not null,
    responsible     text,
    status          text        not null check (status in ('NOT_STARTED', 'DRAFT', 'SUBMITTED')),
    submitted_by    text,
    submitted_at    timestamptz,
    version         bigint      not null,
    changed_at      timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, distribution_id, unit_id),
    foreign key (tenant_id, distribution_id) references distribution (tenant_id, id)
);
create index response_open on response (tenant_id, distribution_id, unit_id) where status <> 'SUBMITTED';
create index response_unit on response (tenant_id, unit_id);
create index response_responsible on response (tenant_id, responsible) where responsible is not null;

-- Every answer ever given, with who and when (kommuneloven § 25-1 d). Rows are only ever added: the current answer to
-- a question is the latest row (highest seq) of its response and question. A trigger refuses updates and deletes.
create table answer (
    seq          bigserial   primary key,
    tenant_id    text        not null,
    response_id  uuid        not null,
    question_id  uuid        not null,
    text_value   text        check (length(text_value) <= 4000),
    checked      boolean,
    choice       text        check (choice in ('YES', 'NO', 'NOT_RELEVANT')),
    number_value numeric,
    reason       text        check (length(reason) <= 2000),
    comment      text        check (length(comment) <= 4000),
    evidence     text[]      not null default '{}',
    answered_by  text        not null,
    answered_at  timestamptz not null,
    foreign key (tenant_id, response_id) references response (tenant_id, id)
);
create index answer_current on answer (tenant_id, response_id, question_id, seq desc);

create function answer_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'answers are never changed or removed; a new answer is a new row';
end $$;
create trigger answer_append_only before update or delete on answer
    for each row execute function answer_is_append_only();

-- A deviation (avvik) raised from an answer; follow_up_id is the assignment assignments-service creates to follow it up.
create table deviation (
    tenant_id       text        not null,
    id              uuid        not null,
    distribution_id uuid        not null,
    response_id     uuid        not null,
    unit_id         uuid        not null,
    question_id     uuid        not null,
    description     text        not null check (length(description) between 1 and 4000),
    severity        text        not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    responsible     text        not null,
    deadline        date        not null,
    status          text        not null check (status in ('OPEN', 'CLOSED')),
    follow_up_id    uuid        not null,
    raised_by       text        not null,
    raised_at       timestamptz not null,
    closed_by       text,
    closed_at       timestamptz,
    version         bigint      not null,
    primary key (tenant_id, id),
    unique (tenant_id, follow_up_id),
    foreign key (tenant_id, response_id) references response (tenant_id, id)
);
create index deviation_unit on deviation (tenant_id, unit_id, status, deadline);
create index deviation_distribution on deviation (tenant_id, distribution_id);

-- The status overview's counters (ADR 0022), like assignments-service's (ADR 0018): the unit's own and its whole
-- subtree's, kept by adding each change's delta in the change's transaction.
-- Per unit of a distribution: ASSIGNED, NOT_STARTED, DRAFT, SUBMITTED, DEVIATIONS_OPEN, DEVIATIONS_CLOSED.
create table response_count (
    tenant_id       text   not null,
    distribution_id uuid   not null,
    unit_id         uuid   not null,
    measure         text   not null,
    own             bigint not null default 0,
    subtree         bigint not null default 0,
    primary key (tenant_id, distribution_id, unit_id, measure)
);
-- Per question of a distribution, the submitted answers: ANSWERED, and per value YES, NO, NOT_RELEVANT, CHECKED,
-- UNCHECKED.
create table question_count (
    tenant_id       text   not null,
    distribution_id uuid   not null,
    unit_id         uuid   not null,
    question_id     uuid   not null,
    measure         text   not null,
    own             bigint not null default 0,
    subtree         bigint not null default 0,
    primary key (tenant_id, distribution_id, unit_id, question_id, measure)
);
