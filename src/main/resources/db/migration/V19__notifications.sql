-- Owner: notifications. The outbox: every e-mail and text message Tandem sends, written
-- (rendered, in the recipient's language) when a module asks for it, possibly in that
-- module's own transaction, and sent later by whichever instance claims it first. A claim
-- is a conditional update from QUEUED to SENDING with a fresh claim token, so that two
-- instances never send one message; a claim older than the lease belongs to an instance
-- that died and is taken back. The dedupe key makes asking twice for the same message
-- (a reminder for one session and person, say) store it once, whoever asks.

create table notification_message (
    id                   uuid          primary key,
    organisation_id      uuid          not null references organisation (id),
    recipient_id         uuid          not null,
    kind                 varchar(20)   not null,
    channel              varchar(10)   not null,
    address              varchar(320)  not null,
    locale               varchar(35)   not null,
    subject              varchar(300),
    body                 varchar(8000) not null,
    dedupe_key           varchar(200)  not null,
    status               varchar(10)   not null,
    attempts             integer       not null default 0,
    next_attempt_at      timestamp with time zone not null,
    claim_token          uuid,
    claimed_at           timestamp with time zone,
    reason               varchar(30),
    last_error           varchar(500),
    provider_message_id  varchar(200),
    created_at           timestamp with time zone not null,
    sent_at              timestamp with time zone,
    constraint uq_notification_message_dedupe unique (organisation_id, dedupe_key),
    constraint ck_notification_message_status
        check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'SKIPPED')),
    constraint ck_notification_message_channel check (channel in ('EMAIL', 'SMS')),
    constraint ck_notification_message_kind
        check (kind in ('CONFIRMATION', 'REMINDER', 'CHANGE', 'CANCELLATION'))
);

-- What the delivery job looks for on every round, across organisations.
create index ix_notification_message_due on notification_message (status, next_attempt_at);
-- The coordinators' list, by status.
create index ix_notification_message_list on notification_message (organisation_id, status, created_at);

-- The kinds of message a person has asked not to get.
create table notification_opt_out (
    organisation_id  uuid          not null references organisation (id),
    person_id        uuid          not null,
    kind             varchar(20)   not null,
    created_at       timestamp with time zone not null,
    created_by       uuid,
    primary key (organisation_id, person_id, kind),
    constraint ck_notification_opt_out_kind
        check (kind in ('CONFIRMATION', 'REMINDER', 'CHANGE', 'CANCELLATION'))
);
