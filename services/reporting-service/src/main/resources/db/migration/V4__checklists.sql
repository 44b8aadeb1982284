-- Checklists and deviations from checklists-service's events (ADR 0023). Template versions never change; a
-- distribution, a response and a deviation keep the version of the event they were built from, and an older or repeated
-- event never overwrites a newer one.

-- Each template version's area (QUALITY, INTERNAL_CONTROL, HSE, HR, OTHER): the § 25-2 report counts per area.
create table checklist_template (
    tenant_id text not null,
    id        uuid not null,
    version   int  not null,
    name      text not null,
    area      text not null,
    primary key (tenant_id, id, version)
);

-- A template version given to units for a period; first_month and last_month place it in the year. A closing that
-- arrives before the distribution keeps only that it is closed; the distribution fills in the rest.
create table checklist_distribution (
    tenant_id         text    not null,
    id                uuid    not null,
    template_id       uuid,
    template_version  int,
    title             text,
    period_kind       text,
    year              int,
    first_month       int,
    last_month        int,
    deadline          date,
    in_monthly_report boolean,
    closed            boolean not null default false,
    version           bigint  not null,
    primary key (tenant_id, id)
);
create index checklist_distribution_by_year on checklist_distribution (tenant_id, year);

-- One unit's checklist in a distribution: OPEN (nothing saved), ANSWERING (a draft) or SUBMITTED.
create table checklist_response (
    tenant_id       text        not null,
    id              uuid        not null,
    distribution_id uuid        not null,
    unit_id         uuid        not null,
    responsible     text,
    status          text        not null,
    submitted_by    text,
    submitted_at    timestamptz,
    version         bigint      not null,
    primary key (tenant_id, id)
);
create index checklist_response_by_unit on checklist_response (tenant_id, unit_id);
create index checklist_response_by_distribution on checklist_response (tenant_id, distribution_id);

-- A deviation (avvik) and its follow-up. A closing that arrives before the raising keeps only what it carries; the
-- raising fills in the rest.
create table deviation (
    tenant_id       text        not null,
    id              uuid        not null,
    distribution_id uuid,
    response_id     uuid,
    unit_id         uuid        not null,
    checklist_title text,
    question_text   text,
    description     text,
    severity        text,
    responsible     text,
    deadline        date,
    follow_up_id    uuid,
    raised_at       timestamptz,
    closed_by       text,
    closed_at       timestamptz,
    version         bigint      not null,
    primary key (tenant_id, id)
);
create index deviation_by_raised on deviation (tenant_id, raised_at);
create index deviation_open on deviation (tenant_id, unit_id) where closed_at is null;
